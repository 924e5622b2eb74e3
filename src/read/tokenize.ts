/**
 * A small English tokenizer for news text: words (with inner hyphens, apostrophes and abbreviation
 * dots), numbers, possessive `'s` split off, and punctuation, each with its character offsets.
 *
 * @module
 */

/** A token with its character offsets in the text (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN =
  /[A-Za-z\u00C0-\u024F\u0400-\u04FF](?:\.[A-Za-z](?=\.))+\.?|\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S/gu;

/** {@link TOKEN} for ASCII text, where the letters and digits are A–Z and 0–9: the same tokens, found faster. */
export const ASCII_TOKEN = /[A-Za-z](?:\.[A-Za-z](?=\.))+\.?|\d+(?:[.,]\d+)*%?|[A-Za-z0-9]+(?:[-'&][A-Za-z0-9]+)*|\S/g;
const NON_ASCII = /[^\x00-\x7f]/;
const POSSESSIVE = /^(.+?)(['’][sS]|n't)$/;

/** Splits a text into tokens; `'s`/`’s` and `n't` become tokens of their own, as in the Penn Treebank. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (!NON_ASCII.test(text)) {
    scanAscii(text, out);
    return out;
  }
  const re = TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) push(out, m[0], m.index);
  return out;
}

/** Adds a word found at `start`, with a possessive or "n't" split off. */
function push(out: Token[], word: string, start: number): void {
  // A possessive or "n't" needs an apostrophe: most words have none and skip the test.
  const poss = word.length > 2 && (word.includes("'") || word.includes("’")) ? POSSESSIVE.exec(word) : null;
  if (poss && poss[1]!.length > 0) {
    out.push({text: poss[1]!, start, end: start + poss[1]!.length});
    out.push({text: poss[2]!, start: start + poss[1]!.length, end: start + word.length});
  } else out.push({text: word, start, end: start + word.length});
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isLetter(c) || isDigit(c);
/** JavaScript's `\s` below U+0080: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * {@link ASCII_TOKEN}'s tokens of an ASCII text, found by a scan instead of the pattern (no match object per token):
 * an abbreviation (a letter, then "." and a letter before a ".", once or more, then the "."), a number (digits, then
 * "." or "," and digits, any times, then "%"), a word (letters and digits, joined by "-", "'" or "&"), else one
 * character other than a space. test/read-tokenize.test.ts checks it against the pattern.
 */
function scanAscii(text: string, out: Token[]): void {
  const n = text.length;
  const at = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      ++i;
      continue;
    }
    let j = i + 1;
    if (isLetter(c)) {
      let dotted = false;
      while (at(j) === 46 && isLetter(at(j + 1)) && at(j + 2) === 46) {
        j += 2;
        dotted = true;
      }
      if (dotted)
        ++j; // the final "." (there is one: the last letter was followed by it)
      else {
        while (isAlnum(at(j))) ++j;
        for (let d = at(j); (d === 45 || d === 39 || d === 38) && isAlnum(at(j + 1)); d = at(j)) {
          j += 2;
          while (isAlnum(at(j))) ++j;
        }
      }
    } else if (isDigit(c)) {
      while (isDigit(at(j))) ++j;
      for (let d = at(j); (d === 46 || d === 44) && isDigit(at(j + 1)); d = at(j)) {
        j += 2;
        while (isDigit(at(j))) ++j;
      }
      if (at(j) === 37) ++j;
    }
    push(out, text.slice(i, j), i);
    i = j;
  }
}

/** Finds tree leaves' words in the text, in order, to give them character offsets (-1 when not found). */
export function alignWords(text: string, words: readonly string[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const w of words) {
    const probe = w === "``" || w === "''" ? '"' : w;
    const i = text.indexOf(probe, at);
    if (i >= 0 && i - at < 40) {
      out.push({text: w, start: i, end: i + probe.length});
      at = i + probe.length;
    } else out.push({text: w, start: -1, end: -1});
  }
  return out;
}
