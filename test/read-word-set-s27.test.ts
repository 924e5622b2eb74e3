// words (src/read/word-set.ts): a pattern that lists whole words answered by a set, the pattern's own answer for any
// string; a pattern that is more than a list of words is refused where it is written.
import assert from "node:assert/strict";
import {test} from "node:test";
import {words} from "../src/read/word-set.js";

const PROBES = [
  "THE",
  "THEY",
  "THEY ",
  " THE",
  "the",
  "IT",
  "ITS",
  "",
  "(",
  "“",
  '"',
  "``",
  "`",
  ".",
  "X",
  ";",
  "BUT",
  "BUT\n",
  "WHILE",
  "A|B",
  ")",
  "undefined",
  "’S",
  "'S",
  "S"
];

test("a list of words answers as its pattern for every string (anchors, escapes, single-character classes)", () => {
  for (const re of [
    /^(?:IT|THEY|HE|SHE|WE)$/,
    /^(\.|;|:|BUT|WHILE|WHEREAS|ALTHOUGH|THOUGH)$/,
    /^(THE|A|AN|THIS|ITS|'S|’S|'|’|OF|["“(]|``)$/,
    /^(;|:|\(|\)|WHILE|BUT|,)$/
  ])
    for (const probe of PROBES)
      assert.equal(words(re).test(probe), re.test(probe), `${re} on ${JSON.stringify(probe)}`);
});

test("a pattern that is more than a list of words is refused, not answered otherwise", () => {
  for (const re of [
    /^(A|B)$/i, // (case folded: a set would not fold)
    /^(A|B)$/u,
    /^(A|B+)$/,
    /^(A)|(B)$/, // (two alternatives, each anchored at one end only)
    /^(A|B)/,
    /(A|B)$/,
    /^(A|[a-z])$/,
    /^(A|[^B])$/,
    /^(A|\d)$/,
    /^(A|.)$/,
    /^(A|B?)$/,
    /^(A|B{2})$/
  ])
    assert.throws(() => words(re), /not a list of words|of its own/, String(re));
});
