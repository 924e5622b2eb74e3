import {z} from "zod";

/**
 * One numeric parameter of a measure: its dotted name ("mix", "dimension.economic",
 * "metric.trade.half_saturation", "alignment.min_n" …), the value used, its default, the range the
 * sensitivity analysis moves it over, and what it means. Every parameter is settable (CLI `--param
 * name=value` or a parameters file, API `param=name=value`) and echoed in the output.
 */
export const Parameter = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*(\.[A-Za-z0-9_+]+)*$/, "Expected a dotted name such as metric.trade.weight"),
  value: z.number(),
  default: z.number(),
  /** The documented plausible range, moved over by the sensitivity analysis. */
  min: z.number(),
  max: z.number(),
  /** Whole numbers only (minimum n, window lengths). */
  integer: z.boolean().default(false),
  description: z.string().min(1)
});
export type Parameter = z.infer<typeof Parameter>;

/** Parameter values by name, as given by a person (only the ones they set). */
export const ParameterValues = z.record(z.string(), z.number());
export type ParameterValues = z.infer<typeof ParameterValues>;

/**
 * How stable one year's headline is over the sensitivity: each parameter moved to the ends of its
 * range, one at a time. `dominantFlips` lists the settings ("mix=0.2") under which another vector
 * dominates, `rankFlips` those under which the order of the vectors changes.
 */
export const Stability = z.object({
  year: z.number().int(),
  dominant: z.string(),
  /** stable: no setting changes the dominant vector or the rank order; rank: the order changes but not
   * the dominant; fragile: some setting changes the dominant vector. */
  mark: z.enum(["stable", "rank", "fragile"]),
  settings: z.number().int(),
  dominantFlips: z.array(z.string()),
  rankFlips: z.array(z.string())
});
export type Stability = z.infer<typeof Stability>;
