/**
 * Meaning-preserving rewrites of one sentence, for the paraphrase-robustness harness (robustness.ts).
 * Each transform is a small pure function: it finds its pattern in the sentence (a state named as an
 * actor, a title before a name, a date, a relative clause, a verb group, an attribution) and returns
 * the rewrites it allows, each as a list of edits on the sentence. Where the pattern is absent it
 * returns none. A transform changes the surface only: who did what to whom, when, and who said what
 * stay the same, so a reading of the rewritten sentence should give the same events and claims.
 *
 * The patterns are written from English grammar, with the lexicons of paraphrase-lexicon.ts.
 *
 * @module
 */
import {
  AUXILIARIES,
  INSTITUTION_HEADS,
  IRREGULAR_PAST,
  MONTHS,
  REPORT_VERBS,
  STATES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
  type StateWords
} from "./paraphrase-lexicon.js";

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

// ---------------------------------------------------------------------------------------------------
// Words

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({text: m[0], start: m.index, end: m.index + m[0].length}));
}

const isCap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
const isLower = (w: string | undefined) => !!w && /^\p{Ll}/u.test(w);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower1 = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const bare = (w: string) => w.replace(/['’]s$/u, "").toLowerCase();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Determiners and possessives that open a noun phrase: lower-cased when the phrase stops opening the sentence. */
const OPENERS = new Set("The A An This That These Those Its Their His Her Our Both Each".split(" "));

/** Prepositions after which a state's or capital's name is a place, not an actor. */
const PLACE_PREPOSITIONS = new Set(
  "in at across throughout within into inside outside near from to of for via through around toward towards over beyond onto along among amid across".split(
    " "
  )
);

const ADJECTIVES = new Set(STATES.map((s) => s.adjective));
const STATE_WORDS = new Set(STATES.flatMap((s) => [s.adjective, ...s.name.split(" "), ...s.capital.split(" ")]));
/** Words that open a subordinate clause or a prepositional phrase: a sentence opening with one has no subject first. */
const NOT_A_SUBJECT = new Set(
  "When If As After While Although Because Since Before Once Though Unless Until Where Whether In On At For From With By During Amid Despite Under Over Following Asked According Like Unlike To".split(
    " "
  )
);

// ---------------------------------------------------------------------------------------------------
// States, capitals, governments (metonymy)

interface Site {
  start: number;
  end: number;
  state: StateWords;
}

/**
 * Where `name` stands as an actor: not a possessive, not part of a longer name or a hyphenated
 * compound, and not governed by a preposition of place (through a list: "in A, B and C").
 */
function actorSites(sentence: string, name: string, state: StateWords): Site[] {
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

function stateSites(sentence: string): Site[] {
  return STATES.flatMap((s) => actorSites(sentence, s.name, s)).sort((a, b) => a.start - b.start);
}

function capitalSites(sentence: string): Site[] {
  return STATES.filter((s) => !s.capitalAmbiguous)
    .flatMap((s) => actorSites(sentence, s.capital, s))
    .sort((a, b) => a.start - b.start);
}

/** Whether `at` opens the sentence (nothing before it but quotation marks and brackets). */
const opensSentence = (sentence: string, at: number) => /^[\s"“‘'(«]*$/u.test(sentence.slice(0, at));
const startCase = (sentence: string, text: string, at: number) => (opensSentence(sentence, at) ? cap(text) : text);

const capital: Transform = {
  name: "capital",
  area: "ac",
  items: "both",
  describe: "a state named as an actor by its capital, and a capital by its state (Kazakhstan <-> Astana)",
  apply: (sentence) => [
    ...stateSites(sentence).map((s) => ({
      edits: [{start: s.start, end: s.end, text: s.state.capital}],
      note: `${sentence.slice(s.start, s.end)} -> ${s.state.capital}`
    })),
    ...capitalSites(sentence).map((s) => ({
      edits: [{start: s.start, end: s.end, text: startCase(sentence, s.state.name, s.start)}],
      note: `${s.state.capital} -> ${s.state.name}`
    }))
  ]
};

const government: Transform = {
  name: "government",
  area: "ac",
  items: "both",
  describe: 'a state named as an actor -> "the <adjective> government"',
  apply: (sentence) =>
    stateSites(sentence).map((s) => {
      const text = startCase(sentence, `the ${s.state.adjective} government`, s.start);
      return {edits: [{start: s.start, end: s.end, text}], note: `${sentence.slice(s.start, s.end)} -> ${text}`};
    })
};

/** A singular verb right after a subject, with its plural form. */
const PLURAL_OF: Record<string, string> = {has: "have", is: "are", was: "were", does: "do"};

const authorities: Transform = {
  name: "authorities",
  area: "ac",
  items: "both",
  describe: 'a state named as an actor -> "<adjective> authorities" (with the verb made plural)',
  apply: (sentence) =>
    stateSites(sentence).flatMap((s) => {
      const next = /^\s+(\p{L}+)/u.exec(sentence.slice(s.end));
      // "Kazakhstan … its territory" would need "their": leave such sentences alone.
      if (/\b(its|itself)\b/i.test(sentence.slice(s.end))) return [];
      const edits: Edit[] = [{start: s.start, end: s.end, text: `${s.state.adjective} authorities`}];
      if (next) {
        const w = next[1]!;
        const at = s.end + next[0].length - w.length;
        // A copula's complement agrees too ("Japan is a partner"): leave such sentences alone.
        if (w === "is" || w === "was") return [];
        if (PLURAL_OF[w]) edits.push({start: at, end: at + w.length, text: PLURAL_OF[w]!});
        else if (/^\p{Ll}+[^s]s$/u.test(w)) return [];
      }
      return [{edits, note: `${sentence.slice(s.start, s.end)} -> ${s.state.adjective} authorities`}];
    })
};

// ---------------------------------------------------------------------------------------------------
// Titles and appositions

const titleWord = (w: string) => TITLE_MODIFIERS.has(w.toLowerCase()) || TITLE_HEADS.has(w.toLowerCase());
const isName = (w: string | undefined) =>
  !!w &&
  isCap(w) &&
  !titleWord(w) &&
  !OPENERS.has(w) &&
  !new RegExp(`^(${MONTHS}|${WEEKDAYS})$`).test(w) &&
  !/^\p{Lu}+$/u.test(w);

interface TitleRun {
  /** Word indices [from, to) of the title; `to` is the first word of the name. */
  from: number;
  to: number;
  capitalised: boolean;
}

/** Title words (modifiers then a head, all in one case) right before a name ("Foreign Minister X"). */
function titleRuns(words: readonly Word[]): TitleRun[] {
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

const titleCase: Transform = {
  name: "title-case",
  area: "ac",
  items: "both",
  describe: 'the case of a title before a name ("Foreign Minister X" <-> "foreign minister X")',
  apply: (sentence) => {
    const words = wordsOf(sentence);
    return titleRuns(words)
      .filter((r) => !r.capitalised || r.from > 0)
      .map((r) => {
        const edits = words.slice(r.from, r.to).map((w) => ({
          start: w.start,
          end: w.end,
          text: r.capitalised ? w.text.toLowerCase() : cap(w.text)
        }));
        return {
          edits,
          note: `${sentence.slice(words[r.from]!.start, words[r.to - 1]!.end)} -> ${applyEdits(sentence, edits).slice(words[r.from]!.start, words[r.to - 1]!.end)}`
        };
      });
  }
};

/** The titles the article gives its people: surname -> "Russian Foreign Minister" (an adjective kept). */
function titlesInDocument(document: string): Map<string, string> {
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

const title: Transform = {
  name: "title",
  area: "ac",
  items: "both",
  describe: "a person named bare -> title + name, with the title the article gives the person elsewhere",
  apply: (sentence, {document}) => {
    if (!document) return [];
    const titles = titlesInDocument(document);
    const words = wordsOf(sentence);
    const out: Variant[] = [];
    for (let i = 0; i < words.length; i++) {
      const t = titles.get(words[i]!.text.replace(/['’]s$/u, ""));
      if (!t) continue;
      // The name's first word: back over given names; the word before must not be a title or a name.
      let first = i;
      while (first > 0 && isName(words[first - 1]!.text) && !STATE_WORDS.has(words[first - 1]!.text)) first--;
      const prev = words[first - 1]?.text;
      if (prev && (titleWord(prev) || isCap(prev) || prev === "'s" || prev === "’s")) continue;
      if (prev && /^(the|a|an|his|her|its|their|of)$/i.test(prev)) continue;
      const text = first === 0 ? `${t} ` : `${lower1(t) === t ? t : t} `;
      out.push({edits: [{start: words[first]!.start, end: words[first]!.start, text}], note: `+ "${t}"`});
    }
    return out;
  }
};

/** ", the chairman of" / ", chairman of" / ", who is the chairman of" after a name. */
const APPOSITION = new RegExp(
  `(?<=\\p{Lu}[\\p{L}\\p{M}'’.-]*), (who (?:is|was) )?((?:the|The|a|an) )?((?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+) (of|at|for|to)\\b`,
  "gu"
);

function appositions(sentence: string) {
  const out: {m: RegExpMatchArray; who?: string; article?: string; title: string; at: number}[] = [];
  for (const m of sentence.matchAll(APPOSITION)) {
    const t = m[3]!.split(" ");
    if (!t.every(titleWord) || !TITLE_HEADS.has(t[t.length - 1]!.toLowerCase())) continue;
    out.push({m, who: m[1], article: m[2], title: m[3]!, at: m.index + 2});
  }
  return out;
}

const apposition: Transform = {
  name: "apposition",
  area: "ac",
  items: "both",
  describe: 'an apposition with and without its article ("X, the chairman of Y," <-> "X, chairman of Y,")',
  apply: (sentence) =>
    appositions(sentence)
      .filter((a) => !a.who && (!a.article || /^the /i.test(a.article)))
      .map((a) => {
        const at = a.at;
        return a.article
          ? {
              edits: [{start: at, end: at + a.article.length, text: ""}],
              note: `, ${a.article}${a.title} -> , ${a.title}`
            }
          : {edits: [{start: at, end: at, text: "the "}], note: `, ${a.title} -> , the ${a.title}`};
      })
};

const who: Transform = {
  name: "who",
  area: "ac",
  items: "both",
  describe: 'an apposition as a relative clause and back ("X, the chairman of Y," <-> "X, who is the chairman of Y,")',
  apply: (sentence) =>
    appositions(sentence).map((a) =>
      a.who
        ? {edits: [{start: a.at, end: a.at + a.who.length, text: ""}], note: `, ${a.who}${a.title} -> , ${a.title}`}
        : {edits: [{start: a.at, end: a.at, text: "who is "}], note: `, ${a.article ?? ""}${a.title} -> , who is …`}
    )
};

// ---------------------------------------------------------------------------------------------------
// Dates

const DAY_MONTH = new RegExp(`\\b([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)? (${MONTHS})(?: (\\d{4}))?\\b`, "gu");
const MONTH_DAY = new RegExp(
  `\\b(${MONTHS}) ([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:, (\\d{4}))?(?![\\p{N}–—-])\\b`,
  "gu"
);

const dateForm: Transform = {
  name: "date-form",
  area: "ev",
  items: "events",
  describe: 'a date\'s order ("3 May 2024" <-> "May 3, 2024")',
  apply: (sentence) => {
    const out: Variant[] = [];
    for (const m of sentence.matchAll(DAY_MONTH)) {
      if (/(\d\s*(and|to|[-–—])\s*)$/.test(sentence.slice(0, m.index))) continue;
      const comma = m[3] && /^ \p{L}/u.test(sentence.slice(m.index + m[0].length)) ? "," : "";
      const text = `${m[2]} ${m[1]}${m[3] ? `, ${m[3]}${comma}` : ""}`;
      out.push({edits: [{start: m.index, end: m.index + m[0].length, text}], note: `${m[0]} -> ${text}`});
    }
    for (const m of sentence.matchAll(MONTH_DAY)) {
      const text = `${m[2]} ${m[1]}${m[3] ? ` ${m[3]}` : ""}`;
      out.push({edits: [{start: m.index, end: m.index + m[0].length, text}], note: `${m[0]} -> ${text}`});
    }
    return out;
  }
};

const MONTH_NAMES = MONTHS.split("|");
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (UTC). */
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

const weekday: Transform = {
  name: "weekday",
  area: "ev",
  items: "events",
  describe:
    'a date in the six days before the article\'s as its weekday and back ("on 3 May" <-> "on Tuesday", against the article\'s date)',
  apply: (sentence, {articleDate}) => {
    const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(articleDate ?? "");
    // A weekday after a future verb counts forward: only past sentences are rewritten.
    if (!a || /\b(will|would|shall|next|plans?|planned|is to|are to|due|expected)\b/.test(sentence)) return [];
    const today = dayNumber(+a[1]!, +a[2]!, +a[3]!);
    const out: Variant[] = [];
    const dated = new RegExp(
      `\\bon (?:([1-9]|[12]\\d|3[01]) (${MONTHS})|(${MONTHS}) ([1-9]|[12]\\d|3[01]))(?:,? (\\d{4}))?\\b(?!,? \\d)`,
      "g"
    );
    for (const m of sentence.matchAll(dated)) {
      const month = MONTH_NAMES.indexOf(m[2] ?? m[3]!) + 1;
      const day = +(m[1] ?? m[4]!);
      let year = m[5] ? +m[5] : +a[1]!;
      if (!m[5] && dayNumber(year, month, day) > today) year--;
      const n = dayNumber(year, month, day);
      // One to six days before: "on Tuesday" names one day only (the article's own weekday would be ambiguous).
      if (today - n < 1 || today - n > 6) continue;
      const text = `on ${WEEKDAY_NAMES[(n + 4) % 7]}`; // 1970-01-01 was a Thursday
      out.push({edits: [{start: m.index, end: m.index + m[0].length, text}], note: `${m[0]} -> ${text}`});
    }
    for (const m of sentence.matchAll(new RegExp(`\\bon (${WEEKDAYS})\\b(?! \\d| (?:${MONTHS}))`, "g"))) {
      const w = WEEKDAY_NAMES.indexOf(m[1]!);
      const back = (((today + 4) % 7) - w + 7) % 7 || 7;
      if (back === 7) continue; // the article's own weekday: today or a week ago
      const d = new Date((today - back) * DAY_MS);
      const text = `on ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
      out.push({edits: [{start: m.index, end: m.index + m[0].length, text}], note: `${m[0]} -> ${text}`});
    }
    return out.sort((x, y) => x.edits[0]!.start - y.edits[0]!.start);
  }
};

const DATE_PHRASE = `(?:on (?:(?:[1-9]|[12]\\d|3[01]) (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) (?:[1-9]|[12]\\d|3[01])(?:, \\d{4})?|${WEEKDAYS})|in (?:(?:early |mid-|late )?(?:${MONTHS})(?: \\d{4})?|\\d{4})|last (?:week|month|year|${WEEKDAYS})|earlier this (?:week|month|year)|yesterday)`;
const DATE_INSIDE = new RegExp(`(,?) (${DATE_PHRASE})(?=([,.;]| and | in | at | with |$))`, "g");
const DATE_FRONT = new RegExp(`^(${DATE_PHRASE}), `, "i");
/** Words that open a clause of their own: a date after one of them may belong to that clause. */
const CLAUSE_OPENER =
  /[,;:"“”]|\b(that|which|who|whom|whose|when|where|after|before|while|because|since|until|if|although|said|says|told|according|announced|added|noted|reported|to)\b/i;

const datePlace: Transform = {
  name: "date-place",
  area: "ev",
  items: "events",
  describe: 'a date fronted and back ("X met Y on 3 May." <-> "On 3 May, X met Y.")',
  apply: (sentence) => {
    const front = DATE_FRONT.exec(sentence);
    if (front) {
      const rest = sentence.slice(front[0].length);
      const end = /[.!?]$/.exec(rest) ? sentence.length - 1 : sentence.length;
      if (CLAUSE_OPENER.test(sentence.slice(front[0].length, end))) return [];
      const first = /^\p{L}+/u.exec(rest)?.[0] ?? "";
      return [
        {
          edits: [
            {start: 0, end: front[0].length + first.length, text: OPENERS.has(cap(first)) ? cap(first) : first},
            {start: end, end, text: ` ${lower1(front[1]!)}`}
          ],
          note: `"${front[1]}," fronted -> after the clause`
        }
      ];
    }
    const first = /^\p{L}+/u.exec(sentence)?.[0] ?? "";
    // A sentence that opens with a phrase of its own ("In Astana on 12 June, …") has its frame already.
    if (!isCap(first) || NOT_A_SUBJECT.has(first)) return [];
    for (const m of sentence.matchAll(DATE_INSIDE)) {
      if (m.index === 0 || CLAUSE_OPENER.test(sentence.slice(0, m.index))) continue;
      const opener = OPENERS.has(first) ? first.toLowerCase() : first;
      const commaAfter = m[1] && sentence[m.index + m[0].length] === ",";
      return [
        {
          edits: [
            {start: 0, end: first.length, text: `${cap(m[2]!)}, ${opener}`},
            {start: m.index, end: m.index + m[0].length + (commaAfter ? 1 : 0), text: ""}
          ],
          note: `"${m[2]}" -> fronted`
        }
      ];
    }
    return [];
  }
};

// ---------------------------------------------------------------------------------------------------
// Verb groups: the subject that opens the sentence and its first verb

const NOT_PAST = new Set("need seed speed feed creed breed shed hundred united red bed".split(" "));
const isPast = (w: string) => IRREGULAR_PAST.has(w) || (/^\p{Ll}{2,}ed$/u.test(w) && !NOT_PAST.has(w));
const PARTICIPLE_TO_PAST = new Map([...IRREGULAR_PAST].map(([past, part]) => [part, past]));

/** Adverbs that stand before a verb: the closed ones and those in -ly. */
const isAdverb = (w: string) =>
  /^(also|already|still|just|now|then|soon|again|last|first|jointly|formally|reportedly|never|often|recently|finally)$/.test(
    w
  ) || /^\p{Ll}{3,}ly$/u.test(w);

interface VerbGroup {
  subjectStart: number;
  subjectEnd: number;
  verb: Word;
  next?: Word;
  aux: boolean;
  plural: boolean;
}

/** The sentence's subject (after a fronted date) and its first verb, when the sentence opens that way. */
function verbGroup(sentence: string): VerbGroup | undefined {
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

/** An act after "after/before/following" as a gerund and as an event noun, both ways. */
const GERUND_NOUN: readonly [string, string][] = [
  ["meeting", "a meeting with"],
  ["visiting", "a visit to"],
  ["holding talks with", "talks with"],
  ["signing", "the signing of"],
  ["talking to", "a conversation with"],
  ["phoning", "a telephone call with"]
];

const gerundNoun: Transform = {
  name: "gerund-noun",
  area: "ev",
  items: "events",
  describe:
    'an act after "after", "before" or "following" as a gerund and as a noun ("after meeting X" <-> "after a meeting with X")',
  apply: (sentence) => {
    const out: Variant[] = [];
    for (const [gerund, noun] of GERUND_NOUN)
      for (const [from, to] of [
        [gerund, noun],
        [noun, gerund]
      ] as const)
        for (const m of sentence.matchAll(
          new RegExp(`\\b(after|before|following|After|Before|Following) ${from} (?=\\p{Lu}|the )`, "gu")
        )) {
          if (from === noun && /following/i.test(m[1]!)) continue; // "following visiting" is not English
          const at = m.index + m[1]!.length + 1;
          out.push({edits: [{start: at, end: at + from.length, text: to}], note: `${m[1]} ${from} -> ${m[1]} ${to}`});
        }
    return out.sort((a, b) => a.edits[0]!.start - b.edits[0]!.start);
  }
};

/** A sentence that names its source ("…, he said", "according to …", "X reports"). */
const ATTRIBUTED = new RegExp(`\\b(according to|${[...REPORT_VERBS].join("|")}|reports?|reported|announced|stated)\\b`);

const aside: Transform = {
  name: "aside",
  area: "ev",
  items: "events",
  describe:
    'an aside between the subject and its verb ("X, according to officials, signed"; ", meanwhile," where the sentence has a source of its own)',
  apply: (sentence) => {
    const g = verbGroup(sentence);
    // A first- or second-person subject takes no attribution ("I, according to officials, …" is not English).
    if (!g || /^(I|We|You)$/.test(sentence.slice(g.subjectStart, g.subjectEnd))) return [];
    // A sentence that names its own source would have two: a neutral aside there.
    const text = ATTRIBUTED.test(sentence) ? ", meanwhile," : ", according to officials,";
    return [
      {
        edits: [{start: g.subjectEnd, end: g.subjectEnd, text}],
        note: `+ ${text}`
      }
    ];
  }
};

const adverb: Transform = {
  name: "adverb",
  area: "ev",
  items: "events",
  describe: 'an adverb in the verb group ("X signed" -> "X also signed", "X has signed" -> "X has also signed")',
  apply: (sentence) => {
    const g = verbGroup(sentence);
    if (!g || /\balso\b/.test(sentence) || /\s\p{Ll}+ $/u.test(sentence.slice(g.subjectEnd, g.verb.start))) return [];
    const at = g.aux && g.next && isLower(g.next.text) ? g.next.start : g.verb.start;
    return [{edits: [{start: at, end: at, text: "also "}], note: "+ also"}];
  }
};

const DATED = new RegExp(`${DATE_PHRASE}|\\b(\\d{4}|ago|last|(${MONTHS}))\\b`);

const perfect: Transform = {
  name: "perfect",
  area: "ev",
  items: "events",
  describe: 'simple past and present perfect ("X signed" <-> "X has signed")',
  apply: (sentence, {previous}) => {
    const g = verbGroup(sentence);
    if (!g) return [];
    const v = g.verb;
    // English does not join the perfect to a past date ("has signed on 3 May"), nor to a narrative of a dated
    // occasion (the sentence before dated in the past): only an undated past moves.
    if (!g.aux && isPast(v.text) && !DATED.test(sentence) && !DATED.test(previous ?? "")) {
      const part = IRREGULAR_PAST.get(v.text) ?? v.text;
      const have = g.plural ? "have" : "has";
      // An adverb before the verb follows the auxiliary: "also signed" -> "have also signed".
      const adverbs = sentence.slice(g.subjectEnd, v.start).trim();
      const at = adverbs ? sentence.indexOf(adverbs, g.subjectEnd) : v.start;
      const edits = [
        ...(adverbs ? [{start: at, end: at, text: `${have} `}] : []),
        {start: v.start, end: v.end, text: adverbs ? part : `${have} ${part}`}
      ];
      return [
        {edits, note: `${adverbs ? `${adverbs} ` : ""}${v.text} -> ${have} ${adverbs ? `${adverbs} ` : ""}${part}`}
      ];
    }
    if ((v.text === "has" || v.text === "have") && g.next) {
      const n = g.next.text;
      const past = PARTICIPLE_TO_PAST.get(n) ?? (/^\p{Ll}{2,}ed$/u.test(n) ? n : undefined);
      if (!past || n === "been") return [];
      return [{edits: [{start: v.start, end: g.next.end, text: past}], note: `${v.text} ${n} -> ${past}`}];
    }
    return [];
  }
};

// ---------------------------------------------------------------------------------------------------
// Relative clauses

/** Words before "that" that make it a complementiser, not a relative pronoun. */
const TAKES_CLAUSE =
  /^(so|such|now|given|than|and|but|or|provided|assuming|also|said|says|noted|added|stated|agreed|announced|reported|confirmed|stressed|believes|believed|hoped|hopes|expects|expected|ensure|ensured|warned|argued|insisted)$/;

const QUANTIFIED = /\b(one|few|any|every|all|no|only|first|last|many|some|most|each|those|such|\p{Ll}+est)\b[^,;]*$/u;

const relative: Transform = {
  name: "relative",
  area: "ev",
  items: "both",
  describe:
    'a relative clause after a common noun, with ", which …," and with "that" ("the floods, which struck X," <-> "the floods that struck X")',
  apply: (sentence) => {
    const out: Variant[] = [];
    for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])(\p{Ll}+), which (?=(\p{Ll}+))/gu)) {
      if (/^\p{Ll}{2,}ed$/u.test(m[1]!)) continue;
      const start = m.index + m[1]!.length;
      const close = /^[^,;:]*?(,|[.;:!?]?$)/u.exec(sentence.slice(start + 7));
      const edits: Edit[] = [{start, end: start + 7, text: " that"}];
      if (close && close[1] === ",") {
        const at = start + 7 + close[0].length - 1;
        edits.push({start: at, end: at + 1, text: ""});
      }
      out.push({edits, note: ", which -> that"});
    }
    for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])(\p{Ll}+) that (\p{Ll}+)/gu)) {
      const verb = m[2]!;
      if (TAKES_CLAUSE.test(m[1]!) || /^\p{Ll}{2,}ed$/u.test(m[1]!) || AUXILIARIES.has(m[1]!)) continue;
      // A quantified or superlative noun needs its restriction ("one of the few partners that …").
      if (QUANTIFIED.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (!(AUXILIARIES.has(verb) || isPast(verb) || /^(will|would)$/.test(verb))) continue;
      const start = m.index + m[1]!.length;
      const rest = sentence.slice(start + 5);
      const close = /[,;:]|[.!?]?$/u.exec(rest)!;
      const edits: Edit[] = [{start, end: start + 5, text: ", which"}];
      // The clause ends at a comma, before an auxiliary of the main clause, or at the sentence's end.
      const upTo = rest.slice(0, close.index);
      const aux = /\s(is|are|was|were|has|have|had|will|would|can|could|must|should|may|might)\b/.exec(
        upTo.slice(verb.length + 1)
      );
      if (aux) {
        const at = start + 5 + verb.length + 1 + aux.index;
        edits.push({start: at, end: at, text: ","});
      } else if (close[0] === ";" || close[0] === ":") {
        edits.push({start: start + 5 + close.index, end: start + 5 + close.index, text: ","});
      } else if (close[0] !== ",") {
        // to the sentence's end: only where the main verb came before ("They blamed the dam that …")
        const g = verbGroup(sentence);
        if (!g || g.verb.start > start) continue;
      }
      out.push({edits, note: "that -> , which"});
    }
    return out;
  }
};

// ---------------------------------------------------------------------------------------------------
// Pronouns

/**
 * The pronoun the article uses for a person: "he" or "she" when the words after the person's name say
 * so (a "He"/"She"/"his"/"her" within the next 200 characters, one gender only, or Mr/Ms before it).
 */
function personPronoun(document: string, surname: string): "he" | "she" | undefined {
  let he = 0;
  let she = 0;
  for (const m of document.matchAll(new RegExp(`(?<![\\p{L}])${esc(surname)}(?![\\p{L}])`, "gu"))) {
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
function openingName(sentence: string): string | undefined {
  return /^(?:The )?\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:of |for |and )?(?:the )?\p{Lu}[\p{L}\p{M}'’.-]*)*/u.exec(
    sentence
  )?.[0];
}

/**
 * The pronoun that can stand for `name` in the sentence after `previous`: "it" for a state or an institution
 * ("The Port Authority"), "he"/"she" for a person whose gender the article gives; none when the sentence before
 * does not name it, or names another state or titled person that the pronoun could take.
 */
function pronounFor(name: string, previous: string, document: string | undefined): "it" | "he" | "she" | undefined {
  const words = name.split(" ");
  const last = words[words.length - 1]!;
  const named = (n: string) => new RegExp(`(?<![\\p{L}])${esc(n)}(?![\\p{L}])`, "u").test(previous);
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

const pronoun: Transform = {
  name: "pronoun",
  area: "ac",
  items: "both",
  describe: "a subject named again right after the sentence before named it -> he/she/it (the gender from the article)",
  apply: (sentence, {previous, document}) => {
    const g = verbGroup(sentence);
    if (!g || g.subjectStart !== 0 || !previous || g.plural) return [];
    const subject = sentence.slice(0, g.subjectEnd);
    if (openingName(subject) !== subject) return [];
    const p = pronounFor(subject, previous, document);
    return p ? [{edits: [{start: 0, end: g.subjectEnd, text: cap(p)}], note: `${subject} -> ${cap(p)}`}] : [];
  }
};

const POSSESSIVE = {it: "Its", he: "His", she: "Her"} as const;

const possessive: Transform = {
  name: "possessive",
  area: "ac",
  items: "both",
  describe:
    'a possessor that opens the sentence, named in the sentence before -> its/his/her ("Peru\'s envoy" -> "Its envoy")',
  apply: (sentence, {previous, document}) => {
    const m = /^((?:The )?\p{Lu}[\p{L}\p{M}.-]*(?: (?:of |the )*\p{Lu}[\p{L}\p{M}.-]*)*)['’]s (?=\p{L})/u.exec(
      sentence
    );
    if (!m || !previous) return [];
    const p = pronounFor(m[1]!, previous, document);
    return p
      ? [{edits: [{start: 0, end: m[0].length - 1, text: POSSESSIVE[p]}], note: `${m[1]}'s -> ${POSSESSIVE[p]}`}]
      : [];
  }
};

// ---------------------------------------------------------------------------------------------------
// Attribution of claims

const REPORT = [...REPORT_VERBS].filter((v) => v !== "told" && v !== "tells").join("|");
const OPEN = `["“]`;
const CLOSE = `["”]`;
/** '"…," X said.' (the speaker before the verb, an object after it: "told reporters"). */
const QUOTE_FIRST = new RegExp(
  `^${OPEN}([^"“”]+?)([,!?]?)${CLOSE}\\s+(?!(?:${REPORT})\\b)([^"“”]+?)\\s+((?:${REPORT}|told|tells)\\b[^"“”:]*?)([.!?])$`,
  "u"
);
/** '"…," said X.' */
const QUOTE_INVERTED = new RegExp(`^${OPEN}([^"“”]+?)([,!?]?)${CLOSE}\\s+(${REPORT})\\s+([^"“”,]+?)([.!?])$`, "u");
/** 'X said: "…"' */
const QUOTE_COLON = new RegExp(
  `^([^"“”:]+?)\\s+((?:${REPORT}|told|tells)\\b[^"“”:]*?):\\s*${OPEN}([^"“”]+?)([.!?]?)${CLOSE}$`,
  "u"
);
/** 'X said (that) …' (reported speech, the speaker first, up to eight words, no comma). */
const REPORTED = new RegExp(
  `^(\\p{Lu}[^"“”,:]{0,80}?)\\s+((?:${REPORT})|told \\p{Ll}+)\\s+(that\\s+)?(?![,"“])([^"“”]+?)([.!?])$`,
  "u"
);
/** 'According to X, …' */
const ACCORDING = /^According to ([^,"“”]+), ([^"“”]+?)([.!?])$/u;

/** The quotation marks the sentence uses (curly or straight), for the marks a rewrite adds. */
const marks = (s: string) => (/[“”]/.test(s) ? {o: "“", c: "”"} : {o: '"', c: '"'});
/** First and second person: a quotation with them cannot become reported speech unchanged. */
const FIRST_PERSON = /\b(I|we|We|us|our|Our|my|My|me|you|You|your|Your)\b/;

const OBJECT_PRONOUN: Record<string, string> = {
  he: "him",
  she: "her",
  they: "them",
  He: "him",
  She: "her",
  They: "them"
};
const isPronoun = (s: string) => /^(he|she|they|it|we)$/i.test(s.trim());
/** People named by a common noun ("analysts said"): capitalised only at a sentence's start. */
const PEOPLE_NOUNS =
  /^(Analysts|Experts|Officials|Observers|Diplomats|Sources|Critics|Economists|Residents|Lawmakers|People|Traders|Investors)\b/;
const speakerAtStart = (s: string) => cap(s);
const speakerInside = (s: string) =>
  isPronoun(s) || OPENERS.has(s.split(" ")[0]!) || PEOPLE_NOUNS.test(s) ? lower1(s) : s;
/** The edit that lower-cases a quotation's first word when it becomes reported speech, unless it may be a name. */
const lowerFirst = (s: string, at: number): Edit[] => {
  const w = /^\p{L}+/u.exec(s.slice(at))?.[0] ?? "";
  return OPENERS.has(w) || /^(It|They|He|She|There|Its)$/.test(w)
    ? [{start: at, end: at + w.length, text: w.toLowerCase()}]
    : [];
};
/**
 * Reported speech that cannot move as a whole: an adverbial before "that", a second "and that" clause, a verb
 * other than say/tell/add without "that" (its object may be a noun: "noted the importance of …"), or a
 * "speaker" that is no noun phrase (it holds a verb or a relative word).
 */
const splitReport = (m: RegExpExecArray) =>
  (!m[3] && /^(\S+ ){0,3}that\b/.test(m[4]!)) ||
  /\band that\b/.test(m[4]!) ||
  (!m[3] && !/^(said|says|added|adds|told)\b/.test(m[2]!)) ||
  m[1]!.split(" ").some((w) => AUXILIARIES.has(w) || isPast(w) || /^(that|which|who)$/.test(w));

const quoteColon: Transform = {
  name: "quote-colon",
  area: "cl",
  items: "claims",
  describe: "a quotation with its speaker after and before it ('\"…,\" X said.' <-> 'X said: \"…\"')",
  apply: (s) => {
    const q = marks(s);
    let m = QUOTE_FIRST.exec(s);
    if (m) {
      const content = 1;
      const end = content + m[1]!.length;
      const speaker = m[3]!;
      if (m[4]!.includes(",")) return [];
      return [
        {
          edits: [
            {start: 0, end: content, text: `${speakerAtStart(speaker)} ${m[4]}: ${q.o}`},
            {start: end, end: s.length, text: `${m[2] && m[2] !== "," ? m[2] : "."}${q.c}`}
          ],
          note: '"…," X said. -> X said: "…"'
        }
      ];
    }
    m = QUOTE_COLON.exec(s);
    if (m) {
      const start = s.indexOf(m[3]!, m[1]!.length + m[2]!.length);
      const end = start + m[3]!.length;
      return [
        {
          edits: [
            {start: 0, end: start, text: q.o},
            {
              start: end,
              end: s.length,
              text: `${m[4] === "?" || m[4] === "!" ? m[4] : ","}${q.c} ${speakerInside(m[1]!)} ${m[2]}.`
            }
          ],
          note: 'X said: "…" -> "…," X said.'
        }
      ];
    }
    return [];
  }
};

const quoteInverted: Transform = {
  name: "quote-inverted",
  area: "cl",
  items: "claims",
  describe: "a quotation's speaker and verb inverted ('\"…,\" X said.' <-> '\"…,\" said X.')",
  apply: (s) => {
    const q = marks(s);
    let m = QUOTE_INVERTED.exec(s);
    if (m) {
      const end = 1 + m[1]!.length;
      return [
        {
          edits: [{start: end, end: s.length, text: `${m[2]}${q.c} ${m[4]} ${m[3]}${m[5]}`}],
          note: '"…," said X. -> "…," X said.'
        }
      ];
    }
    m = QUOTE_FIRST.exec(s);
    if (m && !isPronoun(m[3]!) && REPORT_VERBS.has(m[4]!) && !m[3]!.includes(",")) {
      const end = 1 + m[1]!.length;
      return [
        {
          edits: [{start: end, end: s.length, text: `${m[2]}${q.c} ${m[4]} ${m[3]}${m[5]}`}],
          note: '"…," X said. -> "…," said X.'
        }
      ];
    }
    return [];
  }
};

const accordingTo: Transform = {
  name: "according-to",
  area: "cl",
  items: "claims",
  describe:
    "an attribution as \"According to X, …\" and back ('\"…,\" X said.' / 'X said that …' <-> 'According to X, …')",
  apply: (s) => {
    const q = marks(s);
    const as = (speaker: string) => OBJECT_PRONOUN[speaker.trim()] ?? speakerInside(speaker.replace(/,$/, ""));
    const comma = (speaker: string) => (speaker.endsWith(",") ? " " : ", ");
    let m = QUOTE_FIRST.exec(s);
    if (m && !/^told\b/.test(m[4]!) && (!m[2] || m[2] === ",") && !FIRST_PERSON.test(m[1]!)) {
      const end = 1 + m[1]!.length;
      return [
        {
          edits: [
            {start: 0, end: 1, text: `According to ${as(m[3]!)}${m[3]!.endsWith(",") ? "," : ""}${comma("")}`},
            ...lowerFirst(s, 1),
            {start: end, end: s.length, text: m[5]!}
          ],
          note: '"…," X said. -> According to X, …'
        }
      ];
    }
    m = REPORTED.exec(s);
    if (m && m[1]!.split(" ").length <= 8 && !splitReport(m)) {
      const start = s.length - m[5]!.length - m[4]!.length;
      return [
        {
          edits: [{start: 0, end: start, text: `According to ${as(m[1]!)}, `}],
          note: "X said that … -> According to X, …"
        }
      ];
    }
    m = ACCORDING.exec(s);
    if (m) {
      const start = 13 + m[1]!.length + 2;
      const speaker = m[1]!.replace(/^(him|her|them)$/, (x) => ({him: "He", her: "She", them: "They"})[x]!);
      return [
        {
          edits: [{start: 0, end: start, text: `${speakerAtStart(speaker)} said that `}],
          note: "According to X, … -> X said that …"
        }
      ];
    }
    return [];
  }
};

const reportedOrder: Transform = {
  name: "reported-order",
  area: "cl",
  items: "claims",
  describe: "reported speech with the speaker after the content and before it ('X said that …' <-> '…, X said.')",
  apply: (s) => {
    const m = REPORTED.exec(s);
    if (m && m[1]!.split(" ").length <= 8 && !/^told/.test(m[2]!) && !splitReport(m)) {
      const start = s.length - m[5]!.length - m[4]!.length;
      const end = s.length - m[5]!.length;
      const first = /^\p{L}+/u.exec(m[4]!)?.[0] ?? "";
      return [
        {
          edits: [
            {start: 0, end: start + first.length, text: cap(first)},
            {start: end, end: s.length, text: `, ${speakerInside(m[1]!)} ${m[2]}${m[5]}`}
          ],
          note: "X said that … -> …, X said."
        }
      ];
    }
    const back = new RegExp(
      `^(?!${OPEN})([^"“”]+?), ((?:(?:the|he|she|they)\\b|\\p{Lu})[^,"“”]{0,60}?) (${REPORT})([.!?])$`,
      "u"
    ).exec(s);
    if (back) {
      const end = back[1]!.length;
      const first = /^\p{L}+/u.exec(back[1]!)?.[0] ?? "";
      return [
        {
          edits: [
            {
              start: 0,
              end: first.length,
              text: `${speakerAtStart(back[2]!)} ${back[3]} that ${OPENERS.has(first) ? first.toLowerCase() : first}`
            },
            {start: end, end: s.length, text: back[4]!}
          ],
          note: "…, X said. -> X said that …"
        }
      ];
    }
    return [];
  }
};

/** Every transform, in the order the report lists them. */
export const TRANSFORMS: readonly Transform[] = [
  capital,
  government,
  authorities,
  title,
  titleCase,
  apposition,
  who,
  pronoun,
  possessive,
  dateForm,
  datePlace,
  weekday,
  relative,
  gerundNoun,
  aside,
  adverb,
  perfect,
  quoteColon,
  quoteInverted,
  accordingTo,
  reportedOrder
];

/** The transform of that name. */
export function transformNamed(name: string): Transform | undefined {
  return TRANSFORMS.find((t) => t.name === name);
}
