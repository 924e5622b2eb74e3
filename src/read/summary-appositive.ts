/**
 * A noun phrase set off by a comma after a clause that sums the clause up or comments on it (issue 10, session 20):
 * "… signed a declaration in Tashkent today, the first such document between the Czech Republic and a Central Asian
 * country"; "… signed a memorandum on methane emissions, a reminder that Iran is one option among several". It names
 * what the act was or meant; its names are no side of the act, and the clause ends at its comma.
 *
 * @module
 */
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const A_AN_THE_ETC = words(/^(A|AN|THE|ANOTHER)$/);

/** What may follow the summary's head noun: its complement or relative clause, a preposition, or its end. */
const AFTER_HEAD = words(/^(THAT|WHICH|WHO|BETWEEN|OF|FOR|WITH|IN|TO|SINCE|ON|FROM|AMONG|,|\.|;)$/);

/** Words a summary's head may have before it after the determiner: "the first such", "a rare", "another big". */
const BEFORE_HEAD = words(/^(JJ|JJS|JJR|CD|RB|VBN|VBG|NN)$/);

/**
 * The comma that opens a summary of the clause of the verb ending at `verbLast`, looked for up to `clauseEnd`, or
 * undefined: a comma at least two words after the verb, then "a", "an", "the" or "another", at most three modifiers and
 * a common noun that is no actor or agent (`named` tells the words inside actor groups: "the Russian president" is
 * the object restated, not a summary), then its complement, a preposition or the clause's end.
 */
export function summaryAfter(
  upper: readonly string[],
  tags: readonly string[],
  verbLast: number,
  clauseEnd: number,
  named: (i: number) => boolean
): number | undefined {
  for (let c = verbLast + 2; c < clauseEnd; ++c) {
    if (upper[c] !== "," || !A_AN_THE_ETC.test(upper[c + 1] ?? "")) continue;
    for (let h = c + 2; h <= c + 5 && h <= clauseEnd + 1; ++h) {
      if (named(h)) break;
      if (/^NNS?$/.test(tags[h] ?? "") && AFTER_HEAD.test(upper[h + 1] ?? ".")) return c;
      if (!BEFORE_HEAD.test(tags[h] ?? "")) break;
    }
  }
  return undefined;
}
