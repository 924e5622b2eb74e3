/**
 * Verbs whose act the sentence does not tell as done by the side it names (issue 10's false events, session 27):
 *
 * - a verb coordinated under a modal or an infinitive takes that verb's mood: "Spain should open an embassy in
 *   Tashkent, appoint an envoy and invite Tokayev" advises all three, as "should" is read before "open" alone;
 * - a subject denied by "no": "no Spanish prime minister has ever made an official visit to the region" (English's
 *   negative determiner; "none", "nobody", "no one" are read in src/read/modality.ts deniedSubject);
 * - a passive participle after its noun, a reduced relative: "two of the partner countries invited to the summit" are
 *   the invitees, not the inviters (a verb of these always takes its object, so "X invited to" cannot be active);
 * - a reaction told in the passive with "as": "the announcement was greeted in Tbilisi as a victory", "the deal was
 *   hailed as a breakthrough" — how a thing was taken, by no side named;
 * - a trade figure: "Kazakhstan exported about $2.6 billion worth of metals to China last year" is a total of
 *   trade, not a shipment (an amount of money as what was exported or imported);
 * - a chance named by a copula: "the project remains Pakistan's best opportunity to give Central Asian states access
 *   to the sea" is an assessment of what could be done (src/read/modality-ability.ts reads the chance one holds,
 *   "has the opportunity to").
 *
 * Pure: upper-case words and Penn tags in, a yes or no out; read by src/read/modality.ts's notAnEvent.
 *
 * @module
 */
import {CLAUSE_BREAK} from "./modality-description.js";
import {words} from "./word-set.js";

/** Bare verb tags: the base form (VB) and the present that shares its spelling (VBP). */
const BARE = /^VBP?$/;
/** Tags of a finite or participle verb that opens a clause of its own, ending a coordination of bare verbs. */
const OTHER_VERB = words(/^(VBD|VBZ|VBN|MD)$/);

/**
 * The head of a coordination of bare verbs the verb at `first` closes: "should open X, appoint Y, and invite Z" —
 * for "appoint" or "invite" the index of "open", the first bare verb after a modal or "to" with only bare verbs, their
 * objects and the coordinators between. -1 when the verb is not coordinated so.
 */
export function coordinatedHead(upper: readonly string[], tags: readonly string[], first: number): number {
  if (!BARE.test(tags[first] ?? "")) return -1;
  const before = upper[first - 1] ?? "";
  // (", appoint", "and invite", ", and invite", "or invite")
  if (!(before === "," || before === "AND" || before === "OR")) return -1;
  for (let k = first - 2; k >= Math.max(0, first - 30); --k) {
    const w = upper[k]!;
    if (CLAUSE_BREAK.has(w) && w !== ",") return -1;
    if (/^(WHICH|WHO|THAT|WHEN|WHILE|AFTER|BEFORE|BECAUSE|SINCE|IF)$/.test(w)) return -1;
    const tag = tags[k] ?? "";
    if (OTHER_VERB.test(tag)) return -1;
    if (BARE.test(tag) && (tags[k - 1] === "MD" || upper[k - 1] === "TO")) return k;
  }
  return -1;
}

/** A determiner "no" that is no negative subject: "no doubt", "no longer", "no sooner", "no matter", "no less". */
const NO_IDIOM = words(/^(DOUBT|LONGER|SOONER|MATTER|LESS|MORE|WONDER|,)$/);

/**
 * Whether the clause opening at `at` has a subject under the negative determiner "no": "no Spanish prime minister has
 * ever made …", "no Central Asian state has recognised …" (the subject's noun phrase ends at a verb of its clause).
 */
export function noSubject(upper: readonly string[], tags: readonly string[], at: number, first: number): boolean {
  if (upper[at] !== "NO" || NO_IDIOM.test(upper[at + 1] ?? "") || upper[at + 1] === "ONE") return false;
  // (the subject's noun phrase runs to the clause's first verb, which may be the act's own or its auxiliary)
  for (let k = at + 1; k < first; ++k) if (/^(VB|MD)/.test(tags[k] ?? "")) return k > at + 1;
  return first > at + 1;
}

/** Verbs whose object is always named when they are active: their participle right after a noun is passive. */
const OBJECT_PARTICIPLE = words(/^(INVITED|ASKED|URGED|SUMMONED|ELECTED|APPOINTED|ADMITTED)$/);

/**
 * Whether the verb at `first` is a passive participle after its noun (a reduced relative): "countries invited to the
 * summit", "the states asked to join". The noun is the act's object and no agent is named ("by X" is left to the
 * passive readers).
 */
export function reducedPassive(upper: readonly string[], tags: readonly string[], first: number): boolean {
  return (
    OBJECT_PARTICIPLE.test(upper[first] ?? "") &&
    /^NNS?$/.test(tags[first - 1] ?? "") &&
    /^(TO|FOR|AT|AS|IN)$/.test(upper[first + 1] ?? "")
  );
}

