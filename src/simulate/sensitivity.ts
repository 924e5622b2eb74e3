/**
 * Which assumption drives the result: a variance-based global sensitivity analysis (Sobol' indices) of a
 * scenario's effect (scenario − baseline, common random numbers) and level in its last year, over every uncertain
 * input of a run: each parameter the run's forces read, the strategy's threshold and rate, each shock's magnitude,
 * and the drift noise. Inputs the scenario gives a distribution vary over it; the others over the plausible range
 * documented in {@link PARAM_INFO} / {@link STRATEGY_INFO} (constant magnitudes ±25%).
 *
 * Estimators (Saltelli et al. 2010, "Variance based sensitivity analysis of model output", Table 2): two
 * independent sample matrices A and B (N rows), and for each input i the matrix A with column i from B;
 * first order Sᵢ = mean(f(B)·(f(A_Bⁱ) − f(A))) / V, total STᵢ = mean((f(A) − f(A_Bⁱ))²) / (2V) (Jansen), V the
 * variance of f over A and B; outputs are centred on their mean first (same indices in expectation, less
 * sampling noise). With N = 256 plain pseudo-random rows the indices carry sampling error of about ±0.05–0.1:
 * read the ranking, not the second decimal. Groups of inputs (the hedge rule: threshold and rate together) get their own
 * matrix and indices. Cost: N × (inputs + groups + 2) paired runs. Pure and seeded: sample values come from
 * streams keyed by (seed, row, matrix, input), so the indices do not depend on how evaluations are split over
 * workers.
 *
 * @module
 */
import type {Scenario, Uncertain} from "../domain/index.js";
import {MEASURES, recordWidth} from "./indicators.js";
import {recordTrajectory, simulateSetup} from "./monte-carlo.js";
import {
  MAGNITUDE_INFO,
  PARAM_DEFAULTS,
  PARAM_INFO,
  paramsUsed,
  resolveRun,
  shockKeys,
  STRATEGY_INFO,
  type ParamName,
  type RunSetup
} from "./params.js";
import {keyedStream, randomXoshiro, sampleUncertain} from "./random.js";

/** One uncertain input of the analysis. */
export interface SensitivityInput {
  /** `param:volatility`, `strategy:threshold`, `shock:leave-org:CSTO`, `noise`. */
  readonly key: string;
  readonly label: string;
  /** What it is drawn from; absent for the noise (a fresh drift stream per sample). */
  readonly distribution?: Uncertain;
  /** Where the distribution comes from: "scenario" (the file's), or "documented range" (an assumption). */
  readonly from: "scenario" | "documented range" | "noise";
}

/** A named group of inputs whose joint contribution is estimated too. */
export interface SensitivityGroup {
  readonly key: string;
  readonly label: string;
  readonly inputs: readonly string[];
}

/** The design: inputs, groups, N, seed. */
export interface SensitivityPlan {
  readonly inputs: readonly SensitivityInput[];
  readonly groups: readonly SensitivityGroup[];
  readonly samples: number;
  readonly seed: number;
}

/** One input's (or group's) indices for one output. */
export interface SensitivityIndex {
  readonly key: string;
  readonly label: string;
  readonly group: boolean;
  /** First order: the share of the output's variance due to this input alone. */
  readonly first: number;
  /** Total: the share due to this input including its interactions (what fixing it would remove). */
  readonly total: number;
}

/** The indices of one output, ranked by total index. */
export interface SensitivityOutput {
  /** `effect:security`, `level:share:RUS` … */
  readonly output: string;
  readonly label: string;
  readonly variance: number;
  readonly mean: number;
  readonly indices: readonly SensitivityIndex[];
}

export interface SensitivityResult {
  readonly scenario: string;
  /** The year the outputs are read (t = horizon). */
  readonly t: number;
  readonly year?: number;
  readonly samples: number;
  readonly seed: number;
  readonly evaluations: number;
  readonly inputs: readonly SensitivityInput[];
  readonly groups: readonly SensitivityGroup[];
  readonly outputs: readonly SensitivityOutput[];
}

export const SENSITIVITY_DEFAULTS = {samples: 256, magnitudeSpread: 0.25} as const;

const uniform = (lo: number, hi: number): Uncertain => ({uniform: [lo, hi]});

