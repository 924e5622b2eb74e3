/**
 * Running totals and rankings: figures told with a verb, not acts between two sides. Shared by the coder (coder.ts,
 * a trade figure's ranking and total) and the modality check (modality.ts notAnEvent), so the two cannot drift.
 */
import {words} from "./word-set.js";

/** A period a total is counted over: "since 1991", "over the past decade", "to date", "in total". */
export const CUMULATIVE =
  /\b(?:[Ss]ince\s+(?:\d{4}|independence|then)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|to\s+date|in\s+total)\b/;

/** Verbs of a ranking: "overtaking Russia", "China overtook Russia as Kazakhstan's largest trading partner". */
export const RANKING = words(
  /^(OVERTOOK|OVERTAKE|OVERTAKES|OVERTAKEN|OVERTAKING|SURPASSED|SURPASSES|SURPASS|SURPASSING|OUTSTRIPPED|OUTSTRIPS|OUTSTRIPPING|OUTPACED|OUTPACES|OUTPACING|OVERHAULED)$/
);
