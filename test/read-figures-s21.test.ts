/**
 * Figures (issue 10, session 21): numbers as broadcasters' pages print them (a decimal read aloud, a scale joined by a
 * hyphen), a scale abbreviated onto the digits before a counted noun, amounts in words before a currency word, and a
 * comparison base with no unit of its own. Every sentence here is our own, written for these tests (other states,
 * units and verbs than any fixture's); near misses must not give a figure.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const figuresOf = (text: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s"}).map((f) => `${f.value} ${f.unit} = ${f.amount} "${f.text}"`);

test("a decimal read aloud: 'two-point-four', 'one point five'", () => {
  assert.deepEqual(figuresOf("Exports to Ankara reached three-point-six billion dollars in 2024."), [
    '3.6 billion USD = 3600000000 "three-point-six billion dollars"'
  ]);
  assert.deepEqual(figuresOf("The port handled one point two million tonnes."), [
    '1.2 million tonnes = 1200000 "one point two million tonnes"'
  ]);
  // near misses: "point" as a noun
  assert.deepEqual(figuresOf("Both sides made a point of meeting twice."), []);
  assert.deepEqual(figuresOf("Talks reached a turning point after the summit."), []);
});

test("an amount in words before a currency word is money, not a count of dollars", () => {
  assert.deepEqual(figuresOf("Riyadh pledged five billion dollars for the dam."), [
    '5 billion USD = 5000000000 "five billion dollars"'
  ]);
  assert.deepEqual(figuresOf("Brussels set aside twelve million euros for the border posts."), [
    '12 million EUR = 12000000 "twelve million euros"'
  ]);
});

test("a scale joined by a hyphen, or abbreviated onto the digits, before a counted noun", () => {
  assert.deepEqual(figuresOf("Kyrgyzstan is home to some 60-thousand ethnic Uighurs."), [
    '60 uighurs = 60000 "60-thousand ethnic Uighurs"'
  ]);
  assert.deepEqual(figuresOf("About 2m Kyrgyz workers now live in Russia."), [
    '2 workers = 2000000 "2m Kyrgyz workers"'
  ]);
  assert.deepEqual(figuresOf("Nearly 1.2mn foreign tourists came in May."), [
    '1.2 tourists = 1200000 "1.2mn foreign tourists"'
  ]);
  // near misses: metres, and a hyphen to a noun that is no scale
  assert.deepEqual(figuresOf("A 3m fence now runs along the border."), []);
  assert.deepEqual(figuresOf("They signed a 10-point plan."), []);
});

test("a comparison base with no unit takes the amount's unit, at its own scale when it names one", () => {
  assert.deepEqual(figuresOf("Ankara raised its credit line to four billion dollars, up from three billion."), [
    '4 billion USD = 4000000000 "four billion dollars"',
    '3 billion USD = 3000000000 "three billion"'
  ]);
  assert.deepEqual(figuresOf("Inflation eased to 7 percent in March, down from 9."), [
    '7 % = 7 "7 percent"',
    '9 % = 9 "9"'
  ]);
  // near misses: a year, a base with its own unit (read once, by its own pattern), a base that is no number
  assert.deepEqual(figuresOf("Trade reached $3 billion, up from 2021."), ['3 billion USD = 3000000000 "$3 billion"']);
  assert.deepEqual(figuresOf("Trade reached $3 billion, up from $2.5 billion."), [
    '3 billion USD = 3000000000 "$3 billion"',
    '2.5 billion USD = 2500000000 "$2.5 billion"'
  ]);
  assert.deepEqual(figuresOf("Trade reached $3 billion, up from the year before."), [
    '3 billion USD = 3000000000 "$3 billion"'
  ]);
});
