/**
 * Dates of acts, session 18 (issue 10; src/read/document.ts, dates.ts): a date told by a relative clause of its own
 * before the act (the clause's happening, not the act's), and a span after a happening named by a definite noun
 * ("two days after the attack"), counted forward from the sentence before that dated it, never back from the page.
 * A range of two days across months takes the year written after the second ("on February 28 and March 1, 2023").
 * Every sentence here is our own, written for these tests (Nordic and Baltic states); each condition is varied one at
 * a time, with near misses that must keep their reading. The page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

test("a date in a relative clause before the act dates that clause's happening, not the act", () => {
  assert.deepEqual(
    readEvents("Norway, which signed a treaty with Latvia in June 2023, agreed to buy Latvian timber."),
    ["NOR>LVA 057 2023-06-01", "LVA>NOR 057 2023-06-01", "NOR>LVA 031 2024-05-20 planned"]
  );
  // ("whose", a month without its year)
  assert.deepEqual(readEvents("Estonia, whose foreign minister visited Oslo in March, agreed to buy Norwegian gas."), [
    "EST>NOR 042 2024-03-01",
    "EST>NOR 031 2024-05-20 planned"
  ]);
  // Near misses: the act's own date, and an occasion the act is set at ("at the summit, held on 3 May"), date it.
  assert.deepEqual(readEvents("Norway agreed in June 2023 to buy Latvian timber."), ["NOR>LVA 031 2023-06-01 planned"]);
  assert.deepEqual(readEvents("At the summit, held in Riga on 3 May, Norway agreed to buy Latvian timber."), [
    "NOR>LVA 031 2024-05-03 planned"
  ]);
});

test("a span after a happening named by a definite noun counts forward from the sentence that dated it", () => {
  assert.deepEqual(
    readEvents(
      "Norway and Sweden held a summit in Oslo on 3 May 2024. Two days after the summit, Finland's president telephoned the Swedish prime minister."
    ).slice(2),
    ["FIN>SWE 041 2024-05-05", "SWE>FIN 041 2024-05-05"]
  );
  // (the span after the act, a week)
  assert.deepEqual(
    readEvents(
      "Norway and Sweden held a summit in Oslo on 3 April 2024. Finland's president telephoned the Swedish prime minister a week after the summit."
    ).slice(2),
    ["FIN>SWE 041 2024-04-10", "SWE>FIN 041 2024-04-10"]
  );
  // Near miss: no earlier sentence dates the happening — the act is the page's, never two days before the page.
  assert.deepEqual(
    readEvents("Two days after the attack Norway's prime minister telephoned Sweden's prime minister."),
    ["NOR>SWE 041 2024-05-20", "SWE>NOR 041 2024-05-20"]
  );
  // Near miss: a span before a clause still counts back from the page ("a year after X hosted Y").
  assert.deepEqual(readEvents("The visit comes a year after Norway hosted a Latvian delegation."), [
    "NOR>LVA 043 2023-01-01"
  ]);
});

test("two days of different months sharing the year written after the second: the first day, of that year", () => {
  assert.deepEqual(readEvents("The Norwegian foreign minister visited Riga on February 28 and March 1, 2023."), [
    "NOR>LVA 042 2023-02-28"
  ]);
  assert.deepEqual(readEvents("The Norwegian foreign minister visited Riga from 30 June to 2 July 2023."), [
    "NOR>LVA 042 2023-06-30"
  ]);
  // Near misses: one day with its year, and two days of one month with no year (read against the page).
  assert.deepEqual(readEvents("The Norwegian foreign minister visited Riga on February 28, 2023."), [
    "NOR>LVA 042 2023-02-28"
  ]);
  assert.deepEqual(readEvents("The Norwegian foreign minister visited Riga on February 28 and 29."), [
    "NOR>LVA 042 2024-02-28"
  ]);
});
