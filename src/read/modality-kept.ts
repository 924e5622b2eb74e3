/**
 * An act kept up and promised: "will continue to supply gas to X", "would continue sending aid to Y", "pledged to
 * keep cooperating with Z". English tells a standing policy with "continue" or "keep" in the present or the past
 * ("continued to support", "keeps supplying": src/read/no-act.ts reads no act in it), and a promise of the act to
 * come with the same verbs under a modal of the future or a governor of intent — read as "will V" is, an intent
 * (CAMEO 03).
 *
 * @module
 */
import {words} from "./word-set.js";

/** "Continue" and "keep" in their base form: after a modal or "to" only. */
const KEEP_UP = words(/^(CONTINUE|KEEP)$/);
/** Modals of the future, "would" as the future seen from a past report ("said it would continue to …"). */
const FUTURE_MODAL = words(/^(WILL|WOULD|SHALL|'LL)$/);
/** An adverb between the modal and the keeping: "will also continue", "would still keep". */
const BETWEEN = words(/^(ALSO|STILL|FURTHER)$/);
/** Governors of a promise or a plan before "to continue" / "to keep". */
const PROMISE_GOVERNOR =
  /^(AGREE|PROMIS|PLEDG|VOW|COMMIT|UNDERT|DECID|PLAN|INTEND|READY|WILLING|PREPARED|RESOLV|DETERMIN)/;

/**
 * Whether "continue" or "keep" at `at` (base form) is promised: a modal of the future before it ("will / would (also)
 * continue") or a governor of a promise or a plan before its "to" ("pledged to keep", "agreed to continue").
 */
export function keptUpPromised(upper: readonly string[], at: number): boolean {
  if (!KEEP_UP.test(upper[at] ?? "")) return false;
  let k = at - 1;
  if (BETWEEN.test(upper[k] ?? "")) k--;
  if (FUTURE_MODAL.test(upper[k] ?? "")) return true;
  return upper[k] === "TO" && PROMISE_GOVERNOR.test(upper[k - 1] ?? "");
}
