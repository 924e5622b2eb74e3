/**
 * Structural influence, after the idea of the Formal Bilateral Influence Capacity (FBIC) index
 * (Moyer, Meisel, Matthews, Bohl and Burrows, Pardee Center, 2021): the influence capacity of a
 * vector B over the focal state A grows with the *bandwidth* of their ties (volume) and with A's
 * *dependence* on B (B's share of A's total), per dimension.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import {blocMembersInYear, DEFAULT_BLOCS, type Blocs} from "./blocs.js";
import {yearRanges, yearsBetween, type Evidence, type MeasureRecord, type MeasureResult} from "./records.js";

/** An indicator row as the measures read it (`partner` null for a state's total). */
export interface Tie {
  id: string;
  actor: string;
  partner: string | null;
  year: number;
  metric: string;
  value: number;
  unit?: string;
  /** cite_source: "dataset:cow-trade", a URL … */
  source: string;
  quote?: string;
}

/** How one metric enters the index. */
export interface MetricSpec {
  dimension: string;
  /** Weight of the metric within its dimension. */
  weight: number;
  /** Volume at which bandwidth reaches 0.5: bandwidth = x / (x + halfSaturation). */
  halfSaturation: number;
  /** Stored metrics summed into this one, with coefficients. */
  parts: Readonly<Record<string, number>>;
  /** Stored monadic totals summed into the focal state's total; when absent, the total is the sum over its recorded partners. */
  totals?: Readonly<Record<string, number>>;
  /** How a bloc's volume is built from its members': "sum" (trade) or "mean" (shared IGOs, alliances). */
  bloc: "sum" | "mean";
}

/** The default metrics: every weight and normalisation is a parameter (docs/methods.md). */
export const DEFAULT_METRICS: Readonly<Record<string, MetricSpec>> = {
  trade: {
    dimension: "economic",
    weight: 1,
    halfSaturation: 10000,
    parts: {trade: 1, trade_turnover: 1},
    totals: {trade_total: 1},
    bloc: "sum"
  },
  investment: {dimension: "economic", weight: 1, halfSaturation: 1000, parts: {investment: 1, fdi: 1}, bloc: "sum"},
  migrants: {dimension: "economic", weight: 0.5, halfSaturation: 100000, parts: {migrants: 1}, bloc: "sum"},
  igo: {
    dimension: "political",
    weight: 1,
    halfSaturation: 50,
    parts: {igo_shared: 1},
    totals: {igo_total: 1},
    bloc: "mean"
  },
  alliance: {
    dimension: "security",
    weight: 1,
    halfSaturation: 1,
    parts: {
      alliance_defense: 1,
      alliance_offense: 1,
      alliance_neutral: 0.5,
      alliance_nonagg: 0.5,
      alliance_consul: 0.25
    },
    totals: {
      alliance_defense_partners: 1,
      alliance_offense_partners: 1,
      alliance_neutral_partners: 0.5,
      alliance_nonagg_partners: 0.5,
      alliance_consul_partners: 0.25
    },
    bloc: "mean"
  },
  arms: {dimension: "security", weight: 1, halfSaturation: 100, parts: {arms: 1, arms_transfers: 1}, bloc: "sum"}
};

/** The dimensions and their weights in the combined index. */
export const DEFAULT_DIMENSION_WEIGHTS: Readonly<Record<string, number>> = {economic: 1, political: 1, security: 1};

/** Options for {@link influence}. */
export interface InfluenceOptions {
  focal: string;
  vectors: readonly string[];
  from: number;
  to: number;
  /** Defaults to {@link DEFAULT_METRICS}. */
  metrics?: Readonly<Record<string, MetricSpec>>;
  /** Defaults to {@link DEFAULT_DIMENSION_WEIGHTS}. */
  dimensionWeights?: Readonly<Record<string, number>>;
  /** Weight of bandwidth against dependence in the capacity: mix·bandwidth + (1 − mix)·dependence. Defaults to 0.5. */
  mix?: number;
  /** Defaults to {@link DEFAULT_BLOCS}. */
  blocs?: Blocs;
  explain?: boolean;
}

const DEFAULT_MIX = 0.5;

/**
 * Ties indexed for fast lookups: build once, measure many focal states. Codes and metrics are
 * interned to small integers so that every key is a small integer (V8 hashes those fastest).
 */
