/**
 * A back-test: a scenario started from the measures of a past year, run forward with the shocks that happened, and
 * compared with what was measured later, dimension by dimension, against a naive persistence forecast (the
 * starting shares unchanged). Pure: the measured shares come in as arguments.
 *
 * @module
 */
import type {Scenario} from "../domain/index.js";
import {dimensionIndex} from "./dynamics.js";
import {dimensionShare} from "./indicators.js";
import {simulateRun} from "./monte-carlo.js";
import {quantileSorted} from "./quantiles.js";

/** The shares measured for one dimension in one later year. */
export interface ObservedShares {
  readonly dimension: "economic" | "security" | "political" | "social";
  readonly year: number;
  readonly shares: Readonly<Record<string, number>>;
}

/** One vector's share in one dimension and year: measured, persistence, simulated. */
export interface BacktestRow {
  readonly dimension: string;
  readonly year: number;
  readonly vector: string;
  readonly observed: number;
  /** The share at the start (the persistence forecast). */
  readonly persistence: number;
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
  /** Whether the observed share lies in the simulated 5–95% band. */
  readonly covered: boolean;
}

export interface BacktestResult {
  readonly scenario: string;
  readonly startYear: number;
  readonly runs: number;
  readonly seed: number;
  readonly rows: readonly BacktestRow[];
  /** Mean absolute error of the simulated median over every row. */
  readonly maeModel: number;
  /** Mean absolute error of persistence over the same rows. */
  readonly maePersistence: number;
  /** 1 − maeModel / maePersistence: > 0 beats persistence, < 0 does worse. */
  readonly skill: number;
  /** Share of rows whose observed value lies in the simulated 5–95% band. */
  readonly coverage: number;
}

/**
 * Runs the back-test. `scenario.start` must hold the measured starting point; each observed dimension and year must
 * lie within the horizon.
 */
export function backtest(
  scenario: Scenario,
  observed: readonly ObservedShares[],
  {runs = scenario.runs, seed = scenario.seed}: {runs?: number; seed?: number} = {}
): BacktestResult {
  const startYear = scenario.startYear;
  if (startYear === undefined) throw new RangeError("Cannot back-test: the scenario has no startYear");
  for (const o of observed) {
    if (o.year <= startYear || o.year > startYear + scenario.horizon)
      throw new RangeError(
        `Cannot back-test against ${o.dimension} ${o.year}: expected a year after ${startYear} and at most ${startYear + scenario.horizon}`
      );
  }
  const n = scenario.vectors.length;
  const samples = observed.map(() => Array.from({length: n}, () => new Float64Array(runs)));
  let first: Float64Array | undefined;
  for (let r = 0; r < runs; ++r) {
    const {trajectory} = simulateRun(scenario, {seed, run: r});
    first ??= trajectory[0]!.level;
    observed.forEach((o, i) => {
      const level = trajectory[o.year - startYear]!.level;
      const d = dimensionIndex(o.dimension);
      for (let v = 0; v < n; ++v) samples[i]![v]![r] = dimensionShare(level, v, d);
    });
  }
  const rows: BacktestRow[] = [];
  observed.forEach((o, i) => {
    const d = dimensionIndex(o.dimension);
    scenario.vectors.forEach((vector, v) => {
      const column = samples[i]![v]!.sort();
      const p05 = quantileSorted(column, 0.05);
      const p95 = quantileSorted(column, 0.95);
      const value = o.shares[vector] ?? 0;
      rows.push({
        dimension: o.dimension,
        year: o.year,
        vector,
        observed: value,
        persistence: first ? dimensionShare(first, v, d) : NaN,
        p05,
        p50: quantileSorted(column, 0.5),
        p95,
        covered: value >= p05 && value <= p95
      });
    });
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const maeModel = mean(rows.map((r) => Math.abs(r.p50 - r.observed)));
  const maePersistence = mean(rows.map((r) => Math.abs(r.persistence - r.observed)));
  return {
    scenario: scenario.name,
    startYear,
    runs,
    seed,
    rows,
    maeModel,
    maePersistence,
    skill: maePersistence > 0 ? 1 - maeModel / maePersistence : 0,
    coverage: mean(rows.map((r) => (r.covered ? 1 : 0)))
  };
}
