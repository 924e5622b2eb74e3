/**
 * A journey told by its arrival still to come, its verb left out: "China's Vice Foreign Minister is expected in
 * Dushanbe next week", "Xi Jinping is due in Astana next month for the summit", "Cassis is due in Bishkek on
 * Tuesday". English leaves out "to arrive" (or "to be") after "expected" and "due" before the place: the person is
 * to come to the place's state, a visit planned (036). Said with the verb for the coder ("… is expected to arrive in
 * Dushanbe next week"), so that the visit is read as "is expected to arrive in X" is, in its mood.
 *
 * Read only for "is", "are", "was" or "were" (an adverb between), then "expected" or "due", then "in" before a
 * place the coder reads as a state; not "expected in the coming weeks", "due in part to", "due in May" (no place), nor
 * a place that is the subject's own state (a journey home is no visit).
 *
 * @module
 */
import type {AnaphoraMention} from "./anaphora.js";
import {cue} from "./cue.js";

/** The copy with the verb put back, and where the left-out verb stands in the sentence as written. */
export interface ExpectedArrival {
  text: string;
  /** Where "expected"/"due" stands in the sentence, and its end. */
  at: number;
  end: number;
  /** The place's code (the state visited). */
  place: string;
}

const EXPECTED = cue(/\b(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(expected|due)\s+(?=in\s+\p{Lu})/gu);

/** `text`'s first arrival told without its verb, or undefined. `mentions` are the sentence's (offsets into it). */
export function expectedArrival(
  text: string,
  mentions: readonly AnaphoraMention[],
  isState: (code: string) => boolean
): ExpectedArrival | undefined {
  EXPECTED.lastIndex = 0;
  for (let hit = EXPECTED.exec(text); hit; hit = EXPECTED.exec(text)) {
    const end = hit.index + hit[0].length;
    const placeAt = end + 3;
    const place = mentions.find((m) => m.start === placeAt && isState(m.code));
    if (!place) continue;
    const at = hit.index + hit[0].indexOf(hit[1]!);
    const verbEnd = at + hit[1]!.length;
    return {text: `${text.slice(0, verbEnd)} to arrive${text.slice(verbEnd)}`, at, end: verbEnd, place: place.code};
  }
  return undefined;
}
