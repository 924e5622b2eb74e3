/**
 * The matches of a global pattern, in order, as `matchAll` gives them, without the copy of the pattern `matchAll`
 * makes at each call (a cost when a pattern is run on every sentence).
 *
 * @module
 */

/** Calls `fn` with each match of the global pattern `re` in `text`; `re` is used from the start, `fn` must not use it. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // (As matchAll: past an empty match, by a whole code point under the Unicode flag.)
    if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
    fn(m);
  }
}

/**
 * The matches of a global pattern, in order, as `matchAll` gives them, without its copy of the pattern: for a loop that
 * may stop early. `re` is used from the start; the loop's body must not use it.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
    yield m;
  }
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
