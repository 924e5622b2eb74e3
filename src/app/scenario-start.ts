/**
 * Where a scenario starts: by default from the measures (`--start measured`): for each dimension, the latest year
 * at or before the scenario's start year in which the balance (balanceStartingPoint) measures it, as shares of
 * that dimension, each with its year and the datasets and rows it rests on. A dimension without data keeps the
 * scenario file's prior, flagged. `--start file` keeps the file's figures (priors) everywhere, also flagged.
 *
 * @module
 */
import type {Issue, Scenario} from "../domain/index.js";
import {DIMENSIONS} from "../simulate/index.js";
import type {Store} from "../store/index.js";
import {balanceStartingPoint, measure} from "./measures.js";

/** Where the starting figures come from. */
export type StartMode = "measured" | "file";
export const START_MODES: readonly StartMode[] = ["measured", "file"];

/** The provenance of one dimension's starting figures. */
export interface StartDimension {
  dimension: string;
  origin: "measured" | "prior";
  /** The measured year (origin measured). */
  year?: number;
  /** Each vector's share of the dimension at the start. */
  shares: Record<string, number>;
  /** Datasets or citations behind the figures ("dataset:cow-trade", or the scenario file for a prior). */
  sources: string[];
  /** Metrics of the balance that entered (trade, institutions, alliance …). */
  metrics: string[];
  /** Indicator rows behind the figures. */
  rows: number;
  /** One line a person can read. */
  note: string;
}

/** A scenario with its starting point resolved, and where each figure came from. */
export interface ScenarioStart {
  scenario: Scenario;
  mode: StartMode;
  dimensions: StartDimension[];
  warnings: Issue[];
}

function sharesOf(values: Record<string, number>, vectors: readonly string[]): Record<string, number> {
  const total = vectors.reduce((a, v) => a + (values[v] ?? 0), 0);
  return Object.fromEntries(vectors.map((v) => [v, total > 0 ? (values[v] ?? 0) / total : 0]));
}

function prior(scenario: Scenario, dimension: string, why: string): StartDimension {
  const values = Object.fromEntries(scenario.vectors.map((v) => [v, scenario.start?.[v]?.[dimension] ?? 0]));
  const has = scenario.vectors.some((v) => (values[v] ?? 0) > 0);
  return {
    dimension,
    origin: "prior",
    shares: sharesOf(values, scenario.vectors),
    sources: has ? ["the scenario file's documented prior (its comments give the basis)"] : [],
    metrics: [],
    rows: 0,
    note: has ? `prior from the scenario file (${why})` : `no data and no prior: every vector starts equal (${why})`
  };
}

/**
 * Resolves a scenario's starting point. With `measured`, needs the store; dimensions the store does not cover keep
 * the file's prior and are flagged in `warnings`.
 */
export async function resolveStart(
  store: Store | undefined,
  scenario: Scenario,
  mode: StartMode = "measured"
): Promise<ScenarioStart> {
  const warnings: Issue[] = [];
  if (mode === "file" || !store) {
    const dimensions = DIMENSIONS.map((d) => prior(scenario, d, mode === "file" ? "--start file" : "no store"));
    warnings.push({
      code: "prior_start",
      message: `Starting point of "${scenario.name}" from the scenario file's priors, not from measured data${mode === "file" ? " (--start file)" : ": no store"}`,
      path: ["start"]
    });
    return {scenario: withShares(scenario, dimensions), mode, dimensions, warnings};
  }
  const to = scenario.startYear ?? 2024;
  // The balance's own starting point: per dimension, the shares of the latest year up to `to` that has
  // them, with the metrics, their provenance and sources (one definition for the measure and the lab).
  const start = await balanceStartingPoint(store, {
    focal: scenario.focal,
    vectors: scenario.vectors.join(","),
    year: to,
    lookback: Math.min(30, to - 1946),
    explain: true
  });
  const dimensions: StartDimension[] = [];
  for (const dimension of DIMENSIONS) {
    const d = start.dimensions.find((x) => x.dimension === dimension);
    if (!d || !scenario.vectors.some((v) => (d.shares[v] ?? 0) > 0)) {
      dimensions.push(prior(scenario, dimension, `the store has no ${dimension} measure up to ${to}`));
      warnings.push({
        code: "prior_start",
        message: `No measured ${dimension} ties for ${scenario.focal} and ${scenario.vectors.join(", ")} up to ${to}: the ${dimension} start is the scenario file's prior`,
        path: ["start", dimension]
      });
      continue;
    }
    const year = d.year;
    const sources = [...new Set(d.metrics.flatMap((m) => m.sources))].sort();
    const metrics = [...new Set(d.metrics.map((m) => m.metric))].sort();
    const rows = d.rows ?? 0;
    dimensions.push({
      dimension,
      origin: "measured",
      year,
      shares: sharesOf(d.shares, scenario.vectors),
      sources,
      metrics,
      rows,
      note: `balance ${year} (${metrics.join(", ") || "indicators"}; ${sources.join(", ") || "store"}; ${rows} rows)`
    });
    if (year < to) {
      warnings.push({
        code: "carried_forward",
        message: `The ${dimension} start is measured in ${year}, carried forward to ${to}`,
        path: ["start", dimension]
      });
    }
  }
  return {scenario: withShares(scenario, dimensions), mode, dimensions, warnings};
}

/** The scenario with `start` set to the dimension shares (×100: a vector's percentage of the dimension's ties). */
function withShares(scenario: Scenario, dimensions: readonly StartDimension[]): Scenario {
  const start: Record<string, Record<string, number>> = {};
  for (const v of scenario.vectors) {
    start[v] = {};
    for (const d of dimensions) start[v]![d.dimension] = (d.shares[v] ?? 0) * 100;
  }
  return {...scenario, start};
}

/**
 * The shares the store measures for each dimension in the years after `from` up to `to`: for each dimension, every
 * year in (from, to] in which the influence measure covers every vector (a back-test's observations).
 */
export async function measuredShares(
  store: Store,
  scenario: Pick<Scenario, "focal" | "vectors">,
  from: number,
  to: number
): Promise<
  {dimension: StartDimension["dimension"]; year: number; shares: Record<string, number>; sources: string[]}[]
> {
  const out = await measure(store, "influence", {
    focal: scenario.focal,
    vectors: scenario.vectors.join(","),
    from: from + 1,
    to,
    explain: true
  });
  const cells = new Map<string, Map<string, number>>();
  for (const r of out.items) {
    if (r.measure !== "influence" || r.value === null || !r.dimension || r.dimension === "combined") continue;
    const key = `${r.dimension}|${r.year}`;
    (cells.get(key) ?? (cells.set(key, new Map()), cells.get(key)!)).set(r.vector, r.value);
  }
  const rows: {dimension: string; year: number; shares: Record<string, number>; sources: string[]}[] = [];
  for (const [key, values] of cells) {
    if (!scenario.vectors.every((v) => values.has(v))) continue;
    const [dimension, y] = key.split("|") as [string, string];
    const year = Number(y);
    const plain = Object.fromEntries(values);
    if (!scenario.vectors.some((v) => plain[v]! > 0)) continue;
    const sources = [
      ...new Set((out.evidence ?? []).filter((e) => e.dimension === dimension && e.year === year).map((e) => e.source))
    ].sort();
    rows.push({dimension, year, shares: sharesOf(plain, scenario.vectors), sources});
  }
  return rows.sort((a, b) => a.dimension.localeCompare(b.dimension) || a.year - b.year);
}
