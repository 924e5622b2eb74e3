/**
 * Dates of acts, session 30 (issue 10): an act at a journey's stop, told in a sentence opening with the stop ("In
 * Astana, …") after a sentence that told the journey with its time, is of the journey's time (the stop's own when the
 * journey gives each stop one), not of the page's day (src/read/dates-journey.ts, src/read/document.ts). Every
 * sentence here is our own (Mongolia's foreign minister in Central Asia; Japan's prime minister), each condition varied
 * one at a time, with near misses that keep the page's day.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";
import {journeyStop, stopsOf} from "../src/read/dates-journey.js";
import type {ResolvedDate} from "../src/read/dates.js";
import {knownHappening} from "../src/read/known-happenings.js";

// the page comes out months after the journey
const PAGE = "2025-02-13";
const JOURNEY = "Mongolian Foreign Minister Battsetseg Batmunkh visited Astana and Tashkent in October 2024.";
const SIGNED = "Mongolia and Kazakhstan signed a memorandum on transit.";

test("an act between the traveller and the stop's state, in a sentence opening with the stop, is of the journey's time", () => {
  has(readEvents(`${JOURNEY} In Astana, ${SIGNED}`, PAGE), /^(?:MNG>KAZ|KAZ>MNG) 057 2024-10-01/);
  // the stop named by its state in the journey's sentence, and "While in"
  has(
    readEvents(
      `In October 2024 Mongolian Foreign Minister Battsetseg Batmunkh toured Kazakhstan and Uzbekistan. While in Astana, ${SIGNED}`,
      PAGE
    ),
    /^(?:MNG>KAZ|KAZ>MNG) 057 2024-10-01/
  );
  // each stop its own day: the second stop's act is of the second day
  has(
    readEvents(
      "Japanese Prime Minister Shigeru Ishiba visited Astana on 3 September and Tashkent on 5 September. In Tashkent, Japan and Uzbekistan signed an agreement on rare earths.",
      "2024-09-20"
    ),
    /^(?:JPN>UZB|UZB>JPN) 057 2024-09-05/
  );
});

test('the stops a sentence opens its clauses with: the opening, and a clause after ", and" or a semicolon', () => {
  assert.deepEqual(
    stopsOf("In Astana she signed an agreement, and in Tashkent she agreed with the president to open a dialogue.").map(
      (p) => p.place
    ),
    ["Astana", "Tashkent"]
  );
  assert.deepEqual(
    stopsOf("While in Ulaanbaatar, the minister met the president; in Darkhan, she opened a school.").map(
      (p) => p.place
    ),
    ["Ulaanbaatar", "Darkhan"]
  );
  // a place inside a clause is where, not a stop opening it
  assert.deepEqual(stopsOf("The minister signed an agreement in Astana, and the two sides met in Tashkent."), []);
  // the act in the second stop's clause is of the second stop's time
  has(
    readEvents(
      "Japanese Prime Minister Shigeru Ishiba visited Astana on 3 September and Tashkent on 5 September. In Astana he signed an agreement on uranium with President Tokayev, and in Tashkent he signed an agreement on rare earths with President Mirziyoyev.",
      "2024-09-20"
    ),
    /^(?:JPN>UZB|UZB>JPN) 057 2024-09-05/
  );
  has(
    readEvents(
      `${JOURNEY} In Astana she signed a transit memorandum with Kazakhstan's Foreign Minister Murat Nurtleu, and in Tashkent she agreed with Uzbekistan's Foreign Minister Bakhtiyor Saidov to open a dialogue on minerals.`,
      PAGE
    ),
    /^MNG>UZB 03\d 2024-10-01/
  );
});

test("near misses: another act at the place, another stop, a time between, an act still to come keep the page's day", () => {
  // the stop's act is between others: not the traveller's
  lacks(
    readEvents(`${JOURNEY} In Tashkent, Uzbekistan and Kazakhstan signed a memorandum on transit.`, PAGE),
    /057 2024-10/
  );
  // a place the journey did not name
  lacks(
    readEvents(
      "Mongolian Foreign Minister Battsetseg Batmunkh visited Astana in October 2024. In Tashkent, Mongolia and Uzbekistan signed a memorandum on transit.",
      PAGE
    ),
    /057 2024-10/
  );
  // a sentence with a time of its own between the journey and the stop: the story has moved on
  lacks(readEvents(`${JOURNEY} Trade rose by a third in 2024. In Astana, ${SIGNED}`, PAGE), /057 2024-10/);
  // the stop's sentence tells its own day
  has(readEvents(`${JOURNEY} In Astana on Monday, ${SIGNED}`, PAGE), /^(?:MNG>KAZ|KAZ>MNG) 057 2025-02-10/);
  // still to come, or done again and again
  lacks(
    readEvents(`${JOURNEY} In Astana, Mongolia and Kazakhstan will sign a memorandum on transit.`, PAGE),
    / 2024-10-01 planned/
  );
  lacks(
    readEvents(`${JOURNEY} In Astana, Mongolia has repeatedly urged Kazakhstan to open a consulate.`, PAGE),
    /^MNG>KAZ 0[^4]\d* 2024-10/
  );
  // a journey still to come when the page was written dates nothing
  lacks(
    readEvents(
      `Mongolian Foreign Minister Battsetseg Batmunkh visits Astana and Tashkent in March 2025. In Astana, ${SIGNED}`,
      PAGE
    ),
    /057 2025-03/
  );
  // "In March, …" names no place
  const march: ResolvedDate = {date: "2024-10-01", precision: "month", rule: "month-year", start: 83, end: 98};
  assert.equal(
    journeyStop(
      (b) => [JOURNEY, `In March, ${SIGNED}`][b]!,
      1,
      "March",
      [march, undefined],
      () => [march],
      (name) => (name === "Astana" ? "KAZ" : undefined),
      () => [],
      PAGE,
      () => false
    ),
    undefined
  );
});

test("a happening every reader knows the day of, told by its noun with its year at most, is of its day", () => {
  has(
    readEvents("Lithuania has backed Kazakhstan since Russia's full-scale invasion of Ukraine in 2022.", PAGE),
    /^RUS>UKR 19\d 2022-02-24$/
  );
  has(readEvents("Russia's annexation of Crimea in 2014 alarmed Astana.", PAGE), /^RUS>UKR 19\d 2014-03-18$/);
  has(
    readEvents("Analysts recalled Russia's invasion of Ukraine in February 2022.", PAGE),
    /^RUS>UKR 19\d 2022-02-24$/
  );
  // near misses: another year is another happening; an annexation of other places; the table wants its noun and sides
  lacks(readEvents("Astana fears Russia's invasion of Ukraine in 2027 would follow.", PAGE), /2022-02-24/);
  assert.equal(knownHappening("RUS", "UKR", "annexation", "Russia's annexation of four regions in 2022"), undefined);
  assert.equal(knownHappening("RUS", "UKR", "visit", "Russia's visit to Ukraine"), undefined);
  assert.equal(knownHappening("UKR", "RUS", "invasion", "Ukraine's invasion of Russia"), undefined);
  assert.equal(knownHappening("RUS", "UKR", "Full-scale  invasion", "x")?.date, "2022-02-24");
});

test("a plan is dated by the day its report after it names, not by the page of the next morning", () => {
  // 13 February 2025 is a Thursday: "on Wednesday" is the 12th, "on Tuesday" the 11th
  has(
    readEvents(
      "Mongolia and Kazakhstan will start negotiating a labour agreement, the Mongolian foreign ministry said on Wednesday.",
      PAGE
    ),
    /^(?:MNG>KAZ|KAZ>MNG) 03\d 2025-02-12 planned/
  );
  has(
    readEvents(
      "Mongolia and Kazakhstan will sign a labour agreement next month, Foreign Minister Battsetseg Batmunkh told reporters on Tuesday.",
      PAGE
    ),
    /^(?:MNG>KAZ|KAZ>MNG) 03\d 2025-02-11 planned/
  );
  // near misses: the plan's own day, and a day that is no report's, keep the page's day (when the plan was told)
  lacks(
    readEvents(
      "Mongolia and Kazakhstan will start negotiating a labour agreement on Monday, the Mongolian foreign ministry said.",
      PAGE
    ),
    /2025-02-(?:10|17)/
  );
  lacks(
    readEvents(
      "Mongolia and Kazakhstan will start negotiating a labour agreement after the elections on Wednesday.",
      PAGE
    ),
    /2025-02-12/
  );
});
