/**
 * The article reader's event codes, session 32 (issue 10: acts with both sides named that the reader did not read or
 * read in the wrong mood): an act kept up and promised ("will continue to supply", "pledged to keep cooperating") is an
 * intent, as "will supply" is; a report's "stressed that it would …" puts "would" in the future of the past. Every
 * sentence here is our own, with states no fixture pairs this way (Peru, Chile, Bolivia, Ecuador); each rule comes with
 * near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A sentence's events read as the body of a dated report (its first line a title). */
const read = (sentence: string) => readEvents(`Andean report\n\n${sentence}\n`).sort();

test("an act kept up under a modal of the future is promised: an intent, as 'will V' is", () => {
  assert.deepEqual(read("Peru will continue to supply uranium to Chile."), ["PER>CHL 031 2024-05-20 planned"]);
  assert.deepEqual(read("Peru will also continue to buy Chilean gas."), ["PER>CHL 031 2024-05-20 planned"]);
  assert.deepEqual(read("China will continue to help Bolivia strengthen its border with Chile."), [
    "CHN>BOL 033 2024-05-20 planned"
  ]);
  assert.deepEqual(read("The minister said Lima would continue to back Chile's position at the United Nations."), [
    "PER>CHL 032 2024-05-20 planned"
  ]);
  assert.deepEqual(read("Peru will keep supporting Chile."), ["PER>CHL 032 2024-05-20 planned"]);
});

test("an act kept up under a governor of a promise is promised too", () => {
  assert.deepEqual(read("Peru has pledged to keep cooperating with Chile."), ["PER>CHL 032 2024-05-20 planned"]);
  assert.deepEqual(read("Peru agreed to continue to supply gas to Chile."), ["PER>CHL 031 2024-05-20 planned"]);
});

test("a report's 'stressed that it would' puts 'would' in the future of the past", () => {
  assert.deepEqual(read("Peru stressed that it would continue to supply uranium to Chile."), [
    "PER>CHL 031 2024-05-20 planned"
  ]);
  assert.deepEqual(read("Peru reiterated that it would supply uranium to Chile."), ["PER>CHL 031 2024-05-20 planned"]);
});

test("near misses of an act kept up: a standing policy, a bare conditional, a negation, a hope", () => {
  // (the present and the past of keeping up tell a standing policy, as before)
  assert.deepEqual(read("Peru continued to support Chile."), []);
  assert.deepEqual(read("Peru continues to supply gas to Chile."), []);
  // (a "would" no report governs stays a condition)
  assert.deepEqual(read("Peru would continue to supply uranium to Chile."), []);
  assert.deepEqual(read("Peru will not continue to supply gas to Chile."), []);
  // (a hope is no promise)
  assert.deepEqual(read("Peru hopes to continue to cooperate with Chile."), []);
  // (a purpose under a modal stays a purpose: "will travel to Lima to continue …" is no act of its own)
  assert.ok(
    !read("Peru will send a delegation to Bolivia to continue to press Chile.").some((e) => /^PER>CHL/.test(e))
  );
});
