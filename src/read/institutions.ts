/**
 * A place name inside another name is not the place acting: an institution's ("the Astana International Forum",
 * "the Eurasian Research Institute", "Moscow State University", "the Kazakhstan Times"), a company's ("Air
 * Astana", "Astana Motors", "the Astana International Exchange") or a document's, format's or process's named after
 * where it was agreed ("the Paris Agreement", "the Minsk agreements", "the Astana format"). Used by the coder and
 * the alias gazetteer to leave such mentions out.
 *
 * @module
 */
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const THE_A_AN = words(/^(the|The|a|an)$/);

/** Head nouns of institutions and companies that are not the state itself (a ministry, a central bank or a council are). */
const HEAD =
  /^(Institutes?|Institution|Forum|University|Universities|Foundation|School|Academy|College|Club|Society|Times|Daily|Telegraph|Post|Tribune|Herald|Review|Journal|Gazette|Airport|Center|Centre|Studies|Museum|Orchestra|Theatre|Theater|Festival|Expo|Week|Games|Cup|Marathon|Olympiad|Hub|Arena|Opera|Stadium|Exchange|Airlines|Airways|Motors|Group|Holding|Holdings|Company|Corporation|Corp|Inc|Ltd|LLC|JSC|PLC)$/;
const LINK = words(/^(of|for|and|on|in|&|the)$/);
/**
 * Documents, formats and processes named after the place they were agreed in: the place is not a party. Capitalized
 * ("the Paris Agreement", "the Astana Declaration"), or a format or process in lower case ("the Astana format"), so
 * that an adjective before a common noun stays the state's ("a Russian declaration").
 */
const DOCUMENT =
  /^(Agreements?|Accords?|Protocols?|Conventions?|Declarations?|Consensus|Format|Process|Principles|Communiqu[eé]s?|format|process)$/;
/** A word before a place that makes it a company's or a team's name ("Air Astana", "Air China", "FC Astana"). */
const BEFORE = words(/^(Air|FC)$/);

/**
 * Whether a mention (words `first`..`last` of the sentence, as written) is part of another name: the words after it
 * continue it into an institution's or a company's name (a run of capitalized words, and "of", "for", "and" …,
 * that reaches a head noun such as Institute, Forum, University, Airlines or Group), "Air" or "FC" stands before
 * it, or "the <place> Agreement", "the <place> format" names a document. `first` defaults to `last` (words before the
 * mention unknown).
 */
export function insideInstitutionName(words: readonly string[], last: number, first = -1): boolean {
  if (first >= 0) {
    if (first > 0 && BEFORE.test(words[first - 1]!)) return true;
    const before = first > 0 ? words[first - 1]! : "";
    if (THE_A_AN.test(before) && DOCUMENT.test(words[last + 1] ?? "")) return true;
  }
  for (let k = last + 1; k < words.length && k <= last + 5; ++k) {
    const w = words[k]!;
    if (HEAD.test(w)) return true;
    if (k === last + 1 && !/^\p{Lu}/u.test(w)) return false;
    if (!/^\p{Lu}/u.test(w) && !LINK.test(w)) return false;
  }
  return false;
}

/** {@link insideInstitutionName} on raw text: the words after character offset `end` (and before `start`, when given). */
export function institutionAfter(text: string, end: number, start = -1): boolean {
  const after = text.slice(end, end + 120).match(/[\p{L}\p{N}&'’-]+/gu) ?? [];
  if (start < 0) return insideInstitutionName(["", ...after], 0);
  const before = text.slice(Math.max(0, start - 40), start).match(/[\p{L}\p{N}&'’-]+/gu) ?? [];
  const prev = /[\p{L}\p{N}&'’-]$/u.test(text.slice(0, start)) ? [] : before.slice(-1);
  return insideInstitutionName([...prev, "", ...after], prev.length, prev.length);
}
