/**
 * Figures (issue 10, session 30): what an amount measures when the words before it name nothing of their own — the
 * noun an amount modifies after an article or a possessive ("a €900 million credit line", "its own 450km section"), a
 * level raised to or expected for a thing the clause only points at ("agreed to bring it to …", "expect it to reach
 * …"), a target named after its subject ("we aim for …"), a cost estimated ("is estimated to cost …"), the same measure
 * for another party ("compared with $70 billion for Japan"), a part of a sum ("including €2 billion for …"), a time or
 * a word of degree left where the noun should be ("last year", "More"). Every sentence here is our own, written for
 * these tests; the page-metadata rule of the session is in test/read-metadata-s30.test.ts.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const read = (text: string) => readFigures(splitSentences(text), [], {sourceId: "s", articleDate: "2025-06-01"});
const whats = (text: string) => read(text).map((f) => `${f.text}: ${f.what}`);

test("an amount after an article or a possessive modifies the noun phrase after it", () => {
  assert.deepEqual(whats("Rome announced a €900 million credit line through its export agency."), [
    "€900 million: credit line"
  ]);
  assert.deepEqual(whats("Seoul unveiled a €4 billion Silk Bridge investment package for the region."), [
    "€4 billion: Silk Bridge investment package for the region"
  ]);
  assert.deepEqual(whats("The bank approved a $700 million loan for the power grid of Osh."), [
    "$700 million: loan for the power grid"
  ]);
  assert.deepEqual(whats("Tbilisi has delayed work on its own 450km section twice."), ["450km: length of section"]);
  assert.deepEqual(whats("Engineers surveyed a 210-kilometre line from Osh to Kashgar last spring."), [
    "210-kilometre: length of line from Osh to Kashgar"
  ]);
  // near misses: no determiner before the amount ("exported $3 billion of cotton"), no noun after it ("a $2 billion
  // it lent"), a name after the noun beginning another phrase ("a $500 million loan Armenia received")
  assert.deepEqual(whats("Uzbekistan exported $3 billion of cotton yarn."), [
    "$3 billion: cotton yarn exported by Uzbekistan"
  ]);
  assert.deepEqual(whats("Armenia repaid a $500 million loan Georgia had guaranteed."), ["$500 million: loan"]);
  assert.deepEqual(whats("The fund's $2 billion was spent by 2020."), ["$2 billion: fund's"]);
});

test("a level raised to or expected for a thing the clause only points at is that thing's", () => {
  assert.deepEqual(
    whats(
      "Trade between Chile and Mongolia reached $90 million in 2024. The ministers agreed to bring it to $300 million by 2030."
    ),
    ["$90 million: Trade between Chile and Mongolia", "$300 million: target for Trade between Chile and Mongolia"]
  );
  assert.deepEqual(
    whats(
      "The ministers welcomed the growth of mutual trade, which reached $40 million last year, and agreed to raise it to $100 million."
    ),
    ["$40 million: mutual trade", "$100 million: target for mutual trade"]
  );
  assert.deepEqual(whats("Both governments agreed to lift two-way trade from $1 billion to $3 billion."), [
    "$1 billion: Both governments agreed to lift two-way trade",
    "$3 billion: target for two-way trade"
  ]);
  const expected = read(
    "Their trade reached $2.5 billion in 2023. Both governments expect it to reach $5 billion by 2030."
  );
  assert.equal(expected[1]!.what, "Their trade");
  assert.equal(expected[1]!.outlook, "forecast");
  assert.deepEqual(whats("Our trade with the Gulf has passed $20 billion, and we aim for $35 billion."), [
    "$20 billion: Our trade with the Gulf",
    "$35 billion: target for Our trade with the Gulf"
  ]);
  // near misses: "it" with nothing measured before it is left as it was; a noun of increase is no verb of raising
  assert.deepEqual(whats("The ministers agreed to bring it to $300 million by 2030."), [
    "$300 million: ministers agreed to bring it"
  ]);
  assert.deepEqual(whats("Officials discussed a possible increase of deliveries to 9 billion cubic metres."), [
    "9 billion cubic metres: Officials discussed a possible increase of deliveries"
  ]);
});

test("a cost estimated, a pronoun's amount, another party's amount, a part of a sum", () => {
  assert.deepEqual(whats("The bridge over the Ili, approved in 2021, is estimated to cost about $900 million."), [
    "$900 million: estimated cost of the bridge over the Ili"
  ]);
  assert.deepEqual(whats("The cost of the tunnel is estimated at $1.3 billion."), [
    "$1.3 billion: estimated cost of the tunnel"
  ]);
  assert.deepEqual(whats("The Naryn dam is expected to cost $2 billion."), [
    "$2 billion: expected cost of the Naryn dam"
  ]);
  assert.deepEqual(
    whats("Korean trade with the region reached $6 billion last year, compared with more than $70 billion for Japan."),
    ["$6 billion: Korean trade with the region", "$70 billion: Japan's trade with the region"]
  );
  assert.deepEqual(
    whats("The bank pledged €9 billion, including €2 billion for the Caspian ports and €1 billion for water."),
    [
      "€9 billion: money pledged by bank",
      "€2 billion: money pledged by bank for the Caspian ports",
      "€1 billion: money pledged by bank for water"
    ]
  );
  assert.deepEqual(whats("Armenia's trade with Iran reached $700 million. It came to $500 million in 2019."), [
    "$700 million: Armenia's trade with Iran",
    "$500 million: Armenia's trade with Iran"
  ]);
  // near misses: "against" with no party after the amount keeps the other reading; a pronoun three sentences on
  assert.deepEqual(
    whats("Exports rose to $4 billion, against $3 billion a year earlier.").map((w) => w.split(": ")[0]),
    ["$4 billion", "$3 billion"]
  );
});

test("a time or a word of degree where the noun should be: the figure before lends its own, or the measure's noun", () => {
  assert.deepEqual(whats("Trade between Chile and Mongolia grew by 20% last year and exceeded $90 million."), [
    "20%: growth of Trade between Chile and Mongolia",
    "$90 million: Trade between Chile and Mongolia"
  ]);
  assert.deepEqual(whats("More than 40,000 people were moved from the flooded valley."), [
    "40,000 people: people moved from the flooded valley"
  ]);
  // near miss: a measure after another figure keeps the figure before it unless something is named after it
  assert.deepEqual(whats("Cargo on the route rose by 30% last year to 2 million tonnes, the railway said."), [
    "30%: growth of Cargo on the route",
    "2 million tonnes: Cargo on the route"
  ]);
});

test("a sum lent, given or promised names its recipient or purpose after it", () => {
  assert.deepEqual(whats("The Nordic bank said it would lend €60 million to a Georgian solar farm."), [
    "€60 million: money lent to a Georgian solar farm"
  ]);
  assert.deepEqual(whats("Norway will provide NOK 90 million over three years for glacier monitoring."), [
    "NOK 90 million: money provided by Norway for glacier monitoring"
  ]);
  assert.deepEqual(whats("Seoul pledged €700 million (US$760 million) in export credits."), [
    "€700 million: export credits pledged by Seoul",
    "US$760 million: export credits pledged by Seoul"
  ]);
  // near misses: a place after "in" is no object; no phrase after the sum
  assert.deepEqual(whats("Danish firms invested $40 million in the country last year."), [
    "$40 million: money invested by Danish firms"
  ]);
  assert.deepEqual(whats("The fund has lent $250 million, a record."), ["$250 million: money lent by fund"]);
});

test("the firms a delegation or a gathering counts are its size, no figure; firms counted otherwise stay", () => {
  assert.deepEqual(whats("The minister arrived with a business delegation from 25 companies."), []);
  assert.deepEqual(whats("The forum, attended by some 60 firms, ended on Friday."), []);
  assert.deepEqual(whats("Representatives of 12 Chilean businesses joined the visit."), []);
  assert.deepEqual(whats("About 90 companies took part in the fair."), []);
  // near misses: firms sanctioned, firms operating in a market
  assert.deepEqual(whats("Washington imposed sanctions on five Armenian companies."), [
    "five Armenian companies: Armenian companies"
  ]);
  assert.deepEqual(whats("More than 700 firms with Korean capital operate in Mongolia."), ["700 firms: firms"]);
});
