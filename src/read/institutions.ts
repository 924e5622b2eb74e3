/**
 * A place name inside an institution's name is not the place acting: "the Astana International Forum", "the
 * Eurasian Research Institute", "Moscow State University", "the Kazakhstan Times". Used by the coder and the
 * alias gazetteer to leave such mentions out.
 *
 * @module
 */

/** Head nouns of institutions that are not the state itself (a ministry, a central bank or a council are). */
const HEAD =
  /^(Institutes?|Institution|Forum|University|Universities|Foundation|School|Academy|College|Club|Society|Times|Post|Tribune|Herald|Review|Journal|Gazette|Airport|Center|Centre|Studies|Museum|Orchestra|Theatre|Theater|Festival|Expo|Marathon|Olympiad)$/;
const LINK = /^(of|for|and|on|in|&|the)$/;

/**
 * Whether the words after a mention continue it into an institution's name: a run of capitalized words (and
 * "of", "for", "and" …) that reaches a head noun such as Institute, Forum or University. `words` are the
 * sentence's words as written; the mention ends at `last`.
 */
export function insideInstitutionName(words: readonly string[], last: number): boolean {
  for (let k = last + 1; k < words.length && k <= last + 5; ++k) {
    const w = words[k]!;
    if (HEAD.test(w)) return true;
    if (k === last + 1 && !/^\p{Lu}/u.test(w)) return false;
    if (!/^\p{Lu}/u.test(w) && !LINK.test(w)) return false;
  }
  return false;
}

/** {@link insideInstitutionName} on raw text: the words after character offset `end`. */
export function institutionAfter(text: string, end: number): boolean {
  const words = text.slice(end, end + 120).match(/[\p{L}\p{N}&'’-]+/gu) ?? [];
  return insideInstitutionName(["", ...words], 0);
}
