/**
 * Meaning-preserving rewrites of one sentence, for the paraphrase-robustness harness (robustness.ts).
 * Each transform is a small pure function: it finds its pattern in the sentence (a state named as an
 * actor, a title before a name, a date, a relative clause, a verb group, an attribution) and returns
 * the rewrites it allows, each as a list of edits on the sentence. Where the pattern is absent it
 * returns none. A transform changes the surface only: who did what to whom, when, and who said what
 * stay the same, so a reading of the rewritten sentence should give the same events and claims.
 *
 * The patterns are written from English grammar, with the lexicons of paraphrase-lexicon.ts.
 *
 * @module
 */
import {accordingTo, quoteColon, quoteInverted, reportedOrder} from "./paraphrase-claims.js";
import {adverb, aside, dateForm, datePlace, gerundNoun, perfect, relative, weekday} from "./paraphrase-clauses.js";
import {
  apposition,
  authorities,
  capital,
  government,
  possessive,
  pronoun,
  title,
  titleCase,
  who
} from "./paraphrase-actors.js";
import type {Transform} from "./paraphrase-grammar.js";

export {
  applyEdits,
  type Edit,
  type ParaphraseContext,
  type Transform,
  type TransformArea,
  type Variant
} from "./paraphrase-grammar.js";

/** Every transform, in the order the report lists them. */
export const TRANSFORMS: readonly Transform[] = [
  capital,
  government,
  authorities,
  title,
  titleCase,
  apposition,
  who,
  pronoun,
  possessive,
  dateForm,
  datePlace,
  weekday,
  relative,
  gerundNoun,
  aside,
  adverb,
  perfect,
  quoteColon,
  quoteInverted,
  accordingTo,
  reportedOrder
];

/** The transform of that name. */
export function transformNamed(name: string): Transform | undefined {
  return TRANSFORMS.find((t) => t.name === name);
}