export interface TieIndex {
  /** Actor code → small integer. */
  readonly codes: Map<string, number>;
  /** Raw metric → small integer. */
  readonly metrics: Map<string, number>;
  /** pairKey(a, b) → metricKey(year, metric) → row (two levels keep every key a small integer). */
  readonly dyads: Map<number, Map<number, Tie>>;
  /** actorMetricKey(year, actor, metric) → total row. */
  readonly totals: Map<number, Tie>;
  /** actorMetricKey(year, actor, metric) → sum over partners. */
  readonly partnerSums: Map<number, number>;
}

const SLOTS = 2048;
const METRIC_SLOTS = 256;

function pairKey(a: number, b: number): number {
  return a < b ? a * SLOTS + b : b * SLOTS + a;
}

function metricKey(year: number, metric: number): number {
  return (year - 1800) * METRIC_SLOTS + metric;
}

function actorMetricKey(year: number, a: number, metric: number): number {
  return ((year - 1800) * SLOTS + a) * METRIC_SLOTS + metric;
}

/** Converts a money figure to millions of US dollars from its unit ("USD million", "USD bn" …); other units pass unchanged. */
export function toMillions(value: number, unit: string | undefined): number {
  const u = (unit ?? "").toLowerCase();
  if (!/usd|\$|dollar/.test(u)) return value;
  if (/billion|\bbn\b/.test(u)) return value * 1000;
  if (/million|\bmn\b|\bm\b/.test(u)) return value;
  if (/thousand|\bk\b/.test(u)) return value / 1000;
  return value / 1e6;
}

/**
 * Indexes ties by dyad and year. When several rows give the same dyad, year and metric, the first
 * from a "dataset:" source wins (CoW up to 2014), otherwise the first (the pack's figures after that).
 */
export function indexTies(ties: readonly Tie[]): TieIndex {
  const codes = new Map<string, number>();
  const metrics = new Map<string, number>();
  const dyads = new Map<number, Map<number, Tie>>();
  const totals = new Map<number, Tie>();
  const partnerSums = new Map<number, number>();
  const intern = (map: Map<string, number>, c: string, slots: number) => {
    let i = map.get(c);
    if (i === undefined) {
      if (map.size >= slots) throw new RangeError(`indexTies: more than ${slots} distinct values`);
      map.set(c, (i = map.size));
    }
    return i;
  };
  const prefer = (old: Tie | undefined, t: Tie) =>
    !old || (!old.source.startsWith("dataset:") && t.source.startsWith("dataset:"));
  // Few distinct units, actors and metrics: cache the unit factors and the last codes seen (rows come sorted).
  const factors = new Map<string, number>();
  let lastActor = "";
  let lastA = -1;
  for (const raw of ties) {
    let t = raw;
    if (raw.unit !== undefined) {
      let factor = factors.get(raw.unit);
      if (factor === undefined) factors.set(raw.unit, (factor = MONEY.test(raw.unit) ? toMillions(1, raw.unit) : 1));
      if (factor !== 1) t = {...raw, value: raw.value * factor};
    }
    const a = t.actor === lastActor ? lastA : (lastA = intern(codes, (lastActor = t.actor), SLOTS));
    const m = intern(metrics, t.metric, METRIC_SLOTS);
    if (t.partner === null) {
      const key = actorMetricKey(t.year, a, m);
      if (prefer(totals.get(key), t)) totals.set(key, t);
      continue;
    }
    if (t.partner === t.actor) continue;
    const b = intern(codes, t.partner, SLOTS);
    const pk = pairKey(a, b);
    let pair = dyads.get(pk);
    if (!pair) dyads.set(pk, (pair = new Map()));
    const key = metricKey(t.year, m);
    const old = pair.get(key);
    if (prefer(old, t)) {
      pair.set(key, t);
      const delta = t.value - (old?.value ?? 0);
      const ka = actorMetricKey(t.year, a, m);
      const kb = actorMetricKey(t.year, b, m);
      partnerSums.set(ka, (partnerSums.get(ka) ?? 0) + delta);
      partnerSums.set(kb, (partnerSums.get(kb) ?? 0) + delta);
    }
  }
  return {codes, metrics, dyads, totals, partnerSums};
}

const MONEY = /usd|\$|dollar/i;

/** One metric's figures for a focal state, vector and year. */
export interface Component {
  vector: string;
  year: number;
  metric: string;
  dimension: string;
  /** Volume of ties (bloc: summed or averaged over members). */
  volume: number;
  bandwidth: number;
  dependence: number;
  rows: Tie[];
}

