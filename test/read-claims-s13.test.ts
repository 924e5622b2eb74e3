import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim} from "../src/read/claims.js";

const y = {year: 2026};

// Session 13 (issue 10): "would" in a clause an attribution frames foresees, wherever the attribution stands and
// whoever it names. Every sentence here was written for these tests (a dam, a cotton market, a barge line), with near
// misses. (The robustness harness, scripts/robustness.ts, found these forms losing the kind of a reported forecast.)

test("'would' framed by 'according to' or 'in X's view', before or after, is a forecast", () => {
  for (const t of [
    "According to traders, the cotton price would fall below last year's level.",
    "According to the water ministry, the new dam would flood two villages.",
    "In her view, the new dam would flood two villages.",
    "In Nazarov's words, the canal would carry water by spring.",
    "In the ministry's estimate, the canal would cost twice as much.",
    "The new dam would flood two villages, according to the ministry."
  ])
    assert.equal(classifyClaim(t)?.kind, "forecast", t);
});

test("'would …, <group> said': a subject in lower case (a plural group, with or without its place) after the clause", () => {
  for (const t of [
    "The new dam would flood two villages, engineers said.",
    "Cotton prices would recover by the autumn, some traders say.",
    "The barge line would add two boats, officials in Pavlodar told reporters.",
    // (the subjects the rule read before: a pronoun, a name)
    "The barge line would add two boats, she said.",
    "The barge line would add two boats, Nazarov said."
  ])
    assert.equal(classifyClaim(t)?.kind, "forecast", t);
});

test("near misses: a counterfactual, and framed sentences with no 'would' (a past fact, a view)", () => {
  for (const t of [
    "According to the ministry, the dam would have flooded two villages.",
    "According to the census, the town grew by a tenth.",
    "In her view, the talks went well."
  ])
    assert.notEqual(classifyClaim(t)?.kind, "forecast", t);
});

test("review K10: the group that speaks is a noun phrase by word class, in either order; a plural possessive frames too", () => {
  for (const t of [
    "In the traders' view, cotton prices would fall before the harvest.",
    "In traders' estimation, cotton prices would fall before the harvest.",
    "Cotton prices would fall before the harvest, Almaty traders said.",
    "Cotton prices would fall before the harvest, two traders told the Courier.",
    "Cotton prices would fall before the harvest, said traders in Bukhara.",
    "Cotton prices would fall before the harvest, said Nazarov."
  ])
    assert.equal(classifyClaim(t, y)?.kind, "forecast", t);
});

test("review K10: a framed 'would' dated in a past year, or of habit, foresees nothing", () => {
  for (const t of [
    "According to the ministry, the water tariff would rise in 2019 after the reform.",
    "According to the ministry, river traffic would normally stop in January.",
    "In her view, the barges would usually wait for the thaw."
  ])
    assert.notEqual(classifyClaim(t, y)?.kind, "forecast", t);
  // (a year still ahead is a forecast's horizon)
  assert.equal(classifyClaim("According to traders, cotton prices would fall in 2027.", y)?.kind, "forecast");
});
