/**
 * The grammar the paraphrase transforms share (paraphrase.ts lists them): the transform's types, words and
 * their case, states named as actors (not places), titles before names and the titles an article gives its
 * people, date phrases, the verb group that follows a sentence's subject, and the pronoun that can stand for
 * a name in the next sentence. Written from English grammar, with the lexicons of paraphrase-lexicon.ts.
 *
 * @module
 */
import {
  AUXILIARIES,
  INSTITUTION_HEADS,
  IRREGULAR_PAST,
  MONTHS,
  STATES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
  type StateWords
} from "./paraphrase-lexicon.js";
import {literalMatch, NO_LETTER_AFTER, NO_LETTER_BEFORE} from "./literal-match.js";
import {matchesOf} from "./each-match.js";

/** Replace `text.slice(start, end)` by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One rewrite: the edits (sorted, not overlapping) and what they do, for the report. */
export interface Variant {
  edits: Edit[];
  note: string;
}

/** What a transform may look at beside the sentence. */
export interface ParaphraseContext {
  /** The sentence before, as the reader split it. */
  previous?: string;
  /** The whole article text (titles and pronouns are learnt from it). */
  document?: string;
  /** The article's date, YYYY-MM-DD, where it has a day (a weekday is read against it). */
  articleDate?: string;
}

/** Who acts on a failure of this transform: ev (codes, dates, clauses), ac (actors), cl (claims). */
export type TransformArea = "ev" | "ac" | "cl";

/** A named rewrite. */
export interface Transform {
  name: string;
  area: TransformArea;
  /** Which gold items it is tried on. */
  items: "events" | "claims" | "both";
  describe: string;
  apply: (sentence: string, context: ParaphraseContext) => Variant[];
}

/** Applies sorted, non-overlapping edits. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = "";
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < at) throw new Error(`Overlapping edits at ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

// Words

export interface Word {
  text: string;
  start: number;
  end: number;
}

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

export function wordsOf(text: string): Word[] {
  return [...matchesOf(WORD, text)].map((m) => ({text: m[0], start: m.index, end: m.index + m[0].length}));
}

export const isCap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);

export const isLower = (w: string | undefined) => !!w && /^\p{Ll}/u.test(w);

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const lower1 = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const bare = (w: string) => w.replace(/['’]s$/u, "").toLowerCase();

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Determiners and possessives that open a noun phrase: lower-cased when the phrase stops opening the sentence. */
export const OPENERS = new Set("The A An This That These Those Its Their His Her Our Both Each".split(" "));

/** Prepositions after which a state's or capital's name is a place, not an actor. */
export const PLACE_PREPOSITIONS = new Set(
  "in at across throughout within into inside outside near from to of for via through around toward towards over beyond onto along among amid across".split(
    " "
  )
);

export const ADJECTIVES = new Set(STATES.map((s) => s.adjective));

export const STATE_WORDS = new Set(STATES.flatMap((s) => [s.adjective, ...s.name.split(" "), ...s.capital.split(" ")]));

/** Words that open a subordinate clause or a prepositional phrase: a sentence opening with one has no subject first. */
export const NOT_A_SUBJECT = new Set(
  "When If As After While Although Because Since Before Once Though Unless Until Where Whether In On At For From With By During Amid Despite Under Over Following Asked According Like Unlike To".split(
    " "
  )
);

// States, capitals, governments (metonymy)

export interface Site {
  start: number;
  end: number;
  state: StateWords;
}

/**
 * Where `name` stands as an actor: not a possessive, not part of a longer name or a hyphenated
 * compound, and not governed by a preposition of place (through a list: "in A, B and C").
 */