/** The per-metric components of influence; a metric without data for the focal state in a year has no component. */
export function influenceComponents(index: TieIndex, options: InfluenceOptions): Component[] {
  const {focal, vectors, from, to} = options;
  const metrics = options.metrics ?? DEFAULT_METRICS;
  const blocs = options.blocs ?? DEFAULT_BLOCS;
  const out: Component[] = [];
  const f = index.codes.get(focal);
  if (f === undefined) return out;
  const explain = options.explain ?? false;
  const vectorCodes = vectors.map((v) => index.codes.get(v) ?? -1);
  const memberCodes = new Map<string, number[]>();
  const ids = (r: Readonly<Record<string, number>> | undefined) =>
    Object.entries(r ?? {}).flatMap(([p, c]) =>
      index.metrics.has(p) ? [[index.metrics.get(p)!, c] as [number, number]] : []
    );
  const specs = Object.entries(metrics).map(([metric, spec]) => ({
    metric,
    spec,
    parts: ids(spec.parts),
    totals: ids(spec.totals)
  }));
  for (let year = from; year <= to; ++year) {
    for (const {metric, spec, parts, totals} of specs) {
      if (parts.length === 0 && totals.length === 0) continue;
      let total = 0;
      let haveTotal = false;
      const totalRows: Tie[] = [];
      for (const [p, c] of totals) {
        const row = index.totals.get(actorMetricKey(year, f, p));
        if (row) {
          total += c * row.value;
          haveTotal = true;
          if (explain) totalRows.push(row);
        }
      }
      let observed = haveTotal;
      for (const [p, c] of parts) {
        const sum = index.partnerSums.get(actorMetricKey(year, f, p));
        if (sum === undefined) continue;
        observed = true;
        if (!haveTotal) total += c * sum;
      }
      if (!observed) continue;
      for (let k = 0; k < vectors.length; ++k) {
        const vector = vectors[k]!;
        const rows: Tie[] = [];
        const found = {any: false};
        let volume = volumeOf(index, year, f, vectorCodes[k]!, parts, rows, explain, found);
        const members = blocs[vector];
        if (members && !found.any) {
          const mk = `${vector}|${year}`;
          let ms = memberCodes.get(mk);
          if (!ms) memberCodes.set(mk, (ms = blocMembersInYear(members, year).map((m) => index.codes.get(m) ?? -1)));
          let sum = 0;
          let n = 0;
          for (const m of ms) {
            if (m === f) continue;
            n += 1;
            if (m >= 0) sum += volumeOf(index, year, f, m, parts, rows, explain, found);
          }
          volume = spec.bloc === "mean" && n > 0 ? sum / n : sum;
        }
        const dependence = total > 0 ? Math.min(1, volume / total) : 0;
        out.push({
          vector,
          year,
          metric,
          dimension: spec.dimension,
          volume,
          bandwidth: volume / (volume + spec.halfSaturation),
          dependence,
          rows: explain ? [...rows, ...totalRows] : []
        });
      }
    }
  }
  return out;
}

function volumeOf(
  index: TieIndex,
  year: number,
  a: number,
  b: number,
  parts: [number, number][],
  rows: Tie[],
  explain: boolean,
  found: {any: boolean}
): number {
  if (b < 0) return 0;
  const pair = index.dyads.get(pairKey(a, b));
  if (!pair) return 0;
  let v = 0;
  for (const [p, c] of parts) {
    const row = pair.get(metricKey(year, p));
    if (row) {
      v += c * row.value;
      found.any = true;
      if (explain) rows.push(row);
    }
  }
  return v;
}

/** Per vector, year and dimension (and "combined"): bandwidth, dependence and influence; null without data. */
export interface InfluenceCell {
  vector: string;
  year: number;
  dimension: string;
  bandwidth: number | null;
  dependence: number | null;
  influence: number | null;
}

/**
 * Combines components: within a dimension, the weighted mean over its metrics with data; capacity =
 * mix·bandwidth + (1 − mix)·dependence; combined = weighted mean of the dimensions with data.
 */