/** The uncertain inputs and groups of a scenario (see the module comment). */
export function sensitivityPlan(
  scenario: Scenario,
  {samples = SENSITIVITY_DEFAULTS.samples, seed = scenario.seed}: {samples?: number; seed?: number} = {}
): SensitivityPlan {
  const inputs: SensitivityInput[] = [];
  for (const name of paramsUsed(scenario)) {
    const given = scenario.params[name];
    const info = PARAM_INFO[name];
    inputs.push(
      given !== undefined && typeof given !== "number"
        ? {key: `param:${name}`, label: info.label, distribution: given, from: "scenario"}
        : {key: `param:${name}`, label: info.label, distribution: uniform(...info.range), from: "documented range"}
    );
  }
  const {kind} = scenario.strategy;
  const strategyInputs: ("threshold" | "rate")[] =
    kind === "hedge" ? ["threshold", "rate"] : kind === "none" ? [] : ["rate"];
  for (const name of strategyInputs) {
    const given = scenario.strategy[name];
    const info = STRATEGY_INFO[name];
    const label = kind === "hedge" ? `hedge ${name}` : `${kind} ${name}`;
    inputs.push(
      given !== undefined && typeof given !== "number"
        ? {key: `strategy:${name}`, label, distribution: given, from: "scenario"}
        : {key: `strategy:${name}`, label, distribution: uniform(...info.range), from: "documented range"}
    );
  }
  const keys = shockKeys(scenario.shocks);
  scenario.shocks.forEach((s, i) => {
    const m = s.magnitude;
    const label = `${MAGNITUDE_INFO[s.kind].label} (${s.kind} ${s.target})`;
    if (typeof m !== "number") inputs.push({key: keys[i]!, label, distribution: m, from: "scenario"});
    else if (m !== 0) {
      const spread = Math.abs(m) * SENSITIVITY_DEFAULTS.magnitudeSpread;
      let lo = m - spread;
      let hi = m + spread;
      if (s.kind === "sanctions" || s.kind === "war" || s.kind === "leave-org")
        [lo, hi] = [Math.max(0, lo), Math.min(1, hi)];
      inputs.push({key: keys[i]!, label, distribution: uniform(lo, hi), from: "documented range"});
    }
  });
  inputs.push({key: "noise", label: "year-to-year randomness (drift noise)", from: "noise"});
  const groups: SensitivityGroup[] =
    kind === "hedge"
      ? [
          {
            key: "group:hedge",
            label: "the hedge rule (threshold and rate)",
            inputs: ["strategy:threshold", "strategy:rate"]
          }
        ]
      : [];
  return {inputs, groups, samples: Math.max(2, Math.floor(samples)), seed};
}

/** The names of the outputs, in buffer order: effects then levels, each n shares then the measures. */
export function sensitivityOutputs(vectors: readonly string[]): string[] {
  const names = [...vectors.map((v) => `share:${v}`), ...MEASURES];
  return [...names.map((n) => `effect:${n}`), ...names.map((n) => `level:${n}`)];
}

/** Matrices evaluated: A, B, one per input, one per group. */
export function evaluationCount(plan: SensitivityPlan): number {
  return plan.samples * (2 + plan.inputs.length + plan.groups.length);
}

/** The value of input j in row r of matrix A (0) or B (1); for the noise, a 32-bit seed. */
function sampleValue(plan: SensitivityPlan, matrix: 0 | 1, row: number, input: SensitivityInput): number {
  const random = keyedStream(plan.seed, row, `${matrix === 0 ? "A" : "B"}:${input.key}`);
  if (!input.distribution) return Math.floor(random() * 4294967296);
  return sampleUncertain(input.distribution, random);
}

/** The input values of evaluation e (matrix = ⌊e / N⌋: 0 A, 1 B, 2 + j A with input j from B, then groups). */
export function evaluationValues(plan: SensitivityPlan, e: number): number[] {
  const N = plan.samples;
  const m = Math.floor(e / N);
  const row = e % N;
  const fromB = new Set<number>();
  if (m === 1) plan.inputs.forEach((_, j) => fromB.add(j));
  else if (m >= 2 && m < 2 + plan.inputs.length) fromB.add(m - 2);
  else if (m >= 2 + plan.inputs.length) {
    const g = plan.groups[m - 2 - plan.inputs.length]!;
    plan.inputs.forEach((x, j) => g.inputs.includes(x.key) && fromB.add(j));
  }
  return plan.inputs.map((x, j) => sampleValue(plan, fromB.has(j) ? 1 : 0, row, x));
}

/** The run setup of a scenario with the given input values. */
function setupOf(
  scenario: Scenario,
  plan: SensitivityPlan,
  values: readonly number[]
): {setup: RunSetup; noise: number} {
  const base = resolveRun(scenario, plan.seed, 0);
  const params = {...base.params} as Record<ParamName, number>;
  const strategy = {...base.strategy};
  const keys = shockKeys(scenario.shocks);
  const shocks = base.shocks.map((s) => ({...s}));
  let noise = 0;
  plan.inputs.forEach((x, j) => {
    const v = values[j]!;
    if (x.key === "noise") noise = v;
    else if (x.key.startsWith("param:")) params[x.key.slice(6) as ParamName] = v;
    else if (x.key === "strategy:threshold") strategy.threshold = v;
    else if (x.key === "strategy:rate") strategy.rate = v;
    else {
      const i = keys.indexOf(x.key);
      if (i >= 0) shocks[i] = {...shocks[i]!, magnitude: v};
    }
  });
  for (const name of Object.keys(PARAM_DEFAULTS) as ParamName[]) params[name] ??= PARAM_DEFAULTS[name];
  return {setup: {params, strategy, shocks}, noise};
}

