/**
 * The full name a page states for a short form of it: "(PAI)" in a dateline and "Polish Information Agency" above the
 * story or in its copyright line. A name is the short form's long form when the short form's letters stand in it in
 * order, the first one the name's initial (the test of Schwartz and Hearst's abbreviation finder: "PAI" in "Polish
 * Information Agency", "YDA" in "Yangi Davr Information Agency", "PNPA" in "Pakistan National Press Agency"; not "AFP"
 * in "Steppe News Service").
 *
 * @module
 */
/** Whether `long` abbreviates to `short`: each letter of the short form found in the name, right to left, in order,
 * the first at the name's start, and the name no longer than the short form allows (two words a letter, at most). */
export function abbreviates(short: string, long: string): boolean {
  const words = long.split(/\s+/).filter(Boolean);
  if (short.length < 2 || words.length < 2 || words.length > short.length * 2) return false;
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let at = l.length - 1;
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s[k]!;
    // (the first letter must open a word; the others may stand anywhere before the letter after them)
    while (at >= 0 && (l[at] !== c || (k === 0 && at > 0 && /\p{L}/u.test(l[at - 1]!)))) at--;
    if (at < 0) return false;
    if (k === 0) return at === 0;
    at--;
  }
  return false;
}

/** A line's parts set off by bars or dashes, and a copyright line's name, as candidate names. */
function namesIn(line: string): string[] {
  return line
    .replace(/(?:all rights reserved|reuse requires[^.]*)\.?/gi, "")
    .replace(/(?:©|\(c\)|copyright)\s*/gi, "")
    .replace(/\b(?:19|20)\d{2}\b/g, "")
    .split(/\s*[|•·–—]\s*|\.\s+/)
    .map((p) => p.trim().replace(/[.,;:]+$/, ""))
    .filter((p) => /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|for|de|di|del))+$/u.test(p));
}

/**
 * The long form of an acronym (two to six capitals) that the page's lines state — above the story, after it or in
 * its copyright line — as written; undefined when no line states one.
 */
export function longFormOf(short: string, lines: readonly string[]): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return undefined;
  for (const line of lines) {
    if (line.length > 160) continue;
    // (not a name that holds the short form itself: "ATR English" is the short form's edition)
    const name = namesIn(line).find((n) => abbreviates(short, n) && !n.split(/\s+/).includes(short));
    // (nor a company's legal name, "NRB – Norsk Riksbringkasting AS © 2025": the firm that owns the title, not the
    // name the page goes by; session 32)
    if (name) return LEGAL_FORM.test(name) ? undefined : name;
  }
  return undefined;
}

/**
 * A company's legal form closing its name ("… AS", "… Ltd", "… GmbH", "… S.A.", "… LLC"): the name of the firm, as its
 * copyright line registers it.
 */
const LEGAL_FORM =
  /\s(?:AS|ASA|A\/S|AB|Oy|Oyj|GmbH|AG|SE|SA|S\.A\.?|SpA|S\.p\.A\.?|SARL|BV|B\.V\.?|NV|N\.V\.?|Ltd\.?|Limited|PLC|plc|LLC|LLP|Inc\.?|Corp\.?|JSC|PJSC|OJSC|CJSC|LLP|Pty)$/u;
