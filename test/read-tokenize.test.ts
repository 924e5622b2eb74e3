/**
 * The tokenizer's scan of ASCII text gives the tokens of its pattern (src/read/tokenize.ts ASCII_TOKEN): on every
 * sentence of our article fixtures and on random strings of the characters the pattern treats specially.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {ASCII_TOKEN, TOKEN, tokenize, type Token} from "../src/read/tokenize.js";
import {piecesBelow} from "../src/read/word-count.js";

/** The tokens by the pattern, with the possessive and "n't" split off as tokenize does. */
function byPattern(text: string, pattern = ASCII_TOKEN): Token[] {
  const out: Token[] = [];
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0],
      start = m.index;
    const poss = word.length > 2 && /['’]/.test(word) ? /^(.+?)(['’][sS]|n't)$/.exec(word) : null;
    if (poss && poss[1]!.length > 0) {
      out.push({text: poss[1]!, start, end: start + poss[1]!.length});
      out.push({text: poss[2]!, start: start + poss[1]!.length, end: start + word.length});
    } else out.push({text: word, start, end: start + word.length});
  }
  return out;
}

test("ASCII text: the scan gives the pattern's tokens on every fixture article", () => {
  const root = join(import.meta.dirname, "fixtures/articles");
  let texts = 0;
  for (const dir of readdirSync(root, {withFileTypes: true}).filter((d) => d.isDirectory()))
    for (const f of readdirSync(join(root, dir.name)).filter((f) => /\.(txt|html|md)$/.test(f))) {
      for (const line of readFileSync(join(root, dir.name, f), "utf8").split("\n")) {
        const ascii = line.replace(/[^\x00-\x7f]/g, " ");
        assert.deepEqual(tokenize(ascii), byPattern(ascii), ascii);
      }
      ++texts;
    }
  assert.ok(texts > 10, `${texts} fixture files`);
});

test("ASCII text: the scan gives the pattern's tokens on random strings of its special characters", () => {
  const alphabet = "aZq09.,-'&%$ \t\n\r()\"U.S";
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 20000; ++k) {
    let s = "";
    const n = 1 + Math.floor(next() * 14);
    for (let i = 0; i < n; ++i) s += alphabet[Math.floor(next() * alphabet.length)];
    assert.deepEqual(tokenize(s), byPattern(s), JSON.stringify(s));
  }
  assert.deepEqual(
    tokenize("The U.S. and U.K. paid $1,200.50 (3.5%) to Kazakhstan's AT&T-like firm; don't.").map((t) => t.text),
    [
      "The",
      "U.S.",
      "and",
      "U.K.",
      "paid",
      "$",
      "1,200.50",
      "(",
      "3.5%",
      ")",
      "to",
      "Kazakhstan",
      "'s",
      "AT&T-like",
      "firm",
      ";",
      "do",
      "n't",
      "."
    ]
  );
});

test("piecesBelow answers as text.split(/\\s+/).length < n", () => {
  for (const t of ["", " ", "a", " a ", "a b", "a  b\tc\nd", "\u00a0a\u2009b\u3000c ", "one two three four five six"])
    for (let n = 0; n <= 8; ++n)
      assert.equal(piecesBelow(t, n), t.split(/\s+/).length < n, `${JSON.stringify(t)} ${n}`);
});

test("any text: the scan gives the Unicode pattern's tokens on the fixtures and on random strings", () => {
  const root = join(import.meta.dirname, "fixtures/articles");
  for (const dir of readdirSync(root, {withFileTypes: true}).filter((d) => d.isDirectory()))
    for (const f of readdirSync(join(root, dir.name)).filter((f) => /\.(txt|html|md)$/.test(f)))
      for (const line of readFileSync(join(root, dir.name, f), "utf8").split("\n"))
        assert.deepEqual(tokenize(line), byPattern(line, TOKEN), line);
  // Letters of the abbreviation range and beyond it, a non-letter inside that range (×), a non-ASCII number, the
  // curly apostrophe, the spaces JavaScript's \\s knows beyond ASCII, an astral letter and symbol, a lone surrogate.
  const alphabet = [
    ..."aZ5.,-'&% \n’“”éÀ×ЖжßİÅ中٣",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\ufeff",
    "\u0085",
    "😀",
    "𝐀",
    "\ud800",
    "s",
    "S",
    "t"
  ];
  let seed = 987;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 30000; ++k) {
    let s = "";
    const n = 1 + Math.floor(next() * 12);
    for (let i = 0; i < n; ++i) s += alphabet[Math.floor(next() * alphabet.length)];
    assert.deepEqual(tokenize(s), byPattern(s, TOKEN), JSON.stringify(s));
  }
});
