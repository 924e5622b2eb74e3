/**
 * The multi-vector balance over time: per year, each vector's share of the focal state's structural
 * ties by dimension and combined, the normalised entropy, HHI, the dominant vector and its lead, the
 * position in a triangle of three vectors, what each year rests on (coverage), where that changes
 * (breaks), and how the headline holds when each parameter moves over its range (stability).
 *
 * @module
 */
import type {Coverage, Issue, Stability} from "../domain/index.js";
import {balanceOf, balanceScratch} from "./balance.js";
import {combineDimensionSharesInto} from "./combine-shares.js";
import {coverageBreaks, markPartialYears} from "./coverage.js";
import {
  blockEvaluationReads,
  blockEvidence,
  DIMENSIONS,
  dimensionWarnings,
  evaluateBlocks,
  evaluateDimension,
  metricBlocks,
  mixCapacity,
  rebuildBlock,
  type InfluenceOptions,
  type MetricBlock,
  type YearInfluence
} from "./influence.js";
import {describeParams, resolveParams, sensitivitySettings, type Params} from "./parameters.js";
import {yearRanges, type MeasureRecord, type MeasureResult} from "./records.js";
import type {TieIndex} from "./ties.js";
import {trianglePoint} from "./triangle.js";

/** Which dimensions a year's figure may rest on. */
export type CoverageMode = {mode: "observed"} | {mode: "fixed"; dimensions: readonly string[]};

/** Options for {@link balanceSeries}: those of influence plus the triangle, coverage and sensitivity. */
export interface BalanceSeriesOptions extends InfluenceOptions {
  /** Three vectors for the triangle. Defaults to the first three vectors. */
  triangle?: readonly [string, string, string];
  /** Run the sensitivity analysis over every parameter. Defaults to true. */
  sensitivity?: boolean;
  /**
   * observed (default): a year uses the dimensions observed that year, and each change is a break;
   * fixed: the same dimensions every year, and a year lacking any of them is null.
   */
  coverage?: CoverageMode;
  /**
   * The dimensions the balance may rest on (default: economic, political, security); "events" needs
   * `events` (the event dimension's inputs). With fixed coverage, its dimensions decide.
   */
  dimensions?: readonly string[];
}

/** One year's balance. */
export interface YearBalance {
  year: number;
  /** dimension (and "combined") → per vector share. */
  shares: Map<string, number[]>;
  entropy: number;
  hhi: number;
  dominant: number;
  lead: number;
  /** Vector indices from the largest combined share to the smallest. */
  order: number[];
  coverage: Coverage;
}

/** The dimensions a year may rest on, in order. */
function dimensionsOf(coverage: CoverageMode, dimensions: readonly string[] = DIMENSIONS): readonly string[] {
  return coverage.mode === "fixed" ? coverage.dimensions : dimensions;
}

/** The weight of each dimension (`dimension.<name>`). */
function dimensionWeights(params: Params, dims: readonly string[]): number[] {
  return dims.map((d) => params[`dimension.${d}`] ?? 1);
}

/** Reusable buffers for {@link combineYear}. */
interface CombineScratch {
  used: number[];
  cols: (readonly number[])[];
  weights: number[];
  vm: Float64Array;
  out: Float64Array;
}

function combineScratch(nv: number, nd: number): CombineScratch {
  return {used: [], cols: [], weights: [], vm: new Float64Array(nv * nd), out: new Float64Array(nv)};
}

/**
 * The combined shares of one year (written into `scratch.out` and returned) from each dimension's
 * influence per vector (`influences[j]` for the j-th of the coverage's dimensions, weighted by
 * `dimWeights[j]`): the weighted mean of the dimension shares, through the one combination rule.
 * `scratch.used` lists the indices of the dimensions used. Null when no dimension counts or, with
 * fixed coverage, one is missing.
 */
