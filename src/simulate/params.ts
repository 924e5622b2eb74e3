/**
 * The dynamics' parameters: defaults, documentation (meaning, unit, plausible range, source or "assumption"), and
 * how a run draws them. Every uncertain quantity of a run (each parameter, the strategy's threshold and rate, each
 * shock's magnitude, the drift noise) draws from its own stream keyed by its name (see `keyedStream`), so two
 * arms of a comparison — a scenario and its baseline, or two scenarios — get the same draws for what they share:
 * common random numbers.
 *
 * @module
 */
import type {Scenario, Shock, ShockKind, Strategy} from "../domain/index.js";
import {keyedStream, sampleUncertain, type Random} from "./random.js";

/** What one parameter means, in which unit, over which plausible range, and on what it rests. */
export interface ParamInfo {
  /** Short label for a person ("risk jump on leaving a security bloc"). */
  readonly label: string;
  readonly meaning: string;
  readonly unit: string;
  /** The plausible range the sensitivity analysis explores when the scenario does not give a distribution. */
  readonly range: readonly [number, number];
  /** A citation, or "assumption: …" saying why the value and range are what they are. */
  readonly source: string;
}

/**
 * The dynamics' parameters and their defaults. A scenario's `params` may set any of them to a constant, a uniform
 * range or a normal; each run draws its own values. Documented in {@link PARAM_INFO} and docs/simulation.md.
 */
export const PARAM_DEFAULTS = {
  reversion: 0.15,
  volatility: 0.04,
  riskDecay: 0.3,
  impact: 0.5,
  leaveRisk: 0.25,
  leaveSpillover: 0.3,
  corridorElasticity: 0.3,
  corridorRamp: 5,
  transitLoss: 0.25,
  sanctionsCost: 0.3,
  compliance: 0.08,
  pressure: 0.04,
  warRisk: 0.15,
  warTrade: 0.05,
  weightEconomic: 0.25,
  weightSecurity: 0.25,
  weightPolitical: 0.25,
  weightSocial: 0.25
} as const;

export type ParamName = keyof typeof PARAM_DEFAULTS;
export const PARAM_NAMES = Object.keys(PARAM_DEFAULTS) as ParamName[];

const ASSUMED = "assumption";

