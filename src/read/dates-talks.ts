/**
 * A plan made at talks is of the talks' day. News tells an agreement on what is still to come by the day of the talks
 * where it was reached, in the same sentence: the talks first and the plan in a second predicate ("Iwaya held talks with
 * Saidov in Tokyo on Thursday, and the two agreed to strengthen …"), or the plan first and the talks after a verb of
 * saying ("Thailand and Kazakhstan have agreed to double trade …, Maris said after talks with Nurtleu in Bangkok on
 * Tuesday"). The plan's date is then the talks' day, not the page's (the page often comes out the next day).
 *
 * The same holds for a plan told in a "where" clause after a visit's time ("Sharif visited Tashkent in February, where he
 * and Mirziyoyev agreed to raise trade …": a month or a year too).
 *
 * Otherwise only a day (a weekday or a day of the month), not after the page, and only with the talks named between the day and
 * the plan's verb or before the day: a day of the plan's own content ("agreed to meet again on 12 May") is after the
 * page or says no talks; a day told by another noun ("agreed to double trade, which fell on Monday …") names none.
 *
 * @module
 * @example
 * ```ts
 * const t = "A held talks with B on Thursday, and the two agreed to expand trade.";
 * planMadeAtTalks(t, {date: "2025-03-13", precision: "day", start: 25, end: 33, rule: "weekday"}, 47, 53, "2025-03-14"); // true
 * ```
 */
import type {ResolvedDate} from "./dates.js";

/** The talks: a meeting told by its noun or verb. */
const TALKS = String.raw`(?:talks|meeting|meetings|negotiations|consultations|met|meets|conversation|(?:phone|telephone)\s+call|call)`;
/** The talks told before the day, in the same clause as it: "held talks with B in Tokyo on", "met … on". */
const TALKS_BEFORE_DAY = new RegExp(String.raw`\b${TALKS}\b[^;.]*$`, "i");
/** The plan's verb, past or perfect, after the day and an "and": ", and the two agreed", "and agreed". */
const AND_PLAN =
  /^[^;.]*?(?:,\s*|\s)and\s+(?:[^,;.]{0,40}?\s)?(?:agreed|decided|resolved|undertook|pledged|promised)(?:\s+to\s+[a-z]+)?\s*$/i;
/** The talks told after the plan, before their day: "…, X said after talks with Y in Bangkok on", "after meeting Y on". */
const AFTER_TALKS = new RegExp(
  String.raw`\b(?:after|during|at|following|on\s+the\s+sidelines\s+of)\s+(?:(?:the|their|his|her|a|an|two-day|two\s+days\s+of|bilateral|official|formal)\s+)*${TALKS}\b[^;.]*$`,
  "i"
);
/** A visit or talks told before the time, in the same clause: "visited Tashkent in", "was in Beijing on". */
const VISIT_BEFORE_TIME = new RegExp(String.raw`\b(?:visit(?:ed)?|toured|travell?ed|arrived|${TALKS})\b[^;.,]*$`, "i");
/** The plan in a "where" clause right after the time: ", where he and Mirziyoyev agreed". */
const WHERE_PLAN =
  /^\s*,\s*where\s+[^;.]*?(?:agreed|decided|resolved|undertook|pledged|promised)(?:\s+to\s+[a-z]+)?\s*$/i;

/**
 * Whether the day `told` is the talks' at which the plan told at `start`–`end` of `sentence` was made: the talks before
 * the day and the plan's verb after it past "and", or the plan first and the talks after it before the day. A day
 * only, not after `page` (the page's date, when known).
 */
export function planMadeAtTalks(
  sentence: string,
  told: ResolvedDate,
  start: number,
  end: number,
  page: string | undefined
): boolean {
  if (told.start === undefined || told.end === undefined || told.precision === "article") return false;
  if (page !== undefined && told.date > page) return false;
  // "visited Tashkent in February, where he and Mirziyoyev agreed to …": the plan made at the visit, its time a month
  if (
    told.end <= start &&
    VISIT_BEFORE_TIME.test(sentence.slice(0, told.start)) &&
    WHERE_PLAN.test(sentence.slice(told.end, end))
  )
    return true;
  if (told.precision !== "day") return false;
  if (told.end <= start)
    return TALKS_BEFORE_DAY.test(sentence.slice(0, told.start)) && AND_PLAN.test(sentence.slice(told.end, end));
  if (told.start >= end) return AFTER_TALKS.test(sentence.slice(end, told.start));
  return false;
}
