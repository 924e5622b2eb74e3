import {dictionaryLines} from "./lines.js";

/** A discard phrase: a sentence (or, with `story`, the whole story) that contains it is not coded. */
export interface DiscardEntry {
  /** Upper-case text. */
  phrase: string;
  story: boolean;
  /** Must end at a word boundary (the phrase was written with a final "_"). */
  exact: boolean;
}

/** Reads a PETRARCH discards list: one phrase a line, `+` for story-level discards. */
export function parseDiscards(text: string): DiscardEntry[] {
  return dictionaryLines(text).map(({text: t}) => {
    const story = t.startsWith("+");
    const body = t.replace(/^\+/, "").trim().toUpperCase();
    const exact = body.endsWith("_");
    return {phrase: body.replace(/_/g, " ").trim(), story, exact};
  });
}

const byFirstWord = new WeakMap<readonly DiscardEntry[], Map<string, DiscardEntry[]>>();

function firstWordIndex(discards: readonly DiscardEntry[]): Map<string, DiscardEntry[]> {
  let index = byFirstWord.get(discards);
  if (!index) {
    index = new Map();
    for (const d of discards) {
      const w = d.phrase
        .split(" ")[0]!
        .replace(/[^A-Z0-9]/g, "")
        .slice(0, 3);
      const list = index.get(w) ?? [];
      list.push(d);
      index.set(w, list);
    }
    byFirstWord.set(discards, index);
  }
  return index;
}

/** The first three letters or digits of an upper-case word, others left out (the index's key). */
function alnumPrefix(w: string): string {
  let key = "";
  for (let k = 0; k < w.length && key.length < 3; ++k) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) key += w[k];
  }
  return key;
}

/**
 * What a phrase needs among a text's own tokens (upper case) to occur in it: a token equal to its first word followed
 * by a token starting with {@link tokenStart} of its second (a longer phrase whose first word is all letters: our
 * tokenizer ends a word at the space), or a token starting with `start` (a one-word phrase's word, or the token start
 * of a first word that is not all letters); nothing when the phrase starts with neither a letter nor a digit.
 */
interface PhraseNeed {
  exact?: string;
  next?: string;
  start?: string;
}

const needOf = new WeakMap<DiscardEntry, PhraseNeed>();

function phraseNeed(d: DiscardEntry): PhraseNeed {
  let need = needOf.get(d);
  if (!need) {
    const parts = d.phrase.split(" ");
    const first = parts[0]!;
    if (first.length >= 2 && /^[A-Z]+$/.test(first)) {
      if (parts.length === 1) need = {start: first};
      else {
        const next = tokenStart(parts[1]!);
        need = next === undefined ? {exact: first} : {exact: first, next};
      }
    } else {
      const start = tokenStart(first);
      need = start === undefined ? {} : {start};
    }
    needOf.set(d, need);
  }
  return need;
}

/** A necessary condition for a phrase to occur in a text tokenized into `words` (upper case): {@link phraseNeed}. */
function mayOccur(d: DiscardEntry, words: readonly string[]): boolean {
  const need = phraseNeed(d);
  if (need.exact !== undefined) {
    for (let i = 0; i < words.length; ++i)
      if (words[i] === need.exact && (need.next === undefined || words[i + 1]?.startsWith(need.next) === true))
        return true;
    return false;
  }
  if (need.start !== undefined) {
    for (const w of words) if (w.startsWith(need.start)) return true;
    return false;
  }
  return true;
}

/**
 * What a phrase needs among a text's own tokens (upper case) to occur in it, gathered over a whole list: first words
 * of longer phrases (the token itself), and prefixes a token must start with, by their first character: a one-word
 * phrase's word, or for a first word that is not all letters ("H5N1", "SEMI-FINAL", "2014 COMPETITION") the start
 * of its first run of letters and digits, which begins a token (see {@link tokenStart}). `any`: some phrase needs
 * nothing the tokens can tell.
 */
interface Needs {
  any: boolean;
  firstWords: Set<string>;
  starts: Map<number, string[]>;
}

const needsOf = new WeakMap<readonly DiscardEntry[], Needs>();

/**
 * The characters a token must start with when a phrase starting with `first` occurs at a word start: the phrase's
 * first run of ASCII letters and digits, as our tokenizer begins a token there (src/read/tokenize.ts: a word runs on
 * over letters and digits; a number stops at its last digit, so only the run's leading digits count; "n't" is split
 * off a word, so a run ending in N may lose it). Undefined when the phrase does not start with a letter or digit.
 */
function tokenStart(first: string): string | undefined {
  let run = 0;
  while (run < first.length && /[A-Z0-9]/.test(first[run]!)) ++run;
  if (run === 0) return undefined;
  if (/[0-9]/.test(first[0]!)) {
    let digits = 0;
    while (digits < run && /[0-9]/.test(first[digits]!)) ++digits;
    return first.slice(0, digits);
  }
  return run > 1 && first[run - 1] === "N" ? first.slice(0, run - 1) : first.slice(0, run);
}