/** Every parameter documented where it is used: meaning, unit, plausible range, source. */
export const PARAM_INFO: Readonly<Record<ParamName, ParamInfo>> = {
  reversion: {
    label: "pull back to the anchor",
    meaning: "share of the gap between a tie's level and its anchor closed per year (drift)",
    unit: "fraction per year",
    range: [0.05, 0.3],
    source: `${ASSUMED}: ties take 3–20 years to settle after a shift (half-life ln 2 / rate)`
  },
  volatility: {
    label: "year-to-year noise",
    meaning: "standard deviation of a tie's relative random change per year (drift)",
    unit: "fraction of the level per year",
    range: [0.02, 0.08],
    source: `${ASSUMED}: the order of year-to-year changes in bilateral trade shares (a few percent)`
  },
  riskDecay: {
    label: "risk fading",
    meaning: "share of the security risk that fades per year",
    unit: "fraction per year",
    range: [0.15, 0.5],
    source: ASSUMED
  },
  impact: {
    label: "immediate part of a shock",
    meaning: "share of a shock's change to a tie felt in the year it hits; drift brings the rest",
    unit: "fraction",
    range: [0.25, 0.75],
    source: ASSUMED
  },
  leaveRisk: {
    label: "risk jump on leaving a bloc",
    meaning:
      "risk added when the focal state leaves a security organization (half for other organizations); half of it is renewed each year while out",
    unit: "risk (0–1)",
    range: [0.1, 0.4],
    source: `${ASSUMED}: no measured series of security risk exists in the store`
  },
  leaveSpillover: {
    label: "political spillover of leaving",
    meaning: "on leaving an organization, the lead's political tie loses this fraction of the tie's relative loss",
    unit: "fraction",
    range: [0.1, 0.6],
    source: ASSUMED
  },
  corridorElasticity: {
    label: "trade gain per corridor capacity",
    meaning: "partners' economic anchors grow by the factor 1 + elasticity × ln(capacity multiple)",
    unit: "per ln(multiple)",
    range: [0.1, 0.5],
    source: `${ASSUMED}: transport-cost elasticities of trade in the gravity literature are of this order`
  },
  corridorRamp: {
    label: "corridor build-out",
    meaning: "years a corridor takes to reach its new capacity",
    unit: "years",
    range: [2, 10],
    source: ASSUMED
  },
  transitLoss: {
    label: "bypassed state's transit loss",
    meaning: "share of the bypassed state's economic tie lost when a corridor's capacity grows without bound",
    unit: "fraction",
    range: [0.1, 0.4],
    source: ASSUMED
  },
  sanctionsCost: {
    label: "cost of sanctioned ties",
    meaning: "prosperity lost per year = intensity × cost × economic share of the sanctioned vector",
    unit: "fraction of prosperity per unit intensity and share",
    range: [0.1, 0.5],
    source: ASSUMED
  },
  compliance: {
    label: "de-risking under sanctions",
    meaning: "per year, the sanctioned vector's economic anchor shrinks by intensity × compliance",
    unit: "fraction per year per unit intensity",
    range: [0.02, 0.15],
    source: ASSUMED
  },
  pressure: {
    label: "sanctioners' pressure",
    meaning:
      "per year, the sanctioning powers' economic and political anchors shrink by intensity × pressure × the sanctioned vector's economic share",
    unit: "fraction per year per unit intensity and share",
    range: [0.01, 0.08],
    source: ASSUMED
  },
  warRisk: {
    label: "risk from a war nearby",
    meaning: "risk added per year by a war nearby, times its intensity",
    unit: "risk per year per unit intensity",
    range: [0.05, 0.3],
    source: ASSUMED
  },
  warTrade: {
    label: "trade lost to war",
    meaning: "per year, the warring vector's economic anchor shrinks by intensity × warTrade",
    unit: "fraction per year per unit intensity",
    range: [0.02, 0.1],
    source: ASSUMED
  },
  weightEconomic: {
    label: "weight of the economic dimension",
    meaning: "weight of economic shares when dimension shares are combined (weights are normalised to sum 1)",
    unit: "relative weight",
    range: [0.1, 0.4],
    source: "the balance measure's dimension weights (docs/methods.md); equal weights are an assumption"
  },
  weightSecurity: {
    label: "weight of the security dimension",
    meaning: "weight of security shares when dimension shares are combined",
    unit: "relative weight",
    range: [0.1, 0.4],
    source: "the balance measure's dimension weights (docs/methods.md); equal weights are an assumption"
  },
  weightPolitical: {
    label: "weight of the political dimension",
    meaning: "weight of political shares when dimension shares are combined",
    unit: "relative weight",
    range: [0.1, 0.4],
    source: "the balance measure's dimension weights (docs/methods.md); equal weights are an assumption"
  },
  weightSocial: {
    label: "weight of the social dimension",
    meaning: "weight of social shares when dimension shares are combined",
    unit: "relative weight",
    range: [0.1, 0.4],
    source: "the balance measure's dimension weights (docs/methods.md); equal weights are an assumption"
  }
};

/** Defaults of the focal state's strategy. */
export const STRATEGY_DEFAULTS = {threshold: 0.35, rate: 0.1} as const;

/** Documentation of the strategy's two numbers (the "hedge rule" for kind hedge). */
export const STRATEGY_INFO: Readonly<Record<keyof typeof STRATEGY_DEFAULTS, ParamInfo>> = {
  threshold: {
    label: "hedge threshold",
    meaning: "hedge: the focal state rebalances when one vector's combined share passes this",
    unit: "combined share (0–1)",
    range: [0.25, 0.5],
    source: `${ASSUMED}: no measured rule says when Astana rebalances`
  },
  rate: {
    label: "strategy rate",
    meaning: "share of the excess (hedge) or of the ties (bandwagon, balance) moved per year",
    unit: "fraction per year",
    range: [0.02, 0.2],
    source: ASSUMED
  }
};

