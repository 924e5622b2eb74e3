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
const ASCII_TOKEN = /[A-Za-z](?:\.[A-Za-z](?=\.))+\.?|\d+(?:[.,]\d+)*%?|[A-Za-z0-9]+(?:[-'&][A-Za-z0-9]+)*|\S/g;
const NON_ASCII = /[^\x00-\x7f]/;
const POSSESSIVE = /^(.+?)(['’][sS]|n't)$/;

/** Splits a text into tokens; `'s`/`’s` and `n't` become tokens of their own, as in the Penn Treebank. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = NON_ASCII.test(text) ? TOKEN : ASCII_TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0];
    const start = m.index;
    // A possessive or "n't" needs an apostrophe: most words have none and skip the test.
    const poss = word.length > 2 && (word.includes("'") || word.includes("’")) ? POSSESSIVE.exec(word) : null;
    if (poss && poss[1]!.length > 0) {
      out.push({text: poss[1]!, start, end: start + poss[1]!.length});
      out.push({text: poss[2]!, start: start + poss[1]!.length, end: start + word.length});
    } else out.push({text: word, start, end: start + word.length});
  }
  return out;
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
