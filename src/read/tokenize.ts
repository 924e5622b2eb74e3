/**
 * A small English tokenizer for news text: words (with inner hyphens, apostrophes and abbreviation
 * dots), numbers, possessive `'s` split off, and punctuation, each with its character offsets.
 *
 * @module
 */
import {charCodeAt} from "./char-code.js";

/** A token with its character offsets in the text (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export const TOKEN =
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
  scanUnicode(text, out);
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

/** The end of a number whose digits go on from `j`: more digits, "." or "," and digits any times, then "%". */
function numberEnd(text: string, j: number): number {
  const at = (k: number) => (k < text.length ? text.charCodeAt(k) : -1);
  while (isDigit(at(j))) ++j;
  for (let d = at(j); (d === 46 || d === 44) && isDigit(at(j + 1)); d = at(j)) {
    j += 2;
    while (isDigit(at(j))) ++j;
  }
  return at(j) === 37 ? j + 1 : j;
}

/**
 * {@link ASCII_TOKEN}'s tokens of an ASCII text, found by a scan instead of the pattern (no match object per token):
 * an abbreviation (a letter, then "." and a letter before a ".", once or more, then the "."), a number (digits, then
 * "." or "," and digits, any times, then "%"), a word (letters and digits, joined by "-", "'" or "&"), else one
 * character other than a space. test/read-tokenize.test.ts checks it against the pattern.
 */
function scanAscii(text: string, out: Token[]): void {
  const n = text.length;
  const at = (k: number) => (k < n ? charCodeAt.call(text, k) : -1);
  let i = 0;
  while (i < n) {
    const c = charCodeAt.call(text, i);
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
    } else if (isDigit(c)) j = numberEnd(text, j);
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

/**
 * JavaScript's `\\s` beyond ASCII: no-break space, Ogham space mark, the en quad to hair spaces, line and paragraph
 * separators, narrow no-break space, medium mathematical space, ideographic space, byte order mark.
 */
const isWideSpace = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Whether each BMP character is a letter or a number (`[\\p{L}\\p{N}]`): 0 not yet asked, 1 yes, 2 no. */
const WORD_BMP = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function isWordCode(cp: number): boolean {
  if (cp < 128) return isAlnum(cp);
  if (cp < 0x10000) {
    let k = WORD_BMP[cp]!;
    if (k === 0) WORD_BMP[cp] = k = LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/**
 * {@link TOKEN}'s tokens of any text, found by a scan instead of the pattern (no match object per token). As the
 * pattern's Unicode flag reads it, a character is a code point (a surrogate pair is one); an abbreviation may start
 * with a Latin-1, Latin Extended or Cyrillic character; a word runs over letters and numbers of any script, joined by
 * "-", "'", "’" or "&"; a number's digits are 0–9. test/read-tokenize.test.ts checks it against the pattern.
 */
function scanUnicode(text: string, out: Token[]): void {
  const n = text.length;
  const at = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  // The code point at a position and its length in code units (0 past the end), set by read().
  let cp = 0,
    len = 0;
  const read = (k: number) => {
    if (k >= n) {
      cp = -1;
      len = 0;
      return;
    }
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < n) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        len = 2;
        return;
      }
    }
    cp = c;
    len = 1;
  };
  /** The end of a run of letters and numbers from k. */
  const wordRun = (k: number) => {
    for (read(k); len > 0 && isWordCode(cp); read(k)) k += len;
    return k;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isWideSpace(c)) {
      ++i;
      continue;
    }
    let j = -1;
    if (isLetter(c) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff)) {
      // An abbreviation: "." and a letter before a ".", once or more, then the ".".
      let k = i + 1;
      while (at(k) === 46 && isLetter(at(k + 1)) && at(k + 2) === 46) k += 2;
      if (k > i + 1) j = k + 1;
    }
    if (j < 0 && isDigit(c)) j = numberEnd(text, i + 1);
    if (j < 0) {
      read(i);
      if (isWordCode(cp)) {
        j = wordRun(i);
        for (let d = at(j); d === 45 || d === 39 || d === 0x2019 || d === 38; d = at(j)) {
          read(j + 1);
          if (len === 0 || !isWordCode(cp)) break;
          j = wordRun(j + 1);
        }
      } else j = i + len; // one character (a code point) other than a space
    }
    push(out, text.slice(i, j), i);
    i = j;
  }
}
