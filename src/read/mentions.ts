import type {ActorEntry} from "./dictionaries/actors.js";
import type {AgentEntry} from "./dictionaries/agents.js";

/** A phrase entry of either kind, indexed by its first word. */
export type PhraseEntry = ActorEntry | AgentEntry;

/** A node of the phrase trie: children by exact word, children by stem, entries ending here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** Stem children, by the stem's first three letters. */
  stems: Map<string, [string, TrieNode][]>;
  entries: PhraseEntry[];
}

/** Actor and agent phrases in a word trie. */
export interface PhraseIndex {
  root: TrieNode;
}

function node(): TrieNode {
  return {next: new Map(), stems: new Map(), entries: []};
}

/** A phrase found in a token sequence (token indices, last inclusive). */
export interface TokenMention {
  first: number;
  last: number;
  entry: PhraseEntry;
}

/** Builds the lookup trie over actor and agent entries (for equal words, the earlier entry wins). */
export function buildPhraseIndex(entries: readonly PhraseEntry[]): PhraseIndex {
  const root = node();
  for (const e of entries) {
    let at = root;
    for (let k = 0; k < e.words.length; ++k) {
      const w = e.words[k]!;
      const stem = !e.exact[k] && w.length >= 4;
      let child: TrieNode | undefined;
      if (stem) {
        const list = at.stems.get(w.slice(0, 3)) ?? [];
        child = list.find(([s]) => s === w)?.[1];
        if (!child) {
          child = node();
          list.push([w, child]);
          at.stems.set(w.slice(0, 3), list);
        }
      } else {
        child = at.next.get(w);
        if (!child) {
          child = node();
          at.next.set(w, child);
        }
      }
      at = child;
    }
    at.entries.push(e);
  }
  return {root};
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a token (upper case) matches a dictionary word. Stems match a prefix of a nominal token. */
export function wordMatches(token: string, word: string, exact: boolean, nominal: boolean): boolean {
  if (token === word) return true;
  if (exact || !nominal || word.length < 4) return token === `${word}S` && word.length >= 3 && nominal;
  return token.startsWith(word);
}

/** The deepest trie node with entries reachable from `at` over tokens k…: [entry, length]. */
function deepest(
  at: TrieNode,
  upper: readonly string[],
  k: number,
  i: number,
  nominal: (i: number) => boolean,
  best: {entry?: PhraseEntry; len: number}
): void {
  if (at.entries.length > 0 && k - i > best.len) {
    best.entry = at.entries[0];
    best.len = k - i;
  }
  const tok = upper[k];
  if (tok === undefined) return;
  const exact = at.next.get(tok);
  if (exact) deepest(exact, upper, k + 1, i, nominal, best);
  if (tok.length >= 3 && tok.charCodeAt(tok.length - 1) === 83 /* S */ && nominal(k)) {
    const plural = at.next.get(tok.slice(0, -1));
    if (plural) deepest(plural, upper, k + 1, i, nominal, best);
  }
  if (at.stems.size > 0 && tok.length >= 4) {
    const list = at.stems.get(tok.slice(0, 3));
    if (list && nominal(k))
      for (const [stem, child] of list) if (tok.startsWith(stem)) deepest(child, upper, k + 1, i, nominal, best);
  }
}

/**
 * Finds actor and agent phrases left to right, longest match first, without overlaps.
 * `nominal(i)` says whether token i may be part of a name (stems and plurals only match nominal tokens).
 */
export function findMentions(
  upper: readonly string[],
  index: PhraseIndex,
  nominal: (i: number) => boolean
): TokenMention[] {
  const out: TokenMention[] = [];
  const best: {entry?: PhraseEntry; len: number} = {len: 0};
  for (let i = 0; i < upper.length;) {
    best.entry = undefined;
    best.len = 0;
    if (index.root.next.has(upper[i]!) || index.root.stems.size > 0) deepest(index.root, upper, i, i, nominal, best);
    if (best.entry) {
      out.push({first: i, last: i + best.len - 1, entry: best.entry});
      i += best.len;
    } else ++i;
  }
  return out;
}
