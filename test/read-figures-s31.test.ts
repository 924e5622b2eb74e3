/**
 * Figures (issue 10, session 31): counts that say how the writer knows ("two people familiar with the plans", "according
 * to three people briefed on the talks", "two industry sources said") and the writer's own points ("Three obstacles
 * stand out") are no figures; units and currencies the reader did not read ("1.3 bcm", "1 gigawatt", "1.2 trillion
 * won", "Sh2.1 billion"); what a sum is when only the words after it say ("announced 2 billion yuan in grants to …"),
 * a thing after "in" that begins like an article ("in assistance"), a pronoun the sum went to ("lent us …"), a
 * relative's own object ("which aims to produce … of green hydrogen"); an aim's verb and a passive in the making as a
 * target. Every sentence here is our own, written for these tests.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {pageShilling, readFigures, splitSentences} from "../src/read/index.js";

const read = (text: string, shilling?: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s", articleDate: "2025-06-01", ...(shilling ? {shilling} : {})});
const texts = (text: string) => read(text).map((f) => f.text);
const whats = (text: string) => read(text).map((f) => `${f.text}: ${f.what}`);

test("informants counted are no figure; people counted otherwise are", () => {
  assert.deepEqual(texts("The visit to Bishkek was put off, two people familiar with the schedule said."), []);
  assert.deepEqual(
    texts("The offer was made in Ashgabat last week, according to three people briefed on the talks."),
    []
  );
  assert.deepEqual(texts("Flows fell after the strike, the operator and two industry sources said."), []);
  assert.deepEqual(texts("Four officials with knowledge of the matter confirmed the delay."), []);
  // near misses: people killed, evacuated or living somewhere, sources of money, a count of people who spoke at a forum
  assert.deepEqual(texts("Two people were killed when the convoy was shelled near Batken."), ["Two people"]);
  assert.deepEqual(texts("Some 40 people familiar faces from the old ministry now run the agency."), ["40 people"]);
  // (session 35: "one of the top 10 sources" is a rank pointed at, no count; without "the top" a count)
  assert.deepEqual(texts("The country is one of 10 sources of foreign investment in the region."), ["10 sources"]);
  assert.deepEqual(texts("More than 300 people attended the forum in Osh."), ["300 people"]);
});

test("the writer's own points counted are no figure; things counted stay", () => {
  assert.deepEqual(texts("Three obstacles stand out."), []);
  assert.deepEqual(texts("Two considerations weighed most in Tashkent."), []);
  assert.deepEqual(texts("Let me give you four examples of what the corridor has changed."), []);
  // near miss: things a side bought or built
  assert.deepEqual(texts("The railway bought 40 electric locomotives from the Korean maker."), [
    "40 electric locomotives"
  ]);
});

test("units and currencies: bcm, a gigawatt, won after a scale, the shilling's letters", () => {
  const [bcm] = read("Turkey will receive 1.8 bcm of Turkmen gas a year.");
  assert.equal(bcm?.unit, "bcm");
  assert.equal(bcm?.amount, 1.8e9);
  const [gw] = read("The developer will build a wind farm of 1 gigawatt near Zhanatas.");
  assert.equal(gw?.text, "1 gigawatt");
  const [won] = read("The plant will cost about 1.4 trillion won, the company said.");
  assert.equal(won?.unit, "trillion KRW");
  assert.equal(won?.amount, 1.4e12);
  const [sh] = read("Trade between the two countries stood at only Sh3.4 billion last year.");
  assert.equal(sh?.unit, "billion KES");
  assert.equal(read("Trade stood at Sh3.4 billion.", pageShilling("TZA"))[0]?.unit, "billion TZS");
  assert.equal(read("Exports reached KSh 120 million.")[0]?.unit, "million KES");
  assert.equal(pageShilling("KAZ"), undefined);
  // near misses: "won" as a verb, an Uzbek initial before a name
  assert.deepEqual(
    read("The team won 12 medals at the games, and Sh. Mirziyoyev met the winners.").map((f) => f.unit),
    ["medals"]
  );
});

test("what a sum is when only the words after it say; 'in assistance'; a pronoun the sum went to", () => {
  assert.deepEqual(whats("Wang announced 2 billion yuan (US$280 million) in grants to the region this year."), [
    "2 billion yuan: grants to the region",
    "US$280 million: grants to the region"
  ]);
  assert.deepEqual(
    whats("The premier announced 9 billion yuan, about 1.3 billion dollars, in loans and grants for Kyrgyzstan."),
    ["9 billion yuan: loans and grants for Kyrgyzstan", "1.3 billion dollars: loans and grants for Kyrgyzstan"]
  );
  assert.deepEqual(whats("Since 2000, Japan has provided more than $900 million in assistance to Tajikistan."), [
    "$900 million: assistance provided by Japan"
  ]);
  assert.deepEqual(whats("Ankara has since lent us about $600 million for schools."), [
    "$600 million: money lent by Ankara for schools"
  ]);
  // near misses: a place after "in" is no thing ("invested $40 million in Almaty"), nor "in total"
  assert.deepEqual(whats("Seoul invested $40 million in Almaty."), ["$40 million: money invested by Seoul"]);
});

test("a relative's own object; an aim's verb and a passive in the making are targets", () => {
  const [h] = read("The Steppe Hydrogen project, which aims to produce one million tonnes of ammonia a year, stalled.");
  assert.equal(h?.what, "ammonia produced");
  assert.equal(h?.outlook, "target");
  const [c] = read("The port, whose capacity is being raised to 8 million tonnes a year, reopened.");
  assert.equal(c?.outlook, "target");
  const raised = read("The ceiling should be raised from USD 1 billion to USD 3 billion for 2026-2028.");
  assert.deepEqual(
    raised.map((f) => f.outlook),
    [undefined, "target"]
  );
  // near misses: a level produced, a ceiling raised in the past, a relative with no object of its own
  assert.equal(read("The company produced 2 million tonnes last year.")[0]?.outlook, undefined);
  assert.equal(read("The ceiling was raised to $2 billion in 2023.")[0]?.outlook, undefined);
  assert.equal(read("The terminal, which will handle up to 2 million tonnes, opens soon.")[0]?.what, "The terminal");
});
