/**
 * A reason told for a past act: "The minister did not travel because parliament was in session.", "The visit was
 * called off because of the president's schedule.", "The summit, held online because of the pandemic, …". The act
 * and its reason are both what happened — the reporter (or the source) gives the cause the actors gave or the record
 * shows — so "because" there argues nothing. An argument explains with a reason that still holds ("has been only
 * partly drawn, largely because contractors struggle to compete", "matters because the principle protects small
 * states") or explains a present state ("Prices are high because of the drought").
 *
 * @module
 */

/** "because of <noun phrase>", or "because <clause>" whose verb is in the past ("was", "had", "did", "-ed"). */
const PAST_CAUSE =
  /\bbecause\s+(?:of\b|(?:[\p{L}'’-]+\s+){1,6}?(?:was|were|had|did|(?!need\b|indeed\b)\p{Ll}{2,}ed)\b)/u;
/** A verb of the main clause in the simple past, active or passive: "did not travel", "was called off", "chaired". */
const PAST_ACT =
  /\b(?:did|was|were|had|went|came|took|made|met|held|sent|left|gave|chose|flew|asked|\p{Ll}{3,}ed)\b(?!\s+(?:by|to)\s+(?:be|have)\b)/u;
/** A present or a present perfect in the main clause: an argument about how things stand. */
const PRESENT_MAIN = /\b(?:is|are|am|has|have|does|do|will|would|can|could|may|might|must|should|remains?|seems?)\b/;

/** Whether the sentence's "because" gives the reason of a past act (a report), not an argument. */
export function pastReason(sentence: string): boolean {
  const m = PAST_CAUSE.exec(sentence);
  if (!m) return false;
  const main = sentence.slice(0, m.index);
  return PAST_ACT.test(main) && !PRESENT_MAIN.test(main);
}
