import {z} from "zod";
import {ActorCode} from "./ids.js";
import {Dimension} from "./indicator.js";

/** An uncertain number: a constant, a uniform range, or a normal distribution. */
export const Uncertain = z.union([
  z.number(),
  z.object({uniform: z.tuple([z.number(), z.number()])}),
  z.object({normal: z.tuple([z.number(), z.number().nonnegative()])})
]);
export type Uncertain = z.infer<typeof Uncertain>;

export const Shock = z.object({
  /** Step (year offset from the start) at which the shock hits. */
  at: z.number().int().nonnegative(),
  kind: z.enum(["tie", "leave-org", "join-org", "corridor", "sanctions", "war"]),
  /** The vector, organization or corridor it concerns. */
  target: z.string(),
  dimension: Dimension.optional(),
  /** Relative change (0.5 = +50%), or capacity multiple for corridors. */
  magnitude: Uncertain.default(0),
  /** How many steps the shock lasts (absent = permanent). */
  duration: z.number().int().positive().optional(),
  note: z.string().optional()
});
export type Shock = z.infer<typeof Shock>;

export const Strategy = z.object({
  kind: z.enum(["hedge", "bandwagon", "balance", "none"]),
  /** Hedge: rebalance when a vector's share passes this threshold. */
  threshold: Uncertain.optional(),
  /** How fast the focal state moves toward its target, per step (0–1). */
  rate: Uncertain.optional()
});
export type Strategy = z.infer<typeof Strategy>;

/** A base world, shocks, a strategy, a horizon, a number of runs and a seed. */
export const Scenario = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  focal: ActorCode,
  vectors: z.array(ActorCode).min(2),
  /** Starting influence per vector and dimension (absent: taken from the measures). */
  start: z.record(z.string(), z.record(z.string(), z.number().nonnegative())).optional(),
  startYear: z.number().int().optional(),
  shocks: z.array(Shock).default([]),
  strategy: Strategy.default({kind: "hedge"}),
  params: z.record(z.string(), Uncertain).default({}),
  horizon: z.number().int().positive().max(200),
  runs: z.number().int().positive().max(100000).default(1000),
  seed: z.number().int().nonnegative().default(1),
  citations: z.array(z.object({source: z.string(), quote: z.string()})).default([])
});
export type Scenario = z.infer<typeof Scenario>;
