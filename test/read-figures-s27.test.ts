/**
 * Figures (issue 10, session 27): levels still to come (a target a side sets or works towards, a forecast someone
 * makes) and what a bare "$" stands for on a page that counts in another dollar. Every sentence here is our own,
 * written for these tests; near misses must keep no outlook, and US dollars where the page writes them so.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {pageDollar, readFigures, splitSentences} from "../src/read/index.js";
import {defaultCoder} from "../src/app/coder.js";
import {readPack} from "../src/app/init.js";
import {readOk} from "./helpers/read.js";

const outlooks = (text: string, dollar?: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s", ...(dollar ? {dollar} : {})}).map(
    (f) => `${f.text} ${f.unit}${f.outlook ? ` [${f.outlook}]` : ""}`
  );

test("a target: named, or a level a side works towards with a verb of raising and 'to'", () => {
  assert.deepEqual(outlooks("Ulaanbaatar and Bishkek set a target of $800 million in annual trade by 2029."), [
    "$800 million million USD [target]"
  ]);
  assert.deepEqual(outlooks("We aim for 40 billion som of exports."), ["40 billion som billion KGS [target]"]);
  assert.deepEqual(
    outlooks(
      "The ministers agreed to lift trade, which stood at $120 million in 2024, to $600 million within three years."
    ),
    ["$120 million million USD", "$600 million million USD [target]"]
  );
  assert.deepEqual(outlooks("The fund's capital will be increased to $250 million."), [
    "$250 million million USD [target]"
  ]);
  assert.deepEqual(outlooks("The state railway is also to take a 30% stake in the dry port."), ["30% % [target]"]);
  // near misses: a level reached ("rose to"), a price, a pledge of money (an act, no outlook), a past level after it
  assert.deepEqual(outlooks("Trade rose to $600 million last year."), ["$600 million million USD"]);
  assert.deepEqual(outlooks("The bridge is expected to cost about $90 million."), ["$90 million million USD"]);
  assert.deepEqual(outlooks("Seoul will provide $40 million in grants."), ["$40 million million USD"]);
  assert.deepEqual(outlooks("They agreed to raise trade from $50 million in 2023 to $90 million."), [
    "$50 million million USD",
    "$90 million million USD [target]"
  ]);
});

test("a forecast: someone expects, forecasts, or says a level could be reached", () => {
  assert.deepEqual(outlooks("Officials expect the line to carry up to 3 million tonnes of ore a year by 2031."), [
    "3 million tonnes million tonnes [forecast]"
  ]);
  assert.deepEqual(outlooks("We forecast growth of 4.2% in 2026."), ["4.2% % [forecast]"]);
  assert.deepEqual(outlooks("Shipments through Poti are expected to reach 1.5 million tonnes this year."), [
    "1.5 million tonnes million tonnes [forecast]"
  ]);
  // near misses: a level that is; "may" in another clause than the amount's
  assert.deepEqual(outlooks("Wool makes up 12% of Mongolia's exports."), ["12% %"]);
  assert.deepEqual(outlooks("Prices may fall, but exports stood at $70 million in 2024."), ["$70 million million USD"]);
});

test("a bare '$' is the page's own dollar; '$US', 'US$' and 'A$' say theirs", () => {
  assert.deepEqual(outlooks("Perth Lithium committed $30 million and $US12 million came from a Kazakh fund.", "AUD"), [
    "$30 million million AUD",
    "$US12 million million USD"
  ]);
  assert.deepEqual(outlooks("Exports of uranium were worth US$ 2 billion and A$5 million.", "CAD"), [
    "US$ 2 billion billion USD",
    "A$5 million million AUD"
  ]);
  // the page's dollar: its home state's, or (a page writing "$US") Australia's or New Zealand's, whichever it names more
  assert.equal(
    pageDollar("CAN", "Trade reached $1 billion.", () => 0),
    "CAD"
  );
  assert.equal(
    pageDollar(undefined, "It paid $US3 million.", (c) => (c === "NZL" ? 3 : 1)),
    "NZD"
  );
  assert.equal(
    pageDollar(undefined, "It paid $US3 million.", () => 0),
    "AUD"
  );
  // near misses: a page of no dollar state writing "US$" and "$" alike; a state that counts in its own currency
  assert.equal(
    pageDollar(undefined, "It paid US$3 million and $2 million.", () => 5),
    undefined
  );
  assert.equal(
    pageDollar("KAZ", "It paid $3 million.", () => 0),
    undefined
  );
});

test("a page of a broadcaster of a dollar state reads its '$' as that dollar", () => {
  const d = readOk(
    [
      "NBC News",
      "Canadian National Broadcaster",
      "Home | Canada | World | Business",
      "",
      "Canada and Mongolia sign a deal on rare earths",
      "",
      "Canada and Mongolia signed an agreement on rare earths on Tuesday. Two-way trade reached $250 million in 2024, the trade ministry said."
    ].join("\n"),
    {coder: defaultCoder(readPack().actors)}
  );
  const f = d.figures.find((x) => x.text === "$250 million");
  assert.equal(f?.unit, "million CAD");
});
