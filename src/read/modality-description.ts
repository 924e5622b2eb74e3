/**
 * Standing descriptions: a participle with its by-agent that describes a noun as it stands ("a region long dominated
 * by X", "a port coveted by Y", "a strait fought over by Z") tells a state, not an act, and its agent is no side of
 * the sentence's verb. Pure: upper-case words in, a yes or no out. Split from src/read/modality.ts (review K18 of
 * session 15; no change of behaviour).
 *
 * @module
 */
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const OVER_UPON_ABOUT_ETC = words(/^(OVER|UPON|ABOUT|AFTER)$/);

/** Words that end a clause (punctuation, "but", "while", "however" …): a phrase does not run past one. */
export const CLAUSE_BREAK = new Set([";", ":", "(", ")", "BUT", "WHILE", "WHEREAS", "ALTHOUGH", "THOUGH", "HOWEVER"]);

/**
 * Adverbs of duration and degree that make a participle a standing description: "long dominated by X", "firmly
 * controlled by Y", "traditionally courted by Z".
 */
const STATE_ADVERB = words(
  /^(LONG|INCREASINGLY|LARGELY|WIDELY|HEAVILY|FORMERLY|ONCE|PREVIOUSLY|STILL|FIRMLY|TIGHTLY|TRADITIONALLY|HISTORICALLY|MOSTLY|MAINLY|PARTLY|EFFECTIVELY)$/
);
/** Auxiliaries: after one, "long supported" is the clause's own (ongoing) verb, not a noun's description. */
export const AUXILIARY = words(/^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|HAS|HAVE|HAD|'S|'VE|'D)$/);
/**
 * Participles of a standing relation of rule, rivalry, desire or regard (English): with their by-agent after a noun
 * they describe it ("a region dominated by X", "a port coveted by Y", "a strait fought over by Z"), with or without an
 * adverb, unless the phrase has a date of its own.
 */
const STANDING_PARTICIPLE = words(
  /^(DOMINATED|COVETED|COURTED|WOOED|SOUGHT|CONTESTED|DISPUTED|CLAIMED|FOUGHT|FAVOURED|FAVORED|PREFERRED|INFLUENCED|RULED|GOVERNED|OVERSHADOWED|EYED|PRIZED|VALUED|FREQUENTED|INHABITED|POPULATED|DESIRED|ADMIRED|FEARED|DISTRUSTED|RESENTED|SHUNNED|IGNORED|NEGLECTED|CONTROLLED)$/
);
/** Irregular past participles (English) that the -ed/-en test misses. */
const IRREGULAR_PARTICIPLE = words(
  /^(SOUGHT|FOUGHT|HELD|RUN|WON|BOUGHT|BUILT|LED|KEPT|MADE|SENT|SPENT|LENT|SOLD|TOLD|BROUGHT|THOUGHT|CAUGHT|TAUGHT|FELT|MET|PAID|SET|PUT|HIT|CUT|SHUT|LOST|LEFT|STRUCK|HUNG|BOUND|FOUND|GROUND|WOUND|SPUN|STUCK|UPHELD|WITHHELD|OVERSEEN|UNDERTAKEN)$/
);
/** Words of a date that make a participle's phrase an act of its own time: "once invaded by X in August 2008". */
const OWN_DATE =
  /^(\d{4}|\d{4}S|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|YESTERDAY|AGO|LAST)$/;

/**
 * The "by" of a passive participle at `p`: right after it, after a particle ("fought over by"), or after a stretch of
 * time ("dominated for decades by"); -1 when none.
 */
function byOfParticiple(upper: readonly string[], p: number): number {
  if (upper[p + 1] === "BY") return p + 1;
  if (OVER_UPON_ABOUT_ETC.test(upper[p + 1] ?? "") && upper[p + 2] === "BY") return p + 2;
  // ("dominated for decades by", "ruled for a century by", "held for two generations by": review K19 of session 15)
  if (upper[p + 1] === "FOR") {
    const q = /^(A|AN|TWO|THREE|SEVERAL|MANY|\d+)$/.test(upper[p + 2] ?? "") ? p + 3 : p + 2;
    if (
      /^(DECADE|DECADES|YEARS|CENTURY|CENTURIES|GENERATION|GENERATIONS|MONTHS|AGES|LONG)$/.test(upper[q] ?? "") &&
      upper[q + 1] === "BY"
    )
      return q + 1;
  }
  return -1;
}

/**
 * Whether the participle at `p` with its by-agent describes a noun as it stands (review K2): a participle of a
 * standing relation (STANDING_PARTICIPLE: "a region dominated by X", "a strait fought over by Y"), or any participle
 * after an adverb of duration or degree ("a market long courted by X", "firmly held by Y"); no auxiliary before
 * (then it is the clause's own verb, "has long supported", "was dominated by"), and no date of its own in the phrase
 * ("once invaded by X in August 2008" is an act of then).
 */
export function standingDescription(upper: readonly string[], p: number): boolean {
  const w = upper[p] ?? "";
  const by = byOfParticiple(upper, p);
  if (by < 0 || !(/(ED|EN)$/.test(w) || IRREGULAR_PARTICIPLE.test(w))) return false;
  const adverb = STATE_ADVERB.test(upper[p - 1] ?? "");
  if (!adverb && !STANDING_PARTICIPLE.test(w)) return false;
  if (AUXILIARY.test(upper[adverb ? p - 2 : p - 1] ?? "")) return false;
  for (let k = by + 1; k < upper.length; ++k) {
    const x = upper[k]!;
    if (/^[,;:.()]$/.test(x) || CLAUSE_BREAK.has(x)) break;
    if (OWN_DATE.test(x)) return false;
  }
  return true;
}

/**
 * Whether the actor at token `at` is the by-agent of a standing description after the verb that ends at `verbLast`,
 * and so that participle's, not the verb's object: "races to secure minerals long coveted by X and Y" (X covets). The
 * "by" is at most six words back, with no comma between. Not the agent of a participle of making, saying or owning:
 * "rejected the accusations levelled by X", "expelled diplomats accredited by X", "seized a ship owned by X" are acts
 * toward X (review K1).
 */
export function agentOfLaterParticiple(upper: readonly string[], at: number, verbLast: number): boolean {
  for (let k = at - 1; k > verbLast + 1 && k >= at - 6; --k) {
    const w = upper[k]!;
    // (a preposition of its own ends the by-phrase: "an envoy headed by the minister to Tbilisi" goes to Tbilisi)
    if (w === "," || CLAUSE_BREAK.has(w) || PHRASE_PREPOSITION.test(w)) return false;
    if (w === "BY") {
      for (const p of [k - 1, k - 2, k - 3])
        if (p > verbLast && byOfParticiple(upper, p) === k) return standingDescription(upper, p);
      return false;
    }
  }
  return false;
}
/** Prepositions that open a phrase of the verb's own after a by-phrase. */
const PHRASE_PREPOSITION = words(/^(TO|IN|INTO|WITH|FOR|FROM|ON|AT|AGAINST|OVER|VIA|TOWARD|TOWARDS|ACROSS|NEAR)$/);
