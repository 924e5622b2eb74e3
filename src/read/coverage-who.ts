/**
 * Session 17's cells of who acts (docs/coverage.md, "Who acts"): constructions in which a side is named by a pointer
 * the reader must resolve from the article before — an office alone after its holder was named with title, state and
 * name; a pair pointer in a later clause of the sentence that named the pair. Our own wordings, from the grammar of English news. In the "prose" family (session 15's cells and later ones). Pure.
 *
 * @module
 */
import type {Construction} from "./coverage-constructions.js";
import {noFrames, predicate} from "./coverage-prose.js";
import {pick} from "./coverage-random.js";

/** Words that open a clause before its subject: none, a sequence adverb, a time phrase with a comma. */
const OPENERS = ["", "Later, ", "To begin, ", "On arrival, ", "After a short break, "];

/**
 * An office holder named once with title, state and name, in a sentence that tells no act, then by the office alone
 * as the act's subject: "Peruvian President X is on a three-day trip abroad. On arrival, the head of state praised …".
 * The office alone is the title's own word or its class ("the head of state" for a president, "the premier" or "the
 * head of government" for a prime minister, a minister's portfolio).
 */
const officeAlone: Construction = {
  name: "office-alone",
  describe:
    "an office holder named once with title, state and name, then by the office alone: Kazakh President X is on a trip abroad. Later, the head of state praised B …",
  prose: true,
  sourceForms: ["state"],
  targetForms: ["state", "capital", "government", "igo"],
  build: ({act, A, B, D, rng}) => {
    if (!noFrames(act) || act.physical || act.military) return undefined;
    const s = A.state!;
    const p = pick(rng, s.people);
    const k = rng();
    const title =
      k < 0.35 ? "President" : k < 0.65 ? "Prime Minister" : p.title.replace(/\b\w/g, (c) => c.toUpperCase());
    const intro = pick(rng, [
      `${s.adj} ${title} ${p.name} is on a three-day trip abroad.`,
      `${title} of ${s.name} ${p.name} had a busy week.`,
      `${s.name}'s ${title.toLowerCase()}, ${p.name}, is back from a holiday.`
    ]);
    const alone =
      title === "President"
        ? pick(rng, ["the president", "the head of state"])
        : title === "Prime Minister"
          ? pick(rng, ["the prime minister", "the premier", "the head of government"])
          : `the ${p.title}`;
    const opener = pick(rng, OPENERS);
    const subject = {...A, text: alone, pronoun: p.gender === "m" ? ("he" as const) : ("she" as const)};
    return {
      sentences: [intro, `${opener}${alone} ${predicate(act, 1, subject, B)} ${D.text}.`],
      sourceForm: "office-alone"
    };
  }
};

/** Standing discord told as a habit in the perfect, with no act of its own: the first clause of {@link pairOwnClause}. */
const DISCORD = [
  "have clashed repeatedly",
  "have quarrelled over water for decades",
  "have long been at odds",
  "have traded barbs for years"
];

/**
 * A pair pointer heading a later clause of the sentence that named the pair (review L8 of session 16): "A and B have
 * clashed repeatedly, and in 2019 the two sides signed …", "…, although the two countries held talks on 3 May". The
 * act is the pair's, dated by its own clause; the first clause is a habit and tells no dated act.
 */
const pairOwnClause: Construction = {
  name: "pair-own-clause",
  describe:
    "a pair pointer in a later clause of the sentence naming the pair: A and B have long been at odds, but on 3 May the two sides signed …; …, although the two countries held talks …",
  prose: true,
  sourceForms: ["state"],
  targetForms: ["state"],
  build: ({act, A, B, D, rng}) => {
    if (!act.mutual || !act.bare) return undefined;
    const habit = pick(rng, DISCORD);
    const pair = pick(rng, ["the two sides", "the two countries", "both governments", "the parties"]);
    const s = pick(rng, [
      `${A.text} and ${B.text} ${habit}, and ${D.text} ${pair} ${act.bare}.`,
      `${A.text} and ${B.text} ${habit}, but ${D.text} ${pair} ${act.bare}.`,
      `${A.text} and ${B.text} ${habit}, although ${pair} ${act.bare} ${D.text}.`,
      `${A.text} and ${B.text} ${habit}, yet ${pair} ${act.bare} ${D.text}.`
    ]);
    return {sentences: [s]};
  }
};

/** Session 17's constructions of who acts. */
export const WHO_CONSTRUCTIONS: readonly Construction[] = [officeAlone, pairOwnClause];
