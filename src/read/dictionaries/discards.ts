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

/** A necessary condition for a phrase to occur in a text tokenized into `words` (upper case). */
function mayOccur(d: DiscardEntry, words: readonly string[]): boolean {
  const space = d.phrase.indexOf(" ");
  const first = space < 0 ? d.phrase : d.phrase.slice(0, space);
  if (first.length < 2 || !/^[A-Z]+$/.test(first)) return true;
  if (space >= 0) return words.includes(first);
  for (const w of words) if (w.startsWith(first)) return true;
  return false;
}

/**
 * What {@link mayOccur} asks, gathered over a whole list: phrases that may occur whatever the words (their index
 * keys), first words of longer phrases, and one-word phrases by their first two letters.
 */
interface Needs {
  anyKeys: Set<string>;
  firstWords: Set<string>;
  oneWords: Map<string, string[]>;
}

const needsOf = new WeakMap<readonly DiscardEntry[], Needs>();

function listNeeds(discards: readonly DiscardEntry[]): Needs {
  let n = needsOf.get(discards);
  if (!n) {
    n = {anyKeys: new Set(), firstWords: new Set(), oneWords: new Map()};
    for (const d of discards) {
      const space = d.phrase.indexOf(" ");
      const first = space < 0 ? d.phrase : d.phrase.slice(0, space);
      if (first.length < 2 || !/^[A-Z]+$/.test(first)) n.anyKeys.add(alnumPrefix(d.phrase.split(" ")[0]!));
      else if (space >= 0) n.firstWords.add(first);
      else {
        const list = n.oneWords.get(first.slice(0, 2)) ?? [];
        list.push(first);
        n.oneWords.set(first.slice(0, 2), list);
      }
    }
    needsOf.set(discards, n);
  }
  return n;
}

/**
 * Whether some phrase of the list may both be a candidate and pass {@link mayOccur} for these words: when not, no
 * phrase is found, and the candidates need not be gathered.
 */
function anyMayOccur(discards: readonly DiscardEntry[], words: readonly string[]): boolean {
  const n = listNeeds(discards);
  if (n.anyKeys.has("")) return true; // (a phrase with no letter or digit in its first word is every text's candidate)
  for (const w of words) {
    if (n.firstWords.has(w)) return true;
    if (w.length >= 2) {
      const list = n.oneWords.get(w.slice(0, 2));
      if (list) for (const f of list) if (w.startsWith(f)) return true;
    }
    if (n.anyKeys.size > 0 && n.anyKeys.has(alnumPrefix(w))) return true;
  }
  return false;
}

/** The first discard phrase found in a text (case-insensitive, at a word start), or undefined. */
export function findDiscard(
  text: string,
  discards: readonly DiscardEntry[],
  words?: readonly string[],
  /** `words` are the text's own tokens (our tokenizer's, upper-cased), not a parse's leaves: they can filter. */
  ownTokens = false
): DiscardEntry | undefined {
  if (discards.length === 0) return undefined;
  if (words && ownTokens && !anyMayOccur(discards, words)) return undefined;
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
  let tried: Set<string> | undefined;
  for (const w of words ?? text.toUpperCase().split(/[^A-Z0-9]+/)) {
    const key = alnumPrefix(w);
    const list = index.get(key);
    if (!list || tried?.has(key)) continue;
    (tried ??= new Set()).add(key);
    for (const d of list) if (occurs(d)) return d;
  }
  if (!tried?.has("")) for (const d of index.get("") ?? []) if (occurs(d)) return d;
  return undefined;
}
