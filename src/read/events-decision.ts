/**
 * An act told by the noun of its deciding: "the EU's decision in December to phase out all imports of Russian gas",
 * "the decision of Kazakhstan and Uzbekistan to accredit Taliban-appointed ambassadors last year", "Kazakhstan's
 * decision last month not to accept an offer of partner status". English names a decision taken by its decider before
 * the noun ("X's decision") or after it ("the decision of / by X"), often with the time it was taken, and what was
 * decided in the infinitive after it; news prose tells the measure so and codes it as the measure, taken at the
 * decision's time (the decision is the act: a ban decided is a ban imposed). A decision not to do something is a
 * refusal. Said for the coder as the plain clause ("X phased out all imports of Russian gas in December", "X refused to
 * accept an offer of partner status last month") and read in a copy.
 *
 * Read only when the decider is a name the coder reads (a state, an organisation, a government: not "a neighbour's",
 * "his", "a decision", "any decision by X"), the infinitive follows the noun and its time at once, and the noun is one
 * decision (not "decisions", which are papers adopted). The copy runs to the first punctuation mark after the
 * infinitive or to the main clause's own verb ("… reflected a wish", "… was welcomed"); only the infinitive's own act,
 * by the decider, toward another side, is kept (src/read/document.ts).
 *
 * @module
 */
import type {AnaphoraMention} from "./anaphora.js";
import {MONTH_ALTERNATION as MONTH} from "./dates.js";
import {pastForm} from "./verbs.js";

/** The copy said the plain way, where the decision noun stands, and who decided. */
export interface DecidedAct {
  text: string;
  /** The decision noun's span in the sentence as written. */
  at: number;
  end: number;
  /** The decider's codes (each state of "the decision of X and Y"). */
  deciders: string[];
  /** Where the copy's own verb ends (an act the coder reads after it is another predicate's). */
  verbEnd: number;
  /** "a decision not to …": a refusal. */
  refusal: boolean;
}

/** The decision's own time, right after the noun: "in June", "last month", "on 12 May", "earlier this year". */
const TIME = String.raw`(?:(?:in|on|at\s+the\s+end\s+of)\s+(?:early\s+|late\s+|mid-)?(?:${MONTH}|\d{4}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+(?:${MONTH}))(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:year|month|week|spring|summer|autumn|fall|winter|${MONTH}))`;
/** "X's decision" (the decider before it) or "the decision of / by X" (after it), then its time and infinitive. */
const DECISION = new RegExp(
  String.raw`(?:(['’]s)\s+decision|\b[Tt]he\s+decision\s+(?:of|by)\s+(?:the\s+)?)(?=\s|\p{Lu})`,
  "gu"
);
const INFINITIVE = new RegExp(
  String.raw`^\s*(?:(${TIME})\s*,?\s+)?(not\s+)?to\s+(\p{Ll}+)((?:\s+(?:out|up|down|off|back|in|away))?)\b`,
  "u"
);
/** Where the decider's phrase after "of" ends: its time or its infinitive. */
const DECIDER_END = new RegExp(String.raw`\s(?:${TIME}|not\s+to|to)\s`, "u");
/** Words after the infinitive's verb that end the copy: the clause's end, or the main clause's own predicate. */
const REST_END =
  /[,;:.!?]|\s(?:was|were|is|are|has|have|had|will|would|could|may|might|reflected|reflects|left|shows?|showed|came|comes|meant|means)\s/u;
/** Verbs whose infinitive after "decision" names no act of the decider toward another. */
const NOT_ACTS = /^(?:be|have|stay|remain|keep|continue|wait|postpone|delay)$/;

/** `text`'s first decision told by its noun with its decider named, said the plain way, or undefined. */
export function decidedAct(text: string, mentions: readonly AnaphoraMention[]): DecidedAct | undefined {
  // (most sentences name no decision: one substring search before the pattern)
  if (!text.includes("decision")) return undefined;
  DECISION.lastIndex = 0;
  for (let hit = DECISION.exec(text); hit; hit = DECISION.exec(text)) {
    const end = hit.index + hit[0].length;
    let decider: AnaphoraMention | undefined;
    let who: string;
    let after: number;
    if (hit[1]) {
      // ("the Federal Council's decision": the mention ending right before "'s"; its phrase from its start)
      decider = mentions.find((m) => m.end === hit.index);
      if (!decider) continue;
      who = text.slice(decider.start, hit.index);
      after = end;
    } else {
      // ("the decision of Kazakhstan and Uzbekistan", "the decision of the Kyrgyz government": a mention starting right
      // after "of"; its phrase runs to the time or the infinitive)
      decider = mentions.find((m) => m.start === end);
      if (!decider) continue;
      const stop = text.slice(end).search(DECIDER_END);
      if (stop < 0 || stop > 60) continue;
      who = text.slice(end, end + stop);
      if (/[,;:()]/.test(who)) continue;
      after = end + stop;
    }
    // (a name, not a pointer the reader resolved: "the country's decision", "its decision")
    if (!/\p{Lu}/u.test(who.replace(/^the\s+/i, ""))) continue;
    const inf = INFINITIVE.exec(text.slice(after));
    if (!inf) continue;
    const verb = inf[3]!;
    if (NOT_ACTS.test(verb)) continue;
    const past = pastForm(verb, verb)?.toLowerCase();
    if (!past) continue;
    const restFrom = after + inf[0].length;
    const tail = text.slice(restFrom);
    const stop = tail.search(REST_END);
    const rest = (stop < 0 ? tail : tail.slice(0, stop)).trim();
    const time = inf[1] ? ` ${inf[1]}` : "";
    const particle = inf[4] ?? "";
    const refusal = inf[2] !== undefined;
    // (not accepting what is offered is declining it: "a decision not to accept an offer" is "rejected an offer")
    const said = refusal
      ? /^(?:accept|approve|take)$/.test(verb)
        ? `rejected${particle}`
        : `refused to ${verb}${particle}`
      : `${past}${particle}`;
    const copy = `${who} ${said}${rest ? ` ${rest}` : ""}${time}.`;
    const from = hit[1] ? hit.index + hit[1].length : hit.index + 4;
    const at = from + text.slice(from).search(/decision/u);
    return {
      text: copy.charAt(0).toUpperCase() + copy.slice(1),
      at,
      end: at + "decision".length,
      deciders: hit[1]
        ? [decider.code]
        : [...new Set(mentions.filter((m) => m.start >= end && m.end <= after).map((m) => m.code))],
      verbEnd: who.length + 1 + said.length,
      refusal
    };
  }
  return undefined;
}
