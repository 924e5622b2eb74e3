/**
 * A date binds to its own clause. A sentence that tells two acts of one subject joins their predicates with "and"
 * ("invited Australian companies to an auction that Kazakhstan plans to hold next year, and asked Canberra to consider
 * …"; "thanked Egypt for its mediation and said Uzbekistan had sent aid last year"), or tells one of them in a relative
 * clause ("Khaydarov, who also held talks with Al Maawali, told the Chronicle that the train was scheduled to run in
 * September"): a time inside the other predicate's own clause is that predicate's, not the act's. Three forms:
 *
 * - the date before the act, inside a relative or reduced relative clause (src/read/clauses.ts) that closes before an
 *   "and" opening the act's predicate ("… blocks that Kazakhstan plans to hold next year, and asked …");
 * - the date after the act, after "and" and a second verb of saying, adding or inviting ("… and said X had sent …
 *   last year", "… and invited Latvian companies to the forum in June"): what is said or the occasion invited to;
 * - the act inside a relative clause that closes before the date ("X, who held talks with Y, told Z that … in
 *   September"); a relative set off by commas closes at its comma ("X, which imposed sanctions on Y and seized a ship
 *   owned by it on 29 October, has …": the date is the relative's own).
 *
 * Not a date said before the act in the first predicate itself ("met Y on Tuesday and signed …": both of Tuesday), nor
 * one after a second verb of any other kind ("met Y and discussed Z in May").
 *
 * @module
 * @example
 * ```ts
 * const t = "He thanked Egypt and said Uzbekistan had sent aid last year.";
 * dateOfOtherPredicate(clausesOfText(t), t, 47, 56, 3, 10); // true
 * ```
 */
import {clauseApart, type Clause} from "./clauses.js";

/** "and" (a comma before it or not) opening a second predicate of the same subject, up to its verb. */
const AND_BEFORE_VERB = /^\s*,?\s*(?:and|but)\s+(?:(?:also|then|later|subsequently)\s+)?$/i;
/**
 * What opens a clause under the predicate, before a date that closes it: a relative pronoun after a noun ("an auction
 * that X plans to hold next year"), or an infinitive after a verb of planning, asking or intending ("agreed to
 * establish a facility in 2026").
 */
const SUBORDINATE_OPENED =
  /\b[a-z]{3,}\s+(?:that|which|who|whom|whose|where)\s|\b(?:agreed|decided|planned|plans|plan|promised|pledged|invited|asked|urged|intends|intended|hopes|hoped|expects|expected|wants|wanted|undertook|resolved|offered)\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+[a-z]{3,}/iu;
/** "and" and a second verb of saying, adding or inviting after the act, before the date. */
const AND_SAID =
  /(?:,\s*|\s)and\s+(?:(?:also|then|later)\s+)?(?:said|told|added|noted|stressed|stated|announced|invited|asked|urged)\b/i;

/**
 * Whether the date at [at, end) is another predicate's than the act's word at [from, to) (character offsets into
 * `text`; `clauses` its clauses): see the module's note.
 */
export function dateOfOtherPredicate(
  clauses: readonly Clause[],
  text: string,
  at: number,
  end: number,
  from: number,
  to: number
): boolean {
  if (end <= from) {
    const c = clauseApart(clauses, at, from, ["relative", "reduced"]);
    if (c?.end !== undefined && c.end <= from && AND_BEFORE_VERB.test(text.slice(c.end, from))) return true;
    // (… and, where the clause finder found none, a date closing its stretch of the sentence right before the "and",
    // in a clause a relative pronoun or an infinitive after a verb of planning opened in that stretch)
    const stretch = text.slice(Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at)) + 1, at);
    return AND_BEFORE_VERB.test(text.slice(end, from)) && SUBORDINATE_OPENED.test(stretch);
  }
  if (at < to) return false;
  if (AND_SAID.test(text.slice(to, at))) return true;
  const own = clauseApart(clauses, from, at, ["relative"]);
  if (own?.end === undefined || own.end > at) return false;
  // (a relative set off by commas ends at its closing comma: a date before that comma is still the relative's, though
  // the clause finder closed it earlier, at a participle or a second verb: "The government, which imposed sanctions
  // on X and seized a ship owned by it on 29 October, has since …")
  return !own.comma || /[,;:]/.test(text.slice(own.end, at));
}
