import type {ActorEntry} from "./dictionaries/actors.js";
import type {AgentEntry} from "./dictionaries/agents.js";
import {words} from "./word-set.js";

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
  /** Whether some phrase starts with a stem (the root's stem children, loaded or to be loaded). */
  rootStems: boolean;
  /**
   * Whether a token may start a phrase (its word, its singular or its stem at the root), remembered per token: the
   * root's maps are large, and a text's words few and repeated. Cleared when it grows past {@link STARTS_MAX}.
   */
  starts?: Map<string, RootStep | null>;
}

/** What the root offers a token: the child by its word, by its singular, and the stems of its first letters. */
export interface RootStep {
  exact: TrieNode | undefined;
  plural: TrieNode | undefined;
  stems: [string, TrieNode][] | undefined;
}

const STARTS_MAX = 50_000;

function node(): TrieNode {
  return {next: new Map(), stems: new Map(), entries: []};
}

/** A phrase found in a token sequence (token indices, last inclusive). */
export interface TokenMention {
  first: number;
  last: number;
  entry: PhraseEntry;
}

/**
 * The root key of a phrase entry: its first word as a word ("=WORD") or, when that word is a stem, the stem's first
 * three letters ("~ABC"), as the trie's root files it ({@link buildPhraseIndex}); undefined for an entry of no word.
 */
export function phraseRootKey(e: PhraseEntry): string | undefined {
  const w = e.words[0];
  if (w === undefined) return undefined;
  return !e.exact[0] && w.length >= 4 ? `~${w.slice(0, 3)}` : `=${w}`;
}

/**
 * Entries kept apart by their root key ({@link phraseRootKey}) and given to the trie when a lookup first asks for
 * that key: a text asks for a few hundred of the dictionaries' ~18,000 first words, and the rest are never built.
 */
export interface LaterEntries {
  /** The keys held. */
  keys: Iterable<string>;
  /** The entries of a key, in their dictionaries' order. */
  load(key: string): readonly PhraseEntry[];
}

/**
 * The root's map of children (by word, or by a stem's first three letters) that first inserts a key's later entries
 * when the key is asked for.
 */
class RootMap<V> extends Map<string, V> {
  constructor(
    /** The keys (without their mark) whose later entries are not inserted yet. */
    private readonly pending: Set<string>,
    private readonly insertLater: (key: string) => void
  ) {
    super();
  }
  override get(key: string): V | undefined {
    if (this.pending.size > 0 && this.pending.delete(key)) this.insertLater(key);
    return super.get(key);
  }
  override has(key: string): boolean {
    if (this.pending.size > 0 && this.pending.delete(key)) this.insertLater(key);
    return super.has(key);
  }
}

/**
 * Builds the lookup trie over actor and agent entries (for equal words, the earlier entry wins). `later`: entries
 * that come after all of `entries`, each inserted when a lookup first asks for its root key. Phrases of two root
 * keys share no node below the root, and a key's later entries go in after its own of `entries`, in their order: the
 * trie under any key asked is the one built from all entries at once.
 */
export function buildPhraseIndex(entries: readonly PhraseEntry[], later?: LaterEntries): PhraseIndex {
  // (the pending keys are filled after `entries` are in: inserting those asks the root for nothing later)
  const words = new Set<string>();
  const stems = new Set<string>();
  const insertLater = (mark: string) => (key: string) => {
    for (const e of later!.load(mark + key)) insert(root, e);
  };
  const root: TrieNode = later
    ? {next: new RootMap(words, insertLater("=")), stems: new RootMap(stems, insertLater("~")), entries: []}
    : node();
  for (const e of entries) insert(root, e);
  for (const key of later?.keys ?? []) (key.startsWith("~") ? stems : words).add(key.slice(1));
  return {root, rootStems: root.stems.size > 0 || stems.size > 0};
}

