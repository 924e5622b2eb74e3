import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 20 (issue 10): a broadcast's transcript — labels with the speaker's part after a comma ("PETER HOLM, HOST:"),
// guests heard once under their full name, an interpreter's note, and the reporter's contacts ("Analysts I spoke to
// say"). Sentences written for these tests.

const BROADCAST = [
  "Coastline Radio",
  "News | Shows | Donate",
  "",
  "Farmers in the delta brace for a dry season",
  "",
  "April 2, 2024 6:10 AM ET",
  "By Maria Lenz",
  "",
  "Transcript",
  "",
  "PETER HOLM, HOST:",
  "",
  "The river that feeds half the delta's farms is at its lowest level in decades. Maria Lenz has been reporting from the coast. Good morning, Maria.",
  "",
  "MARIA LENZ, BYLINE: Good morning, Peter.",
  "",
  "HOLM: What are farmers telling you?",
  "",
  "LENZ: Most of them are worried. I spent a morning with Tomas Varga, a rice grower near the coast, whose fields flooded in 2019.",
  "",
  "TOMAS VARGA: (Through interpreter) The government promised us canals ten years ago. Those canals will not come in time for this harvest.",
  "",
  "LENZ: And in the capital, an irrigation official, Irena Kos, told me the reservoirs were the best insurance the country had.",
  "",
  "IRENA KOS: We built them for exactly this kind of year.",
  "",
  "HOLM: Is there a longer-term plan?",
  "",
  "LENZ: Analysts I spoke to say the canals are the only lasting answer. The ministry has promised a decision by June.",
  "",
  "HOLM: Maria Lenz, thank you.",
  "",
  "LENZ: Thank you, Peter.",
  "",
  "Copyright 2024 Coastline Radio. All rights reserved."
].join("\n");

test("a guest heard once under their full name speaks in their own turn, not the reporter", () => {
  const d = readOk(BROADCAST, {});
  assert.equal(voiceOf(d, "TOMAS VARGA:").speaker, "Tomas Varga");
  assert.equal(claimOf(d, "will not come in time")?.speaker, "Tomas Varga");
  assert.equal(voiceOf(d, "IRENA KOS:").speaker, "Irena Kos");
  // the reporter's own turns stay hers
  assert.equal(voiceOf(d, "Most of them are worried").speaker, "Maria Lenz");
});

test("a label with the speaker's part after a comma is a turn's label: a greeting after it is no claim", () => {
  const d = readOk(BROADCAST, {});
  assert.equal(voiceOf(d, "MARIA LENZ, BYLINE:").kind, "answer");
  assert.equal(claimOf(d, "Good morning, Peter"), undefined);
  // the host asks and links: his turns are questions
  assert.equal(voiceOf(d, "Is there a longer-term plan").kind, "question");
});

test("what a named source told the reporter in a turn is that source's; 'Analysts I spoke to say' is the analysts'", () => {
  const d = readOk(BROADCAST, {});
  assert.equal(claimOf(d, "the reservoirs were the best insurance")?.speaker, "Irena Kos");
  assert.equal(claimOf(d, "the only lasting answer")?.speaker, "Analysts");
});

test("the reporter's contact between a group and its verb of saying, in narration too; near misses stay the writer's", () => {
  const d = readOk(
    [
      "Gulf ports race for transit cargo",
      "",
      "By Hana Ruiz",
      "",
      "Dubai and Doha are competing for the same container traffic. Analysts I spoke to say the rivalry will push freight rates down this year. Port officials we interviewed said the new terminals are already too big for the trade they handle.",
      "",
      "The officials I met in Doha signed the lease in March. Economists we talked with in Dubai are worried, and the port will need new customers soon."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "push freight rates down")?.speaker, "Analysts");
  assert.equal(claimOf(d, "already too big")?.speaker, "Port officials");
  // near misses: no verb of saying after the contact clause
  assert.notEqual(voiceOf(d, "signed the lease").kind, "reported");
  assert.notEqual(claimOf(d, "need new customers")?.speaker, "Economists");
});

test("a one-off label that names no person in a transcript is no guest's turn; a dateline in capitals makes no transcript", () => {
  const d = readOk(BROADCAST.replace("IRENA KOS: We built", "VOICEOVER: We built"), {});
  assert.equal(voiceOf(d, "We built them").kind, "question");
  assert.equal(claimOf(d, "We built them"), undefined);
  const e = readOk(
    [
      "Wheat for the north",
      "",
      "By Hana Ruiz",
      "",
      "ASTANA, KAZAKHSTAN: The grain board said exports will rise next year.",
      "",
      "The board expects a record harvest, and the railway will carry most of it."
    ].join("\n"),
    {}
  );
  assert.notEqual(voiceOf(e, "The grain board said").kind, "answer");
  assert.notEqual(voiceOf(e, "record harvest").kind, "answer");
});
