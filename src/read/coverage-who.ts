/**
 * Session 17's cells of who acts (docs/coverage.md, "Who acts"): constructions in which a side is named by a pointer
 * the reader must resolve from the article before — an office alone after its holder was named with title, state and
 * name. Our own wordings, from the grammar of English news. In the "prose" family (session 15's cells and later ones). Pure.
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

/** Session 17's constructions of who acts. */
export const WHO_CONSTRUCTIONS: readonly Construction[] = [officeAlone];
