/**
 * A sentence's date told as background: inside a relative or reduced relative clause of its own ("He welcomed the
 * visa-free regime that the two countries introduced in November 2023", "… the treaty, signed in Tashkent on 22
 * December 2022"). Such a date is the time of the clause's act, not of the sentence's main act, so a later sentence
 * pointing back to "the talks" or "the meeting" does not take it for the occasion's time (src/read/document.ts).
 *
 * @module
 * @example
 * ```ts
 * inBackground("He welcomed the regime that the two sides introduced in November 2023.", 45); // true
 * inBackground("In November 2023, the two sides introduced the regime.", 3); // false
 * ```
 */
import {clauseApart, clausesOfText} from "./clauses.js";

/**
 * Whether the date at character offset `at` lies inside a relative or reduced relative clause of `text` (one that
 * does not hold the sentence's opening, where a main clause's subject and verb stand).
 */
export function inBackground(text: string, at: number): boolean {
  return clauseApart(clausesOfText(text), at, 0, ["relative", "reduced"]) !== undefined;
}