function combineYear(
  influences: readonly (readonly number[] | undefined)[],
  nv: number,
  dimWeights: readonly number[],
  fixed: boolean,
  scratch: CombineScratch
): Float64Array | null {
  const {used, cols, weights} = scratch;
  used.length = cols.length = weights.length = 0;
  let wsum = 0;
  for (let j = 0; j < influences.length; ++j) {
    const i = influences[j];
    if (!i) continue;
    let total = 0;
    for (let k = 0; k < i.length; ++k) total += i[k]!;
    if (!(total > 0)) continue;
    const w = dimWeights[j]!;
    if (w > 0) {
      used.push(j);
      weights.push(w);
      cols.push(i);
      wsum += w;
    }
  }
  // One combination rule for the measure and the simulation (combine-shares.ts): the weighted mean of
  // the dimension shares, vector-major.
  if (!(wsum > 0) || (fixed && used.length < influences.length)) return null;
  const D = cols.length;
  const vm = scratch.vm;
  for (let d = 0; d < D; ++d) for (let k = 0; k < nv; ++k) vm[k * D + d] = cols[d]![k]!;
  return combineDimensionSharesInto(vm, nv, D, weights, scratch.out);
}

/** Vector indices from the largest combined share to the smallest (the first on ties). */
function rankOrder(combined: Float64Array): number[] {
  const order: number[] = [];
  for (let k = 0; k < combined.length; ++k) order.push(k);
  return order.sort((a, c) => combined[c]! - combined[a]! || a - c);
}

/** Whether `order` is the rank order of `combined` ({@link rankOrder} without sorting). */
function isRankOrder(order: readonly number[], combined: Float64Array): boolean {
  for (let i = 1; i < order.length; ++i) {
    const a = order[i - 1]!;
    const c = order[i]!;
    if (!(combined[a]! > combined[c]! || (combined[a] === combined[c] && a < c))) return false;
  }
  return true;
}

/** The shares of one year from its influence: per dimension over the vectors, combined as the weighted mean. */
function yearBalance(
  y: YearInfluence,
  vectors: readonly string[],
  params: Params,
  coverage: CoverageMode,
  dims: readonly string[]
): YearBalance | {year: number; coverage: Coverage} {
  const scratch = combineScratch(vectors.length, dims.length);
  const fixed = coverage.mode === "fixed";
  const combined = combineYear(
    dims.map((d) => y.dimensions.get(d)?.i),
    vectors.length,
    dimensionWeights(params, dims),
    fixed,
    scratch
  );
  const used = scratch.used.map((j) => dims[j]!);
  const complete = !fixed || used.length === dims.length;
  const shares = new Map<string, number[]>();
  for (const dimension of dims) {
    const cell = y.dimensions.get(dimension);
    const total = cell ? cell.i.reduce((s, x) => s + x, 0) : 0;
    if (!cell || !(total > 0)) continue;
    shares.set(
      dimension,
      cell.i.map((x) => x / total)
    );
  }
  const metrics = y.metrics.filter((m) => used.includes(m.dimension));
  if (!combined)
    return {
      year: y.year,
      coverage: {year: y.year, dimensions: complete ? used : [], metrics: complete ? metrics : [], partial: false}
    };
  const b = balanceOf(combined, params["floor"] ?? 0, vectors);
  shares.set(
    "combined",
    vectors.map((_, k) => (b.folded[k] ? 0 : b.shares[k]!))
  );
  return {
    year: y.year,
    shares,
    entropy: b.entropy,
    hhi: b.hhi,
    dominant: b.dominant,
    lead: b.lead,
    order: rankOrder(combined),
    coverage: {year: y.year, dimensions: used, metrics, partial: false}
  };
}

function isBalance(x: YearBalance | {year: number; coverage: Coverage}): x is YearBalance {
  return "shares" in x;
}

