/**
 * Writers' names as bylines give them: honorifics left out and capitals set in running case ("Dr JANE ROE" → "Jane
 * Roe"), and an agency's byline opening a story's lead ("Steppe Post news agency, Taraz, Jane Roe. …").
 *
 * @module
 */
import {isOrganisation, isPersonName, isPublisherName} from "./byline.js";

/** A word that makes a name a medium's: "… News Agency", "… Times", "… Broadcasting". */
export const MEDIA_NAME =
  /\b(?:News|Agency|Ajans[ıi]|Press|Times|Post|Radio|Television|TV|Media|Journal|Herald|Gazette|Service|Broadcasting|Daily|Weekly|Tribune|Telegraph|Wire|Channel|Monitor|Review|Observer)\b/u;

/**
 * Honorifics before a person's name, as bylines write them ("Hon Todd McClay", "The Rt Hon Jane Roe": a minister's style
 * in the Westminster parliaments, session 29).
 */
export const HONORIFIC = String.raw`(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|DR|PROF|MR|MRS|MS|Hon|Honourable|Honorable|Rt|The(?=\s+(?:Rt|Hon)\b))\.?`;
const HONORIFIC_HEAD = new RegExp(String.raw`^(?:${HONORIFIC}\s+)+`, "u");

/**
 * A writer's name as the gold and the reader's other outputs write names: honorifics left out ("Dr Jane Roe", "Prof.
 * Jane Roe" → "Jane Roe") and capitals set in title case ("JANE ROE and JOHN O'DOE" → "Jane Roe and John O'Doe"). An
 * organisation's name ("PTI", "Bureau of … Affairs") is kept as written.
 */
export function personName(raw: string): string {
  const parts = raw.split(/(\s*,\s*|\s+(?:and|&)\s+)/);
  // Each name without its honorifics, a word in capitals set in running case ("Jane ROE" → "Jane Roe"); a name of one
  // word ("PTI") stays as written.
  const names = parts.map((n, k) => {
    if (k % 2 === 1) return n;
    const bare = n.replace(HONORIFIC_HEAD, "");
    if (!/\s/.test(bare)) return bare;
    return bare
      .split(/(\s+)/)
      .map((w) => (/^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}+(?:['’-]\p{Lu}+)*$/u.test(w) ? titleWord(w) : w))
      .join("");
  });
  return names.every((n, k) => k % 2 === 1 || isPersonName(n)) ? names.join("") : raw;
}

/** "ROE" → "Roe", "O'DOE" → "O'Doe", "ABU-BAKR" → "Abu-Bakr". */
function titleWord(w: string): string {
  return w.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_m, a: string, c: string) => a + c.toUpperCase());
}

/**
 * "Steppe Post news agency, Taraz, Jane Roe. The ministry …", "Taraz, Jane Roe, Steppe Post. …": a lead that opens
 * with the agency's byline, its parts set apart by commas before the first full stop: one person's name, an
 * organisation's name, and at most one place (a name of one or two words). Undefined for an ordinary first sentence.
 */
export function leadByline(paragraph: string): {author: string; publisher?: string} | undefined {
  const m = /^((?:[^.!?]|\.(?=[\p{Ll}\d])){3,120}?)\.\s+(?=["“«]?\p{Lu})/u.exec(paragraph);
  if (!m) return undefined;
  const parts = m[1]!.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return undefined;
  let author: string | undefined;
  let publisher: string | undefined;
  let places = 0;
  for (const p of parts) {
    const name = p.replace(HONORIFIC_HEAD, "");
    if (isPersonName(name) && author === undefined) author = name;
    else if (
      (isPublisherName(p) || (isOrganisation(p) && !/^\p{Lu}\p{Ll}+$/u.test(p))) &&
      /^\p{Lu}/u.test(p) &&
      publisher === undefined &&
      p.split(/\s+/).length <= 6
    )
      publisher = p;
    else if (/^\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?$/u.test(p)) places++;
    else return undefined;
  }
  // (the agency's form has all three: "Vladimir Roe, TASS." is a photo credit, "Jane Roe, Foreign Ministry." an
  // official and the office)
  if (!author || !publisher || places !== 1 || !isMediumName(publisher)) return undefined;
  // ("Zhibek.kg news agency": the name without its description)
  const bare = publisher.replace(
    /\s+(?:\p{Ll}[\p{L}-]*\s+)*(?:news agency|agency|news service|information agency|newspaper)$/u,
    ""
  );
  return {author, publisher: /^\p{Lu}/u.test(bare) && bare !== "" ? bare : publisher};
}

/** A medium's name: a wire's, a domain, or one with a medium's word ("… news agency", "… Times"). */
function isMediumName(name: string): boolean {
  return isPublisherName(name) || MEDIA_NAME.test(name) || /\bnews\b|\bagency\b/i.test(name);
}
