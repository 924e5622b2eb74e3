import {test} from "node:test";
import assert from "node:assert/strict";
import {eachMatch, matchesOf} from "../src/read/each-match.js";
import {cue} from "../src/read/cue.js";

const cases: [RegExp, string][] = [
  [/\b(oak|elm)s?\b/gi, "Oaks and elms line the lane; an OAK fell."],
  [/x*/g, "axxb"],
  [/(?:)/gu, "a😀b"],
  [/\d+/g, "no digits here"],
  [cue(/\b(?:willow|birch)(?:es|s)?\b/gi), "Willows by the river, birches on the hill."]
];

test("eachMatch and matchesOf give matchAll's matches, empty ones and astral letters included", () => {
  for (const [re, text] of cases) {
    const want = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
    const each: unknown[] = [];
    eachMatch(re, text, (m) => each.push([m.index, m[0], m[1]]));
    assert.deepEqual(each, want, `${re} eachMatch`);
    assert.deepEqual(
      [...matchesOf(re, text)].map((m) => [m.index, m[0], m[1]]),
      want,
      `${re} matchesOf`
    );
  }
});

test("matchesOf starts from the beginning again after a loop that stopped early", () => {
  const re = /\b\w+ing\b/g;
  const text = "Walking, talking and singing.";
  for (const m of matchesOf(re, text)) {
    assert.equal(m[0], "Walking");
    break;
  }
  assert.deepEqual(
    [...matchesOf(re, text)].map((m) => m[0]),
    ["Walking", "talking", "singing"]
  );
});
