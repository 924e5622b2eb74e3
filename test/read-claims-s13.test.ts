import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim} from "../src/read/claims.js";

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
