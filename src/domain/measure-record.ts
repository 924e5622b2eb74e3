import {z} from "zod";

/**
 * The tidy record every measure returns: one number per focal state, vector, year and measure. `value` is null
 * when there is no data (no data is not zero). The measures build it, the API documents and returns it, the
 * dashboard reads it: this is its one declaration.
 */
export const MeasureRecord = z.object({
  focal: z.string(),
  /** A vector (RUS, EU …), or "*" for a figure of the whole balance (entropy, HHI, triangle position). */
  vector: z.string(),
  year: z.number().int(),
  measure: z.string(),
  value: z.number().nullable(),
  /** economic, political, security, social or combined (influence and balance). */
  dimension: z.string().optional(),
  /** UN issue tag (alignment by issue): me, nu, di, hr, co, ec. */
  issue: z.string().optional(),
  /** YYYY-MM (relations, the event dimension, the nowcast). */
  month: z.string().optional(),
  /** YYYY-Qn or "undated" (discourse). */
  quarter: z.string().optional(),
  /** The directed dyad's source (relations): the focal state or the vector. */
  source: z.string().optional(),
  target: z.string().optional(),
  /** How many observations (roll calls, events) the value rests on. */
  n: z.number().optional(),
  /** Sensitivity: the parameter moved and by how much (a factor, 0.5 or 1.5). */
  parameter: z.string().optional(),
  factor: z.number().optional()
});
export type MeasureRecord = z.infer<typeof MeasureRecord>;
