/**
 * Paraphrase transforms of actors (area ac): a state as its capital or its government, titles before names
 * and their case, appositions with and without an article or "who is", and pronouns for a subject or a
 * possessor named in the sentence before.
 *
 * @module
 */
import {AUXILIARIES, TITLE_HEADS} from "./paraphrase-lexicon.js";
import {
  type Edit,
  type Variant,
  type Transform,
  applyEdits,
  wordsOf,
  isCap,
  cap,
  lower1,
  bare,
  STATE_WORDS,
  stateSites,
  capitalSites,
  startCase,
  titleWord,
  isName,
  titleRuns,
  titlesInDocument,
  verbGroup,
  openingName,
  pronounFor,
  isPast
} from "./paraphrase-grammar.js";
import {matchesOf} from "./each-match.js";
import {words} from "./word-set.js";

export const capital: Transform = {
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

/** Words that may follow a state standing alone: a verb, a preposition, a conjunction, a relative. */
const AFTER_ALONE = words(
  /^(and|or|but|nor|to|in|on|at|for|with|from|by|of|over|into|about|against|as|than|that|which|who|whose)$/
);

/**
 * The states that can be their government: not a recipient before the thing it receives ("granting Belarus full
 * membership", a double object: the state's membership is not its government's).
 */
function governable(sentence: string) {
  return stateSites(sentence).filter((s) => {
    const w = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(sentence.slice(s.end))?.[1];
    return !w || AUXILIARIES.has(w) || isPast(w) || AFTER_ALONE.test(w) || /[^s]s$/.test(w);
  });
}

export const government: Transform = {
  name: "government",
  area: "ac",
  items: "both",
  describe: 'a state named as an actor -> "the <adjective> government"',
  apply: (sentence) =>
    governable(sentence).map((s) => {
      const text = startCase(sentence, `the ${s.state.adjective} government`, s.start);
      return {edits: [{start: s.start, end: s.end, text}], note: `${sentence.slice(s.start, s.end)} -> ${text}`};
    })
};

/** A singular verb right after a subject, with its plural form. */
const PLURAL_OF: Record<string, string> = {has: "have", is: "are", was: "were", does: "do"};

export const authorities: Transform = {
  name: "authorities",
  area: "ac",
  items: "both",
  describe: 'a state named as an actor -> "<adjective> authorities" (with the verb made plural)',
  apply: (sentence) =>
    governable(sentence).flatMap((s) => {
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

export const titleCase: Transform = {
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

export const title: Transform = {
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
  for (const m of [...matchesOf(APPOSITION, sentence)]) {
    const t = m[3]!.split(" ");
    if (!t.every(titleWord) || !TITLE_HEADS.has(t[t.length - 1]!.toLowerCase())) continue;
    // An apposition closes with a comma or the sentence's end, with no verb of its own: a comma that ends a
    // fronted phrase before the subject ("At the invitation of X, President of Y Z paid …") opens none.
    const rest = sentence.slice(m.index + m[0].length);
    const inside = rest.slice(0, rest.includes(",") ? rest.indexOf(",") : rest.length);
    if (wordsOf(inside).some((w) => AUXILIARIES.has(w.text) || isPast(w.text))) continue;
    out.push({m, who: m[1], article: m[2], title: m[3]!, at: m.index + 2});
  }
  return out;
}

export const apposition: Transform = {
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

export const who: Transform = {
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

export const pronoun: Transform = {
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

export const possessive: Transform = {
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
