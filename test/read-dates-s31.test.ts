/**
 * Dates of acts, session 31 (issue 10): a month or a day told without its year, later in the year than the page's,
 * is this year's when its clause tells a time still to come ("invited X to the fair in September" on a June page: the
 * fair is to come, the invitation is of the page's or the story's day), and last year's when it is told as done
 * ("attended the fair in September"); a day or a range of days after "from" ("from November 11-13") is dated by its
 * first day; "that September" is the month of the year told before; the day a page's items were published on is no
 * story's day (src/read/dates.ts toldAhead, src/read/document.ts, src/read/dates-story.ts). Every sentence here is our own (Mongolia's and Japan's ministers in Central Asia), with
 * near misses that keep the last such month.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";
import {resolveDate, resolveDates, thatYear, toldAhead} from "../src/read/dates.js";

const JUNE = "2024-06-13"; // a Thursday

test("a month later than the page's, in a clause telling a time still to come, is this year's", () => {
  for (const s of [
    "Batmunkh will attend the mining fair in Astana in September.",
    "Batmunkh invited Kazakh companies to an agricultural fair in Ulaanbaatar in September.",
    "KTZ plans to launch a container train to Ulaanbaatar in September.",
    "The minister is scheduled to visit Astana in September.",
    "The two ministers agreed to hold the next round of talks in September.",
    "Japan invited the five leaders to the summit, to be held in Tokyo in September."
  ])
    assert.equal(resolveDate(s, JUNE)?.date, "2024-09-01", s);
  // a day too, and a range of days without its year
  assert.equal(resolveDate("The minister will open the forum on 12 September.", JUNE)?.date, "2024-09-12");
  assert.equal(resolveDate("The forum is to be held on September 12–13.", JUNE)?.date, "2024-09-12");
});

test("near misses: a clause told as done, a plan told in the past, a month before the page's, a 'since'", () => {
  for (const [s, want] of [
    // done: last September
    ["Batmunkh attended the mining fair in Astana in September.", "2023-09-01"],
    ["Mongolia and Kazakhstan signed a transit agreement in September.", "2023-09-01"],
    // the plan's verb after the date: the date is the agreeing's
    ["The railways agreed in September to set a single tariff.", "2023-09-01"],
    // a clause of its own after the promise: "after awarding …" is told as done
    [
      "Mongolia has promised to finish the port by 2029, after awarding the contract to a Japanese firm in September.",
      "2023-09-01"
    ],
    // a plan told in the past, looking back from the page
    ["The minister had planned to visit Astana in September but fell ill.", "2023-09-01"],
    ["The talks were scheduled to take place in September but were postponed.", "2023-09-01"],
    // a month before the page's: "invited Tokayev to Ulaanbaatar in January" is of the last January
    ["Batmunkh invited Tokayev to Ulaanbaatar in January.", "2024-01-01"]
  ] as const)
    assert.equal(resolveDate(s, JUNE)?.date, want, s);
  // the start of a period is never to come
  assert.equal(resolveDates("Talks planned since September have stalled.", JUNE)[0]?.date, "2023-09-01");
  assert.equal(toldAhead("Batmunkh attended the fair in September.", 34), false);
});

test("an invitation to an occasion still to come is dated when it was made: the page's day, or the story's", () => {
  has(
    readEvents(
      "Mongolian Foreign Minister Battsetseg Batmunkh invited Kazakh companies to an agricultural fair in Ulaanbaatar in September.",
      JUNE
    ),
    /^MNG>KAZ 021 2024-06-13/
  );
  // after a lead of Tuesday: the story's day
  has(
    readEvents(
      "Mongolian Foreign Minister Battsetseg Batmunkh met Kazakh Foreign Minister Murat Nurtleu in Astana on Tuesday. She invited Kazakh companies to a mining fair in Ulaanbaatar in September.",
      JUNE
    ),
    /^MNG>KAZ 021 2024-06-11/
  );
  // near miss: a visit told as done keeps last September
  has(
    readEvents("Mongolian Foreign Minister Battsetseg Batmunkh visited Astana in September.", JUNE),
    /^MNG>KAZ 042 2023-09-01/
  );
});

test("an act in a clause telling a time still to come is an intent, dated when it was told", () => {
  const events = readEvents(
    "Japanese Foreign Minister Yoko Kamikawa is scheduled to visit Kazakhstan in December.",
    "2024-11-20"
  );
  has(events, /^JPN>KAZ 036 2024-11-20 planned/);
  lacks(events, /2023-12/);
});

test('a range of days after "from" is dated by its first day, and one told day first without its year', () => {
  assert.equal(
    resolveDate("Batmunkh paid an official visit to Japan from November 11-13.", "2024-11-20")?.date,
    "2024-11-11"
  );
  assert.equal(resolveDate("A delegation visited Astana from 20 October.", "2025-10-24")?.date, "2025-10-20");
  // with its year, as before; and without it since session 32 (the false acts it would have dated mended first:
  // test/read-dates-s32.test.ts)
  assert.equal(resolveDate("On 18–19 May 2023, Japan hosted the five leaders.", "2023-05-31")?.date, "2023-05-18");
  assert.equal(resolveDate("On 18–19 May, Japan hosted the five leaders.", "2023-05-31")?.date, "2023-05-18");
});

test("near miss: the days something was published on set no story's day", () => {
  const events = readEvents(
    "Selected reports from Central Asian newspapers and websites published on 17 June. Mongolian Foreign Minister Battsetseg Batmunkh met Kazakh Foreign Minister Murat Nurtleu in Astana on 16 June. The two ministers signed a memorandum on transit.",
    "2024-06-18"
  );
  has(events, /^(?:MNG>KAZ|KAZ>MNG) 057 2024-06-16/);
  lacks(events, /057 2024-06-17/);
});

test('"that September": the month of the year told before; "that may" is no month', () => {
  const has2 = readEvents(
    "Kishida hosted the five presidents in Tokyo in May 2023; Japanese Foreign Minister Yoko Kamikawa met Kazakh President Kassym-Jomart Tokayev in Astana that September.",
    "2024-02-22"
  );
  has(has2, /^JPN>KAZ 04\d 2023-09-01/);
  assert.equal(thatYear("Officials warned that may slow the talks.", "The talks began in May 2023."), undefined);
  assert.equal(thatYear("Tokayev went to Tokyo that September.", "The talks began in May 2023.")?.date, "2023-09-01");
});
