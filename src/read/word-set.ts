/**
 * A list of whole words tested against one token, written as the pattern it replaces (`/^(SAID|SAYS|TOLD)$/`) and
 * answered by a set. The reader tests its tokens against such lists at nearly every token of every sentence (the
 * seeds: a few thousand tests of each list a pass, a few hundred thousand of all); a pattern's test costs the engine's
 * call (about 160 instructions, docs/benchmarks.md, session 26) and a new pattern object where it is written inside a
 * function, a set's lookup a hash of a string it keeps (session 27). The pattern must be an anchored alternation of
 * literal words without flags (`^(A|B)$` or `^(?:A|B)$`; a word may hold an escaped character, `\.`, or a class of
 * single characters, `["“(]`): such a pattern matches a text exactly when the text is one of the words, so the set
 * answers as it did. Anything else is refused where it is written (at the module's loading), never answered otherwise.
 *
 * @module
 */

/** What the reader asks of a word list: whether a token is one of its words (a pattern's `test`, same answer). */
export interface WordTest {
  test(word: string): boolean;
}

/** Characters with a meaning of their own in a pattern (outside a class). */
const SYNTAX = "()[]{}*+?.^$|\\";

/** The words a literal alternative stands for (a class of single characters gives one word per character). */
function expand(alternative: string, source: string): string[] {
  let words = [""];
  for (let i = 0; i < alternative.length; ++i) {
    const c = alternative[i]!;
    if (c === "\\") {
      const next = alternative[++i];
      if (next === undefined || !SYNTAX.includes(next))
        throw new Error(`words(): /${source}/ has an escape of its own`);
      words = words.map((w) => w + next);
    } else if (c === "[") {
      const end = alternative.indexOf("]", i);
      const chars = end < 0 ? "" : alternative.slice(i + 1, end);
      if (chars === "" || /[\\\]^-]/.test(chars)) throw new Error(`words(): /${source}/ has a class of its own`);
      words = words.flatMap((w) => [...chars].map((ch) => w + ch));
      i = end;
    } else if (SYNTAX.includes(c)) throw new Error(`words(): /${source}/ is not a list of words`);
    else words = words.map((w) => w + c);
  }
  return words;
}

/**
 * The word list of `re` (an anchored alternation of literal words, no flags: see the module's note), answering `test`
 * as `re.test` does for any string.
 */
export function words(re: RegExp): WordTest {
  const body = /^\^\((?:\?:)?(.*)\)\$$/.exec(re.source);
  if (!body || re.flags !== "") throw new Error(`words(): /${re.source}/${re.flags} is not a list of words`);
  const set = new Set(body[1]!.split("|").flatMap((alternative) => expand(alternative, re.source)));
  return {test: (word) => set.has(word)};
}
