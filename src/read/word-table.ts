/**
 * The coder's word table: what the light tagger, the actor-phrase trie, the discard list and the verb patterns ask
 * of a token, answered once per distinct written word and remembered (a bounded map per coder). A sentence's token
 * then costs one lookup instead of an upper-casing (a new string) and a lookup in each of several large maps.
 * Every answer is the one the asking module gives itself: the table only remembers it.
 *
 * @module
 */
import {discardCandidates, mayStartDiscard, type DiscardEntry} from "./dictionaries/discards.js";
import type {VerbDictionary} from "./dictionaries/verbs.js";
import {rootStep, singularOf, type PhraseIndex, type RootStep} from "./mentions.js";
import {closedTag} from "./tag.js";

/** What the coder's modules ask of one written word. */
export interface WordInfo {
  /** The word upper-cased. */
  upper: string;
  /** Its closed-class tag (the light tagger's lexicon), if any. */
  closed: string | undefined;
  /** Whether the upper-cased word is one of the verb dictionary's forms. */
  form: boolean;
  /** What the actor-phrase trie's root offers it ({@link rootStep}). */
  step: RootStep | null;
  /** The trie walk's singular ({@link singularOf}) and stem key (first three letters from four on). */
  singular: string | undefined;
  stemKey: string | undefined;
  /** Whether some discard phrase may start with it ({@link mayStartDiscard}). */
  discard: boolean;
  /** The discard phrases filed under its first letters and digits ({@link discardCandidates}). */
  discards: readonly DiscardEntry[] | undefined;
  /** The upper-cased word, and without a final ES and a final S: the verb patterns' word set (sentenceWords). */
  variants: readonly string[];
}

/** The dictionaries a word table answers from. */
export interface WordTableSource {
  index: PhraseIndex;
  verbs: VerbDictionary;
  discards: readonly DiscardEntry[];
}

/** A word table: {@link WordInfo} by written word. */
export interface WordTable {
  get(written: string): WordInfo;
}

/** Distinct words remembered before the table starts afresh (a text's words are few and repeated). */
const WORDS_MAX = 50_000;

/** Builds an empty word table over a coder's dictionaries; words are looked up as they come. */
export function createWordTable(source: WordTableSource): WordTable {
  const known = new Map<string, WordInfo>();
  return {
    get(written) {
      let info = known.get(written);
      if (info === undefined) {
        const upper = written.toUpperCase();
        const variants = [upper];
        if (upper.endsWith("ES")) variants.push(upper.slice(0, -2));
        if (upper.endsWith("S")) variants.push(upper.slice(0, -1));
        info = {
          upper,
          closed: closedTag(upper),
          form: source.verbs.forms.has(upper),
          step: rootStep(source.index, upper),
          singular: singularOf(upper),
          stemKey: upper.length >= 4 ? upper.slice(0, 3) : undefined,
          discard: mayStartDiscard(source.discards, upper),
          discards: discardCandidates(source.discards, upper),
          variants
        };
        if (known.size >= WORDS_MAX) known.clear();
        known.set(written, info);
      }
      return info;
    }
  };
}
