/**
 * Figures' years (issue 10, session 35): a fiscal or a season's year is the year it ends in ("in 2024-25", "FY25", "the
 * 2023/24 fiscal year"); a change said against the year before is the year told's ("… in 2024, down 9% from a year
 * earlier", "… 8% more than a year earlier", "… 17% more than in 2023"); an opening phrase with a month or a day
 * dates the whole sentence ("In November 2025, …, where … worth $17 billion"), and a year said right after an amount
 * is the amount's own before the opening's ("In 2024, … 31 percent, compared with 12 percent in 2021"). Every sentence
 * here is our own, written for these tests.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const years = (text: string, articleDate = "2026-02-10") =>
  readFigures(splitSentences(text), [], {sourceId: "s", articleDate}).map((f) => `${f.text}: ${f.year ?? "-"}`);

test("a fiscal or a season's year is the year it ends in", () => {
  assert.deepEqual(years("Exports of tea to Nepal came to $48 million in 2023-24, the board said."), [
    "$48 million: 2024"
  ]);
  assert.deepEqual(years("Remittances from Oman stood at $310 million in FY25, according to the central bank."), [
    "$310 million: 2025"
  ]);
  assert.deepEqual(years("Cotton sales reached $90 million in the 2024/25 marketing year."), ["$90 million: 2025"]);
  assert.deepEqual(years("Freight volumes reached 4.1 million tonnes in FY2024-25."), ["4.1 million tonnes: 2025"]);
  // near misses: two full years are a span, not a fiscal year; a year and a day of the month stay the year
  assert.deepEqual(years("The fund will lend up to $200 million a year in 2026-2028."), ["$200 million: 2026"]);
  assert.deepEqual(years("Imports of rice reached $15 million in 2023-25, the ministry said."), ["$15 million: 2023"]);
});

test("a change said against the year before is the year told's; the level it is measured from stays the year before's", () => {
  assert.deepEqual(years("Trade between Chile and Mongolia was $22 million in 2024, down 6% from a year earlier."), [
    "$22 million: 2024",
    "6%: 2024"
  ]);
  assert.deepEqual(years("The port loaded 3.3 million tonnes in 2024, 11% more than a year earlier."), [
    "3.3 million tonnes: 2024",
    "11%: 2024"
  ]);
  assert.deepEqual(years("Trade with Peru reached EUR 8.2m last year, 14% more than in 2023, the office said."), [
    "EUR 8.2m: 2025",
    "14%: 2025"
  ]);
  // near misses: the level measured from is the year before's
  assert.deepEqual(years("Sales reached $410 million in 2024, up from $260 million the year before."), [
    "$410 million: 2024",
    "$260 million: 2023"
  ]);
  assert.deepEqual(years("The surplus narrowed to $3.1 billion in 2024 from $4.2 billion a year earlier."), [
    "$3.1 billion: 2024",
    "$4.2 billion: 2023"
  ]);
});

test("an opening phrase with a month dates the sentence; a year right after an amount is its own", () => {
  assert.deepEqual(
    years(
      "In October 2025, the president received the Lao delegation in Hanoi, where companies signed deals worth $4 billion."
    ),
    ["$4 billion: 2025"]
  );
  assert.deepEqual(
    years("On 3 March 2024, the two governments met in Lima, and exporters agreed contracts worth $900 million."),
    ["$900 million: 2024"]
  );
  assert.deepEqual(
    years("In 2024, the euro's share of settlements was 41 percent, compared with 18 percent in 2020."),
    ["41 percent: 2024", "18 percent: 2020"]
  );
  // near miss: an opening month with no year lends none; the clause's own year stays
  assert.deepEqual(
    years(
      "In October, the president received the Lao delegation in Hanoi, where companies signed deals worth $4 billion in 2019."
    ),
    ["$4 billion: 2019"]
  );
});