export function combineComponents(
  components: readonly Component[],
  options: {
    vectors: readonly string[];
    from: number;
    to: number;
    metrics?: Readonly<Record<string, MetricSpec>>;
    dimensionWeights?: Readonly<Record<string, number>>;
    mix?: number;
  }
): InfluenceCell[] {
  const metrics = options.metrics ?? DEFAULT_METRICS;
  const dw = options.dimensionWeights ?? DEFAULT_DIMENSION_WEIGHTS;
  const mix = options.mix ?? DEFAULT_MIX;
  const acc = new Map<string, {w: number; b: number; d: number}>();
  for (const c of components) {
    const w = metrics[c.metric]?.weight ?? 0;
    if (!(w > 0)) continue;
    const key = `${c.vector}|${c.year}|${c.dimension}`;
    const a = acc.get(key) ?? (acc.set(key, {w: 0, b: 0, d: 0}), acc.get(key)!);
    a.w += w;
    a.b += w * c.bandwidth;
    a.d += w * c.dependence;
  }
  const cells: InfluenceCell[] = [];
  for (const vector of options.vectors) {
    for (let year = options.from; year <= options.to; ++year) {
      let cw = 0;
      let cb = 0;
      let cd = 0;
      let ci = 0;
      for (const [dimension, weight] of Object.entries(dw)) {
        const a = acc.get(`${vector}|${year}|${dimension}`);
        if (!a) {
          cells.push({vector, year, dimension, bandwidth: null, dependence: null, influence: null});
          continue;
        }
        const b = a.b / a.w;
        const d = a.d / a.w;
        const i = mix * b + (1 - mix) * d;
        cells.push({vector, year, dimension, bandwidth: b, dependence: d, influence: i});
        if (weight > 0) ((cw += weight), (cb += weight * b), (cd += weight * d), (ci += weight * i));
      }
      cells.push(
        cw > 0
          ? {vector, year, dimension: "combined", bandwidth: cb / cw, dependence: cd / cw, influence: ci / cw}
          : {vector, year, dimension: "combined", bandwidth: null, dependence: null, influence: null}
      );
    }
  }
  return cells;
}

/** Structural influence capacity of each vector over the focal state, per year and dimension. */
export function influence(ties: readonly Tie[] | TieIndex, options: InfluenceOptions): MeasureResult {
  const index = Array.isArray(ties) ? indexTies(ties) : (ties as TieIndex);
  const components = influenceComponents(index, options);
  const cells = combineComponents(components, options);
  const records: MeasureRecord[] = [];
  const warnings: Issue[] = [];
  for (const c of cells) {
    for (const measure of ["bandwidth", "dependence", "influence"] as const) {
      records.push({
        focal: options.focal,
        vector: c.vector,
        year: c.year,
        measure,
        value: c[measure],
        dimension: c.dimension
      });
    }
  }
  warnings.push(...dimensionWarnings(components, options));
  const result: MeasureResult = {records, warnings};
  if (options.explain) result.evidence = componentEvidence(components);
  return result;
}

/** Warnings for the years without any indicator, and for each dimension's years without data. */
export function dimensionWarnings(
  components: readonly Component[],
  options: {focal: string; from: number; to: number; dimensionWeights?: Readonly<Record<string, number>>}
): Issue[] {
  const warnings: Issue[] = [];
  const years = yearsBetween(options.from, options.to);
  const missing = years.filter((y) => !components.some((c) => c.year === y));
  if (missing.length > 0) {
    warnings.push({
      code: "no_data",
      message: `No structural indicators for "${options.focal}" in ${yearRanges(missing)}: values are null`,
      path: ["focal"]
    });
  }
  for (const dimension of Object.keys(options.dimensionWeights ?? DEFAULT_DIMENSION_WEIGHTS)) {
    const have = new Set(components.filter((c) => c.dimension === dimension).map((c) => c.year));
    const partial = years.filter((y) => !have.has(y) && !missing.includes(y));
    if (partial.length > 0) {
      warnings.push({
        code: "partial_data",
        message: `No ${dimension} indicators for "${options.focal}" in ${yearRanges(partial)}: the combined figures rest on the other dimensions`,
        path: ["focal"]
      });
    }
  }
  return warnings;
}

/** The indicator rows behind each component, as evidence. */
export function componentEvidence(components: readonly Component[]): Evidence[] {
  const out: Evidence[] = [];
  for (const c of components) {
    for (const r of c.rows) {
      out.push({
        vector: c.vector,
        year: c.year,
        kind: "indicator",
        ref: r.id,
        source: r.source,
        value: r.value,
        dimension: c.dimension,
        detail: `${c.metric}: ${r.metric} ${r.actor}${r.partner ? `–${r.partner}` : " (total)"} ${r.year} = ${r.value}${r.unit ? ` ${r.unit}` : ""}${r.quote ? ` (${r.quote})` : ""}`
      });
    }
  }
  return out;
}