export function actorSites(sentence: string, name: string, state: StateWords): Site[] {
  const out: Site[] = [];
  const core = name.replace(/^the /, "");
  const re = new RegExp(`(?:\\b[Tt]he )?(?<![\\p{L}\\p{N}-])${esc(core)}(?![\\p{L}\\p{N}])`, "gu");
  for (const m of sentence.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!name.startsWith("the ") && /^[Tt]he /.test(m[0])) continue;
    const after = sentence.slice(end);
    if (/^(['’]s\b|[-–—]\p{L}|\s+\p{Lu})/u.test(after)) continue;
    const before = wordsOf(sentence.slice(0, start));
    const prev = before[before.length - 1];
    if (prev && isCap(prev.text) && !ADJECTIVES.has(prev.text)) continue;
    let place = false;
    for (let i = before.length - 1; i >= 0; i--) {
      const w = before[i]!.text;
      if (isCap(w) || w === "and" || w === "or" || w === "," || w === "the" || w === "both") continue;
      place = PLACE_PREPOSITIONS.has(w.toLowerCase());
      break;
    }
    if (!place) out.push({start, end, state});
  }
  return out;
}

export function stateSites(sentence: string): Site[] {
  return STATES.flatMap((s) => actorSites(sentence, s.name, s)).sort((a, b) => a.start - b.start);
}

export function capitalSites(sentence: string): Site[] {
  return STATES.filter((s) => !s.capitalAmbiguous)
    .flatMap((s) => actorSites(sentence, s.capital, s))
    .sort((a, b) => a.start - b.start);
}

/** Whether `at` opens the sentence (nothing before it but quotation marks and brackets). */
export const opensSentence = (sentence: string, at: number) => /^[\s"“‘'(«]*$/u.test(sentence.slice(0, at));

export const startCase = (sentence: string, text: string, at: number) =>
  opensSentence(sentence, at) ? cap(text) : text;

// Titles and appositions

export const titleWord = (w: string) => TITLE_MODIFIERS.has(w.toLowerCase()) || TITLE_HEADS.has(w.toLowerCase());

export const isName = (w: string | undefined) =>
  !!w &&
  isCap(w) &&
  !titleWord(w) &&
  !OPENERS.has(w) &&
  !new RegExp(`^(${MONTHS}|${WEEKDAYS})$`).test(w) &&
  !/^\p{Lu}+$/u.test(w);

export interface TitleRun {
  /** Word indices [from, to) of the title; `to` is the first word of the name. */
  from: number;
  to: number;
  capitalised: boolean;
}

/** Title words (modifiers then a head, all in one case) right before a name ("Foreign Minister X"). */
export function titleRuns(words: readonly Word[]): TitleRun[] {
  const out: TitleRun[] = [];
  for (let to = 1; to < words.length; to++) {
    if (!isName(words[to]!.text) || !TITLE_HEADS.has(words[to - 1]!.text.toLowerCase())) continue;
    const capitalised = isCap(words[to - 1]!.text);
    let from = to - 1;
    while (
      from > 0 &&
      titleWord(words[from - 1]!.text) &&
      isCap(words[from - 1]!.text) === capitalised &&
      words[from - 1]!.end + 1 === words[from]!.start
    )
      from--;
    out.push({from, to, capitalised});
  }
  return out;
}

/** The titles the article gives its people: surname -> "Russian Foreign Minister" (an adjective kept). */
export function titlesInDocument(document: string): Map<string, string> {
  const out = new Map<string, string>();
  const words = wordsOf(document);
  for (const r of titleRuns(words)) {
    if (!r.capitalised) continue;
    let from = r.from;
    if (from > 0 && ADJECTIVES.has(words[from - 1]!.text)) from--;
    let last = r.to;
    while (last + 1 < words.length && isName(words[last + 1]!.text) && words[last + 1]!.start === words[last]!.end + 1)
      last++;
    const surname = words[last]!.text;
    if (!out.has(surname)) out.set(surname, document.slice(words[from]!.start, words[r.to - 1]!.end));
  }
  return out;
}

export const MONTH_NAMES = MONTHS.split("|");

export const DATE_PHRASE = `(?:on (?:(?:[1-9]|[12]\\d|3[01]) (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) (?:[1-9]|[12]\\d|3[01])(?:, \\d{4})?|${WEEKDAYS})|in (?:(?:early |mid-|late )?(?:${MONTHS})(?: \\d{4})?|\\d{4})|last (?:week|month|year|${WEEKDAYS})|earlier this (?:week|month|year)|yesterday)`;

export const DATE_INSIDE = new RegExp(`(,?) (${DATE_PHRASE})(?=([,.;]| and | in | at | with |$))`, "g");

export const DATE_FRONT = new RegExp(`^(${DATE_PHRASE}), `, "i");

/** Words that open a clause of their own: a date after one of them may belong to that clause. */
export const CLAUSE_OPENER =
  /[,;:"“”]|\b(that|which|who|whom|whose|when|where|after|before|while|because|since|until|if|although|said|says|told|according|announced|added|noted|reported|to)\b/i;

// Verb groups: the subject that opens the sentence and its first verb

export const NOT_PAST = new Set("need seed speed feed creed breed shed hundred united red bed".split(" "));

export const isPast = (w: string) => IRREGULAR_PAST.has(w) || (/^\p{Ll}{2,}ed$/u.test(w) && !NOT_PAST.has(w));

export const PARTICIPLE_TO_PAST = new Map([...IRREGULAR_PAST].map(([past, part]) => [part, past]));

/** Adverbs that stand before a verb: the closed ones and those in -ly. */
export const isAdverb = (w: string) =>
  /^(also|already|still|just|now|then|soon|again|last|first|jointly|formally|reportedly|never|often|recently|finally)$/.test(
    w
  ) || /^\p{Ll}{3,}ly$/u.test(w);

export interface VerbGroup {
  subjectStart: number;
  subjectEnd: number;
  verb: Word;
  next?: Word;
  aux: boolean;
  plural: boolean;
}

/** The sentence's subject (after a fronted date) and its first verb, when the sentence opens that way. */
export function verbGroup(sentence: string): VerbGroup | undefined {
  const front = DATE_FRONT.exec(sentence);
  const offset = front ? front[0].length : 0;
  const words = wordsOf(sentence.slice(offset)).map((w) => ({...w, start: w.start + offset, end: w.end + offset}));
  if (!isCap(words[0]?.text) || NOT_A_SUBJECT.has(words[0]!.text)) return undefined;
  for (let i = 1; i < Math.min(words.length, 9); i++) {
    const w = words[i]!.text;
    if (!/^[\p{L}\p{N}'’-]+$/u.test(w)) return undefined;
    if (!isLower(w)) continue;
    const afterOpener = OPENERS.has(words[i - 1]!.text) || /^(the|a|an|its|their)$/.test(words[i - 1]!.text);
    const aux = AUXILIARIES.has(w);
    if ((aux || isPast(w)) && !afterOpener) {
      // Adverbs right before the verb ("also", "last", "jointly") belong to the verb group, not the subject.
      let end = i;
      while (end > 1 && isAdverb(words[end - 1]!.text)) end--;
      const subject = words.slice(0, end).map((x) => x.text);
      // The head noun: the word before the first "of" ("Leaders of the Organization of Turkic States"), else the last.
      const of = subject.indexOf("of");
      const head = subject[of > 0 ? of - 1 : subject.length - 1]!;
      const plural =
        subject.includes("and") ||
        /^(They|We)$/.test(subject[0]!) ||
        PEOPLE_NOUNS.test(head) ||
        /^\p{Ll}+[^su]s$/u.test(head) ||
        ((of === 1 || OPENERS.has(subject[0]!)) && /^\p{Lu}\p{Ll}+[^su]s$/u.test(head) && !STATE_WORDS.has(head));
      return {
        subjectStart: words[0]!.start,
        subjectEnd: words[end - 1]!.end,
        verb: words[i]!,
        next: words[i + 1],
        aux,
        plural
      };
    }
    // Past an opener ("The two navies"), lower-case words are the subject's nouns and adjectives.
    if (!/^(of|the|and|for)$/.test(w) && !OPENERS.has(words[0]!.text)) return undefined;
  }
  return undefined;
}

// Pronouns

/** The index after the character at `at` (a surrogate pair is one character). */
function past(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/**
 * The pronoun the article uses for a person: "he" or "she" when the words after the person's name say
 * so (a "He"/"She"/"his"/"her" within the next 200 characters, one gender only, or Mr/Ms before it).
 */
export function personPronoun(document: string, surname: string): "he" | "she" | undefined {
  let he = 0;
  let she = 0;
  for (
    let m = literalMatch(document, surname, NO_LETTER_AFTER, NO_LETTER_BEFORE);
    m;
    // (as matchAll: past an empty match, by a whole character)
    m = literalMatch(
      document,
      surname,
      NO_LETTER_AFTER,
      NO_LETTER_BEFORE,
      m.end > m.index ? m.end : past(document, m.end)
    )
  ) {
    const before = document.slice(Math.max(0, m.index - 40), m.index);
    if (/\bMr\.?\s+(?:\p{Lu}[\p{L}-]*\s+)*$/u.test(before)) he += 2;
    if (/\b(Ms|Mrs)\.?\s+(?:\p{Lu}[\p{L}-]*\s+)*$/u.test(before)) she += 2;
    const after = document.slice(m.index, m.index + 200);
    he += (after.match(/\b(he|his|him)\b/gi) ?? []).length;
    she += (after.match(/\b(she|her|hers)\b/gi) ?? []).length;
  }
  if (he > 0 && she === 0) return "he";
  if (she > 0 && he === 0) return "she";
  return undefined;
}

/** The name-like subject that opens a sentence: "Kazakhstan", "The Ministry of Energy", "Murat Nurtleu". */
export function openingName(sentence: string): string | undefined {
  return /^(?:The )?\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:of |for |and )?(?:the )?\p{Lu}[\p{L}\p{M}'’.-]*)*/u.exec(
    sentence
  )?.[0];
}

/**
 * The pronoun that can stand for `name` in the sentence after `previous`: "it" for a state or an institution
 * ("The Port Authority"), "he"/"she" for a person whose gender the article gives; none when the sentence before
 * does not name it, or names another state or titled person that the pronoun could take.
 */
export function pronounFor(
  name: string,
  previous: string,
  document: string | undefined
): "it" | "he" | "she" | undefined {
  const words = name.split(" ");
  const last = words[words.length - 1]!;
  const named = (n: string) => literalMatch(previous, n, NO_LETTER_AFTER, NO_LETTER_BEFORE) !== undefined;
  const state = STATES.find((s) => s.name === name || s.name === `the ${name.replace(/^The /, "")}`);
  if (state) {
    // The state named in the sentence before, and no other state there to take the pronoun.
    if (!named(state.name.replace(/^the /, "")) || stateSites(previous).some((x) => x.state !== state))
      return undefined;
    return "it";
  }
  if (/^The /.test(name) && words.some((w) => INSTITUTION_HEADS.has(w.toLowerCase())))
    return named(name.replace(/^The /, "")) ? "it" : undefined;
  if (!document || !named(last)) return undefined;
  if (words.some((w) => /^(and|of|for)$/.test(w) || INSTITUTION_HEADS.has(w.toLowerCase()))) return undefined;
  // No other person the article titles is named in the sentence before.
  if ([...titlesInDocument(document).keys()].some((other) => other !== last && named(other))) return undefined;
  return personPronoun(document, last);
}

/** People named by a common noun ("analysts said"): capitalised only at a sentence's start. */
export const PEOPLE_NOUNS =
  /^(Analysts|Experts|Officials|Observers|Diplomats|Sources|Critics|Economists|Residents|Lawmakers|People|Traders|Investors)\b/;
