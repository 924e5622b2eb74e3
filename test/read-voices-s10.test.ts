import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";
import {classifyClaim} from "../src/read/claims.js";

// Session 10 (issue 10): who speaks in forms the reader had not seen, in texts written for these tests.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "MNG", alias: "Mongolia"},
  {code: "TUR", alias: "Turkey"},
  {code: "CHN", alias: "China"}
];

const record = (labels: readonly [string, string], closing = "") =>
  `Joint press appearance after the talks in Ulaanbaatar\n\n3 March 2026\n\n` +
  `Before the appearance the two delegations exchanged several agreements on roads and power lines.\n\n` +
  `${labels[0]}: Dear colleagues, friends,\n\n` +
  `The negotiations went well and were frank. Mongolia is a reliable neighbour for Kazakhstan.\n\n` +
  `We will keep the border crossings open all year, and the new road must be finished before winter.\n\n` +
  `${labels[1]}: Thank you, esteemed Mr Tokayev.\n\n` +
  `Kazakhstan is one of our closest partners in the region, and nothing will shake that.\n\n` +
  `I am sure the power line will lower prices for households on both sides.\n` +
  closing;

test("an official record's turns, labelled with titles and a full name, are their speakers' and run over paragraphs", () => {
  const d = readOk(
    record([
      "President of Kazakhstan Kassym-Jomart Tokayev",
      "Prime Minister of Mongolia Luvsannamsrai Oyun-Erdene (via interpreter)"
    ]),
    {aliases}
  );
  assert.equal(voiceOf(d, "reliable neighbour").speaker, "Kassym-Jomart Tokayev");
  assert.equal(voiceOf(d, "reliable neighbour").kind, "answer");
  assert.equal(voiceOf(d, "border crossings open").speaker, "Kassym-Jomart Tokayev");
  assert.equal(voiceOf(d, "closest partners").speaker, "Luvsannamsrai Oyun-Erdene");
  assert.equal(claimOf(d, "lower prices")?.speaker, "Luvsannamsrai Oyun-Erdene");
  // the narration before the first label is nobody's turn
  assert.equal(voiceOf(d, "exchanged several agreements").kind, "narration");
  // heads of government stating positions are not experts
  assert.deepEqual(
    d.metadata.experts.map((e) => e.name),
    []
  );
});

test("near misses: one titled label, or labels that name no person, make no record of statements", () => {
  // a single titled label (a quoted line set as a paragraph) is no transcript
  const one = readOk(
    `Talks in Ulaanbaatar\n\n3 March 2026\n\nThe two leaders met for three hours on Tuesday.\n\n` +
      `President of Kazakhstan Kassym-Jomart Tokayev: the visit opens a new stage.\n\n` +
      `Mongolia is a reliable neighbour for Kazakhstan, officials in both capitals say.\n`,
    {aliases}
  );
  assert.notEqual(voiceOf(one, "reliable neighbour").speaker, "Kassym-Jomart Tokayev");
  // rubric labels ("Ministry of Energy of Mongolia: …") name no person
  const rubrics = readOk(
    record(["Ministry of Energy of Mongolia Press Office", "Embassy of Turkey in Mongolia Press Desk"]),
    {aliases}
  );
  assert.notEqual(voiceOf(rubrics, "reliable neighbour").kind, "answer");
});

test("'we are not going to <act>' binds the speaker's side; thanks and greetings are no claims", () => {
  assert.equal(
    classifyClaim("We are not going to recognise the breakaway region, whatever happens.")?.kind,
    "recommendation"
  );
  assert.equal(classifyClaim("We are going to open a second consulate in Bursa.")?.kind, "recommendation");
  // near miss: an outcome is foreseen, not undertaken
  assert.equal(classifyClaim("We are going to grow faster than our neighbours.")?.kind, "forecast");
  const d = readOk(
    record(
      ["President of Kazakhstan Kassym-Jomart Tokayev", "Prime Minister of Mongolia Luvsannamsrai Oyun-Erdene"],
      "\nFirst of all, I would like to thank the people of Kazakhstan for their hospitality.\n\nWe warmly welcome the decision of the Turkish side to join the power line.\n"
    ),
    {aliases}
  );
  assert.equal(claimOf(d, "hospitality"), undefined);
  assert.equal(claimOf(d, "warmly welcome"), undefined);
  // near miss: a judgement after the thanks stays one
  const e = readOk(
    record(
      ["President of Kazakhstan Kassym-Jomart Tokayev", "Prime Minister of Mongolia Luvsannamsrai Oyun-Erdene"],
      "\nI thank our guests, because without their patience the deal would have been impossible.\n"
    ),
    {aliases}
  );
  assert.ok(claimOf(e, "impossible"));
});
