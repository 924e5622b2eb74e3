/**
 * Figures (issue 10, session 32): what an amount measures when its sentence only points at it — a level "it" reached
 * after a sentence saying what a thing is like ("Freight between the two ports remains modest. It reached about …"),
 * and a change told by its word alone after an amount ("…, an increase of 14% on the year before", "…, down 6 per cent
 * from 2022"). Every sentence here is our own, written for these tests.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const whats = (text: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s", articleDate: "2025-06-01"}).map((f) => `${f.text}: ${f.what}`);

test("a level 'it' reached is the level of the sentence before's subject", () => {
  assert.deepEqual(whats("Freight between the two ports remains modest. It reached about $40 million last year."), [
    "$40 million: Freight between the two ports"
  ]);
  assert.deepEqual(whats("Chile's trade with the region is tiny. It amounted to only $14 million in 2024."), [
    "$14 million: Chile's trade with the region"
  ]);
  assert.deepEqual(whats("The fund's lending has remained small. It stood at $3 million."), [
    "$3 million: the fund's lending"
  ]);
  // near misses: a sentence before about a person or with a pronoun subject; "it" that did something, not a level
  assert.deepEqual(whats("Mr Ortega is optimistic. It reached $3 million."), ["$3 million: It"]);
  assert.deepEqual(whats("It remains small. It reached $3 million."), ["$3 million: It"]);
  assert.deepEqual(whats("Freight between the two ports remains modest. It lent $3 million to the port."), [
    "$3 million: money lent to the port"
  ]);
});

test("a change told by its word alone after an amount is the change of that amount's thing", () => {
  assert.deepEqual(whats("Bilateral trade reached $410 million in 2024, an increase of 14% on the year before."), [
    "$410 million: Bilateral trade",
    "14%: increase in Bilateral trade"
  ]);
  assert.deepEqual(whats("Exports of cotton yarn reached $55 million, down 6 per cent from 2022."), [
    "$55 million: Exports of cotton yarn",
    "6 per cent: fall in Exports of cotton yarn"
  ]);
  assert.deepEqual(
    whats("Rail freight rose 10 percent in 2023 to 3 million tonnes and grew another 4 percent in the first half."),
    ["10 percent: growth of Rail freight", "3 million tonnes: Rail freight", "4 percent: growth of Rail freight"]
  );
  // near misses: a change that names its thing; a share of a whole
  assert.deepEqual(whats("Trade reached $410 million, and investment saw an increase of 14%."), [
    "$410 million: Trade",
    "14%: investment saw an increase"
  ]);
  assert.deepEqual(whats("Trade reached $410 million, 14% of it in cotton."), [
    "$410 million: Trade",
    "14%: share of it in cotton"
  ]);
});

test("a sum given by a relative's antecedent, a sum earned from a source, a thing someone puts at an amount", () => {
  assert.deepEqual(
    whats("The Asian Development Bank, which pledged $40 million for rural roads, will open an office."),
    ["$40 million: money pledged by the Asian Development Bank for rural roads"]
  );
  assert.deepEqual(whats("Mongolia earned $120 million from sales of copper concentrate in 2023."), [
    "$120 million: money earned by Mongolia from sales of copper concentrate"
  ]);
  assert.deepEqual(whats("The port's backlog, which analysts put at $80 million, keeps growing."), [
    "$80 million: The port's backlog"
  ]);
  // near misses: a relative that handles an amount measures its antecedent's capacity; a sum given "from" is no
  // source; "put" with no relative
  assert.deepEqual(whats("The terminal, which will handle up to 2 million tonnes, opens in May."), [
    "2 million tonnes: The terminal"
  ]);
  assert.deepEqual(whats("Japan provided $25 million from its budget reserve."), [
    "$25 million: money provided by Japan"
  ]);
  assert.equal(whats("Officials put the loss at $80 million.")[0]?.includes("Officials put the loss"), true);
});
