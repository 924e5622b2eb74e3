import {z} from "zod";
import {ActorCode, Citation} from "./ids.js";
import {Dimension} from "./indicator.js";

/** An uncertain number: a constant, a uniform range, or a normal distribution. */
export const Uncertain = z.union([
  z.number(),
  z.strictObject({uniform: z.tuple([z.number(), z.number()])}),
  z.strictObject({normal: z.tuple([z.number(), z.number().nonnegative()])})
]);
export type Uncertain = z.infer<typeof Uncertain>;

/** The kinds of shock the dynamics know (one force file each under src/simulate/forces/). */
export const ShockKind = z.enum(["tie", "leave-org", "join-org", "corridor", "sanctions", "war"]);
export type ShockKind = z.infer<typeof ShockKind>;

export const Shock = z.strictObject({
  /** Step (year offset from the start) at which the shock hits. */
  at: z.number().int().nonnegative(),
  kind: ShockKind,
  /** The vector, organization or corridor it concerns ("RUS", "CSTO", "Middle Corridor"). */
  target: z.string().min(1),
  /**
   * The vector the shock falls on, when `target` is not itself a vector: the lead power of an organization
   * (CSTO → RUS), the state a corridor bypasses (Middle Corridor → RUS), the state under sanctions, the state at war.
   * Absent: a built-in default for well-known targets, else `target`.
   */
  vector: ActorCode.optional(),
  /** Vectors that gain from a corridor, or that apply pressure for sanctions (absent: built-in defaults). */
  beneficiaries: z.array(ActorCode).optional(),
  dimension: Dimension.optional(),
  /** Relative change (0.5 = +50%), capacity multiple for corridors, intensity 0–1 for sanctions and war. */
  magnitude: Uncertain.default(0),
  /** How many steps the shock lasts (absent = permanent). */
  duration: z.number().int().positive().optional(),
  note: z.string().optional()
});
export type Shock = z.infer<typeof Shock>;

export const Strategy = z.strictObject({
  kind: z.enum(["hedge", "bandwagon", "balance", "none"]),
  /** Hedge: rebalance when a vector's share passes this threshold. */
  threshold: Uncertain.optional(),
  /** How fast the focal state moves toward its target, per step (0–1). */
  rate: Uncertain.optional()
});
export type Strategy = z.infer<typeof Strategy>;

/** A base world, shocks, a strategy, a horizon, a number of runs and a seed. */
export const Scenario = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  focal: ActorCode,
  vectors: z.array(ActorCode).min(2),
  /** Starting influence per vector and dimension (absent: taken from the measures). */
  start: z.record(z.string(), z.record(z.string(), z.number().nonnegative())).optional(),
  startYear: z.number().int().optional(),
  /** Organizations the focal state belongs to at the start (CSTO, EAEU, SCO, OTS …). */
  memberships: z.array(ActorCode).default([]),
  shocks: z.array(Shock).default([]),
  strategy: Strategy.default({kind: "hedge"}),
  params: z.record(z.string(), Uncertain).default({}),
  horizon: z.number().int().positive().max(200),
  runs: z.number().int().positive().max(100000).default(1000),
  seed: z.number().int().nonnegative().default(1),
  citations: z.array(Citation).default([])
});
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as written in a file, before defaults are filled in. */
export type ScenarioInput = z.input<typeof Scenario>;
