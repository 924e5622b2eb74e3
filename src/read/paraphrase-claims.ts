/**
 * Paraphrase transforms of attribution (area cl): a quotation's speaker after, before and inverted, "According
 * to X, …", and reported speech with the speaker first or last.
 *
 * @module
 */
import {AUXILIARIES, REPORT_VERBS} from "./paraphrase-lexicon.js";
import {type Edit, type Transform, cap, lower1, OPENERS, isPast, PEOPLE_NOUNS} from "./paraphrase-grammar.js";

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

export const quoteColon: Transform = {
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

export const quoteInverted: Transform = {
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

export const accordingTo: Transform = {
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

export const reportedOrder: Transform = {
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
