/**
 * Dates of acts, session 27 (issue 10): the day a news story tells, carried to the sentences that continue it
 * (src/read/dates-story.ts); a date bound to its own predicate's clause (src/read/dates-conjunct.ts); a range of days
 * with its year dated by its first day (src/read/dates.ts). Every sentence here is our own (Mongolia, Japan, Norway, Turkey), each
 * condition varied one at a time, with near misses that keep their reading.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";
import {resolveDate} from "../src/read/index.js";
import {storyDays} from "../src/read/dates-story.js";

const LEAD = "Mongolia and Japan held talks in Ulaanbaatar on Tuesday.";
const SIGNED = "The two ministers signed a memorandum on rare earths.";
// 13 February 2025 is a Thursday: "on Tuesday" is the 11th
const PAGE = "2025-02-13";

test("the story's day: a sentence with no day of its own after the lead's day is of that day, not the page's", () => {
  assert.deepEqual(readEvents(`${LEAD} ${SIGNED}`, PAGE), [
    "MNG>JPN 046 2025-02-11",
    "JPN>MNG 046 2025-02-11",
    "JPN>MNG 057 2025-02-11",
    "MNG>JPN 057 2025-02-11"
  ]);
  // (an invitation made then, a plan told by a past verb, is of that day too)
  assert.ok(readEvents(`${LEAD} Japan also invited Mongolia to a forum.`, PAGE).includes("JPN>MNG 036 2025-02-11"));
  // near misses: an act still to come is dated when told, the page's day
  assert.ok(
    readEvents(`${LEAD} The two ministers will sign a memorandum on rare earths.`, PAGE).every(
      (e) => !e.includes(" 03") || e.endsWith("2025-02-13 planned")
    )
  );
  // … the lead's day is the page's own: nothing moves
  assert.ok(
    readEvents(`${LEAD.replace("Tuesday", "Thursday")} ${SIGNED}`, PAGE).every((e) => e.includes("2025-02-13"))
  );
  // … an act done again and again is of no one day
  assert.ok(
    readEvents(
      `Norway hosted Mongolia's foreign minister in Oslo on Monday. Japan has repeatedly criticised Mongolia.`,
      PAGE
    ).includes("JPN>MNG 111 2025-02-13")
  );
  // … a day told in a relative clause is that clause's, no story's ("who arrived … on Monday")
  assert.ok(
    readEvents(
      `The minister, who arrived in Ulaanbaatar on Monday, met Mongolian President Ukhnaagiin Khurelsukh. ${SIGNED.replace("The two ministers", "Japan and Mongolia")}`,
      PAGE
    ).every((e) => e.includes("2025-02-13"))
  );
});

test("storyDays: a day within two weeks before the page, told by name or number, in the sentence's own clause", () => {
  const day = (date: string, rule = "weekday", start = 0) => ({
    date,
    precision: "day" as const,
    rule,
    start,
    end: start + 7
  });
  const none = () => false;
  const texts = ["a", "b", "c", "d"];
  // the latest day told holds until another, or the page's own day
  assert.deepEqual(
    storyDays(texts, [day("2025-02-11"), undefined, day("2025-02-13"), undefined], PAGE, none).map((d) => d?.date),
    [undefined, "2025-02-11", "2025-02-11", undefined]
  );
  // a day told after it but earlier than it is a step before the story: it does not move the story back
  assert.deepEqual(
    storyDays(texts, [day("2025-02-11"), day("2025-02-10"), undefined], PAGE, none).map((d) => d?.date),
    [undefined, "2025-02-11", "2025-02-11"]
  );
  assert.deepEqual(
    storyDays(texts, [day("2025-02-13"), day("2025-02-12"), undefined], PAGE, none).map((d) => d?.date),
    [undefined, undefined, undefined]
  );
  // near misses: older than two weeks (background), "last week" (no day told), a relative clause's, a past perfect's,
  // a page dated to the month only
  assert.deepEqual(storyDays(texts, [day("2025-01-20"), undefined], PAGE, none), [undefined, undefined]);
  assert.deepEqual(storyDays(texts, [day("2025-02-06", "last-week"), undefined], PAGE, none), [undefined, undefined]);
  assert.deepEqual(
    storyDays(texts, [day("2025-02-11"), undefined], PAGE, () => true),
    [undefined, undefined]
  );
  assert.deepEqual(
    storyDays(["NGOs had called on the minister on Monday.", "b"], [day("2025-02-10"), undefined], PAGE, none),
    [undefined, undefined]
  );
  assert.deepEqual(storyDays(texts, [day("2025-02-11"), undefined], undefined, none), []);
});

test("a range of days in one month with its year is dated by its first day", () => {
  assert.equal(resolveDate("On 20-21 May 2024, the council met in Astana.", "2024-05-22")?.date, "2024-05-20");
  assert.equal(
    resolveDate("The summit in Ulaanbaatar on 3 and 4 February 2025 was a success.", PAGE)?.date,
    "2025-02-03"
  );
  assert.equal(resolveDate("The talks of 16–17 June 2025 ended early.", "2025-06-20")?.date, "2025-06-16");
  // near misses: one day stays that day; a range without its year is dated by its first day too since session 32
  // (it had been no date: test/read-dates-s32.test.ts)
  assert.equal(resolveDate("The council met on 21 May 2024.", "2024-05-22")?.date, "2024-05-21");
  assert.equal(resolveDate("The talks on 16–17 June ended early.", "2025-06-20")?.date, "2025-06-16");
  // the summit's first day carries to the sentence after it (two weeks of the page)
  assert.deepEqual(
    readEvents(
      `The summit in Ulaanbaatar on 3 and 4 February 2025 was a success. Japan and Mongolia signed a memorandum.`,
      PAGE
    ),
    ["JPN>MNG 057 2025-02-03", "MNG>JPN 057 2025-02-03"]
  );
});

test("a date binds to its own predicate's clause", () => {
  // a relative clause closing the first predicate, before "and" and the act's verb
  // (the invitation of a state's companies is an appeal for economic cooperation, 021: session 29)
  assert.deepEqual(
    readEvents(
      "Mongolia's foreign minister invited Japanese companies to an auction that Mongolia plans to hold next year, and asked Japan to consider a tax treaty.",
      "2024-10-30"
    ),
    ["MNG>JPN 021 2024-10-30", "MNG>JPN 020 2024-10-30"]
  );
  // a second verb of saying after the act: what is said is dated, not the thanks
  assert.deepEqual(
    readEvents(
      "Mongolia's foreign minister thanked Japan for its support and said Mongolia had sent aid to Turkey last year.",
      "2025-03-04"
    ),
    ["MNG>JPN 051 2025-03-04", "MNG>TUR 070 2024-01-01"]
  );
  // the act in a relative clause closing before the date
  assert.deepEqual(
    readEvents(
      "Mongolia's deputy minister, who also held talks with Japanese officials, told reporters that the first train was scheduled to run in September.",
      "2025-05-14"
    ),
    ["MNG>JPN 046 2025-05-14", "JPN>MNG 046 2025-05-14"]
  );
  // near misses: a date in the first predicate itself dates both ("met … on Tuesday and signed …", "on Tuesday met …")
  assert.deepEqual(
    readEvents(
      "Mongolia's foreign minister met Japan's foreign minister on Tuesday and signed a memorandum.",
      "2025-03-06"
    ),
    ["MNG>JPN 040 2025-03-04", "MNG>JPN 057 2025-03-04"]
  );
  assert.deepEqual(
    readEvents(
      "Japan's foreign minister on Tuesday met Mongolia's foreign minister and signed a memorandum.",
      "2025-03-06"
    ),
    ["JPN>MNG 040 2025-03-04", "JPN>MNG 057 2025-03-04"]
  );
  // … and a date after a second verb of another kind stays the sentence's
  assert.deepEqual(
    readEvents(
      "Mongolia's foreign minister met Japan's foreign minister and discussed the survey in May.",
      "2025-06-06"
    ),
    ["MNG>JPN 040 2025-05-01"]
  );
});
