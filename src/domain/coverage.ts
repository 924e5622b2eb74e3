import {z} from "zod";

/**
 * How a figure's input was obtained for a year: read in that year's data (`observed`), taken from the
 * partner's report of the same flow (`mirror`), the last observed value held over later years
 * (`carried_forward`), a straight line between two observed years (`interpolated`), or a value a data
 * check flagged as a likely hole and kept (`flagged`).
 */
export const Provenance = z.enum(["observed", "mirror", "carried_forward", "interpolated", "flagged"]);
export type Provenance = z.infer<typeof Provenance>;

/** One metric behind a figure in one year: its dimension, how it was obtained, and the datasets it came from. */
export const MetricCoverage = z.object({
  /** "trade", "arms", "institutions", "un_alignment", an event metric … */
  metric: z.string().min(1),
  /** "economic", "political", "security", "events" … */
  dimension: z.string().min(1),
  provenance: Provenance,
  /** cite sources of the rows ("dataset:cow-trade", "dataset:national-trade", a pack citation …). */
  sources: z.array(z.string()),
  /** The year the value was observed in, when it is carried forward or interpolated from another year. */
  from: z.number().int().optional()
});
export type MetricCoverage = z.infer<typeof MetricCoverage>;

/** What one year's figure rests on: the dimensions used and every metric inside them. */
export const Coverage = z.object({
  year: z.number().int(),
  /** The dimensions that entered the combined figure, in a fixed order (empty: the figure is null). */
  dimensions: z.array(z.string()),
  metrics: z.array(MetricCoverage),
  /** True when the year's data is incomplete by nature (2024: a few months, a part of the sources). */
  partial: z.boolean().default(false)
});
export type Coverage = z.infer<typeof Coverage>;

/**
 * A change of coverage between two consecutive years: what the figure rests on changed, so a move in
 * the figure across this boundary can come from the change of inputs rather than from the world. The
 * CLI prints them, the API returns them and the dashboard draws them as vertical marks.
 */
export const Break = z.object({
  /** The first year with the new coverage. */
  year: z.number().int(),
  /** The dimensions ("economic") or metrics ("economic:trade") that enter in `year`. */
  added: z.array(z.string()),
  /** Those that leave in `year`. */
  removed: z.array(z.string()),
  /** Metrics whose provenance changes ("economic:trade observed → carried_forward"). */
  changed: z.array(z.string()).default([]),
  /** In words, for people: "2015: economic and political leave (CoW trade and IGO end in 2014)". */
  message: z.string()
});
export type Break = z.infer<typeof Break>;
