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
