import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

// Sentences written for these tests (not from the seeds).
const figuresOf = (text: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s"}).map((f) => ({
    value: f.value,
    unit: f.unit,
    amount: f.amount,
    what: f.what,
    year: f.year,
    approximate: f.approximate,
    text: f.text
  }));

test("readFigures() reads money with its scale, what it measures and its year", () => {
  assert.deepEqual(figuresOf("In 2022, bilateral trade between Uzbekistan and Turkey reached $3.1 billion."), [
    {
      value: 3.1,
      unit: "billion USD",
      amount: 3.1e9,
      what: "bilateral trade between Uzbekistan and Turkey",
      year: 2022,
      approximate: false,
      text: "$3.1 billion"
    }
  ]);
  const [f] = figuresOf("The bank will lend nearly 450 million euros for the railway by 2027.");
  assert.deepEqual([f!.value, f!.unit, f!.amount, f!.approximate, f!.year], [450, "million EUR", 4.5e8, true, 2027]);
});

test("readFigures() reads shares, tonnes, TEU, barrels and kilometres", () => {
  const got = figuresOf(
    "Grain exports grew 15% in 2021 to 9.2 million tonnes. The terminal handled 310,000 TEU. The line runs 1,200 km and carries 60,000 barrels per day."
  );
  assert.deepEqual(
    got.map((f) => [f.value, f.unit, f.year ?? null]),
    [
      [15, "%", 2021],
      [9.2, "million tonnes", 2021],
      [310000, "TEU", null],
      [1200, "km", null],
      [60000, "barrels per day", null]
    ]
  );
  assert.equal(got[0]!.what, "Grain exports");
});

test("readFigures() reads counts and ordinals; years, dates and durations are not figures", () => {
  const got = figuresOf(
    "Seven ministers attended the fifth intergovernmental commission in Baku on 14 March 2024, ten years after the first. Hundreds of trucks queued at the border."
  );
  assert.deepEqual(
    got.map((f) => [f.value, f.unit, f.approximate]),
    [
      [7, "ministers", false],
      [5, "ordinal", false],
      [100, "trucks", true]
    ]
  );
  assert.deepEqual(figuresOf("The treaty was signed in 1994 and renewed for 25 years (Smith, 2019)."), []);
});
