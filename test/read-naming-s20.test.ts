import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 20 (issue 10): a speaker's own word for a thing, in quotation marks, is their judgement — "called it 'a
// turning point'" (single marks too), "criticised what he called the "blackmail" of …", "spoke of "a new chapter"" —
// also after an opening date with no comma. Sentences written for these tests.

const TEXT = [
  "Grid politics in the Baltic",
  "",
  "By Hana Ruiz",
  "",
  "The summit in Riga produced a grid agreement and little else. Edgars Rinkevics, who hosted the summit, called it 'a turning point'. In March 2024 Prime Minister Kristen Michal criticised what he called the \"blackmail\" of energy supplies, and Tallinn recalled its ambassador.",
  "",
  'President Alar Karis, who visited Warsaw in May, spoke of "a new chapter" with his host Andrzej Duda. The ministers also spoke of closer cooperation on ports.',
  "",
  "Lithuania's and Latvia's grids were synchronised with the continent in February. Lithuania recalled that the treaty had been signed in 1998."
].join("\n");

test("a word of the speaker's own in quotation marks after a verb of naming is their assessment", () => {
  const d = readOk(TEXT, {});
  assert.equal(claimOf(d, "called it 'a turning point'")?.speaker, "Edgars Rinkevics");
  assert.equal(claimOf(d, "called it 'a turning point'")?.kind, "assessment");
  assert.equal(claimOf(d, "what he called the")?.speaker, "Kristen Michal");
  assert.equal(claimOf(d, 'spoke of "a new chapter"')?.speaker, "Alar Karis");
});

test("near misses: speaking of something unquoted, recalling an envoy, and possessives are no such naming", () => {
  const d = readOk(TEXT, {});
  assert.equal(claimOf(d, "spoke of closer cooperation"), undefined);
  assert.equal(claimOf(d, "grids were synchronised"), undefined);
  // recalling an envoy is an act, not speech; recalling that … still reports
  assert.notEqual(voiceOf(d, "Tallinn recalled its ambassador").speaker, "Tallinn");
  assert.equal(voiceOf(d, "recalled that the treaty").kind, "reported");
});