/**
 * Evaluates evaluations `from` … `to − 1`: the scenario and its baseline with the same inputs and noise; writes
 * each evaluation's outputs (see {@link sensitivityOutputs}) into `out` at `(e − from) × outputs`. Pure.
 */
export function evaluateSensitivity(
  scenario: Scenario,
  plan: SensitivityPlan,
  {from, to}: {from: number; to: number},
  out: Float64Array<ArrayBufferLike> = new Float64Array((to - from) * 2 * (scenario.vectors.length + MEASURES.length))
): Float64Array<ArrayBufferLike> {
  const n = scenario.vectors.length;
  const width = recordWidth(n);
  const per = n + MEASURES.length;
  const last = scenario.horizon * width;
  const steps = scenario.horizon + 1;
  const record = new Float64Array(2 * steps * width);
  for (let e = from; e < to; ++e) {
    const {setup, noise} = setupOf(scenario, plan, evaluationValues(plan, e));
    const scenarioRun = simulateSetup(scenario, setup, randomXoshiro(noise));
    const baselineSetup = {...setup, shocks: []};
    const baselineRun = simulateSetup({...scenario, shocks: []}, baselineSetup, randomXoshiro(noise));
    recordTrajectory(scenarioRun, setup, record, 0);
    recordTrajectory(baselineRun, baselineSetup, record, steps * width);
    const o = (e - from) * 2 * per;
    for (let k = 0; k < per; ++k) {
      const level = record[last + k]!;
      out[o + k] = level - record[steps * width + last + k]!;
      out[o + per + k] = level;
    }
  }
  return out;
}

/** Sobol' indices from the evaluated outputs (evaluations × outputs, in evaluation order). */
export function sobolIndices(
  scenario: Scenario,
  plan: SensitivityPlan,
  outputs: Float64Array<ArrayBufferLike>
): SensitivityResult {
  const names = sensitivityOutputs(scenario.vectors);
  const K = names.length;
  const N = plan.samples;
  const at = (m: number, r: number, k: number) => outputs[(m * N + r) * K + k]!;
  const result: SensitivityOutput[] = [];
  const targets = [
    ...plan.inputs.map((x, j) => ({key: x.key, label: x.label, group: false, m: 2 + j})),
    ...plan.groups.map((g, i) => ({key: g.key, label: g.label, group: true, m: 2 + plan.inputs.length + i}))
  ];
  for (let k = 0; k < K; ++k) {
    let mean = 0;
    for (let r = 0; r < N; ++r) mean += at(0, r, k) + at(1, r, k);
    mean /= 2 * N;
    let variance = 0;
    for (let r = 0; r < N; ++r) variance += (at(0, r, k) - mean) ** 2 + (at(1, r, k) - mean) ** 2;
    variance /= 2 * N - 1;
    const indices: SensitivityIndex[] = targets.map(({key, label, group, m}) => {
      if (!(variance > 1e-24)) return {key, label, group, first: 0, total: 0};
      let s = 0;
      let st = 0;
      for (let r = 0; r < N; ++r) {
        // Centred on the mean: the same indices in expectation, much less sampling noise when |mean| ≫ sd.
        const fA = at(0, r, k) - mean;
        const fB = at(1, r, k) - mean;
        const fAB = at(m, r, k) - mean;
        s += fB * (fAB - fA);
        st += (fA - fAB) ** 2;
      }
      return {key, label, group, first: s / N / variance, total: st / (2 * N) / variance};
    });
    indices.sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
    result.push({output: names[k]!, label: outputLabel(names[k]!), variance, mean, indices});
  }
  return {
    scenario: scenario.name,
    t: scenario.horizon,
    ...(scenario.startYear !== undefined ? {year: scenario.startYear + scenario.horizon} : {}),
    samples: N,
    seed: plan.seed,
    evaluations: evaluationCount(plan),
    inputs: plan.inputs,
    groups: plan.groups,
    outputs: result
  };
}

/** "effect:security" → "effect on security"; "level:share:RUS" → "RUS share". */
export function outputLabel(name: string): string {
  const [arm, ...rest] = name.split(":");
  const what = rest[0] === "share" ? `${rest[1]} share` : rest.join(":");
  return arm === "effect" ? `effect on ${what}` : what;
}

/** The analysis on this thread. */
export function sensitivitySync(
  scenario: Scenario,
  options: {samples?: number; seed?: number} = {}
): SensitivityResult {
  const plan = sensitivityPlan(scenario, options);
  return sobolIndices(scenario, plan, evaluateSensitivity(scenario, plan, {from: 0, to: evaluationCount(plan)}));
}