function listNeeds(discards: readonly DiscardEntry[]): Needs {
  let n = needsOf.get(discards);
  if (!n) {
    const needs: Needs = {any: false, firstWords: new Set(), starts: new Map()};
    const start = (prefix: string) => {
      const list = needs.starts.get(prefix.charCodeAt(0)) ?? [];
      list.push(prefix);
      needs.starts.set(prefix.charCodeAt(0), list);
    };
    for (const d of discards) {
      const space = d.phrase.indexOf(" ");
      const first = space < 0 ? d.phrase : d.phrase.slice(0, space);
      if (first.length < 2 || !/^[A-Z]+$/.test(first)) {
        const prefix = tokenStart(first);
        if (prefix === undefined) needs.any = true;
        else start(prefix);
      } else if (space >= 0) needs.firstWords.add(first);
      else start(first);
    }
    needsOf.set(discards, (n = needs));
  }
  return n;
}

/** Whether a token (ours, upper case) meets what some phrase of the list needs ({@link anyMayOccur} per token). */
export function mayStartDiscard(discards: readonly DiscardEntry[], w: string): boolean {
  if (discards.length === 0) return false;
  const n = listNeeds(discards);
  if (n.any || n.firstWords.has(w)) return true;
  const list = n.starts.get(w.charCodeAt(0));
  if (list) for (const f of list) if (w.startsWith(f)) return true;
  return false;
}

/**
 * Whether some phrase of the list may occur in a text with these tokens (our tokenizer's, upper-cased): when not,
 * no phrase is found, and the text need not be searched.
 */
function anyMayOccur(discards: readonly DiscardEntry[], words: readonly string[]): boolean {
  const n = listNeeds(discards);
  if (n.any) return true;
  for (const w of words) {
    if (n.firstWords.has(w)) return true;
    const list = n.starts.get(w.charCodeAt(0));
    if (list) for (const f of list) if (w.startsWith(f)) return true;
  }
  return false;
}

/** The first discard phrase found in a text (case-insensitive, at a word start), or undefined. */
export function findDiscard(
  text: string,
  discards: readonly DiscardEntry[],
  words?: readonly string[],
  /** `words` are the text's own tokens (our tokenizer's, upper-cased), not a parse's leaves: they can filter. */
  ownTokens = false,
  /**
   * Each word's candidates ({@link discardCandidates}), when the caller has them from its word table; it has then
   * also ruled out a text none of whose words a phrase may start with ({@link mayStartDiscard}).
   */
  candidates?: readonly (readonly DiscardEntry[] | undefined)[]
): DiscardEntry | undefined {
  if (discards.length === 0) return undefined;
  if (words && ownTokens && !candidates && !anyMayOccur(discards, words)) return undefined;
  const index = firstWordIndex(discards);
  // With the sentence's words at hand, a phrase whose first word is all letters needs that word (a longer
  // phrase) or a word starting with it (a one-word phrase) among them: most candidates end here.
  const filter = words !== undefined && ownTokens;
  let upper: string | undefined;
  const occurs = (d: DiscardEntry): boolean => {
    if (filter && !mayOccur(d, words)) return false;
    upper ??= ` ${text.toUpperCase().replace(/\s+/g, " ")} `;
    let at = upper.indexOf(` ${d.phrase}`);
    while (at >= 0) {
      const after = upper[at + 1 + d.phrase.length] ?? " ";
      if (!d.exact || !/[A-Z0-9]/.test(after)) return true;
      at = upper.indexOf(` ${d.phrase}`, at + 1);
    }
    return false;
  };
  // The candidates in the order the words bring them (a phrase is in one list, each list is tried once), then the
  // phrases whose first word has no letter or digit.
  // (One list per key: a list tried is a key tried.)
  let tried: Set<readonly DiscardEntry[]> | undefined;
  const all = words ?? text.toUpperCase().split(/[^A-Z0-9]+/);
  for (let i = 0; i < all.length; ++i) {
    const list = candidates ? candidates[i] : index.get(alnumPrefix(all[i]!));
    if (!list || tried?.has(list)) continue;
    (tried ??= new Set()).add(list);
    for (const d of list) if (occurs(d)) return d;
  }
  const none = index.get("");
  if (none && !tried?.has(none)) for (const d of none) if (occurs(d)) return d;
  return undefined;
}

/** The phrases {@link findDiscard} tries for a word (upper case): those filed under its first letters and digits. */
export function discardCandidates(discards: readonly DiscardEntry[], w: string): readonly DiscardEntry[] | undefined {
  return discards.length === 0 ? undefined : firstWordIndex(discards).get(alnumPrefix(w));
}
