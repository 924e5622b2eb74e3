/**
 * Figures (issue 10, session 35): which counts are no figures. A count pointed at with a definite or possessive word
 * ("the 10 members", "our top three partners") names the things the text is about; a number glued to a name ("Orlan-10
 * drones", "the C5+1 dialogue"), after a word that numbers things ("Rule 39", "Group 24") or a day after its month
 * ("on June 8 Moldovan traders") counts nothing. Every sentence here is our own, written for these tests.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const read = (text: string) => readFigures(splitSentences(text), [], {sourceId: "s", articleDate: "2025-06-01"});
const counts = (text: string) => read(text).map((f) => `${f.text}: ${f.value}`);

test("a count pointed at with a definite or possessive word is no figure; one without it stays", () => {
  assert.deepEqual(counts("Any change needs the consent of the 12 members of the board."), []);
  assert.deepEqual(counts("Norway is among the top 15 buyers of Chilean salmon."), []);
  assert.deepEqual(counts("Our two peoples share a long history."), []);
  assert.deepEqual(counts("Exports rose in the four quarters to June."), []);
  assert.deepEqual(counts("None of the three bidders met the deadline."), []);
  // near misses: no definite word, a possessive after the noun, a count of a hundred or more, "all"
  assert.deepEqual(counts("The board has 12 members."), ["12 members: 12"]);
  assert.deepEqual(counts("The three bidders' offers were rejected."), ["three bidders: 3"]);
  assert.deepEqual(counts("The 400 workers at the plant went on strike."), ["400 workers: 400"]);
  assert.deepEqual(counts("Some 40 Chilean exporters sell salmon to Norway."), ["40 Chilean exporters: 40"]);
});

test("a number glued to a name, after a word that numbers things, or a day after its month counts nothing", () => {
  assert.deepEqual(counts("The army bought Shahed-136 drones from abroad."), []);
  assert.deepEqual(counts("The E3+3 foreign ministers met in Vienna."), []);
  assert.deepEqual(counts("The court applied Rule 12 of its procedure."), []);
  assert.deepEqual(counts("Two members of Group 7 delegates left early."), ["Two members: 2"]);
  assert.deepEqual(counts("On March 4 Moldovan farmers blocked the road."), []);
  // near misses: a count after a month that is no day, a hyphen between two numbers' words, a plain count
  assert.deepEqual(counts("In March 40 Moldovan farmers blocked the road."), ["40 Moldovan farmers: 40"]);
  assert.deepEqual(counts("The army bought 12 drones from abroad."), ["12 drones: 12"]);
});

const whats = (text: string) => read(text).map((f) => `${f.text}: ${f.what}`);

test("a sum or a share right after a noun phrase and 'of' measures that phrase, with its giver", () => {
  assert.deepEqual(whats("The bank approved a rail loan of $40 million last week."), [
    "$40 million: rail loan approved by bank"
  ]);
  assert.deepEqual(whats("Duties will fall to 4.2%, against a current average of 7.5%."), [
    "4.2%: Duties",
    "7.5%: current average"
  ]);
  assert.deepEqual(whats("Norway will provide a credit line of $30 million for solar farms in Chile."), [
    "$30 million: credit line provided by Norway for solar farms"
  ]);
  // near misses: a word of change, a bare "a total of", a property after "with", a measure
  assert.deepEqual(whats("Sales rose, an increase of 12% on the year."), ["12%: an increase"]);
  assert.deepEqual(whats("The fund, with a capital of $50 million, opens in May."), ["$50 million: a capital"]);
  assert.deepEqual(whats("The port has a capacity of 2 million tonnes."), ["2 million tonnes: port has a capacity"]);
});

test("a thing after 'in' led by a place's name, a named antecedent's purchase, a count's noun ending in 'ss'", () => {
  assert.deepEqual(whats("Peru bought $8 million in Chilean salmon fillets last year."), [
    "$8 million: Chilean salmon fillets bought by Peru"
  ]);
  assert.deepEqual(
    whats("The gap is wide next to Brazil, which bought $3 billion in Chilean copper cathodes in 2024."),
    ["$3 billion: Chilean copper cathodes bought by Brazil"]
  );
  assert.deepEqual(whats("The minister spoke to about 30 Chilean business owners."), [
    "30 Chilean business owners: Chilean business owners"
  ]);
  // near misses: a place alone after "in", a possessive after "in"
  assert.deepEqual(whats("Peru invested $8 million in Chile last year."), ["$8 million: money invested by Peru"]);
  assert.deepEqual(whats("Peru invested $8 million in Chile's ports last year."), [
    "$8 million: money invested by Peru"
  ]);
});