/** Verbs of taking a thing in a certain way, whose passive with "as" tells a reaction. */
const REACTION = words(/^(GREETED|HAILED|RECEIVED|WELCOMED)$/);

/**
 * Whether the verb at `first` tells a thing's reception in the passive with "as": "the announcement was greeted in
 * Tbilisi as a victory" (a common noun as the subject; "Tokayev was welcomed as a guest" is a person's reception).
 */
export function reactionAs(upper: readonly string[], tags: readonly string[], first: number): boolean {
  if (!REACTION.test(upper[first] ?? "")) return false;
  let b = first - 1;
  if (/LY$/.test(upper[b] ?? "")) --b;
  if (!/^(IS|ARE|WAS|WERE|BEEN|BE)$/.test(upper[b] ?? "")) return false;
  if (upper[b] === "BEEN" && /^(HAS|HAVE|HAD)$/.test(upper[b - 1] ?? "")) --b;
  if (!/^NNS?$/.test(tags[b - 1] ?? "")) return false;
  for (let k = first + 1; k < Math.min(upper.length, first + 8); ++k) {
    // (an agent named tells whose praise it was: "was hailed by Georgia as a breakthrough")
    if (CLAUSE_BREAK.has(upper[k]!) || upper[k] === "BY") return false;
    if (upper[k] === "AS" && upper[k + 1] !== "WELL") return true;
  }
  return false;
}

/** Verbs of trade in goods, whose amount of money tells a total of trade. */
const TRADED = words(/^(EXPORTED|IMPORTED|EXPORTS|IMPORTS|EXPORT|IMPORT)$/);
/** A currency sign or unit, or "worth": an amount of money. */
const MONEY = words(/^(\$|€|£|¥|US\$|USD|EUR|\$US|WORTH|DOLLARS|EUROS|YUAN|RUBLES|ROUBLES|TENGE)$/);

/**
 * Whether the verb at `first` exports or imports an amount of money's worth: "exported about $US2.6 billion worth of
 * metals to China last year", "imported €400 million of machinery" — a trade figure, not a shipment.
 */
export function tradeFigure(upper: readonly string[], tags: readonly string[], first: number): boolean {
  if (!TRADED.test(upper[first] ?? "") || !/^VB/.test(tags[first] ?? "")) return false;
  for (let k = first + 1; k < Math.min(upper.length, first + 8); ++k) {
    const w = upper[k]!;
    if (CLAUSE_BREAK.has(w) || w === "TO" || w === "FROM") return false;
    if (MONEY.test(w) || /^(US)?\$|^\$US|^€|^£/.test(w)) return true;
  }
  return false;
}

/**
 * Whether the verb at `first` is the verb of a comparison's standard after "than" (session 29): "Malaysia's trade with
 * the region was RM1.9 billion, less than what we trade with Cambodia", "more than Kazakhstan exports to China" — the
 * measure a figure is compared with, not an act told (past "what" and the clause's subject: a pronoun, a name, a noun
 * phrase). "rather than" opens an alternative, which is read as any clause is.
 */
export function comparedMeasure(upper: readonly string[], tags: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 6); --k) {
    if (upper[k] === "THAN") return upper[k - 1] !== "RATHER" && k < first - 1;
    if (!/^(WP|PRP|DT|JJ|NN|NNS|NNP|NNPS|POS|PRP\$|RB|MD|VBZ|VBP|VBD)$/.test(tags[k] ?? "") && upper[k] !== "WHAT")
      return false;
  }
  return false;
}

/** Nouns of a chance or a way, which a copula names as what could be done. */
const CHANCE = words(/^(OPPORTUNITY|OPPORTUNITIES|CHANCE|CHANCES|WAY|WAYS|MEANS|HOPE|OPTION|OPTIONS|ROUTE|GATEWAY)$/);
/** Copulas (English) that name their subject as a chance. */
const COPULA = words(/^(IS|ARE|WAS|WERE|REMAINS|REMAIN|REMAINED|BECOMES|BECOME|BECAME|SEEMS|SEEM|LOOKS|'S)$/);

/**
 * Whether the verb at `first` is the infinitive after a chance named by a copula: "remains Pakistan's best
 * opportunity to give …", "is the only way to reach …", "was a chance to reset ties" (past the chance's determiners,
 * adjectives and owner).
 */
export function copularChance(upper: readonly string[], tags: readonly string[], first: number): boolean {
  if (upper[first - 1] !== "TO" || !CHANCE.test(upper[first - 2] ?? "")) return false;
  for (let k = first - 3; k >= Math.max(0, first - 9); --k) {
    if (COPULA.test(upper[k]!) && /^VB|POS/.test(tags[k] ?? "VB")) return true;
    if (!/^(DT|JJ|JJS|JJR|RB|NN|NNP|NNPS|POS|PRP\$|CD)$/.test(tags[k] ?? "") && upper[k] !== "'S") return false;
  }
  return false;
}
