import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

// Session 11 (issue 10): figures in news prose, in sentences written for these tests.

const figures = (text: string, articleDate?: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s", ...(articleDate ? {articleDate} : {})}).map((f) => ({
    text: f.text,
    unit: f.unit,
    amount: f.amount,
    year: f.year
  }));

test("amounts in yen, won-free currencies written out, and energy in kilowatt-hours, scaled", () => {
  const f = figures(
    "Seoul's exim bank lent 80 billion yen and 12 million rupees; the plant made 3.2 billion kilowatt-hours."
  );
  assert.deepEqual(
    f.map((x) => [x.text, x.unit, x.amount]),
    [
      ["80 billion yen", "billion JPY", 80e9],
      ["12 million rupees", "million INR", 12e6],
      ["3.2 billion kilowatt-hours", "billion kilowatt-hours", 3.2e9]
    ]
  );
  // near miss: "won" is a verb here, never a currency
  assert.deepEqual(
    figures("The ruling party won 62 seats in the Mongolian parliament.").map((x) => x.unit),
    ["seats"]
  );
});

test("'from X <unit> … to Y': the bare level after 'to' is in the first amount's unit", () => {
  const f = figures("Inflation in Mongolia should ease from 9 percent to 7 by the end of the year.", "2026-03-01");
  assert.deepEqual(
    f.map((x) => [x.text, x.unit]),
    [
      ["9 percent", "%"],
      ["7", "%"]
    ]
  );
  // near misses: a number after "to" with a unit of its own, or a year, is read as itself
  assert.deepEqual(
    figures("Output rose from 4 million tonnes to 5.5 million tonnes in 2024.").map((x) => x.amount),
    [4e6, 5.5e6]
  );
  assert.deepEqual(figures("Exports grew from 20 percent of the total to 2025 levels.").length, 1);
});

test("'now' or 'today' right after an amount, and a month range after it, date it before other times", () => {
  assert.equal(
    figures("The som trades at 87 per dollar now, and the bank expects 95 next year.", "2026-03-01")[0]!.year,
    2026
  );
  const g = figures(
    "Next year's budget assumes a deficit, although revenue rose 9 percent in March–May.",
    "2025-07-01"
  );
  assert.equal(g[0]!.year, 2025);
  // near miss: a month range with its year keeps that year
  const h = figures(
    "Imports were worth $2.1 billion in March–June 2023, officials said next year's figure would be higher."
  );
  assert.equal(h[0]!.year, 2023);
});

test("the year a change is measured against is not the change's", () => {
  const f = figures("Remittances fell 12% compared with 2023, to $2.5 billion last year.", "2025-02-10");
  assert.deepEqual(
    f.map((x) => [x.text, x.year]),
    [
      ["12%", 2024],
      ["$2.5 billion", 2024]
    ]
  );
  // near miss: a year the amount is "in" is its own
  assert.equal(figures("Remittances reached $2.5 billion in 2023.", "2025-02-10")[0]!.year, 2023);
});

test("review H19: a rate's start year ('a year from 2028') is the figure's; a change's base year is not", () => {
  assert.equal(figures("The plant will produce 5 million tonnes a year from 2028.")[0]!.year, 2028);
  assert.equal(figures("The dam will generate 2 billion kWh a year from 2030.")[0]!.year, 2030);
  assert.equal(figures("Exports were up 7% on 2022 in the first half of 2024.")[0]!.year, 2024);
});
