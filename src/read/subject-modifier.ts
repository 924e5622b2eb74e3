/**
 * A clause's subject and the non-restrictive modifier set off by commas between it and its verb (issue 10, session
 * 20): a relative clause ("Xi, who arrived in the Kazakh capital on Monday, announced …"; "Japarov, whose country's
 * banks were hit by US sanctions in January, was due to hold talks …") or a participle's clause ("Sikorski, visiting
 * Kazakhstan on behalf of the presidency, on Wednesday urged …"). English puts what describes the subject there; the
 * verb after the second comma is the subject's act, never an act of a name inside the modifier.
 *
 * @module
 */
import {words} from "./word-set.js";

/**
 * What may stand between a modifier's closing comma and the verb it precedes: the verb group ("was due to hold",
 * "is expected to sign", "has also"), adverbs, and a short time ("on Wednesday", "last week", "in March"); any word
 * the tagger reads as a verb, an adverb or an adjective counts too.
 */
const LEAD =
  /^(HAVE|HAS|HAD|WILL|WOULD|SHALL|CAN|COULD|MAY|MIGHT|MUST|SHOULD|IS|ARE|WAS|WERE|BE|BEEN|TO|DUE|EXPECTED|SET|SCHEDULED|SUPPOSED|ABOUT|GOING|ALSO|THEN|LATER|EARLIER|JOINTLY|ALREADY|RECENTLY|FINALLY|FORMALLY|REPORTEDLY|NOW|ON|IN|AT|LAST|THIS|NEXT|WEEK|MONTH|YEAR|TODAY|YESTERDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|\d{1,4}(ST|ND|RD|TH)?)$/;

/** Words that open a non-restrictive relative clause after a noun ("where" and "when" name a place or a time). */
const RELATIVE = words(/^(WHO|WHOSE|WHICH|WHOM)$/);

/** Marks no modifier runs across. */
const BREAK = /^[;:()"“”]$/;

/** How many words a modifier may hold. */
const LONGEST = 40;

/**
 * The non-restrictive modifier between a clause's subject and the verb at `verbAt`, as the indices of its opening and
 * closing commas, or undefined: a comma right before the verb (past its verb group, adverbs and a short time), the
 * comma before that opening a relative clause ("who", "whose", "which") or a participle's ("visiting", "backed by"),
 * and a noun right before the opening comma (the subject's head: "Xi", "the prime minister").
 */
export function modifierBefore(
  upper: readonly string[],
  tags: readonly string[],
  verbAt: number
): [number, number] | undefined {
  let v = verbAt;
  // (a light verb and its adjective before the coded word count as the verb group: "was due to hold separate talks")
  for (
    let n = 0;
    n < 8 && v > 0 && (LEAD.test(upper[v - 1]!) || /^(RB|MD|VB[DZPNG]?|JJ)$/.test(tags[v - 1] ?? ""));
    ++n
  )
    --v;
  const close = v - 1;
  if (upper[close] !== ",") return undefined;
  let open = -1;
  for (let j = close - 2; j >= Math.max(1, close - LONGEST); --j) {
    if (BREAK.test(upper[j]!)) return undefined;
    if (upper[j] === ",") {
      open = j;
      break;
    }
  }
  if (open < 1) return undefined;
  const opener = upper[open + 1] ?? "";
  if (!RELATIVE.test(opener) && !/^VB[GN]$/.test(tags[open + 1] ?? "")) return undefined;
  if (!/^NN/.test(tags[open - 1] ?? "")) return undefined;
  return [open, close];
}
