/**
 * Governing verbs (agree to, pledge to, refuse to …) in raw-text mode of the event coder (src/read/coder.ts): the
 * shallow parser (src/read/shallow.ts) passes a governor's meaning to the verb it governs and marks the governor to
 * skip; where the governed verb codes nothing, the governor is coded itself, in its own mood.
 *
 * @module
 */
import type {Frame} from "./coder.js";
import type {VerbMatch} from "./verbs.js";
import {words} from "./word-set.js";

/** English verbs of looking into a matter (study, consider, explore …): agreed to, they tell an intent, no act. */
const STUDY_VERB = words(/^(STUDY|CONSIDER|EXPLORE|EXAMINE|ASSESS|REVIEW|ANALYSE|ANALYZE|EVALUATE|LOOK|WEIGH)$/);

/**
 * Codes, in place, each skipped governor whose governed verb gives no code (`matches[i]` is frame i's verb match):
 * the governor is no longer skipped and takes its own mood back. `articleReader`: the article reader's raw text.
 */
export function passGovernors(
  frames: readonly Frame[],
  matches: VerbMatch[],
  upper: readonly string[],
  tags: readonly string[],
  articleReader: boolean
): void {
  for (const f of frames) {
    // "agreed to study / consider / explore a new pipeline with X": what is agreed is to look into an act, no act of
    // study toward X (the dictionary's INSPECT, 090): the agreement is read in its own mood (an intent, 03x).
    if (
      articleReader &&
      f.skip &&
      f.governs &&
      STUDY_VERB.test(upper[f.governs.first] ?? "") &&
      upper[f.governs.first - 1] === "TO"
    ) {
      f.governs.skip = true;
      if (f.object.length === 0) f.object = f.governs.object;
      matches[frames.indexOf(f.governs)]!.code = "---";
    }
    if (f.skip && f.governs && !/^\d/.test(matches[frames.indexOf(f.governs)]!.code)) {
      f.skip = false;
      if (f.ownMood) f.mood = f.ownMood;
      // "pledged to build ten outposts for X", "vowed to modernise X's grid": the governed verb codes nothing, and
      // its object is the pledge's other side (the article reader; the governor's own object comes first).
      // (One subject only: "X and Y agreed to …" stays the pair's mutual act. The object is the governed verb's other
      // side, not a modifier of its noun: "build a track on the X-Y railway" names no partner, "X's roads" does.)
      const other = f.governs.object;
      if (
        articleReader &&
        f.object.length === 0 &&
        f.subject.length === 1 &&
        other.length > 0 &&
        other.every(
          (r) =>
            (!/^(NN|:|HYPH)/.test(tags[r.last + 1] ?? "") || /^(['’]S|['’])$/.test(upper[r.last + 1] ?? "")) &&
            // (a beneficiary or a place of the work — "for X", "in X", "to X" — or the verb's own object; not a route
            // "between X and Y" nor a thing "on the X railway")
            // ("with X" after a noun is the noun's: "a wall on its border with X": review K15)
            (/^(FOR|TO|IN|INTO)$/.test(upper[r.first - 1] ?? "") ||
              /^(DT|JJ|CD|PRP\$|VB|VBP|VBZ|VBD|VBN|VBG)$/.test(tags[r.first - 1] ?? ""))
        )
      )
        f.object = other;
    }
  }
}
