/**
 * The article reader, session 25 (issue 10): a visit whose visitor and destination are told after an ordinal whose noun
 * English leaves out ("The visit is the first by X to Y"). Every sentence here is our own, with states no fixture pairs
 * this way (Peru, Chile, Norway, Ghana); the rule comes with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const read = (s: string) => readEvents(`Visits\n\nLIMA, May 20 — ${s}\n`);

test("a visit's 'the first by X to Y' names the visitor and the place visited", () => {
  assert.deepEqual(read("The visit is the first by a Peruvian head of state to Chile since 2010."), [
    "PER>CHL 042 2024-05-20"
  ]);
  // (after a comma, an apposition; "a member of the <body>": the body's state or organisation)
  assert.deepEqual(
    read("The minister's trip, the first by a member of the Norwegian government to Ghana since 2015, ended well."),
    ["NOR>GHA 042 2024-05-20"]
  );
  assert.deepEqual(read("The visit was the first such trip by the Norwegian foreign minister to Ghana since 2019."), [
    "NOR>GHA 042 2024-05-20"
  ]);
  // Near misses: a visit still to come ("will be the first"), an ordinal with its own noun ("the first step by"),
  // "talks" (no visit), and an ordinal with no "by".
  assert.deepEqual(read("The visit will be the first by a Peruvian head of state to Chile since 2010."), []);
  assert.deepEqual(read("The visit was the first step by Norway since 2019 to end its dispute with Ghana."), []);
  assert.deepEqual(read("The talks were the first by a Peruvian delegation since 2010."), []);
  assert.deepEqual(read("The visit is the first since 2010."), []);
});
