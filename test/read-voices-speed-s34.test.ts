import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk, voiceOf} from "./helpers/read.js";

// Session 34 (issue 16): the attribution at a sentence's end ("…, the expert believes.", "…, said X, …") is tried only
// on sentences whose form allows it (src/read/voices.ts REPORTED_END_FORM), and a sentence's narrated subject is read
// once for each distinct reading of its opening (narratedSubjects): the same speakers, less time. Sentences written for
// these tests.

const page = (body: string[]) =>
  ["The Danube's slow summit", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((p) => [p, ""])].join("\n");

test("an attribution at the sentence's end names its speaker; commas and a verb of saying elsewhere do not", () => {
  const d = readOk(
    page([
      "Barge traffic on the river will double by 2030, Ana Perić believes.",
      "The new locks near Vukovar are too narrow for the largest convoys, Marta Kovač told reporters in Osijek.",
      "The tolls were raised twice last year, said Ivo Horvat, a shipping economist, after the vote.",
      "The ports need money, a lot of it, and the tolls were never meant to pay for the locks.",
      "The ports need money, the locks need dredging, and the barges said nothing of their own costs to anyone at the meeting in Osijek."
    ]),
    {}
  );
  assert.equal(voiceOf(d, "Barge traffic").speaker, "Ana Perić");
  assert.equal(voiceOf(d, "too narrow").speaker, "Marta Kovač");
  assert.equal(voiceOf(d, "raised twice").speaker, "Ivo Horvat");
  // near misses: commas with no verb of saying; a verb of saying more than a few words before the end, after no comma
  assert.equal(voiceOf(d, "a lot of it").kind, "narration");
  assert.equal(voiceOf(d, "need dredging").kind, "narration");
});

test("a narrated subject with an apposition is whom the next 'she' or 'he' means, read once for its two readings", () => {
  const d = readOk(
    page([
      "Vesna Marić, who runs a barge company in Vukovar, has bought two new tugs this spring.",
      '"The river is our road," she said.',
      "Goran Babić, who owns the yard next door, has sold his.",
      '"I am done with it," he said.'
    ]),
    {}
  );
  assert.equal(voiceOf(d, "our road").speaker, "Vesna Marić");
  assert.equal(voiceOf(d, "done with it").speaker, "Goran Babić");
  // near miss: the narration itself stays the writer's
  assert.equal(voiceOf(d, "two new tugs").kind, "narration");
});