/** What a shock's magnitude means, by kind. */
export const MAGNITUDE_INFO: Readonly<Record<ShockKind, Omit<ParamInfo, "range" | "source">>> = {
  tie: {label: "tie change", meaning: "relative change of the tie (0.5 = +50%, −0.3 = −30%)", unit: "fraction"},
  "leave-org": {
    label: "tie lost on leaving",
    meaning: "share of the lead's tie in the organization's dimension lost on leaving",
    unit: "fraction (0–1)"
  },
  "join-org": {
    label: "tie gained on joining",
    meaning: "relative gain of the lead's tie in the organization's dimension",
    unit: "fraction"
  },
  corridor: {label: "capacity multiple", meaning: "the corridor's capacity after the build-out, × today's", unit: "×"},
  sanctions: {label: "sanctions intensity", meaning: "intensity of secondary sanctions", unit: "0–1"},
  war: {label: "war intensity", meaning: "intensity of the war nearby", unit: "0–1"}
};

/** The parameters each force reads (drift and the dimension weights are always used). */
export const PARAMS_USED: Readonly<Record<ShockKind | "drift" | "shares", readonly ParamName[]>> = {
  drift: ["reversion", "volatility", "riskDecay"],
  shares: ["weightEconomic", "weightSecurity", "weightPolitical", "weightSocial"],
  tie: ["impact"],
  "leave-org": ["impact", "leaveRisk", "leaveSpillover"],
  "join-org": ["impact", "leaveRisk"],
  corridor: ["corridorElasticity", "corridorRamp", "transitLoss"],
  sanctions: ["sanctionsCost", "compliance", "pressure"],
  war: ["warRisk", "warTrade"]
};

/** The parameters a scenario's runs read, in {@link PARAM_NAMES} order. */
export function paramsUsed(scenario: Pick<Scenario, "shocks">): ParamName[] {
  const used = new Set<ParamName>([...PARAMS_USED.drift, ...PARAMS_USED.shares]);
  for (const s of scenario.shocks) for (const p of PARAMS_USED[s.kind]) used.add(p);
  return PARAM_NAMES.filter((p) => used.has(p));
}

/** A shock with its magnitude drawn. */
export type ResolvedShock = Omit<Shock, "magnitude"> & {readonly magnitude: number};

/** Everything a run needs that was uncertain in the scenario. */
export interface RunSetup {
  readonly params: Readonly<Record<ParamName, number>>;
  readonly strategy: {readonly kind: Strategy["kind"]; readonly threshold: number; readonly rate: number};
  readonly shocks: readonly ResolvedShock[];
}

/** The key of shock i's magnitude stream: kind and target, and an occurrence count when repeated. */
export function shockKeys(shocks: readonly Pick<Shock, "kind" | "target">[]): string[] {
  const seen = new Map<string, number>();
  return shocks.map((s) => {
    const base = `shock:${s.kind}:${s.target}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

/**
 * Draws a run's parameters: each uncertain quantity from its own stream keyed by (seed, run, name), so that
 * arms sharing a parameter share its draw whatever else differs. Constants consume nothing.
 */
export function resolveRun(
  scenario: Pick<Scenario, "params" | "strategy" | "shocks">,
  seed: number,
  run: number
): RunSetup {
  const draw = (key: string, value: Parameters<typeof sampleUncertain>[0]) =>
    typeof value === "number" ? value : sampleUncertain(value, keyedStream(seed, run, key));
  const params = {} as Record<ParamName, number>;
  for (const name of PARAM_NAMES) {
    const value = scenario.params[name];
    params[name] = value === undefined ? PARAM_DEFAULTS[name] : draw(`param:${name}`, value);
  }
  const {kind, threshold, rate} = scenario.strategy;
  const strategy = {
    kind,
    threshold: threshold === undefined ? STRATEGY_DEFAULTS.threshold : draw("strategy:threshold", threshold),
    rate: rate === undefined ? STRATEGY_DEFAULTS.rate : draw("strategy:rate", rate)
  };
  const keys = shockKeys(scenario.shocks);
  const shocks = scenario.shocks.map((s, i) => ({...s, magnitude: draw(keys[i]!, s.magnitude)}));
  return {params, strategy, shocks};
}

/** The stream of the drift noise of run `run`: shared by every arm of a comparison. */
export function noiseStream(seed: number, run: number): Random {
  return keyedStream(seed, run, "noise");
}
