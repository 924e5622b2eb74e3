/**
 * Many runs of a scenario with sampled parameters (Mesa's batch run), always paired: every run is computed in two
 * arms — the scenario and its baseline (the same world without the shocks, the same strategy), or two scenarios
 * being compared — with common random numbers (each uncertain quantity, and the drift noise, draws from a stream
 * keyed by (seed, run, name); see params.ts). The result holds the quantile bands of each arm's levels and of the
 * effect, the per-run difference of the arms, per measure and year.
 *
 * @module
 */
import type {Issue, Scenario, VectorId} from "../domain/index.js";
import {createWorld, run, type World} from "./dynamics.js";
import {forcesFor} from "./forces/index.js";
import {dimensionWeights, MEASURES, recordWidth, recordWorld, type MeasureName} from "./indicators.js";
import {noiseStream, resolveRun, type RunSetup} from "./params.js";
import {QUANTILES, quantileSorted} from "./quantiles.js";

/** Options for {@link runScenarioSync}. */
export interface MonteCarloOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Overrides the scenario's number of runs. */
  runs?: number;
  /**
   * Include the tidy share rows of the first arm (runs × steps × vectors of them). Defaults to true up to
   * {@link MONTE_CARLO_DEFAULTS}.maxRows rows; above that they are left out with a warning unless `rows: true`.
   */
  rows?: boolean;
  /** The second arm: defaults to the scenario's baseline ({@link baselineOf}). */
  against?: Scenario;
  /** Called after each chunk of runs with the runs done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const MONTE_CARLO_DEFAULTS = {chunkSize: 250, maxRows: 2_000_000, maxRecords: 64 * 2 ** 20} as const;

/** Two arms per run: [0] the scenario, [1] its baseline or the scenario it is compared against. */
export const ARMS = 2;

/** Numbers a Monte Carlo keeps in memory: runs × arms × (horizon + 1) × (vectors + 6). */
export function recordCount(scenario: Pick<Scenario, "horizon" | "vectors">, runs: number): number {
  return runs * ARMS * (scenario.horizon + 1) * recordWidth(scenario.vectors.length);
}

/** Throws when the records would not fit in memory (a programmer error: parseScenario reports it as an issue). */
export function assertFits(scenario: Pick<Scenario, "horizon" | "vectors">, runs: number): void {
  const n = recordCount(scenario, runs);
  if (n > MONTE_CARLO_DEFAULTS.maxRecords) {
    throw new RangeError(
      `Cannot run the Monte Carlo: ${n} numbers to keep exceed ${MONTE_CARLO_DEFAULTS.maxRecords}: lower runs or horizon`
    );
  }
}

/** The baseline of a scenario: the same world, strategy, parameters and seed, without its shocks. */
export function baselineOf(scenario: Scenario): Scenario {
  return {...scenario, name: `${scenario.name} — baseline (no shocks)`, shocks: [], citations: []};
}

/** Throws unless two scenarios can be compared run by run (same vectors in the same order, same horizon). */
export function assertComparable(a: Scenario, b: Scenario): void {
  if (a.vectors.join(",") !== b.vectors.join(",") || a.horizon !== b.horizon) {
    throw new RangeError(
      `Cannot compare "${a.name}" with "${b.name}": expected the same vectors and horizon, found [${a.vectors.join(", ")}] ${a.horizon} years against [${b.vectors.join(", ")}] ${b.horizon} years`
    );
  }
}

/** One vector's share at one year of one run (first arm). */
export interface ShareRow {
  readonly run: number;
  readonly t: number;
  readonly vector: VectorId;
  readonly share: number;
}

