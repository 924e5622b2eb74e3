/**
 * The two name patterns of src/read/voices.ts's `fullNamesIn`, found from a word's occurrences (`capBefore`,
 * `capAfter`), give the same matches as the patterns they replace, on random strings made of the characters that
 * decide them: capitals and small letters (Latin, accented, astral), apostrophes, hyphens, spaces of several kinds,
 * punctuation and the word itself.
 */
import {test} from "node:test";
import assert from "node:assert/strict";
import {capAfter, capBefore, type NameMatch} from "../src/read/voices.js";

const PIECES = [
  "A",
  "B",
  "a",
  "b",
  "É",
  "é",
  "'",
  "’",
  "-",
  " ",
  "  ",
  "\n",
  "\u00a0",
  ".",
  ",",
  "𝐀",
  "x",
  "Ab",
  "Ba",
  "Ab Ab"
];
const WORDS = ["Ab", "Ba", "AbA", "Aa", "É-b", "Ab’", "𝐀b"];

/** Every match of a global pattern: where it starts and ends, and group 1. */
function byPattern(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length}:${m[1]}`);
}

/** Every match of a finder, each looked for after the last. */
function byFinder(
  find: (body: string, word: string, from: number) => NameMatch | undefined,
  text: string,
  word: string
) {
  const out: string[] = [];
  for (let m = find(text, word, 0); m; m = find(text, word, m.end)) out.push(`${m.at}-${m.end}:${m.cap}`);
  return out;
}

test("capBefore and capAfter find what the two name patterns find", () => {
  let seed = 20261203;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  let matched = 0;
  for (let run = 0; run < 20000; ++run) {
    const word = WORDS[next(WORDS.length)]!;
    let text = "";
    for (let k = next(30); k > 0; --k)
      text += next(4) === 0 ? (next(2) ? ` ${word}` : `${word} `) : PIECES[next(PIECES.length)]!;
    const before = byPattern(new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+${word}(?![\\p{L}])`, "gu"), text);
    const after = byPattern(new RegExp(`(?<![\\p{L}])${word}\\s+(\\p{Lu}[\\p{L}'’-]+)`, "gu"), text);
    assert.deepEqual(
      byFinder(capBefore, text, word),
      before,
      `before ${JSON.stringify(word)} in ${JSON.stringify(text)}`
    );
    assert.deepEqual(byFinder(capAfter, text, word), after, `after ${JSON.stringify(word)} in ${JSON.stringify(text)}`);
    if (before.length + after.length > 0) ++matched;
  }
  // the strings exercise the patterns: most of them hold a match
  assert.ok(matched > 10000, `only ${matched} strings held a match`);
});
