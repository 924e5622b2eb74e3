import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk} from "./helpers/read.js";

// Session 20 (issue 10): a participle of saying after a judging act gives the judge's reason — also when the judge is a
// pronoun ("She also welcomed …, saying …") or a name set in apposition after the office ("Estonia's prime minister,
// Kristen Michal, rejected …, telling reporters that …"). Sentences written for these tests.

const TEXT = [
  "Baltic ministers meet in Riga",
  "",
  "By Hana Ruiz",
  "",
  "RIGA, 3 May 2025 (Baltic Wire) - Latvian Foreign Minister Baiba Braze met her Estonian counterpart Margus Tsahkna in Riga on Friday. She also welcomed the ferry link that the two countries opened in November 2023, saying it had boosted tourism in both directions.",
  "",
  'Estonia\'s prime minister, Kristen Michal, rejected any suggestion that his country was a hub for evasion, telling reporters that Estonian banks "follow the rules".',
  "",
  "Lithuania's energy minister, Zygimantas Vaiciunas, and his deputy visited the terminal in Klaipeda."
].join("\n");

test("a pronoun's judging act before a participle of saying: the clause is the judge's view", () => {
  const d = readOk(TEXT, {});
  const c = claimOf(d, "boosted tourism");
  assert.equal(c?.speaker, "Baiba Braze");
  assert.equal(c?.kind, "assessment");
});

test("a name in apposition after the office is the speaker of the participle of saying", () => {
  const d = readOk(TEXT, {});
  assert.equal(claimOf(d, "follow the rules")?.speaker, "Kristen Michal");
});

test("near miss: an apposition without a verb of saying says nothing", () => {
  const d = readOk(TEXT, {});
  assert.equal(claimOf(d, "visited the terminal"), undefined);
  assert.notEqual(claimOf(d, "his deputy")?.speaker, "Zygimantas Vaiciunas");
});