/** Quantiles over runs of one measure in one year (`t` years after the start); `vector` is set for shares. */
export interface Band {
  readonly t: number;
  /** The calendar year, when the scenario has a start year. */
  readonly year?: number;
  readonly measure: MeasureName | "share";
  readonly vector?: VectorId;
  readonly p05: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** How often a vector is the dominant one in a year, over runs. */
export interface DominantRow {
  readonly t: number;
  readonly vector: VectorId;
  readonly frequency: number;
}

/** The bands and dominance of one arm. */
export interface ArmSummary {
  readonly name: string;
  readonly bands: readonly Band[];
  readonly dominant: readonly DominantRow[];
}

export interface MonteCarloResult {
  readonly scenario: string;
  readonly seed: number;
  readonly runs: number;
  /** Years simulated; t = 0 is the start year. */
  readonly horizon: number;
  readonly startYear?: number;
  readonly vectors: readonly VectorId[];
  /** Tidy share rows of the scenario arm (empty unless asked for or small). */
  readonly rows: readonly ShareRow[];
  /** The scenario's levels. */
  readonly bands: readonly Band[];
  readonly dominant: readonly DominantRow[];
  /** The second arm's levels: the baseline (same world without the shocks), or the compared scenario. */
  readonly baseline: ArmSummary;
  /** Quantiles over runs of (scenario − baseline), run by run with common random numbers. */
  readonly effect: readonly Band[];
  readonly warnings: readonly Issue[];
}

/** One run of one arm from its drawn setup: the trajectory (horizon + 1 worlds), drift noise from `noise`. */
export function simulateSetup(scenario: Scenario, setup: RunSetup, noise: ReturnType<typeof noiseStream>): World[] {
  const world = createWorld(withStart(scenario));
  return run(world, forcesFor(setup), {horizon: scenario.horizon, random: noise, params: setup.params});
}

/** One run: its drawn parameters and its trajectory (horizon + 1 worlds). */
export function simulateRun(
  scenario: Scenario,
  {seed = scenario.seed, run: index = 0}: {seed?: number; run?: number} = {}
): {setup: RunSetup; trajectory: World[]} {
  const setup = resolveRun(scenario, seed, index);
  return {setup, trajectory: simulateSetup(scenario, setup, noiseStream(seed, index))};
}

/** Writes one trajectory's records at `offset` (width × steps numbers). */
export function recordTrajectory(trajectory: readonly World[], setup: RunSetup, out: Float64Array, offset: number) {
  const weights = dimensionWeights(setup.params);
  const origin = trajectory[0]!;
  const width = recordWidth(origin.vectors.length);
  trajectory.forEach((w, t) => recordWorld(w, origin, weights, out, offset + t * width));
}

/**
 * Runs `from` … `to − 1` in both arms and returns their records: the record of run r, arm a, year t starts at
 * `(((r − from) × ARMS + a) × (horizon + 1) + t) × recordWidth(vectors)`. Pure; what a worker computes for its chunk.
 */
export function simulateRuns(
  arms: readonly [Scenario, Scenario],
  {seed, from, to}: {seed: number; from: number; to: number}
): Float64Array {
  const [first] = arms;
  const width = recordWidth(first.vectors.length);
  const steps = first.horizon + 1;
  const out = new Float64Array((to - from) * ARMS * steps * width);
  for (let r = from; r < to; ++r) {
    arms.forEach((scenario, a) => {
      const {setup, trajectory} = simulateRun(scenario, {seed, run: r});
      recordTrajectory(trajectory, setup, out, ((r - from) * ARMS + a) * steps * width);
    });
  }
  return out;
}

/** The two arms of a Monte Carlo: the scenario and `against` (default: its baseline). */
export function armsOf(scenario: Scenario, against?: Scenario): [Scenario, Scenario] {
  const second = against ?? baselineOf(scenario);
  assertComparable(scenario, second);
  return [scenario, second];
}

/** Runs a scenario's Monte Carlo (with its baseline) on this thread. Pure: same scenario and options, same numbers. */
export function runScenarioSync(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloResult {
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? scenario.runs;
  const arms = armsOf(scenario, options.against);
  assertFits(scenario, runs);
  const records = new Float64Array(recordCount(scenario, runs));
  const stride = ARMS * (scenario.horizon + 1) * recordWidth(scenario.vectors.length);
  for (let from = 0; from < runs; from += MONTE_CARLO_DEFAULTS.chunkSize) {
    const to = Math.min(runs, from + MONTE_CARLO_DEFAULTS.chunkSize);
    records.set(simulateRuns(arms, {seed, from, to}), from * stride);
    options.onProgress?.(to, runs);
  }
  const parts = summarizeSteps(scenario, records, {runs, from: 0, to: scenario.horizon + 1});
  return assemble(arms, records, {seed, runs, rows: options.rows}, [parts]);
}

/** Bands of both arms and of the effect, and dominance of both arms, for a range of years. */
export interface StepSummary {
  bands: Band[];
  dominant: DominantRow[];
  baselineBands: Band[];
  baselineDominant: DominantRow[];
  effect: Band[];
}

/** The result from step summaries computed range by range (possibly on workers), concatenated in year order. */
export function assemble(
  arms: readonly [Scenario, Scenario],
  records: Float64Array,
  {seed, runs, rows: withRows}: {seed: number; runs: number; rows?: boolean | undefined},
  parts: readonly StepSummary[]
): MonteCarloResult {
  const [scenario, second] = arms;
  const {vectors, horizon} = scenario;
  const count = runs * (horizon + 1) * vectors.length;
  const include = withRows ?? count <= MONTE_CARLO_DEFAULTS.maxRows;
  const warnings = startWarnings(scenario);
  if (withRows === undefined && !include) {
    warnings.push({
      code: "rows_omitted",
      message: `Share rows left out: ${count} rows exceed ${MONTE_CARLO_DEFAULTS.maxRows}: pass rows: true to keep them`
    });
  }
  return {
    scenario: scenario.name,
    seed,
    runs,
    horizon,
    ...(scenario.startYear !== undefined ? {startYear: scenario.startYear} : {}),
    vectors,
    rows: include ? shareRows(scenario, records, runs) : [],
    bands: parts.flatMap((p) => p.bands),
    dominant: parts.flatMap((p) => p.dominant),
    baseline: {
      name: second.name,
      bands: parts.flatMap((p) => p.baselineBands),
      dominant: parts.flatMap((p) => p.baselineDominant)
    },
    effect: parts.flatMap((p) => p.effect),
    warnings
  };
}

/** Tidy rows `{run, t, vector, share}` of the first arm, run by run, year by year, vector by vector. */
export function shareRows(scenario: Scenario, records: Float64Array, runs: number): ShareRow[] {
  const {vectors} = scenario;
  const n = vectors.length;
  const width = recordWidth(n);
  const steps = scenario.horizon + 1;
  const rows: ShareRow[] = [];
  for (let r = 0; r < runs; ++r) {
    for (let t = 0; t < steps; ++t) {
      const base = (r * ARMS * steps + t) * width;
      for (let v = 0; v < n; ++v) rows.push({run: r, t, vector: vectors[v]!, share: records[base + v]!});
    }
  }
  return rows;
}

/** The quantile band of a column of numbers (sorted in place). */
function band(column: Float64Array, base: Omit<Band, "p05" | "p25" | "p50" | "p75" | "p95">): Band {
  column.sort();
  const [p05, p25, p50, p75, p95] = QUANTILES.map((p) => quantileSorted(column, p)) as [
    number,
    number,
    number,
    number,
    number
  ];
  return {...base, p05, p25, p50, p75, p95};
}

/** Bands (both arms and the effect) and dominance for years `from` … `to − 1`, over runs 0 … runs − 1. */
export function summarizeSteps(
  scenario: Pick<Scenario, "vectors" | "horizon" | "startYear">,
  records: Float64Array,
  {runs, from, to}: {runs: number; from: number; to: number}
): StepSummary {
  const {vectors} = scenario;
  const n = vectors.length;
  const width = recordWidth(n);
  const steps = scenario.horizon + 1;
  const armStride = steps * width;
  const runStride = ARMS * armStride;
  const out: StepSummary = {bands: [], dominant: [], baselineBands: [], baselineDominant: [], effect: []};
  const a = new Float64Array(runs);
  const b = new Float64Array(runs);
  const d = new Float64Array(runs);
  for (let t = from; t < to; ++t) {
    const label = (k: number) => ({
      t,
      ...(scenario.startYear !== undefined ? {year: scenario.startYear + t} : {}),
      ...(k < n ? {measure: "share" as const, vector: vectors[k]!} : {measure: MEASURES[k - n]!})
    });
    for (let k = 0; k < n + MEASURES.length; ++k) {
      for (let r = 0, i = t * width + k; r < runs; ++r, i += runStride) {
        a[r] = records[i]!;
        b[r] = records[i + armStride]!;
        d[r] = a[r]! - b[r]!;
      }
      out.bands.push(band(a, label(k)));
      out.baselineBands.push(band(b, label(k)));
      out.effect.push(band(d, label(k)));
    }
    for (const [arm, into] of [
      [0, out.dominant],
      [1, out.baselineDominant]
    ] as const) {
      const counts = new Array<number>(n).fill(0);
      for (let r = 0, i = t * width + width - 1 + arm * armStride; r < runs; ++r, i += runStride)
        counts[records[i]!]! += 1;
      counts.forEach((c, v) => into.push({t, vector: vectors[v]!, frequency: c / runs}));
    }
  }
  return out;
}

/** A scenario without starting influence gets an even start (1 everywhere): the app layer supplies measured values. */
export function withStart(scenario: Scenario): Scenario {
  if (scenario.start) return scenario;
  return {
    ...scenario,
    start: Object.fromEntries(scenario.vectors.map((v) => [v, {economic: 1, security: 1, political: 1, social: 1}]))
  };
}

function startWarnings(scenario: Scenario): Issue[] {
  return scenario.start
    ? []
    : [
        {
          code: "missing_start",
          message: `Scenario "${scenario.name}" has no starting influence: using 1 for every vector and dimension`,
          path: ["start"]
        }
      ];
}
