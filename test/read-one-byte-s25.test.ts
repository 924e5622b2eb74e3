// narrow (src/read/one-byte.ts): the same characters in V8's one-byte form when they allow it; never another text.
import assert from "node:assert/strict";
import {test} from "node:test";
import {narrow} from "../src/read/one-byte.js";

test("a sentence cut from a two-byte article is the same text after narrow, whatever its characters", () => {
  const article = "“We will keep balancing,” he said. Kazakhstan signed a deal with Türkiye’s BOTAŞ in Astana. Café.";
  for (const [a, b] of [
    [34, 89],
    [35, 95],
    [90, 95],
    [0, 33]
  ] as const) {
    const s = article.slice(a, b);
    assert.equal(narrow(s), s);
    assert.equal(narrow(s).length, s.length);
  }
  // Latin-1 letters stay themselves (é, ü are one-byte); a curly quote, a dash, Ş or a byte-order mark keeps the text
  // as it is (two-byte).
  assert.equal(narrow("Café Türkiye"), "Café Türkiye");
  for (const wide of ["BOTAŞ", "it’s", "a – b", "\ufeffKazakhstan", "\ud800 lone surrogate"])
    assert.equal(narrow(wide), wide);
  assert.equal(narrow(""), "");
});

test("the reader's letter classes give the same matches on a narrowed sentence", () => {
  const article =
    "“Yes.” Kazakhstan’s President Kassym-Jomart Tokayev met Émilie Durand of Société Générale in Astana.";
  const s = article.slice(article.indexOf("President")); // (no character past U+00FF: narrowed)
  const re = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;
  assert.deepEqual(
    [...narrow(s).matchAll(re)].map((m) => [m.index, m[0]]),
    [...s.matchAll(re)].map((m) => [m.index, m[0]])
  );
});
