/**
 * Figures (issue 10, session 28): a price's unit after the amount, the sign "¥" by the page,
 * and groups of states or of their heads pointed at with a definite word (no amount). Every sentence here is our own,
 * written for these tests; near misses keep their unit, or stay figures.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {pageYen, readFigures, splitSentences} from "../src/read/index.js";
import {readOk} from "./helpers/read.js";

const units = (text: string, yen?: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s", ...(yen ? {yen} : {})}).map((f) => `${f.text} ${f.unit}`);

test("a measure's rate keeps the measure's unit (the golds write it both ways)", () => {
  assert.deepEqual(units("The terminal will handle 4 million tonnes a year."), ["4 million tonnes million tonnes"]);
});

test("a price's unit after the amount: 'a barrel', 'per thousand cubic metres'", () => {
  assert.deepEqual(units("Urals crude traded at $58 a barrel on Monday."), ["$58 USD per barrel"]);
  assert.deepEqual(units("Gas is sold at $190 per thousand cubic metres."), ["$190 USD per thousand cubic metres"]);
  // near miss: an amount of money for a number of barrels is no price
  assert.deepEqual(units("The deal is worth $58 million for two million barrels."), [
    "$58 million million USD",
    "two million barrels million barrels"
  ]);
});

test("'¥' is the yen, or the yuan on a Chinese page or one that writes the yuan in words and never the yen", () => {
  assert.deepEqual(units("Tokyo will lend up to ¥40 billion for the power plant."), ["¥40 billion billion JPY"]);
  assert.deepEqual(units("Beijing will lend up to ¥40 billion for the power plant.", "CNY"), [
    "¥40 billion billion CNY"
  ]);
  assert.equal(pageYen("CHN", "Beijing pledged ¥1.5 billion in grants."), "CNY");
  assert.equal(pageYen(undefined, "Beijing pledged ¥1.5 billion (1.5 billion yuan) in grants."), "CNY");
  assert.equal(pageYen("JPN", "Tokyo extended a yen loan of ¥30 billion."), undefined);
  // near misses: a page that writes both (the yen stays), a page with no "¥"
  assert.equal(pageYen(undefined, "A loan of ¥30 billion in yen, beside 2 billion yuan from Beijing."), undefined);
  assert.equal(pageYen("CHN", "Beijing pledged 1.5 billion yuan in grants."), undefined);
  // a Japanese page end to end
  const d = readOk(
    "Tokyo lends Ulaanbaatar ¥25 billion for a power plant\n\nJapan agreed on Tuesday to lend Mongolia up to ¥25 billion for the modernization of a power plant in Darkhan, the Japanese Foreign Ministry said.",
    {}
  );
  assert.deepEqual(
    d.figures.map((f) => f.unit),
    ["billion JPY"]
  );
});

test("a group of states or of their heads pointed at with a definite word is no figure; a count without one is", () => {
  const counts = (text: string) => units(text).filter((u) => !/\$/.test(u));
  assert.deepEqual(counts("Mongolia's trade with the five countries reached $2 billion."), []);
  assert.deepEqual(counts("None of the four states has recognised the annexation."), []);
  assert.deepEqual(counts("The treaty commits all six governments to consult each other."), []);
  assert.deepEqual(counts("Unlike the other three countries, Mongolia has no coast."), []);
  assert.deepEqual(counts("The prime minister received the five foreign ministers on Friday."), []);
  assert.deepEqual(counts("Ministers from the 11 member countries met in Bishkek."), []);
  // near misses: no definite word, a possessive, people and companies, a bloc's members
  assert.deepEqual(counts("Officials from seven countries met in Muscat."), ["seven countries countries"]);
  assert.deepEqual(counts("He praised the five countries' roles on the Silk Road."), ["five countries countries"]);
  // (session 35: companies pointed at with "the" are a group named too, "the four companies"; without it a count)
  assert.deepEqual(counts("The ministry blacklisted four companies in March."), ["four companies companies"]);
  assert.deepEqual(counts("The bloc's three Central Asian members voted against."), [
    "three Central Asian members members"
  ]);
});
