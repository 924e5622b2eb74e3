/**
 * Dates of acts, session 32 (issue 10): a range of days told day first without its year ("on 18–19 May", "on 3 and 4
 * April", "from 11–13 November") is dated by its first day, as one with its year and one told month first already
 * were (src/read/dates.ts). Three readings that such a date would have turned into false acts are mended first: an
 * -s form after a noun after a preposition is the head of their compound ("money for transport links": no verb
 * "links", src/read/shallow.ts nounHead); a state's adjective coordinated with one of scope ("Kazakh and foreign
 * investors") names no actor (src/read/named-actors.ts); an office named alone as a sentence's subject before any
 * holder of it was named is the story's own holder, not a counterpart named later (src/read/office-holders.ts).
 * Every sentence here is our own, with near misses.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, has, lacks, readEvents} from "./helpers/events.js";
import {resolveDate} from "../src/read/dates.js";

test("a range of days told day first without its year is dated by its first day", () => {
  for (const [s, page, want] of [
    ["On 18–19 May, Japan hosted the five leaders.", "2023-05-31", "2023-05-18"],
    ["The summit in Ulaanbaatar on 3 and 4 April was a success.", "2025-04-10", "2025-04-03"],
    ["Batmunkh visited Japan from 11–13 November.", "2024-11-20", "2024-11-11"],
    // told as done in a later month: last year's, as one day is
    ["The ministers met on 12–13 September.", "2024-06-13", "2023-09-12"],
    // told as still to come: this year's (session 31's toldAhead)
    ["The ministers will meet on 12–13 September.", "2024-06-13", "2024-09-12"]
  ] as const)
    assert.equal(resolveDate(s, page)?.date, want, s);
  // near misses: one day stays that day; with its year, as before
  assert.equal(resolveDate("The ministers met on 12 September.", "2024-06-13")?.date, "2023-09-12");
  assert.equal(resolveDate("On 18–19 May 2022, Japan hosted the five leaders.", "2023-05-31")?.date, "2022-05-18");
  // the summit's first day carries to the acts told after it
  has(
    readEvents(
      "The summit in Ulaanbaatar on 3 and 4 April was a success. Japan and Mongolia signed a memorandum on rare earths.",
      "2025-04-10"
    ),
    /^(?:JPN>MNG|MNG>JPN) 057 2025-04-03/
  );
});

test("an -s form after a noun after a preposition is the head of their compound, no verb", () => {
  // "links" is no act of linking: the paying, the offering are the acts
  assert.deepEqual(dyads("Mongolia paid for transport links in Kazakhstan on Monday."), ["MNG>KAZ 061"]);
  assert.deepEqual(dyads("Japan offered money for trade links with Mongolia on Monday."), ["JPN>MNG 0331"]);
  // near misses: the verb with its subject before it, and one joined by "and", stay verbs
  assert.deepEqual(dyads("Mongolia links its grid with Kazakhstan's on Monday."), ["MNG>KAZ 0311"]);
  assert.ok(
    dyads("On Monday Mongolia signed a deal with Russia and links its grid to Kazakhstan.").includes("MNG>KAZ 060")
  );
});

test("a state's adjective coordinated with one of scope names no actor", () => {
  assert.deepEqual(dyads("Kazakh and foreign investors signed deals with Mongolia on Monday."), []);
  assert.deepEqual(dyads("Foreign and Kazakh investors signed deals with Mongolia on Monday."), []);
  // what the clause's "would" is then the teller's: "Chinese and international banks" are not China
  assert.deepEqual(dyads("Mongolia said that Chinese and international banks would lend $2 billion to Kazakhstan."), [
    "MNG>KAZ 033"
  ]);
  // near misses: two states' adjectives name both; a title's words ("Foreign and European Affairs Minister") are left
  assert.deepEqual(dyads("Kazakh and Chinese investors signed deals with Mongolia on Monday."), [
    "KAZ>MNG 057",
    "MNG>KAZ 057",
    "CHN>MNG 057",
    "MNG>CHN 057"
  ]);
  assert.deepEqual(
    dyads("Mongolian Foreign and European Affairs Minister Batmunkh met Kazakhstan's Foreign Minister on Monday."),
    ["MNG>KAZ 040"]
  );
});

test("an office named alone as the subject before any holder of it is not a counterpart named later", () => {
  const A =
    "Trade Minister Tom Byrne will travel to Kazakhstan and Uzbekistan next week, leading the first Irish trade delegation to Central Asia.";
  const C = "In Astana on 17 June, Mr Byrne will meet Kazakhstan's Minister of Trade, Arman Shakkaliyev.";
  const D =
    "In Tashkent on 19 June, the Minister will hold talks with Uzbekistan's Minister of Investment, Laziz Kudratov.";
  // "The Minister" told before Kazakhstan's minister was named is the page's own: the talks in Tashkent are not
  // Kazakhstan's (the reader does not know the page's state, so it codes none)
  lacks(
    readEvents(
      [A, "The Minister will be accompanied by representatives of ten companies.", C, D].join("\n\n"),
      "2024-06-13"
    ),
    /^KAZ>UZB/
  );
  // near miss: with no office named alone before, the only state a minister was named for answers, as before
  has(readEvents([A, C, D].join("\n\n"), "2024-06-13"), /^KAZ>UZB 036/);
});
