/**
 * Patterns made per name, read without making them. A rule that looks for a name the text gave it (a speaker, a body,
 * a surname) wrote `new RegExp(`${before}${escaped name}${after}`)`: one pattern per name and document, each parsed
 * and compiled to machine code at its first use — in a warm batch of news articles some 800 distinct patterns a pass
 * of 140 articles, ~7% of the reading (most of it their Unicode property classes). The name is a literal, so such a
 * pattern matches where the text writes the name, with `before` true there and `after` matching right after it:
 * {@link literalMatch} finds that with `indexOf` and two patterns made once, and gives the same match.
 *
 * `before` is a sticky pattern of lookbehinds only (it consumes nothing and captures nothing); `after` a sticky
 * pattern, whose groups are the whole pattern's groups. Neither is case-insensitive (`indexOf` is not). A name that is
 * empty or holds a surrogate is read with the whole pattern made as the rule made it (under the u flag no match starts
 * inside a character, which `indexOf` does not know).
 *
 * @module
 */

/** A match of name and `after`: where it starts and ends, and `after`'s groups (index 0: what `after` matched). */
export interface LiteralMatch {
  index: number;
  end: number;
  groups: RegExpExecArray;
}

/** No letter before a name, and none after it: a name as a whole word (the sticky `before` and `after`). */
export const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;
export const NO_LETTER_AFTER = /(?![\p{L}])/uy;

/** The characters a pattern's syntax gives a meaning (escaped in a name). */
const SYNTAX = /[.*+?^${}()|[\]\\]/g;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The first match at or after `from` of `before`, the literal `name` and `after` in `text`: what
 * `new RegExp(before.source + escaped name + after.source, flags)` with `lastIndex` at `from` (a global pattern's)
 * finds, or undefined.
 */
export function literalMatch(
  text: string,
  name: string,
  after: RegExp,
  before?: RegExp,
  from = 0
): LiteralMatch | undefined {
  if (name === "" || SURROGATE.test(name)) {
    const flags = after.flags.replace("y", "") + (after.global ? "" : "g");
    const re = new RegExp(`${before?.source ?? ""}${name.replace(SYNTAX, "\\$&")}${after.source}`, flags);
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return undefined;
    const groups = m.slice() as unknown as RegExpExecArray;
    groups[0] = m[0].slice(name.length);
    return {index: m.index, end: m.index + m[0].length, groups};
  }
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (before) {
      before.lastIndex = at;
      if (!before.test(text)) continue;
    }
    after.lastIndex = at + name.length;
    const m = after.exec(text);
    if (m) return {index: at, end: at + name.length + m[0].length, groups: m};
  }
  return undefined;
}