/** Files an entry under its words from `root`. */
function insert(root: TrieNode, e: PhraseEntry): void {
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a token (upper case) matches a dictionary word. Stems match a prefix of a nominal token. */
export function wordMatches(token: string, word: string, exact: boolean, nominal: boolean): boolean {
  if (token === word) return true;
  if (exact || !nominal || word.length < 4) return token === `${word}S` && word.length >= 3 && nominal;
  return stemOf(token, word);
}

/** A sentence's tokens as the trie walk reads them, and the longest entry found so far. */
interface Walk {
  upper: readonly string[];
  nominal: (i: number) => boolean;
  best: {entry?: PhraseEntry; len: number};
  /** Each token's root step, singular and stem key, when the caller has them ({@link KnownWord}). */
  known?: readonly KnownWord[];
}

/** What a caller may know of a token already (the coder's word table): {@link rootStep}, its singular, its stem key. */
export interface KnownWord {
  step: RootStep | null;
  /** {@link singularOf} of the token. */
  singular: string | undefined;
  /** The token's first three letters when it has four or more (the trie's stem key), else undefined. */
  stemKey: string | undefined;
}

/** A token's singular (a final S off, from three letters up), computed where a walk asks for it. */
export function singularOf(tok: string): string | undefined {
  return tok.length >= 3 && tok.charCodeAt(tok.length - 1) === 83 /* S */ ? tok.slice(0, -1) : undefined;
}

/**
 * What a dictionary stem may add to make a word of its family: English inflections and the derivations of names of
 * states and peoples (-s, -es, -n, -an, -ian, -ese, -ish, -i, -y, -stan, -istan, -stani, their plurals, a possessive),
 * or anything after a hyphen ("Russian-led"). A longer ending makes another word ("Farah" is not "Farahmandi",
 * "Khost" not "Khostova"): not a match.
 */
const STEM_ENDING = /^(?:|S|ES|N|NS|AN|ANS|IAN|IANS|ESE|ISH|I|IS|Y|STAN|ISTAN|STANI|STANIS|ISTANI|ISTANIS|['’]S?|-.*)$/;

/** Whether an upper-case token is the stem `stem` with an ending of its family ({@link STEM_ENDING}). */
function stemOf(tok: string, stem: string): boolean {
  return tok.startsWith(stem) && STEM_ENDING.test(tok.slice(stem.length));
}

/** The deepest trie node with entries reachable from `at` over tokens k…: [entry, length]. */
function deepest(at: TrieNode, w: Walk, k: number, i: number): void {
  if (at.entries.length > 0 && k - i > w.best.len) {
    w.best.entry = at.entries[0];
    w.best.len = k - i;
  }
  const tok = w.upper[k];
  if (tok === undefined) return;
  const exact = at.next.get(tok);
  if (exact) deepest(exact, w, k + 1, i);
  const known = w.known?.[k];
  const singular = known ? known.singular : singularOf(tok);
  if (singular !== undefined && w.nominal(k)) {
    const plural = at.next.get(singular);
    if (plural) deepest(plural, w, k + 1, i);
  }
  if (at.stems.size > 0 && tok.length >= 4) {
    const list = at.stems.get(known ? known.stemKey! : tok.slice(0, 3));
    if (list && w.nominal(k)) for (const [stem, child] of list) if (stemOf(tok, stem)) deepest(child, w, k + 1, i);
  }
}

/** What the trie's root offers a token (upper case), or null when no phrase can start with it. */
export function rootStep(index: PhraseIndex, tok: string): RootStep | null {
  const root = index.root;
  const singular = singularOf(tok);
  const exact = root.next.get(tok);
  const plural = singular !== undefined ? root.next.get(singular) : undefined;
  const stems = index.rootStems && tok.length >= 4 ? root.stems.get(tok.slice(0, 3)) : undefined;
  return exact || plural || stems ? {exact, plural, stems} : null;
}

/**
 * Finds actor and agent phrases left to right, longest match first, without overlaps.
 * `nominal(i)` says whether token i may be part of a name (stems and plurals only match nominal tokens).
 * `known`, when given, holds what the caller knows of each token already ({@link KnownWord}: the coder's word table).
 */
export function findMentions(
  upper: readonly string[],
  index: PhraseIndex,
  nominal: (i: number) => boolean,
  known?: readonly KnownWord[]
): TokenMention[] {
  const out: TokenMention[] = [];
  const n = upper.length;
  const w: Walk = {upper, nominal, best: {len: 0}, ...(known ? {known} : {})};
  const starts = (index.starts ??= new Map());
  /** The longest entry starting at token i, into w.best. */
  const longestAt = (i: number) => {
    w.best.entry = undefined;
    w.best.len = 0;
    // Only a token some phrase may start with (its word, its singular or a stem) starts a walk.
    const tok = upper[i]!;
    let step = known ? known[i]!.step : starts.get(tok);
    if (step === undefined) {
      step = rootStep(index, tok);
      if (starts.size >= STARTS_MAX) starts.clear();
      starts.set(tok, step);
    }
    // The root's step of {@link deepest} (the root holds no entry), from what is remembered.
    if (step) {
      if (step.exact) deepest(step.exact, w, i + 1, i);
      if (step.plural && w.nominal(i)) deepest(step.plural, w, i + 1, i);
      if (step.stems && w.nominal(i))
        for (const [stem, child] of step.stems) if (stemOf(tok, stem)) deepest(child, w, i + 1, i);
    }
    return w.best.entry ? {entry: w.best.entry, len: w.best.len} : undefined;
  };
  /** Whether an actor phrase starts at token i. */
  const actorAt = (i: number): boolean => {
    if (i >= n) return false;
    const next: {entry: PhraseEntry; len: number} | undefined = longestAt(i);
    return next !== undefined && next.entry.kind === "actor";
  };
  for (let i = 0; i < n;) {
    let hit = longestAt(i);
    if (!hit) {
      // "Taliban-led", "Kremlin-run": the actor that leads or owns a thing, in one hyphenated word; not when the thing
      // is an actor itself ("the Moscow-led CSTO" is the CSTO acting: review K1).
      const behind = upper[i]!.includes("-") ? actorBehind(upper[i]!, index) : undefined;
      if (behind && !actorAt(i + 1)) out.push({first: i, last: i, entry: behind});
      ++i;
      continue;
    }
    // A longer phrase starting inside this one and running past it wins: "the Gulf Cooperation Council" is the
    // council, not "the Gulf" and two words more.
    for (let j = i + 1; j < i + hit.len; ++j) {
      const inner = longestAt(j);
      if (inner && j + inner.len > i + hit.len && inner.len > hit.len) {
        i = j;
        hit = inner;
        break;
      }
    }
    out.push({first: i, last: i + hit.len - 1, entry: hit.entry});
    i += hit.len;
  }
  return out;
}

/**
 * Participles that make the word before the hyphen the actor acting through the noun: who leads, runs, owns or
 * controls it ("a Taliban-led government", "the Kremlin-run channel", "a state-owned …"): a lexicon of the language's
 * compounds of leadership and ownership. Not those of support (-backed, -allied, -aligned, -armed, -funded,
 * -sponsored: "Turkey-backed Azerbaijan attacked …" is Azerbaijan's act, review K1), nor a place or an origin
 * ("Almaty-based", "Kazakh-born"), which tell where, not who.
 */
const AGENT_SUFFIX = words(/^(?:LED|RUN|CONTROLLED|OWNED|DOMINATED)$/);

/** The one-word actor before the hyphen of an agentive compound ({@link AGENT_SUFFIX}), or undefined. */
function actorBehind(tok: string, index: PhraseIndex): PhraseEntry | undefined {
  const dash = tok.lastIndexOf("-");
  if (dash <= 0 || !AGENT_SUFFIX.test(tok.slice(dash + 1))) return undefined;
  const entry = index.root.next.get(tok.slice(0, dash))?.entries.find((e) => e.kind === "actor");
  return entry;
}

/**
 * Currencies named after a state: a lexicon of the language's currency nouns (upper case, as the coder's tokens are)
 * that follow a state's name or adjective ("US dollars", "Chinese yuan", "Kazakh tenge", "Russian rubles", "Turkish
 * lira", "Indian rupees", "Swiss francs", "Saudi riyals"); not the nouns that are common English words ("won", "real",
 * "rand", "sum", nor "pounds", also a verb: "Russia pounds the city").
 */
const CURRENCY_NOUN =
  /^(?:DOLLARS?|EUROS?|RUBLES?|ROUBLES?|YUAN|RENMINBI|YEN|TENGE|SOMS?|SOMONI|MANATS?|LARIS?|DRAMS?|LIRAS?|RUPEES?|FRANCS?|STERLING|RIYALS?|DIRHAMS?|DINARS?|PESOS?|SHEKELS?|ZLOTYS?|FORINTS?|KRONA|KRONOR|KRONER|KORUNA|TUGRIKS?|HRYVNIAS?|RINGGIT|RUPIAH|BAHT|AFGHANIS?|LEI|LEVA?|DENARS?|RIALS?)$/;
/** A currency sign ("US$", "HK$", "A$", "C$", "S$", "NZ$"; "€", "£", "¥", "₽", "₸" before an amount). */
const CURRENCY_SIGN = /^[$€£¥₽₸₹₩]/;

/**
 * Whether the mention ending at token `last` names a currency, not a state: "US$2 billion" (a sign glued to the
 * name: `glued`), "3 billion Chinese yuan", "100 million Kazakh tenge". A state before an amount with a space ("lent
 * Germany $300 million") is the act's target as written.
 */
export function namesCurrency(upper: readonly string[], last: number, glued: boolean): boolean {
  const next = upper[last + 1] ?? "";
  return (glued && CURRENCY_SIGN.test(next)) || CURRENCY_NOUN.test(next);
}
