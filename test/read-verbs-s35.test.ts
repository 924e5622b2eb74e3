/**
 * The article reader's acts, session 35 (issue 10: acts with both sides named that the reader did not read): a
 * sentence opening with "He" or "She" told in the passive with an adverb between the auxiliary and the participle ("He
 * was later received by President X", "She was warmly welcomed by X") is the person the sentence before was about, as
 * "He was received by X" is. Every sentence here is our own, with states no fixture pairs this way (Peru, Chile); each
 * rule comes with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A text's events read as the body of a dated report (its first line a title). */
const read = (body: string) => readEvents(`Andean report\n\n${body}\n`).sort();

test("a pronoun's passive with an adverb before the participle: the host receives the person named before", () => {
  assert.deepEqual(
    read(
      "Peru's foreign minister arrived in Santiago on Monday. He was later received by President Gabriel Boric of Chile at the presidential palace."
    ),
    ["CHL>PER 043 2024-05-20", "PER>CHL 042 2024-05-20"]
  );
  assert.deepEqual(
    read(
      "Peru's foreign minister arrived in Santiago on Monday. She was warmly welcomed by Chilean President Gabriel Boric."
    ),
    ["CHL>PER 043 2024-05-20", "PER>CHL 042 2024-05-20"]
  );
  assert.deepEqual(
    read(
      "Peru's foreign minister arrived in Santiago on Monday. He was then received by Chilean President Gabriel Boric."
    ),
    ["CHL>PER 043 2024-05-20", "PER>CHL 042 2024-05-20"]
  );
  // (as before: no adverb)
  assert.deepEqual(
    read("Peru's foreign minister arrived in Santiago on Monday. He was received by Chilean President Gabriel Boric."),
    ["CHL>PER 043 2024-05-20", "PER>CHL 042 2024-05-20"]
  );
});

test("near misses of a pronoun's passive: a quotation, a feeling, no agent that acts", () => {
  // (quoted by a newspaper: no act of a state's)
  assert.deepEqual(
    read(
      "Peru's foreign minister arrived in Santiago on Monday. She was later quoted by the Chilean daily La Tercera as saying the talks went well."
    ),
    ["PER>CHL 042 2024-05-20"]
  );
  // (a feeling the other side's answer caused: no act)
  assert.deepEqual(
    read("Peru's foreign minister arrived in Santiago on Monday. He was reportedly angered by the Chilean response."),
    ["PER>CHL 042 2024-05-20"]
  );
});

test("a word in -s right after an infinitive's verb is its object: agreeing to start or hold talks", () => {
  assert.deepEqual(read("Chile and Peru agreed to start talks on an agreement to avoid double taxation."), [
    "CHL>PER 036 2024-05-20 planned",
    "PER>CHL 036 2024-05-20 planned"
  ]);
  assert.deepEqual(read("Chile and Peru agreed to hold talks on an agreement to avoid double taxation."), [
    "CHL>PER 036 2024-05-20 planned",
    "PER>CHL 036 2024-05-20 planned"
  ]);
  assert.deepEqual(read("Chile agreed to begin talks with Peru on a free trade agreement."), [
    "CHL>PER 036 2024-05-20 planned"
  ]);
  // (a second verb of the pair a pointer names)
  assert.deepEqual(
    read(
      "Chile's foreign minister met Peru's foreign minister in Lima. The two ministers signed a memorandum on their diplomatic academies and agreed to start talks on an agreement to avoid double taxation."
    ),
    [
      "CHL>PER 036 2024-05-20 planned",
      "CHL>PER 040 2024-05-20",
      "CHL>PER 057 2024-05-20",
      "PER>CHL 036 2024-05-20 planned",
      "PER>CHL 057 2024-05-20"
    ]
  );
});

test("near misses of an infinitive's object: no other side, an object that is no meeting", () => {
  // (a plural object, no act between the two)
  assert.deepEqual(read("Chile wants to build bridges with Peru."), []);
  assert.deepEqual(read("Chile promised to address concerns raised by Peru."), []);
  // (talks of one side alone)
  assert.deepEqual(read("Chile agreed to start talks on its budget."), []);
});
