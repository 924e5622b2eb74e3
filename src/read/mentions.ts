import type {ActorEntry} from "./dictionaries/actors.js";
import type {AgentEntry} from "./dictionaries/agents.js";

/** A phrase entry of either kind, indexed by its first word. */
export type PhraseEntry = ActorEntry | AgentEntry;

/** Actor and agent phrases indexed by first word, longest first. */
export interface PhraseIndex {
  exact: Map<string, PhraseEntry[]>;
  /** Entries whose first word is a stem, by its first three letters. */
  stems: Map<string, PhraseEntry[]>;
}

/** A phrase found in a token sequence (token indices, last inclusive). */
export interface TokenMention {
  first: number;
  last: number;
  entry: PhraseEntry;
}

/** Builds the lookup index over actor and agent entries (later entries with the same words lose). */
export function buildPhraseIndex(entries: readonly PhraseEntry[]): PhraseIndex {
  const exact = new Map<string, PhraseEntry[]>();
  const stems = new Map<string, PhraseEntry[]>();
  for (const e of entries) {
    const first = e.words[0]!;
    if (e.exact[0] || first.length < 4) push(exact, first, e);
    else push(stems, first.slice(0, 3), e);
  }
  const byLength = (a: PhraseEntry, b: PhraseEntry) => b.words.length - a.words.length;
  for (const list of exact.values()) list.sort(byLength);
  for (const list of stems.values()) list.sort(byLength);
  return {exact, stems};
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

/**
 * Finds actor and agent phrases left to right, longest match first, without overlaps.
 * `nominal(i)` says whether token i may be part of a name (stems only match nominal tokens).
 */
export function findMentions(upper: readonly string[], index: PhraseIndex, nominal: (i: number) => boolean): TokenMention[] {
  const out: TokenMention[] = [];
  for (let i = 0; i < upper.length; ) {
    const tok = upper[i]!;
    let best: PhraseEntry | undefined;
    const candidates = [...(index.exact.get(tok) ?? []), ...(tok.length >= 4 ? (index.stems.get(tok.slice(0, 3)) ?? []) : [])];
    for (const e of candidates) {
      if (best && e.words.length <= best.words.length) continue;
      let ok = true;
      for (let k = 0; k < e.words.length; ++k) {
        const t = upper[i + k];
        if (t === undefined || !wordMatches(t, e.words[k]!, e.exact[k]!, nominal(i + k))) {
          ok = false;
          break;
        }
      }
      if (ok) best = e;
    }
    if (best) {
      out.push({first: i, last: i + best.words.length - 1, entry: best});
      i += best.words.length;
    } else ++i;
  }
  return out;
}
