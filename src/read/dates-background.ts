/**
 * A sentence's date told as background: inside a relative or reduced relative clause of its own ("He welcomed the
 * visa-free regime that the two countries introduced in November 2023", "… the treaty, signed in Tashkent on 22
 * December 2022"), or the start of a period in a "since" phrase ("their first talks since relations soured in May
 * 2023": src/read/dates-since.ts). Such a date is the time of the clause's act, not of the sentence's main act, so a later sentence
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
import {sincePhrase} from "./dates-since.js";

/**
 * Whether the date at character offset `at` lies inside a relative or reduced relative clause of `text` (one that
 * does not hold the sentence's opening, where a main clause's subject and verb stand).
 */
export function inBackground(text: string, at: number): boolean {
  // (the start of a period told in a "since" phrase: "their first talks since relations soured in May 2023")
  if (sincePhrase(text, at)) return true;
  const c = clauseApart(clausesOfText(text), at, 0, ["relative", "reduced"]);
  if (c?.start === undefined) return false;
  // ("noting that X had hosted …", "announced that …": a "that" after a verb opens what was said, not a relative)
  return !(/^that\b/i.test(text.slice(c.start)) && COMPLEMENT_VERB.test(text.slice(0, c.start)));
}

/** A verb (a gerund, a past or a verb of saying) right before "that": the clause is its complement. */
const COMPLEMENT_VERB =
  /\b(?:[a-z]{2,}ing|[a-z]{2,}ed|said|says|told|wrote|thought|knew|felt|saw|heard|made\s+clear)\s+$/i;
