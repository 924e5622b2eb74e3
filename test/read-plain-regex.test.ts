import assert from "node:assert/strict";
import {test} from "node:test";
import {plainTest} from "../src/read/plain-regex.js";

// The faster twin must answer as the Unicode pattern does, on every text, including the letters that the Unicode
// flag folds to ASCII (ſ → s, Kelvin sign → k) and text around them.
test("plainTest answers as the case-insensitive Unicode pattern, on ASCII, typographic and folding letters", () => {
  const patterns = [
    /\b(?:says|said|thinks|(?<=(?:[Aa]nalysts|[Tt]hey) )(?:say|warn)|according to)\b/iu,
    /\d|seventeen|a dozen|thousands/iu,
    /\b\p{Lu}\w+ said\b/iu, // Unicode syntax: run as written
    /k.s/iu // reads single characters: run as written
  ];
  const texts = [
    "Analysts say the deal is done.",
    "“It is done,” she said.",
    "He ſays so",
    "The Kelvin sign: thinKs",
    "ıt says",
    "Seventeen ministers, a dozen envoys",
    "nothing here",
    "Kϟs and k😀s",
    "Iran’s minister Said nothing",
    ""
  ];
  for (const re of patterns) {
    const fast = plainTest(re);
    for (const t of texts) assert.equal(fast(t), re.test(t), `${re} on ${JSON.stringify(t)}`);
  }
  // Every BMP character against a pattern of all the letters and \b: the twin never answers differently.
  const letters = /\b[a-z]\b/iu;
  const fast = plainTest(letters);
  for (let c = 0; c < 0x10000; c += 1) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const ch = String.fromCharCode(c);
    assert.equal(fast(` ${ch} `), letters.test(` ${ch} `), `U+${c.toString(16)}`);
  }
});
