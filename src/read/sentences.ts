/**
 * Splits a body into sentences with character offsets. Knows abbreviations ("Prof.", "Gen.",
 * "U.S.", "e.g."), initials ("J. Smith"), decimals, and quotes that close after the full stop.
 * Paragraph breaks (a blank line) always end a sentence.
 *
 * @module
 * @example
 * ```ts
 * splitSentences("Prof. Smith left. He said “No.” Then he went to the U.S. Embassy.");
 * // [{index: 0, start: 0, end: 17, text: "Prof. Smith left."}, {…"He said “No.”"}, …]
 * ```
 */

/** A sentence of a text: offsets into that text. */
export interface TextSentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Words that take a full stop without ending a sentence (compared case-insensitively, without the stop). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "mx",
  "st",
  "sr",
  "jr",
  "gen",
  "col",
  "lt",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "cmdr",
  "sen",
  "sens",
  "rep",
  "reps",
  "gov",
  "pres",
  "amb",
  "rev",
  "hon",
  "messrs",
  "mme",
  "mlle",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "cf",
  "al",
  "approx",
  "no",
  "nos",
  "vol",
  "pp",
  "p",
  "fig",
  "ed",
  "eds",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "univ",
  "assn",
  "est",
  "min",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "ave",
  "blvd",
  "rd",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "u.s.a",
  "u.a.e",
  "d.c",
  "a.m",
  "p.m",
  "ph.d",
  "b.a",
  "m.a"
]);

/** Abbreviations that often end a sentence too: they end one when a capitalized word follows that is not a name. */
const MAY_END = new Set([
  "etc",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "u.s.a",
  "u.a.e",
  "d.c",
  "a.m",
  "p.m",
  "inc",
  "ltd",
  "co",
  "corp"
]);
const STARTERS = new Set([
  "The",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "In",
  "On",
  "At",
  "But",
  "And",
  "However",
  "Meanwhile",
  "A",
  "An",
  "As",
  "If",
  "Its",
  "Their",
  "His",
  "Her",
  "Our",
  "There"
]);

/** A place in capitals, with a date or a /wire/ after it, that opens a paragraph. */
const DATELINE_HEAD =
  /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?(?:\.\s*(?:\/[^/\n]{2,30}\/|\d{1,2}[./]\d{1,2}[./]\d{2,4}))?$/u;
/** What follows a dateline's stop: an agency in capitals, a /wire/, a date. */
const DATELINE_NEXT = /^(?:\p{Lu}{2,}[\p{Lu}\d.-]*|\/[^/\s]{2,30}\/\.?|\d{1,2}[./]\d{1,2}[./]\d{2,4}\.?)$/u;

/** Splits `text` into sentences. Offsets are into `text`; each sentence is trimmed. */
export function splitSentences(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({index: out.length, start: start + lead, end: start + lead + t.length, text: t});
    start = end;
  };
  // Candidate boundaries: terminal punctuation (with closing quotes/brackets, and footnote markers such as "[3]",
  // "¹" or, after a word's full stop, a bare "3" glued after it: "… the port in Iran.2 The …") followed by space, or a
  // blank line.
  const re =
    /([.!?…]+)(["”’»)\]]*(?:\[\d{1,3}\]|[\u00B9\u00B2\u00B3\u2070-\u2079]+|(?<=[a-z”’")][.!?])\d{1,2}(?=\s+["“‘'«(]*[A-Z]|\s*$))*)(?=\s)|\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0][0] === "\n") {
      push(m.index);
      continue;
    }
    const end = m.index + m[0].length;
    if (!isBoundary(text, m.index, m[1]!, m[2]!, end)) continue;
    push(end);
  }
  push(text.length);
  return out;
}

function isBoundary(text: string, at: number, punct: string, closers: string, end: number): boolean {
  const after = /^\s+(\S+)/.exec(text.slice(end, end + 40));
  const next = after?.[1] ?? "";
  if (!next) return true;
  // A sentence starts with an upper-case letter, a digit, a quote, a bracket or a dash.
  const nextStartsSentence = /^["“‘'«(\[–—-]*[\p{Lu}\d]/u.test(next);
  if (!nextStartsSentence) return false;
  if (punct !== ".") return true;
  if (closers) return true;
  // A dateline opening a paragraph: "ASTANA. KAZINFORM – …", "MOSCOW, April 12. /TASS/. …", "BISHKEK. 12.03.2024. …".
  const para = text.lastIndexOf("\n", at) + 1;
  if (at - para <= 40) {
    const head = text.slice(para, at);
    if (DATELINE_HEAD.test(head) && (/(?:\/|\d)$/.test(head) || DATELINE_NEXT.test(next))) return false;
  }
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? "";
  const bare = word.replace(/^\.+/, "").toLowerCase();
  // Initials: one capital letter ("J. Smith"), or dotted letters ("U.S.", "e.g.").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (ABBREVIATIONS.has(bare)) {
    // "No. 5" numbers; "No. Russia remains …" answers.
    if (bare === "no") return word === "No" && (/\p{Ll}/u.test(next) || STARTERS.has(next.replace(/^["“‘'«(]+/, "")));
    if (!MAY_END.has(bare)) return false;
    const w = next.replace(/^["“‘'«(]+/, "");
    return STARTERS.has(w);
  }
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return STARTERS.has(next.replace(/^["“‘'«(]+/, ""));
  return true;
}
