import {z} from "zod";
import {Citation} from "./ids.js";

export const Dimension = z.enum(["economic", "security", "political", "social"]);
export type Dimension = z.infer<typeof Dimension>;

/** A structural figure for a dyad (or one actor, when `partner` is absent) and year. */
export const Indicator = z.object({
  id: z.string(),
  actor: z.string(),
  partner: z.string().optional(),
  year: z.number().int().min(1800).max(2200),
  dimension: Dimension,
  /** "trade", "investment", "arms", "migrants", "trade_turnover" … */
  metric: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  citation: Citation
});
export type Indicator = z.infer<typeof Indicator>;
