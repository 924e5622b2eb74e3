/**
 * The company a call transcript is of (issue 10, session 31): a transcript service heads a call with the company's
 * name, its legal form and its ticker before the period and the call's kind ("NAC Kazatomprom JSC (KAP) FY2024
 * Operating and Trading Update Call Transcript", "Cameco Corporation (CCJ) Q4 2024 Earnings Call Transcript"). The
 * company's officers say "we" for that company; a company the pack lists is its state's (a state company:
 * Kazatomprom, KazMunayGas, KTZ), so their "we signed a contract with CGN" is that state's act, as the golds code a state
 * company's. A company the pack does not list stays no one's: no state is guessed for it. Pure: a title and a coder's
 * mentions in.
 *
 * @module
 * @example
 * ```ts
 * titleCompany("NAC Kazatomprom JSC (KAP) FY2024 Operating and Trading Update Call Transcript", mentionsOf, isState);
 * // {code: "KAZ", name: "Kazatomprom"}
 * ```
 */

/** A mention as this reader needs it: its words and the actor code. */
interface NameMention {
  text: string;
  code: string;
  agent?: string;
}

/** A call's title: "… Call Transcript", "Earnings Call", "Conference Call". */
const CALL_TITLE =
  /\b(?:[Cc]all|[Cc]onference)\b[^]*\b[Tt]ranscript\b|\b(?:[Ee]arnings|[Cc]onference|[Ii]nvestor)\s+[Cc]all\b/;
/**
 * The company's part of the title: the words before its ticker in brackets, a fiscal period ("Q4 2024", "FY2024",
 * "H1 2025") or a year.
 */
const COMPANY_PART =
  /^\s*(.+?)\s*(?:\([A-Z][A-Z0-9.:]{0,9}\)|\b(?:Q[1-4]|FY|H[12]|9M)\s*['’]?\d{2,4}\b|\b(?:19|20)\d{2}\b)/u;
/** A company's legal form and the words of its kind, which a name known without them does not hold. */
const LEGAL_FORM =
  /\b(?:JSC|PJSC|OJSC|PLC|Plc|Inc\.?|Ltd\.?|LLC|LLP|AG|SA|S\.A\.|NV|N\.V\.|Corp\.?|Corporation|Co\.|Company|Holdings?|Group)(?![\p{L}])/gu;

/**
 * The state of the company a call's title names, and the name the coder reads as it: the one state the company's part
 * of the title names (without its legal form); undefined for a title of no call, a company the coder does not know, or
 * two states named.
 */
export function titleCompany(
  title: string | undefined,
  mentionsOf: (name: string) => readonly NameMention[],
  isState: (code: string) => boolean
): {code: string; name: string} | undefined {
  if (!title || !CALL_TITLE.test(title)) return undefined;
  const part = COMPANY_PART.exec(title)?.[1];
  if (!part) return undefined;
  const named = mentionsOf(part.replace(LEGAL_FORM, " ").replace(/\s+/g, " ").trim()).filter(
    (m) => isState(m.code) && !(m.agent && m.agent === m.code)
  );
  const codes = new Set(named.map((m) => m.code));
  return codes.size === 1 ? {code: named[0]!.code, name: named[0]!.text} : undefined;
}
