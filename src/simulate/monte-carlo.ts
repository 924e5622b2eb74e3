/**
 * Many runs of a scenario with sampled parameters (Mesa's batch run): tidy rows `{run, t, vector, share}` and
 * quantile bands per step. Each run draws from its own stream, derived from (seed, run index), so the result does
 * not depend on how runs are split into chunks or over workers.
 *
 * @module
 */
import type {Issue, Scenario, VectorId} from "../domain/index.js";
import {createWorld, run, type World} from "./dynamics.js";
import {forcesFor} from "./forces/index.js";
import {dimensionWeights, MEASURES, recordWidth, recordWorld, type MeasureName} from "./indicators.js";
import {resolveRun, type RunSetup} from "./params.js";
import {QUANTILES, quantileSorted} from "./quantiles.js";
import {runStream} from "./random.js";

/** Options for {@link runScenarioSync}. */
export interface MonteCarloOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Overrides the scenario's number of runs. */
  runs?: number;
  /**
   * Include the tidy share rows (runs × steps × vectors of them). Defaults to true up to
   * {@link MONTE_CARLO_DEFAULTS}.maxRows rows; above that they are left out with a warning unless `rows: true`.
   */
  rows?: boolean;
  /** Called after each chunk of runs with the runs done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const MONTE_CARLO_DEFAULTS = {chunkSize: 250, maxRows: 2_000_000, maxRecords: 64 * 2 ** 20} as const;

/** Numbers a Monte Carlo keeps in memory: runs × (horizon + 1) × (vectors + 6). */
export function recordCount(scenario: Pick<Scenario, "horizon" | "vectors">, runs: number): number {
  return runs * (scenario.horizon + 1) * recordWidth(scenario.vectors.length);
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

/** One vector's share at one step of one run. */
export interface ShareRow {
  readonly run: number;
  readonly t: number;
  readonly vector: VectorId;
  readonly share: number;
}

/** Quantiles over runs of one measure at one step; `vector` is set for shares. */
export interface Band {
  readonly t: number;
  readonly measure: MeasureName | "share";
  readonly vector?: VectorId;
  readonly p05: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** How often a vector is the dominant one at a step, over runs. */
export interface DominantRow {
  readonly t: number;
  readonly vector: VectorId;
  readonly frequency: number;
}

export interface MonteCarloResult {
  readonly scenario: string;
  readonly seed: number;
  readonly runs: number;
  readonly horizon: number;
  readonly vectors: readonly VectorId[];
  readonly rows: readonly ShareRow[];
  readonly bands: readonly Band[];
  readonly dominant: readonly DominantRow[];
  readonly warnings: readonly Issue[];
}

/** One run: its drawn parameters and its trajectory (horizon + 1 worlds). */
export function simulateRun(
  scenario: Scenario,
  {seed = scenario.seed, run: index = 0}: {seed?: number; run?: number} = {}
): {
  setup: RunSetup;
  trajectory: World[];
} {
  const random = runStream(seed, index);
  const setup = resolveRun(scenario, random);
  const world = createWorld(withStart(scenario));
  const trajectory = run(world, forcesFor(setup), {horizon: scenario.horizon, random, params: setup.params});
  return {setup, trajectory};
}

/**
 * Runs `from` … `to − 1` and returns their records, run-major: the record of run r at step t starts at
 * `((r − from) × (horizon + 1) + t) × recordWidth(vectors)`. Pure; what a worker computes for its chunk.
 */
export function simulateRuns(
  scenario: Scenario,
  {seed, from, to}: {seed: number; from: number; to: number}
): Float64Array {
  const width = recordWidth(scenario.vectors.length);
  const steps = scenario.horizon + 1;
  const out = new Float64Array((to - from) * steps * width);
  for (let r = from; r < to; ++r) {
    const {setup, trajectory} = simulateRun(scenario, {seed, run: r});
    const weights = dimensionWeights(setup.params);
    const origin = trajectory[0]!;
    trajectory.forEach((w, t) => recordWorld(w, origin, weights, out, ((r - from) * steps + t) * width));
  }
  return out;
}

/** Runs a scenario's Monte Carlo on this thread. Pure: same scenario and options, same numbers. */
export function runScenarioSync(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloResult {
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? scenario.runs;
  assertFits(scenario, runs);
  const records = new Float64Array(recordCount(scenario, runs));
  for (let from = 0; from < runs; from += MONTE_CARLO_DEFAULTS.chunkSize) {
    const to = Math.min(runs, from + MONTE_CARLO_DEFAULTS.chunkSize);
    records.set(
      simulateRuns(scenario, {seed, from, to}),
      from * (scenario.horizon + 1) * recordWidth(scenario.vectors.length)
    );
    options.onProgress?.(to, runs);
  }
  return summarize(scenario, records, {seed, runs, rows: options.rows});
}

/** Turns the records of runs 0 … runs − 1 into tidy rows, bands and dominance frequencies. */
export function summarize(
  scenario: Scenario,
  records: Float64Array,
  {seed, runs, rows: withRows}: {seed: number; runs: number; rows?: boolean | undefined}
): MonteCarloResult {
  const {bands, dominant} = summarizeSteps(scenario, records, {runs, from: 0, to: scenario.horizon + 1});
  return assemble(scenario, records, {seed, runs, rows: withRows}, bands, dominant);
}

/** The result from bands and dominance already computed (possibly step range by step range, on workers). */
export function assemble(
  scenario: Scenario,
  records: Float64Array,
  {seed, runs, rows: withRows}: {seed: number; runs: number; rows?: boolean | undefined},
  bands: readonly Band[],
  dominant: readonly DominantRow[]
): MonteCarloResult {
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
    vectors,
    rows: include ? shareRows(scenario, records, runs) : [],
    bands,
    dominant,
    warnings
  };
}

/** Tidy rows `{run, t, vector, share}`, run by run, step by step, vector by vector. */
export function shareRows(scenario: Scenario, records: Float64Array, runs: number): ShareRow[] {
  const {vectors} = scenario;
  const n = vectors.length;
  const width = recordWidth(n);
  const steps = scenario.horizon + 1;
  const rows: ShareRow[] = [];
  for (let r = 0; r < runs; ++r) {
    for (let t = 0; t < steps; ++t) {
      const base = (r * steps + t) * width;
      for (let v = 0; v < n; ++v) rows.push({run: r, t, vector: vectors[v]!, share: records[base + v]!});
    }
  }
  return rows;
}

/** Bands and dominance frequencies for steps `from` … `to − 1`, over runs 0 … runs − 1 of the records. */
export function summarizeSteps(
  scenario: Scenario,
  records: Float64Array,
  {runs, from, to}: {runs: number; from: number; to: number}
): {bands: Band[]; dominant: DominantRow[]} {
  const {vectors} = scenario;
  const n = vectors.length;
  const width = recordWidth(n);
  const steps = scenario.horizon + 1;
  const bands: Band[] = [];
  const dominant: DominantRow[] = [];
  const column = new Float64Array(runs);
  for (let t = from; t < to; ++t) {
    for (let k = 0; k < n + MEASURES.length; ++k) {
      for (let r = 0, i = t * width + k; r < runs; ++r, i += steps * width) column[r] = records[i]!;
      column.sort();
      const [p05, p25, p50, p75, p95] = QUANTILES.map((p) => quantileSorted(column, p)) as [
        number,
        number,
        number,
        number,
        number
      ];
      bands.push(
        k < n
          ? {t, measure: "share", vector: vectors[k]!, p05, p25, p50, p75, p95}
          : {t, measure: MEASURES[k - n]!, p05, p25, p50, p75, p95}
      );
    }
    const counts = new Array<number>(n).fill(0);
    for (let r = 0, i = t * width + width - 1; r < runs; ++r, i += steps * width) counts[records[i]!]! += 1;
    counts.forEach((c, v) => dominant.push({t, vector: vectors[v]!, frequency: c / runs}));
  }
  return {bands, dominant};
}

/** A scenario without starting influence gets an even start (1 everywhere): the app layer should supply measured values. */
function withStart(scenario: Scenario): Scenario {
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