/** Evaluates the blocks into yearly balances (and the coverage of every year, null ones included). */
export function balancesOf(
  blocks: readonly MetricBlock[],
  params: Params,
  options: {
    vectors: readonly string[];
    from: number;
    to: number;
    coverage?: CoverageMode;
    dimensions?: readonly string[];
  }
): {balances: YearBalance[]; coverage: Coverage[]; years: YearInfluence[]} {
  const years = evaluateBlocks(blocks, params, options.vectors.length, options.from, options.to);
  const balances: YearBalance[] = [];
  const coverage: Coverage[] = [];
  for (const y of years) {
    const mode = options.coverage ?? {mode: "observed"};
    const r = yearBalance(y, options.vectors, params, mode, dimensionsOf(mode, options.dimensions));
    coverage.push(r.coverage);
    if (isBalance(r)) balances.push(r);
  }
  markPartialYears(coverage);
  return {balances, coverage, years};
}

/** Computes the balance of the focal state over its vectors, year by year, from indexed ties. */
export function balanceSeries(index: TieIndex, options: BalanceSeriesOptions): MeasureResult {
  const {focal, vectors, from, to} = options;
  const params = resolveParams(options.params);
  const triangle =
    options.triangle ?? (vectors.length >= 3 ? ([vectors[0]!, vectors[1]!, vectors[2]!] as const) : undefined);
  // The event dimension's block only when the balance may rest on it.
  const dims = dimensionsOf(options.coverage ?? {mode: "observed"}, options.dimensions);
  if (options.events && !dims.includes("events")) options = {...options, events: undefined};
  const blocks = metricBlocks(index, options, params);
  const {balances, coverage, years} = balancesOf(blocks, params, options);
  const records: MeasureRecord[] = [];
  const all = (year: number, measure: string, value: number | null, extra: Partial<MeasureRecord> = {}) =>
    records.push({focal, vector: "*", year, measure, value, ...extra});
  for (const yb of balances) {
    for (const [dimension, s] of yb.shares)
      vectors.forEach((v, k) =>
        records.push({focal, vector: v, year: yb.year, measure: "share", value: s[k]!, dimension})
      );
    all(yb.year, "entropy", yb.entropy);
    all(yb.year, "hhi", yb.hhi);
    const dom = vectors[yb.dominant]!;
    records.push({
      focal,
      vector: dom,
      year: yb.year,
      measure: "dominant",
      value: yb.shares.get("combined")![yb.dominant]!
    });
    records.push({focal, vector: dom, year: yb.year, measure: "lead", value: yb.lead});
    if (triangle) {
      const combined = yb.shares.get("combined")!;
      const p = trianglePoint(...(triangle.map((v) => combined[vectors.indexOf(v)] ?? 0) as [number, number, number]));
      triangle.forEach((v, i) =>
        records.push({focal, vector: v, year: yb.year, measure: "triangle", value: p ? p.weights[i]! : null})
      );
      all(yb.year, "triangle_x", p ? p.x : null);
      all(yb.year, "triangle_y", p ? p.y : null);
    }
  }
  const stability =
    options.sensitivity === false ? [] : sensitivity(index, options, params, blocks, years, balances, records);
  const warnings: Issue[] = [];
  const have = new Set(balances.map((b) => b.year));
  const missing: number[] = [];
  for (let y = from; y <= to; ++y) {
    if (have.has(y)) continue;
    missing.push(y);
    all(y, "entropy", null);
    all(y, "hhi", null);
  }
  if (missing.length > 0) {
    warnings.push({
      code: "no_data",
      message:
        options.coverage?.mode === "fixed"
          ? `No data for all of ${options.coverage.dimensions.join(", ")} (--coverage fixed) for "${focal}" in ${yearRanges(missing)}: values are null`
          : `No structural ties between "${focal}" and its vectors in ${yearRanges(missing)}: values are null`,
      path: ["focal"]
    });
  }
  warnings.push(...dimensionWarnings(years, options).filter((w) => w.code !== "no_data"));
  warnings.push(...blocks.flatMap((b) => b.warnings));
  for (const b of blocks)
    for (const c of b.checks) warnings.push({code: `check_${c.kind}`, message: c.message, path: ["data", c.metric]});
  for (const c of coverage.filter((x) => x.partial))
    warnings.push({
      code: "partial_year",
      message: `${c.year} is partial for "${focal}": it rests on ${c.metrics.map((m) => m.metric).join(", ")} only (the other sources end earlier)`,
      path: ["to"]
    });
  records.sort((a, b) => a.year - b.year);
  const breaks = coverageBreaks(coverage);
  const result: MeasureResult = {records, warnings, coverage, breaks, parameters: describeParams(params), stability};
  if (options.explain) result.evidence = blockEvidence(blocks, vectors);
  return result;
}

