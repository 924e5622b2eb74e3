/**
 * "The Commission" in prose about the European Union (issue 10, session 31): English writing on the EU names its
 * executive, the European Commission, by "the Commission" alone, and its head by "the Commission President" ("the
 * Commission announced a €12 billion Global Gateway package", "The Commission President announced …"), the way it names
 * "the Kremlin" or "Brussels". On a page that has named the EU, such a bare "the Commission" is the European
 * Commission; on a page that names another commission by name ("the Intergovernmental Commission", "the Eurasian
 * Economic Commission", "the Commission for Human Rights", "the British High Commission") it is no one's to guess. A
 * rule of the language's usage, not of one page. Pure: text in, spans and a copy out.
 *
 * @module
 * @example
 * ```ts
 * commissionSpans("The Commission announced a package."); // [{at: 0, length: 14}]
 * commissionCopy("The Commission announced a package.")?.text; // "The EU         announced a package."
 * ```
 */

/**
 * "the Commission", "the Commission President" (its head, no name after it): not "the Commission of X" or "for X" (a
 * commission named by what it is of), not a name after the title ("Commission President Ursula von der Leyen": the
 * name says who), not a possessive ("the Commission's own count" names no one who acts).
 */
const BARE_COMMISSION =
  /(?<![\p{L}-])([Tt]he)\s+Commission(?:\s+(?:President|president|Vice-President|vice-president|chief))?(?![\p{L}'’-])(?!\s+(?:of|for)\b)(?!\s+\p{Lu}\p{Ll})/gu;
/**
 * Another commission named by name on the page: capitalised words before "Commission" other than the EU's own
 * ("European", "EU") and a sentence's determiner ("The Commission"), or "Commission of/for/on" a capitalised name.
 */
const OTHER_COMMISSION =
  /(?<![\p{L}-])(?!(?:European|EU|The|This|That|A|An|Its|Each|Every|Brussels)\b)\p{Lu}[\p{L}-]*\s+Commission(?![\p{L}-])|(?<![\p{L}-])Commission\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u;

/** Whether a page's text names a commission other than the European Commission (see {@link OTHER_COMMISSION}). */
export function namesOtherCommission(text: string): boolean {
  return text.includes("Commission") && OTHER_COMMISSION.test(text);
}

/** Each bare "the Commission" in a sentence (see {@link BARE_COMMISSION}), as a span of the sentence. */
export function commissionSpans(text: string): {at: number; length: number}[] {
  if (!text.includes("Commission")) return [];
  const out: {at: number; length: number}[] = [];
  BARE_COMMISSION.lastIndex = 0;
  for (let m = BARE_COMMISSION.exec(text); m; m = BARE_COMMISSION.exec(text))
    out.push({at: m.index, length: m[0].length});
  return out;
}

/**
 * The sentence for the coder with each bare "the Commission" written "the EU", padded with spaces to its length (the
 * offsets of every other word stay the sentence's), and the spans replaced; undefined when there is none.
 */
export function commissionCopy(text: string): {text: string; spans: {at: number; length: number}[]} | undefined {
  const spans = commissionSpans(text);
  if (spans.length === 0) return undefined;
  let out = "";
  let from = 0;
  for (const o of spans) {
    out += text.slice(from, o.at) + `${text.slice(o.at, o.at + 3)} EU`.padEnd(o.length, " ");
    from = o.at + o.length;
  }
  return {text: out + text.slice(from), spans};
}
