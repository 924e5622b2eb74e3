/**
 * Dates of acts, session 33 (issue 10): a weekday told in a clause still to come ("travels to Bishkek on Thursday",
 * "is scheduled to meet … on Thursday", "will sign … Friday with") is the coming such day, not the last one
 * (src/read/dates.ts weekdayAhead), so the act is read as the plan it is; and a bare "this year" on a page dated to
 * its day dates an act no more than the page does (src/read/document.ts): the act takes the story's day or the page's,
 * not the first of January; a figure "the year before" or "the previous year" is of the year before the one told
 * (src/read/figures.ts). Every sentence here is our own (Mongolia's and Japan's ministers), with near misses.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";
import {resolveDate} from "../src/read/dates.js";
import {readFigures, splitSentences} from "../src/read/index.js";

// 4 March 2025 is a Tuesday.
const PAGE = "2025-03-04";

test("a weekday told in a clause still to come is the coming one", () => {
  for (const [s, want] of [
    ["Battsetseg travels to Bishkek on Thursday, where she will meet Japarov.", "2025-03-06"],
    ["Battsetseg is scheduled to meet Japarov on Thursday.", "2025-03-06"],
    ["Battsetseg is expected in Bishkek on Thursday.", "2025-03-06"],
    ["The Mongolian minister will sign the deal Friday with Japan.", "2025-03-07"],
    ["The forum, which opens on Sunday, is the first of its kind.", "2025-03-09"],
    ["On Thursday, Battsetseg will open the Mongolian embassy in Bishkek.", "2025-03-06"]
  ] as const)
    assert.equal(resolveDate(s, PAGE)?.date, want, s);
  // near misses: told as done, or as a future told in the past, the last such day; the page's own weekday stays its day
  for (const [s, want] of [
    ["Battsetseg travelled to Bishkek on Thursday.", "2025-02-27"],
    ["Battsetseg met Japarov on Thursday.", "2025-02-27"],
    ["Battsetseg said she would meet Japarov on Thursday.", "2025-02-27"],
    ["Battsetseg was due to arrive in Bishkek on Thursday.", "2025-02-27"],
    ["The talks, which began on Monday, ended without a statement.", "2025-03-03"],
    ["On Thursday, Battsetseg signed the deal and will leave for Tokyo.", "2025-02-27"],
    ["Battsetseg will meet Japarov on Tuesday.", "2025-03-04"],
    ["Battsetseg will meet Japarov next Monday.", "2025-03-10"],
    ["Battsetseg met Japarov last Thursday.", "2025-02-27"],
    // (an -s form that is a noun: "the heads of the delegations")
    ["Mongolia held a working lunch with the heads of the delegations of Japan on Thursday.", "2025-02-27"]
  ] as const)
    assert.equal(resolveDate(s, PAGE)?.date, want, s);
});

test("an act told with a coming weekday is a plan, dated when told", () => {
  const events = readEvents(
    "Battsetseg arrived in Astana on Monday. Battsetseg travels to Bishkek on Thursday, where she is expected to sign a transit agreement with Kyrgyzstan.",
    PAGE
  );
  has(events, /^MNG>KGZ 036 2025-03-04 planned$/);
  // no signing a week before the page
  lacks(events, /2025-02-2/);
  // near miss: a meeting told as done keeps the last Thursday
  has(readEvents("Battsetseg met Kyrgyz President Sadyr Japarov on Thursday.", PAGE), /^MNG>KGZ 040 2025-02-27$/);
});

test('a bare "this year" dates an act no more than the page does', () => {
  has(readEvents("Japan announced $50 million in loans to Mongolia this year.", PAGE), /^JPN>MNG 0331 2025-03-04$/);
  // the story's day, when a sentence before told it
  has(
    readEvents(
      "Japan signed a deal with Mongolia on Monday. Japan also announced $50 million in loans to Mongolia this year.",
      PAGE
    ),
    /^JPN>MNG 0331 2025-03-03$/
  );
  // near misses: "earlier this year" tells a time before the page, "last year" another year
  has(
    readEvents("Japan announced $50 million in loans to Mongolia earlier this year.", PAGE),
    /^JPN>MNG 0331 2025-01-01$/
  );
  has(readEvents("Japan announced $50 million in loans to Mongolia last year.", PAGE), /^JPN>MNG 0331 2024-01-01$/);
});

test("a time opening the sentence dates its second predicate too, past a later time of a noun's", () => {
  const events = readEvents(
    "Battsetseg arrived in Tokyo on Monday. On Tuesday, Battsetseg held talks with Japanese Foreign Minister Iwaya, who is also a former defence minister, and the two signed a roadmap that both governments hope to upgrade next year.",
    PAGE
  );
  has(events, /^MNG>JPN 057 2025-03-04$/);
  lacks(events, /057 2025-03-03/);
  // near miss: a time of the first predicate's own, not opening the sentence, is not the second's
  has(
    readEvents(
      "Battsetseg arrived in Tokyo on Monday. Battsetseg held talks with Japanese Foreign Minister Iwaya in January, and the two signed a roadmap that both governments hope to upgrade next year.",
      PAGE
    ),
    /^MNG>JPN 057 2025-03-03$/
  );
});

test('a figure "the year before" is of the year before the one told', () => {
  const years = (text: string) =>
    readFigures(splitSentences(text), [], {sourceId: "s", articleDate: "2025-04-13"}).map((f) => `${f.text} ${f.year}`);
  for (const tail of ["the year before", "in the previous year", "a year earlier"])
    assert.deepEqual(
      years(`Trade between Mongolia and Japan reached $410 million in 2024, up from $260 million ${tail}.`),
      ["$410 million 2024", "$260 million 2023"]
    );
  // near miss: a change over the previous year is of the year told
  assert.deepEqual(
    years(
      "Trade between Mongolia and Japan reached $410 million in 2024, a rise of 22 percent over the previous year."
    ),
    ["$410 million 2024", "22 percent 2024"]
  );
});

test('an act told with "then" or "at the time" is of the time the paragraph told last', () => {
  has(
    readEvents(
      "Speaking in Ulaanbaatar in June 2022, the Mongolian president said his country would stay neutral. Mongolia then sent humanitarian aid to Ukraine.",
      PAGE
    ),
    /^MNG>UKR 073 2022-06-01$/
  );
  has(
    readEvents(
      "Relations soured in 2023 after Japanese police detained Mongolian students. Ulaanbaatar summoned the Japanese ambassador at the time.",
      PAGE
    ),
    /^MNG>JPN 114 2023-01-01$/
  );
  // near misses: a new paragraph, "at the time of" a happening, no "then": the page's day
  has(
    readEvents(
      "Relations soured in 2023 after Japanese police detained Mongolian students.\n\nUlaanbaatar summoned the Japanese ambassador at the time.",
      PAGE
    ),
    /^MNG>JPN 114 2025-03-04$/
  );
  has(
    readEvents("Mongolia sent humanitarian aid to Ukraine at the time of the floods.", PAGE),
    /^MNG>UKR 073 2025-03-04$/
  );
  has(
    readEvents(
      "Speaking in Ulaanbaatar in June 2022, the Mongolian president said his country would stay neutral. Mongolia sent humanitarian aid to Ukraine.",
      PAGE
    ),
    /^MNG>UKR 073 2025-03-04$/
  );
});