/**
 * Moves each parameter alone to the ends of its range and recomputes the balance; per year, records
 * the change in entropy (`entropy_change`, parameter "name=value") and returns the stability of the
 * headline: which settings change the dominant vector, which change the rank order.
 *
 * Only what a parameter touches is recomputed: the blocks whose figures it changes (rebuildBlock),
 * the dimensions whose evaluation reads it (or whose blocks were rebuilt); every other dimension's
 * bandwidth and dependence are the base run's, mixed anew, and combined by the same rule. The result
 * is the balance recomputed with that one setting (a test checks it against exactly that).
 */
function sensitivity(
  index: TieIndex,
  options: BalanceSeriesOptions,
  params: Params,
  blocks: readonly MetricBlock[],
  years: readonly YearInfluence[],
  base: readonly YearBalance[],
  records: MeasureRecord[]
): Stability[] {
  const nv = options.vectors.length;
  const coverage = options.coverage ?? {mode: "observed"};
  const baseYears = new Map(years.map((y) => [y.year, y]));
  const flips = new Map<number, {dominant: string[]; rank: string[]}>(
    base.map((b) => [b.year, {dominant: [], rank: []}])
  );
  const dims = dimensionsOf(coverage, options.dimensions);
  const settings = sensitivitySettings(params, {events: dims.includes("events")});
  const fixed = coverage.mode === "fixed";
  const scratch = combineScratch(nv, dims.length);
  const into = balanceScratch(nv);
  for (const s of settings) {
    const moved = {...params, [s.name]: s.value};
    const bs = blocks.map((b) => rebuildBlock(index, options, moved, b, s.name));
    const changed = new Set<string>();
    bs.forEach((b, i) => {
      if (b !== blocks[i] || blockEvaluationReads(b, s.name)) changed.add(b.def.dimension);
    });
    const mix = moved["mix"] ?? 0.5;
    const sameMix = mix === (params["mix"] ?? 0.5);
    const label = `${s.name}=${round(s.value)}`;
    const dimWeights = dimensionWeights(moved, dims);
    const floor = moved["floor"] ?? 0;
    const changedAt = dims.map((d) => changed.has(d));
    const influences: (readonly number[] | undefined)[] = dims.map(() => undefined);
    for (const b of base) {
      const y = baseYears.get(b.year)!;
      for (let j = 0; j < dims.length; ++j) {
        if (changedAt[j]) {
          const c = evaluateDimension(bs, dims[j]!, moved, nv, b.year);
          influences[j] = c && mixCapacity(c, mix);
        } else {
          const cell = y.dimensions.get(dims[j]!);
          influences[j] = cell && (sameMix ? cell.i : mixCapacity(cell, mix));
        }
      }
      const combined = combineYear(influences, nv, dimWeights, fixed, scratch);
      if (!combined) continue;
      const m = balanceOf(combined, floor, options.vectors, into);
      records.push({
        focal: options.focal,
        vector: "*",
        year: b.year,
        measure: "entropy_change",
        value: m.entropy - b.entropy,
        parameter: label
      });
      const f = flips.get(b.year)!;
      if (m.dominant !== b.dominant) f.dominant.push(`${label} (${options.vectors[m.dominant]})`);
      else if (!isRankOrder(b.order, combined)) f.rank.push(label);
    }
  }
  return base.map((b) => {
    const f = flips.get(b.year)!;
    return {
      year: b.year,
      dominant: options.vectors[b.dominant]!,
      mark: f.dominant.length > 0 ? "fragile" : f.rank.length > 0 ? "rank" : "stable",
      settings: settings.length,
      dominantFlips: f.dominant,
      rankFlips: f.rank
    };
  });
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
