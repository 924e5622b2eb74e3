/**
 * Figures (issue 10, session 20): money and measures written as compound adjectives with hyphens, multiples after a
 * verb of change, and fractions after a word of degree. Every sentence here is our own, written for these tests
 * (other currencies, units, states and verbs than any fixture's); near misses must not give a figure.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const figuresOf = (text: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s"}).map((f) => `${f.value} ${f.unit} = ${f.amount} "${f.text}"`);

test("money as a compound adjective: a number, its scale and a currency word joined by hyphens", () => {
  assert.deepEqual(figuresOf("Seoul opened a 300-million-dollar credit line for Tashkent on Monday."), [
    '300 million USD = 300000000 "300-million-dollar"'
  ]);
  assert.deepEqual(figuresOf("Ankara announced a 40-billion-tenge package for the corridor."), [
    '40 billion KZT = 40000000000 "40-billion-tenge"'
  ]);
  assert.deepEqual(figuresOf("Beijing offered a 7-billion-yuan loan to Dushanbe."), [
    '7 billion CNY = 7000000000 "7-billion-yuan"'
  ]);
  // without a scale word
  assert.deepEqual(figuresOf("Visitors pay a 25-euro fee at the border."), ['25 EUR = 25 "25-euro"']);
});

test("near misses of compound money: a year before the hyphen, a currency pair, no number", () => {
  assert.deepEqual(figuresOf("Prices are given in 2021-dollar terms."), []);
  assert.deepEqual(figuresOf("The dollar-tenge rate fell again."), []);
  assert.deepEqual(figuresOf("It is a billion-dollar question for Bishkek."), []);
});

test("voltages as measures, alone or as a compound adjective", () => {
  assert.deepEqual(figuresOf("Tokyo will finance a 220-kilovolt line to Osh."), ['220 kV = 220 "220-kilovolt"']);
  assert.deepEqual(figuresOf("The new substation runs at 110 kV."), ['110 kV = 110 "110 kV"']);
});

test("a multiple after a verb of change, or joined to -fold", () => {
  assert.deepEqual(figuresOf("Freight through Aktau rose 2.4 times in 2023."), ['2.4 times = 2.4 "2.4 times"']);
  assert.deepEqual(figuresOf("Turnover has increased by almost 3 times since 2017."), ['3 times = 3 "3 times"']);
  assert.deepEqual(figuresOf("Officials expect a 4-fold rise in transit."), ['4 times = 4 "4-fold"']);
  // near misses: repetitions are no multiples
  assert.deepEqual(figuresOf("The ministers met 3 times last year."), []);
  assert.deepEqual(figuresOf("Ferries sail two times a week."), []);
});

test("a fraction after a word of degree: 'close to half of', 'less than a twentieth of'", () => {
  assert.deepEqual(figuresOf("Minsk now buys close to half of Uzbek cotton yarn."), ['50 % = 50 "half of"']);
  assert.deepEqual(figuresOf("Its trade with Baku is less than a twentieth of its trade with Moscow."), [
    '5 % = 5 "less than a twentieth"'
  ]);
  // near misses: a half of a period is a duration
  assert.deepEqual(figuresOf("Talks stalled for about half of 2023."), []);
  assert.deepEqual(figuresOf("The line was closed for nearly half of March."), []);
  assert.deepEqual(figuresOf("Exports dipped in the second half of the year."), []);
});

test("the Indian numbering: lakh and crore after 'Rs', '₹' or before 'rupees' (read after blind20's first reading)", () => {
  assert.deepEqual(figuresOf("The port deal is worth Rs 7,200 crore."), [
    '7200 crore INR = 72000000000 "Rs 7,200 crore"'
  ]);
  assert.deepEqual(figuresOf("Each scholar gets ₹4 lakh a year."), ['4 lakh INR = 400000 "₹4 lakh"']);
  assert.deepEqual(figuresOf("Exports rose to 950 crore rupees."), ['950 crore INR = 9500000000 "950 crore rupees"']);
  // near misses: a title before a name, "crores of" people with no number
  assert.deepEqual(figuresOf("Mrs Sharma met the envoy in Delhi."), []);
  assert.deepEqual(figuresOf("Crores of people watched the match."), []);
});
