import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 21 (issue 10): a ministry's readout tells each side's view with a second verb of saying after a courtesy
// ("X welcomed … and stated that …", "X expressed his gratitude for … and stated that …"), often after an opening phrase
// ("At the outset,", "In response,") and with the speaker named by title and surname ("Minister Lind"). Sentences
// written for these tests.

const READOUT = [
  "Norway-Chile Foreign Ministers' Meeting",
  "",
  "March 3, 2026",
  "",
  "1. On March 3, Ms. Anne LIND, Minister of Foreign Affairs of Norway, held a meeting with Mr. Pablo ROJAS, Minister of Foreign Affairs of Chile, who is visiting Norway.",
  "",
  "2. At the outset, Minister Lind welcomed Minister Rojas's visit and stated that Chile is an important partner sharing the values of free trade. In response, Minister Rojas expressed his gratitude for Norway's support over many years and stated that Chile regards Norway as \"a trusted friend in the Pacific and the Arctic alike.\"",
  "",
  "3. Minister Rojas thanked Norway for the invitation. Minister Lind expressed her appreciation for Chile's support for the ocean conference."
].join("\n");

test("a second verb of saying after a courtesy, with a title and surname after an opening phrase, reports the view", () => {
  const d = readOk(READOUT, {});
  assert.equal(voiceOf(d, "important partner").speaker, "Lind");
  assert.equal(claimOf(d, "important partner")?.kind, "assessment");
  assert.equal(claimOf(d, "a trusted friend")?.speaker, "Rojas");
  assert.equal(claimOf(d, "a trusted friend")?.kind, "assessment");
});

test("near misses: thanks and appreciation alone are no claims", () => {
  const d = readOk(READOUT, {});
  assert.equal(claimOf(d, "thanked Norway for the invitation"), undefined);
  assert.equal(claimOf(d, "expressed her appreciation"), undefined);
});
