/**
 * Paraphrase transforms of dates, clauses and verb groups (area ev): a date's form, place and weekday, an act
 * after "after" as a gerund or a noun, an aside or an adverb before the verb, the simple past and the present
 * perfect, and relative clauses with ", which" and "that".
 *
 * @module
 */
import {AUXILIARIES, IRREGULAR_PAST, MONTHS, REPORT_VERBS, WEEKDAYS} from "./paraphrase-lexicon.js";
import {
  type Edit,
  type Variant,
  type Transform,
  isCap,
  isLower,
  cap,
  lower1,
  OPENERS,
  NOT_A_SUBJECT,
  MONTH_NAMES,
  DATE_PHRASE,
  DATE_INSIDE,
  DATE_FRONT,
  CLAUSE_OPENER,
  isPast,
  PARTICIPLE_TO_PAST,
  verbGroup
} from "./paraphrase-grammar.js";
import {matchesOf} from "./each-match.js";
import {words} from "./word-set.js";

// Dates

const DAY_MONTH = new RegExp(`\\b([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)? (${MONTHS})(?: (\\d{4}))?\\b`, "gu");

const MONTH_DAY = new RegExp(
  `\\b(${MONTHS}) ([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:, (\\d{4}))?(?![\\p{N}–—-])\\b`,
  "gu"
);

export const dateForm: Transform = {
  name: "date-form",
  area: "ev",
  items: "events",
  describe: 'a date\'s order ("3 May 2024" <-> "May 3, 2024")',
  apply: (sentence) => {
    const out: Variant[] = [];
    for (const m of [...matchesOf(DAY_MONTH, sentence)]) {
      if (/(\d\s*(and|to|[-–—])\s*)$/.test(sentence.slice(0, m.index))) continue;
      const comma = m[3] && /^ \p{L}/u.test(sentence.slice(m.index + m[0].length)) ? "," : "";
      const text = `${m[2]} ${m[1]}${m[3] ? `, ${m[3]}${comma}` : ""}`;
      out.push({edits: [{start: m.index, end: m.index + m[0].length, text}], note: `${m[0]} -> ${text}`});
    }
    for (const m of [...matchesOf(MONTH_DAY, sentence)]) {
      const text = `${m[2]} ${m[1]}${m[3] ? ` ${m[3]}` : ""}`;
      out.push({edits: [{start: m.index, end: m.index + m[0].length, text}], note: `${m[0]} -> ${text}`});
    }
    return out;
  }
};

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (UTC). */
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

export const weekday: Transform = {
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

export const datePlace: Transform = {
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
    for (const m of [...matchesOf(DATE_INSIDE, sentence)]) {
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

/** An act after "after/before/following" as a gerund and as an event noun, both ways. */
const GERUND_NOUN: readonly [string, string][] = [
  ["meeting", "a meeting with"],
  ["visiting", "a visit to"],
  ["holding talks with", "talks with"],
  ["signing", "the signing of"],
  ["talking to", "a conversation with"],
  ["phoning", "a telephone call with"]
];

export const gerundNoun: Transform = {
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

export const aside: Transform = {
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

export const adverb: Transform = {
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

export const perfect: Transform = {
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

// Relative clauses

/** Words before "that" that make it a complementiser, not a relative pronoun. */
const TAKES_CLAUSE = words(
  /^(so|such|now|given|than|and|but|or|provided|assuming|also|said|says|noted|added|stated|agreed|announced|reported|confirmed|stressed|believes|believed|hoped|hopes|expects|expected|ensure|ensured|warned|argued|insisted)$/
);

const QUANTIFIED = /\b(one|few|any|every|all|no|only|first|last|many|some|most|each|those|such|\p{Ll}+est)\b[^,;]*$/u;

export const relative: Transform = {
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
