/**
 * Whom a verbatim record's speaker speaks for (issue 10, session 34). A parliament's or an assembly's record labels
 * each speech with the speaker's name and office ("Jane Roe, Member of the Commission. – Madam President, …"); an
 * office holder of an organisation says "we" and "I" for the organisation ("Last year we signed the agreement with
 * X"), not for the state the debate names most. The office names the organisation ("Executive Director of UNICEF",
 * "European Commissioner for Trade"), or, on the organisation's own page (its record, src/read/page-home.ts), names no
 * state ("Vice-President of the Commission"). A member who speaks "on behalf of" a group, or an office that names a
 * state ("Minister of Foreign Affairs of X"), is left to the reading of states (src/read/document.ts speakerState).
 * Pure: the sentences, the coder's mentions of a name and the page's home in.
 *
 * @module
 * @example
 * ```ts
 * sittingOffice([{text: "Jane Roe, Member of the Commission. – Madam President, we agree."}], "Jane Roe");
 * // "Member of the Commission"
 * ```
 */

/** A mention as this module needs it: the actor code and the words read as it. */
interface OfficeMention {
  code: string;
  text: string;
}

/** A party the speaker speaks for: the code and a name the coder reads as it. */
export interface OfficeBody {
  code: string;
  name: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The office in a verbatim record's label of `speaker` ("Jane Roe, Member of the Commission. – …" → "Member of the
 * Commission"), from the first sentence that opens with the label; undefined when none does.
 */
export function sittingOffice(sentences: readonly {text: string}[], speaker: string): string | undefined {
  const label = new RegExp(`^${escape(speaker.trim())},\\s+([^–—]{3,200}?)\\.(?:\\s+[–—]\\s|\\s*$)`, "u");
  for (const s of sentences) {
    const m = label.exec(s.text.trimStart());
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/** A group spoken for ("on behalf of the Renew Group"), a member's seat ("Member of the European Parliament"). */
const NOT_AN_OFFICE =
  /\bon\s+behalf\s+of\b|\b(?:rapporteur|Member\s+of\s+(?:the\s+)?(?:European\s+)?Parliament|MEP)\b/i;

/**
 * The organisation a verbatim record's office holder speaks for: the organisation the office names (`mentionsOf` the
 * office; no state among them), else, when the office names no actor at all, the page's own organisation (`home`).
 * Undefined when the office is no organisation's (a group spoken for, a state's office, an office on a page of no
 * organisation).
 */
export function officeBody(
  office: string,
  mentionsOf: (name: string) => readonly OfficeMention[],
  isState: (code: string) => boolean,
  isOrganisation: (code: string) => boolean,
  home?: OfficeBody
): OfficeBody | undefined {
  if (NOT_AN_OFFICE.test(office)) return undefined;
  const named = mentionsOf(office);
  if (named.some((m) => isState(m.code))) return undefined;
  const organisation = named.find((m) => isOrganisation(m.code));
  if (organisation) return {code: organisation.code, name: organisation.text};
  if (named.length > 0) return undefined;
  return home ? {code: home.code, name: home.name} : undefined;
}
