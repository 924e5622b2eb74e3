import {z} from "zod";
import {IsoDate} from "./ids.js";
import {DatePrecision} from "./period.js";
import {periodText} from "./plain.js";

/** A CAMEO event code: two to four digits (root 01–20). */
export const CameoCode = z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, "Expected a CAMEO code such as 042 or 1931");

/** Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QuadClass = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type QuadClass = z.infer<typeof QuadClass>;

/**
 * Whether the act happened. "asserted": reported as done or under way; "planned": announced, invited,
 * scheduled or intended (it is coded as the intent, CAMEO 03x, dated when the intent was stated, never as the
 * act on its future date).
 */
export const Modality = z.enum(["asserted", "planned"]);
export type Modality = z.infer<typeof Modality>;

/** Who did what to whom, when, and the sentence and rule that say so. */
export const Event = z.object({
  id: z.string(),
  sourceId: z.string(),
  /** YYYY-MM-DD; absent for an undated event (precision "unknown"): stored, shown, but in no time series. */
  date: IsoDate.optional(),
  /** How precise `date` is (absent: "day", as for GDELT rows and the pack's timeline). */
  precision: DatePrecision.optional(),
  /** Absent: "asserted". */
  modality: Modality.optional(),
  /** Actor codes (our codes: KAZ, RUS, CSTO …). Agents are kept apart. */
  source: z.string(),
  target: z.string(),
  sourceAgent: z.string().optional(),
  targetAgent: z.string().optional(),
  code: CameoCode,
  goldstein: z.number().min(-10).max(10),
  quad: QuadClass,
  plover: z.string().optional(),
  /** The sentence text, and its offsets in the source's body (absent for GDELT rows). */
  sentence: z.string().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  /** What produced it: a verb pattern, "gdelt", "pack:timeline". */
  rule: z.string().optional(),
  /** Free label for a timeline entry ("CSTO deploys troops during the January unrest"). */
  label: z.string().optional(),
  url: z.string().optional(),
  /**
   * How widely the event was reported, as GDELT counts it (absent for events read from articles):
   * mentions in all documents (NumMentions), distinct information sources (NumSources), documents
   * (NumArticles), counted when GDELT first saw it (its first 15-minute update in GDELT 2.0, its first
   * day in GDELT 1.0).
   */
  numMentions: z.number().int().min(0).optional(),
  numSources: z.number().int().min(0).optional(),
  numArticles: z.number().int().min(0).optional()
});
export type Event = z.infer<typeof Event>;

/**
 * Whether an event's year is the reader's estimate, not the page's: a page with no date of its own has its month names
 * read in the latest year its sentences date to the month, and says so in the rule ("in-month+estimated-year"). A
 * list or a page that shows such a date shows it as an estimate.
 */
export function yearEstimated(e: {rule?: string | undefined}): boolean {
  return e.rule?.includes("+estimated-year") ?? false;
}

/**
 * An event's date as precisely as the text gives it: "2024-03-14" for a day (or the page's day standing in for an
 * undated sentence), "2024-03" for a month, "2024" for a year; undefined when undated. A month or a year is stored as
 * its first day ("2024-03-01"), which is no day the text states, so a list or a table writes the period instead (the
 * JSON keeps the stored date with its `precision`).
 */
export function eventDateText(e: {date?: string | undefined; precision?: string | undefined}): string | undefined {
  if (!e.date) return undefined;
  return periodText(e.date, e.precision === "month" || e.precision === "year" ? e.precision : "day");
}

export {quadClassOf} from "./plain.js";
