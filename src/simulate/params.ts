import type {Scenario, Shock, Strategy} from "../domain/index.js";
import {sampleUncertain, type Random} from "./random.js";

/**
 * The dynamics' parameters and their defaults. A scenario's `params` may set any of them to a constant, a uniform
 * range or a normal; each run draws its own values. Documented in docs/simulation.md.
 */
export const PARAM_DEFAULTS = {
  /** Drift: share of the gap between a tie's level and its anchor closed per step. */
  reversion: 0.15,
  /** Drift: standard deviation of a tie's relative noise per step. */
  volatility: 0.04,
  /** Share of the security risk that fades per step. */
  riskDecay: 0.3,
  /** Share of a shock's change to a tie felt at once; drift brings the rest. */
  impact: 0.5,
  /** Risk jump on leaving a security organization (half for other organizations); half of it persists while out. */
  leaveRisk: 0.25,
  /** On leaving an organization, the lead's political tie loses this fraction of the tie's relative loss. */
  leaveSpillover: 0.3,
  /** Corridor partners' economic anchors grow by the factor 1 + corridorElasticity × ln(capacity multiple). */
  corridorElasticity: 0.3,
  /** Steps a corridor takes to reach its new capacity. */
  corridorRamp: 5,
  /** Share of the bypassed state's economic tie lost when a corridor's capacity grows without bound. */
  transitLoss: 0.25,
  /** Cost per step of sanctioned ties: intensity × sanctionsCost × economic share of the sanctioned vector. */
  sanctionsCost: 0.3,
  /** Per step, the sanctioned vector's economic anchor shrinks by intensity × compliance (de-risking). */
  compliance: 0.08,
  /** Per step, sanctioners' economic and political anchors shrink by intensity × pressure × economic share of the sanctioned vector. */
  pressure: 0.04,
  /** Risk added per step by a war nearby, times its intensity. */
  warRisk: 0.15,
  /** Per step, the warring vector's economic anchor shrinks by intensity × warTrade. */
  warTrade: 0.05,
  /** Weights of the dimensions when ties are combined into one share per vector (normalised to sum 1). */
  weightEconomic: 0.25,
  weightSecurity: 0.25,
  weightPolitical: 0.25,
  weightSocial: 0.25
} as const;

export type ParamName = keyof typeof PARAM_DEFAULTS;
export const PARAM_NAMES = Object.keys(PARAM_DEFAULTS) as ParamName[];

/** Defaults of the focal state's strategy. */
export const STRATEGY_DEFAULTS = {
  /** Hedge: rebalance when a vector's combined share passes this. */
  threshold: 0.35,
  /** Share of the gap (hedge) or of the ties (bandwagon, balance) moved per step. */
  rate: 0.1
} as const;

/** A shock with its magnitude drawn. */
export type ResolvedShock = Omit<Shock, "magnitude"> & {readonly magnitude: number};

/** Everything a run needs that was uncertain in the scenario, drawn from the run's stream. */
export interface RunSetup {
  readonly params: Readonly<Record<ParamName, number>>;
  readonly strategy: {readonly kind: Strategy["kind"]; readonly threshold: number; readonly rate: number};
  readonly shocks: readonly ResolvedShock[];
}

/**
 * Draws a run's parameters, in a fixed order: params in {@link PARAM_NAMES} order, then the strategy's threshold
 * and rate, then each shock's magnitude. Constants consume no randomness.
 */
export function resolveRun(scenario: Pick<Scenario, "params" | "strategy" | "shocks">, random: Random): RunSetup {
  const params = {} as Record<ParamName, number>;
  for (const name of PARAM_NAMES) {
    const value = scenario.params[name];
    params[name] = value === undefined ? PARAM_DEFAULTS[name] : sampleUncertain(value, random);
  }
  const {kind, threshold, rate} = scenario.strategy;
  const strategy = {
    kind,
    threshold: threshold === undefined ? STRATEGY_DEFAULTS.threshold : sampleUncertain(threshold, random),
    rate: rate === undefined ? STRATEGY_DEFAULTS.rate : sampleUncertain(rate, random)
  };
  const shocks = scenario.shocks.map((s) => ({...s, magnitude: sampleUncertain(s.magnitude, random)}));
  return {params, strategy, shocks};
}
