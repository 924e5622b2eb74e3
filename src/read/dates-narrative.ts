/**
 * The time a paragraph's narration is set at. English prose sets a scene's time once, at the head of the sentence that
 * opens the scene ("In September 2022, Tajik and Kyrgyz forces fought along the border.", "When the council met in
 * St Petersburg on 19 December, …"), and tells what followed in the simple past with no time of its own ("Kyrgyzstan
 * accused Tajikistan of invading its territory.", "Aripov thanked him."): those acts are of the scene's time, not of
 * the page's. The narration's time holds until the paragraph ends or a sentence names a time of its own; a sentence in
 * the present, the perfect or the future, or with a modal, speaks from the writer's time and is not the scene's.
 *
 * @module
 * @example
 * ```ts
 * openingTime("In September 2022, the two armies fought.", resolveDates(…)); // the September 2022 date
 * simplePast("Kyrgyzstan accused Tajikistan of shelling its villages."); // true
 * simplePast("Kyrgyzstan has accused Tajikistan of shelling its villages."); // false
 * ```
 */
import type {ResolvedDate} from "./dates.js";

/** A transcript's speaker label opening a turn: "KOVAL: ", "MR SMITH: ". */
const LABEL = String.raw`(?:\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)?:\s+)?`;
/** The words before a time that opens a sentence: "", "On ", "In ", "Last ", "Back in ", "(" … */
const OPENING = new RegExp(
  String.raw`^\W*${LABEL}(?:(?:[Oo]n|[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|[Ee]arlier|[Bb]ack\s+in)\s+)?$`,
  "u"
);
/** A clause of time opening the sentence, up to its date: "When the council met in St Petersburg on ". */
const WHEN_OPENING = new RegExp(String.raw`^\s*${LABEL}When\s+[^,;:]*\s(?:on|in)\s+$`, "u");
/**
 * Words of a sentence told from the writer's time, not the scene's: a present or perfect auxiliary, a future, a
 * modal, a verb of planning or saying in the present, an adverb of now.
 */
const NOT_NARRATION =
  /\b(?:is|are|am|be|been|being|has|have|will|would|shall|should|can|could|may|might|must|plans?|intends?|expects?|says|say|seeks?|wants?|remains?|continues?|now|today|currently|yet|still|since|until|later)\b|['’](?:s\s+(?:been|not|now)|ll|ve|re|d)\b/i;
/** A verb in the simple past: a regular "-ed" form or a common irregular one. */
const PAST_VERB =
  /\b(?:[a-z]{2,}ed|met|held|sent|made|took|gave|began|spoke|went|came|flew|paid|set|won|sought|told|said|fought|left|led|brought|bought|sold|struck|broke|froze|rose|fell|drew|threw|wrote|saw|hit|cut|put|shut|kept|lost|built|became|ran|swore|withdrew|overtook)\b/;

/**
 * The time opening a sentence (among its dates, in text order): one with nothing before it but a preposition of time
 * ("In September 2022, …", "On 4 March …"), or the date of a "When …" clause opening it. Not the article's date.
 */
export function openingTime(text: string, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  return dates.find(
    (d) =>
      d.start !== undefined &&
      d.precision !== "article" &&
      (OPENING.test(text.slice(0, d.start)) || WHEN_OPENING.test(text.slice(0, d.start)))
  );
}

/** Whether a text holds a verb in the past (simple past or a participle: "signed", "has met", "held"). */
export function toldInPast(text: string): boolean {
  return PAST_VERB.test(text);
}

/** Whether a sentence tells what happened in the simple past only (a scene's narration): see the module's note. */
export function simplePast(text: string): boolean {
  return PAST_VERB.test(text) && !NOT_NARRATION.test(text);
}
