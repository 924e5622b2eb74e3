/**
 * Dates of acts, session 28 (issue 10): a plan made at talks or a visit told with their time is of that time
 * (src/read/dates-talks.ts); a time rejected as a noun's leaves the time the sentence told before the act in its main
 * clause; a period after "for" is a noun's before the act too (src/read/document.ts). Every sentence here is our own (Mongolia, Japan), each condition
 * varied one at a time, with near misses that keep their reading.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {has, readEvents} from "./helpers/events.js";
import {planMadeAtTalks} from "../src/read/dates-talks.js";

// 13 February 2025 is a Thursday: "on Tuesday" is the 11th
const PAGE = "2025-02-13";

test("a plan made at talks told with their day is of that day, not the page's", () => {
  // the talks first, the plan in a second predicate
  has(
    readEvents(
      "Mongolian Foreign Minister Battsetseg Batmunkh held talks with Japanese Foreign Minister Takeshi Iwaya in Tokyo on Tuesday, and the two agreed to expand trade.",
      PAGE
    ),
    /^(?:MNG>JPN|JPN>MNG) 03\d 2025-02-11/
  );
  // the plan first, the talks after a verb of saying
  has(
    readEvents(
      "Mongolia and Japan have agreed to double bilateral trade, Japanese Foreign Minister Takeshi Iwaya said after talks with his Mongolian counterpart in Tokyo on Tuesday.",
      PAGE
    ),
    /^(?:MNG>JPN|JPN>MNG) 03\d 2025-02-11/
  );
  // a plan told in a "where" clause after a visit's month
  has(
    readEvents(
      "Japanese Prime Minister Shigeru Ishiba visited Ulaanbaatar in January, where he and Mongolian President Ukhnaagiin Khurelsukh agreed to raise trade to $1 billion by 2030.",
      PAGE
    ),
    /^(?:MNG>JPN|JPN>MNG) 03\d 2025-01-01/
  );
  // near misses: a day after "after" that is no talks' keeps the page's day
  assert.ok(
    readEvents("Mongolia and Japan have agreed to open a crossing, after prices fell on Tuesday.", PAGE)
      .filter((e) => / 03\d /.test(e))
      .every((e) => e.includes("2025-02-13"))
  );
});

test("planMadeAtTalks: the talks and the day, a day not after the page, the plan's verb past an 'and'", () => {
  const t = "Mongolia held talks with Japan on Tuesday, and the two agreed to expand trade.";
  const tue = {date: "2025-02-11", precision: "day" as const, rule: "weekday", start: 34, end: 41};
  const agreed = t.indexOf("agreed");
  assert.equal(planMadeAtTalks(t, tue, agreed, agreed + 6, PAGE), true);
  // near misses: a day after the page (the plan's content), a month (not the "where" form), no talks named
  assert.equal(planMadeAtTalks(t, {...tue, date: "2025-02-18"}, agreed, agreed + 6, PAGE), false);
  assert.equal(planMadeAtTalks(t, {...tue, precision: "month"}, agreed, agreed + 6, PAGE), false);
  const u = t.replace("held talks with", "traded with");
  assert.equal(planMadeAtTalks(u, tue, agreed - 6, agreed, PAGE), false);
});

test("a time rejected as a noun's leaves the sentence's own time told before the act; a period after 'for' is a noun's", () => {
  has(
    readEvents(
      "Japanese Prime Minister Shigeru Ishiba received Mongolian President Ukhnaagiin Khurelsukh in Tokyo on Tuesday, February 11, for the first state visit by a Mongolian president to Japan since 2015.",
      PAGE
    ),
    /^MNG>JPN 042 2025-02-11$/
  );
  // near miss: a time of another predicate joined by "and" before the act is not the act's
  assert.ok(
    readEvents(
      "Japan has deepened its ties with Mongolia by signing a memorandum in November 2024 and endorsing a roadmap for the period of 2025-2026.",
      PAGE
    )
      .filter((e) => / 05[01] /.test(e))
      .every((e) => !e.includes("2024-11"))
  );
  // a period after "for" before the act ("signed a roadmap for 2025-2027 and agreed to hold …") is the roadmap's
  assert.ok(
    readEvents(
      "Japanese Foreign Minister Takeshi Iwaya held talks with Mongolian Foreign Minister Battsetseg Batmunkh. The two ministers signed a roadmap for 2025-2027 and agreed to hold the next round in Tokyo.",
      PAGE
    ).every((e) => !e.includes("2025-01-01"))
  );
});
