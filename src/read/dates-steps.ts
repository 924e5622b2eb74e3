/**
 * A time counted from another date the text gives: "a day earlier", "two weeks later", "the month before", "a year
 * after", "the previous day", "the following year", "the next day". English news tells a second happening by its
 * distance from one dated just before ("hosted the summit in April 2025 and signed a partnership with Paris the month
 * before"; "On Thursday the ministers met. A day earlier, …"): the step is read from the nearest date before it in
 * the sentence, else from the date of the sentence before (the caller's `anchor`). A span before a noun or a clause
 * ("a year after the war", "two weeks before the presidency hosts …") counts from that happening, not from a date,
 * and is left to src/read/dates.ts's spans.
 *
 * @module
 * @example
 * ```ts
 * stepDates("X hosted the summit in April 2025 and signed a pact the month before.", resolveDates(…));
 * // [{date: "2025-03-01", precision: "month", text: "the month before", rule: "step-from-date", …}]
 * ```
 */
import type {DatePrecision} from "../domain/index.js";
import {iso, type ResolvedDate} from "./dates.js";
import {cue} from "./cue.js";

/** A word of a step in time ("earlier", "the following"): pre-filtered (src/read/cue.ts). */
const STEP_WORD = cue(/\b(?:earlier|later|before|after|previous|preceding|following|next)\b/i);

export type StepUnit = "day" | "week" | "month" | "year" | "decade";

const NUMBER_WORDS = "a an one two three four five six seven eight nine ten eleven twelve".split(" ");
/** A count: a word up to twelve, or figures. */
const COUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
const UNIT = String.raw`(day|week|month|year|decade)`;
/**
 * What may not follow "before"/"after" for the step to count from a date: a noun phrase or a clause it governs ("a
 * year after the war", "two weeks before the Polish presidency hosts …", "the day before yesterday", "a day after
 * signing").
 */
const GOVERNED = String.raw`(?!\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|yesterday|tomorrow|it|he|she|they|we|[\p{Lu}\d]|\p{L}+ing\b))`;
const STEP = new RegExp(
  String.raw`(?<![-\p{L}\p{N}])(?:${COUNT}\s+${UNIT}s?\s+(earlier|later|before|after)${GOVERNED}|the\s+${UNIT}\s+(before|after)${GOVERNED}|the\s+(previous|preceding|following)\s+${UNIT}|the\s+(next)\s+(day))(?![\p{L}'’])`,
  "giu"
);

/** A step found in a sentence: its offsets, and how far and which way it counts. */
interface Step {
  start: number;
  end: number;
  n: number;
  unit: StepUnit;
}

function stepsIn(sentence: string): Step[] {
  const out: Step[] = [];
  STEP.lastIndex = 0;
  for (let m = STEP.exec(sentence); m; m = STEP.exec(sentence)) {
    const word = (m[3] ?? m[5] ?? m[6] ?? m[8])!.toLowerCase();
    const back = /^(?:earlier|before|previous|preceding)$/.test(word);
    const count = m[1] ? m[1].toLowerCase() : "one";
    const n = /^\d/.test(count) ? Number(count) : Math.max(1, NUMBER_WORDS.indexOf(count) - 1);
    const unit = (m[2] ?? m[4] ?? m[7] ?? m[9])!.toLowerCase() as StepUnit;
    out.push({start: m.index, end: m.index + m[0].length, n: back ? -n : n, unit});
  }
  return out;
}

/**
 * `from` moved by `n` units, as precise as both allow: days and weeks from a day give a day; months, and years from a
 * month or a day, give a month ("a year later" than September 2023 is September 2024); from a year only a year. A
 * step finer than `from` keeps `from`'s period ("a day earlier" than "in March" is March).
 */
export function stepFrom(
  from: {date: string; precision: Exclude<DatePrecision, "unknown">},
  n: number,
  unit: StepUnit
): {date: string; precision: "day" | "month" | "year"} {
  const [y, m, d] = from.date.split("-").map(Number) as [number, number, number];
  const p = from.precision === "year" ? "year" : from.precision === "month" ? "month" : "day";
  if (unit === "decade" || p === "year")
    return {date: iso(y + (unit === "decade" ? 10 * n : unit === "year" ? n : 0), 1, 1), precision: "year"};
  if (unit === "day" || unit === "week") {
    if (p === "month") return {date: iso(y, m, 1), precision: "month"};
    const t = new Date(Date.UTC(y, m - 1, d + n * (unit === "week" ? 7 : 1)));
    return {date: t.toISOString().slice(0, 10), precision: "day"};
  }
  const k = y * 12 + (m - 1) + (unit === "year" ? 12 * n : n);
  return {date: iso(Math.floor(k / 12), (k % 12) + 1, 1), precision: "month"};
}

/** Whether a date is fine enough to count a step of `unit` from: a day for days and weeks, a month for months. */
export function fineEnough(precision: DatePrecision, unit: StepUnit): boolean {
  if (unit === "day" || unit === "week") return precision === "day";
  if (unit === "month") return precision === "day" || precision === "month";
  return precision !== "article" && precision !== "unknown";
}

/**
 * The dates a sentence's steps give, each counted from the nearest date before it in `dates` (the sentence's own
 * dates, {@link resolveDates}' list, the article's aside) fine enough for the step ("a day earlier" needs a day, "the
 * month before" a month), else from `anchor(unit)` (the last such date told in the sentences before, given by the
 * caller); a step with neither gives nothing. Offsets into the sentence; rule "step-from-date".
 */
export function stepDates(
  sentence: string,
  dates: readonly ResolvedDate[],
  anchor?: (unit: StepUnit) => ResolvedDate | undefined
): ResolvedDate[] {
  if (!STEP_WORD.test(sentence)) return [];
  const out: ResolvedDate[] = [];
  for (const s of stepsIn(sentence)) {
    if (dates.some((d) => d.start !== undefined && d.start < s.end && s.start < d.end!)) continue;
    const before = [...dates, ...out]
      .filter((d) => fineEnough(d.precision, s.unit) && d.end !== undefined && d.end <= s.start)
      .sort((a, b) => a.end! - b.end!)
      .at(-1);
    const from = before ?? anchor?.(s.unit);
    if (!from || !fineEnough(from.precision, s.unit)) continue;
    const to = stepFrom({date: from.date, precision: from.precision}, s.n, s.unit);
    out.push({...to, text: sentence.slice(s.start, s.end), start: s.start, end: s.end, rule: "step-from-date"});
  }
  return out;
}
