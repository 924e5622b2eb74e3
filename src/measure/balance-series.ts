/**
 * The multi-vector balance over time: per year, each vector's share of the focal state's structural
 * ties by dimension and combined, the normalised entropy, HHI, the dominant vector and its lead, the
 * position in a triangle of three vectors, and how the combined balance moves when each weight is
 * moved by ±50%.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import {balance} from "./balance.js";
import {combineDimensionShares} from "./combine-shares.js";
import {
  combineComponents,
  componentEvidence,
  DEFAULT_DIMENSION_WEIGHTS,
  dimensionWarnings,
  DEFAULT_METRICS,
  influenceComponents,
  type Component,
  type InfluenceCell,
  type InfluenceOptions,
  type TieIndex
} from "./influence.js";
import {yearRanges, type MeasureRecord, type MeasureResult} from "./records.js";
import {trianglePoint} from "./triangle.js";

/** Options for {@link balanceSeries}: those of influence plus the triangle and the sensitivity. */
export interface BalanceSeriesOptions extends InfluenceOptions {
  /** Three vectors for the triangle. Defaults to the first three vectors. */
  triangle?: readonly [string, string, string];
  /** Move each weight by these factors and report the change in combined entropy. Defaults to [0.5, 1.5]; [] turns it off. */
  sensitivity?: readonly number[];
  /** Shares below this are folded into "other" (see balance()). Defaults to 0. */
  floor?: number;
}

const DEFAULT_FACTORS = [0.5, 1.5] as const;

interface YearBalance {
  year: number;
  shares: Map<string, Record<string, number>>; // dimension (and "combined") → vector → share
  entropy: number;
  hhi: number;
  dominant: string;
  lead: number;
  combined: Record<string, number>;
}

/** Shares per dimension (over vectors with influence > 0) and combined as the weighted mean of the dimension shares. */
function yearBalances(
  cells: readonly InfluenceCell[],
  vectors: readonly string[],
  dimensionWeights: Readonly<Record<string, number>>,
  floor: number
): YearBalance[] {
  const byYear = new Map<number, InfluenceCell[]>();
  for (const c of cells) (byYear.get(c.year) ?? (byYear.set(c.year, []), byYear.get(c.year)!)).push(c);
  const out: YearBalance[] = [];
  for (const [year, list] of byYear) {
    const shares = new Map<string, Record<string, number>>();
    const ties = new Map<string, Record<string, number>>();
    for (const dimension of Object.keys(dimensionWeights)) {
      const weights: Record<string, number> = {};
      let total = 0;
      for (const c of list) {
        if (c.dimension !== dimension || c.influence === null) continue;
        weights[c.vector] = c.influence;
        total += c.influence;
      }
      if (!(total > 0)) continue;
      ties.set(dimension, weights);
      const s: Record<string, number> = {};
      for (const v of vectors) s[v] = (weights[v] ?? 0) / total;
      shares.set(dimension, s);
    }
    // One combination rule for the measure and the simulation: the weighted mean of the dimension shares.
    const combined = combineDimensionShares(ties, vectors, dimensionWeights);
    if (!combined) continue;
    const b = balance(combined, {floor});
    shares.set("combined", {...b.shares});
    out.push({year, shares, entropy: b.entropy, hhi: b.hhi, dominant: b.dominant, lead: b.lead, combined});
  }
  return out.sort((a, b) => a.year - b.year);
}

/** The parameters moved in the sensitivity analysis: "dimension:economic", "metric:trade", "mix". */
function sensitivityParameters(
  components: readonly Component[],
  dimensionWeights: Readonly<Record<string, number>>
): string[] {
  const metrics = [...new Set(components.map((c) => c.metric))].sort();
  return [...Object.keys(dimensionWeights).map((d) => `dimension:${d}`), ...metrics.map((m) => `metric:${m}`), "mix"];
}

/** Computes the balance of the focal state over its vectors, year by year, from indexed ties. */
export function balanceSeries(index: TieIndex, options: BalanceSeriesOptions): MeasureResult {
  const {focal, vectors, from, to} = options;
  const metrics = options.metrics ?? DEFAULT_METRICS;
  const dimensionWeights = options.dimensionWeights ?? DEFAULT_DIMENSION_WEIGHTS;
  const mix = options.mix ?? 0.5;
  const floor = options.floor ?? 0;
  const factors = options.sensitivity ?? DEFAULT_FACTORS;
  const triangle =
    options.triangle ?? (vectors.length >= 3 ? ([vectors[0]!, vectors[1]!, vectors[2]!] as const) : undefined);
  const components = influenceComponents(index, options);
  const base = yearBalances(
    combineComponents(components, {vectors, from, to, metrics, dimensionWeights, mix}),
    vectors,
    dimensionWeights,
    floor
  );
  const records: MeasureRecord[] = [];
  const all = (year: number, measure: string, value: number | null, extra: Partial<MeasureRecord> = {}) =>
    records.push({focal, vector: "*", year, measure, value, ...extra});
  for (const yb of base) {
    for (const [dimension, s] of yb.shares)
      for (const v of Object.keys(s))
        records.push({focal, vector: v, year: yb.year, measure: "share", value: s[v]!, dimension});
    all(yb.year, "entropy", yb.entropy);
    all(yb.year, "hhi", yb.hhi);
    records.push({
      focal,
      vector: yb.dominant,
      year: yb.year,
      measure: "dominant",
      value: yb.shares.get("combined")![yb.dominant]!
    });
    records.push({focal, vector: yb.dominant, year: yb.year, measure: "lead", value: yb.lead});
    if (triangle) {
      const p = trianglePoint(...(triangle.map((v) => yb.combined[v] ?? 0) as [number, number, number]));
      triangle.forEach((v, i) =>
        records.push({focal, vector: v, year: yb.year, measure: "triangle", value: p ? p.weights[i]! : null})
      );
      all(yb.year, "triangle_x", p ? p.x : null);
      all(yb.year, "triangle_y", p ? p.y : null);
    }
  }
  // Sensitivity: move one weight at a time and recompute the combined entropy (and the dominant share).
  if (factors.length > 0 && base.length > 0) {
    const entropyOf = new Map(base.map((b) => [b.year, b.entropy]));
    for (const parameter of sensitivityParameters(components, dimensionWeights)) {
      for (const factor of factors) {
        const [kind, name] = parameter.split(":") as [string, string | undefined];
        const dw =
          kind === "dimension" ? {...dimensionWeights, [name!]: dimensionWeights[name!]! * factor} : dimensionWeights;
        const ms =
          kind === "metric"
            ? {...metrics, [name!]: {...metrics[name!]!, weight: metrics[name!]!.weight * factor}}
            : metrics;
        const mx = kind === "mix" ? Math.min(1, mix * factor) : mix;
        const moved = yearBalances(
          combineComponents(components, {vectors, from, to, metrics: ms, dimensionWeights: dw, mix: mx}),
          vectors,
          dw,
          floor
        );
        for (const m of moved) {
          all(m.year, "entropy_change", m.entropy - entropyOf.get(m.year)!, {parameter, factor});
        }
      }
    }
  }
  const warnings: Issue[] = [];
  const have = new Set(base.map((b) => b.year));
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
      message: `No structural ties between "${focal}" and its vectors in ${yearRanges(missing)}: values are null`,
      path: ["focal"]
    });
  }
  warnings.push(...dimensionWarnings(components, options).filter((w) => w.code !== "no_data"));
  records.sort((a, b) => a.year - b.year);
  const result: MeasureResult = {records, warnings};
  if (options.explain) result.evidence = componentEvidence(components);
  return result;
}
