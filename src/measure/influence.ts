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
  trade: {dimension: "economic", weight: 1, halfSaturation: 10000, parts: {trade: 1, trade_turnover: 1}, totals: {trade_total: 1}, bloc: "sum"},
  investment: {dimension: "economic", weight: 1, halfSaturation: 1000, parts: {investment: 1, fdi: 1}, bloc: "sum"},
  migrants: {dimension: "economic", weight: 0.5, halfSaturation: 100000, parts: {migrants: 1}, bloc: "sum"},
  igo: {dimension: "political", weight: 1, halfSaturation: 50, parts: {igo_shared: 1}, totals: {igo_total: 1}, bloc: "mean"},
  alliance: {
    dimension: "security", weight: 1, halfSaturation: 1,
    parts: {alliance_defense: 1, alliance_offense: 1, alliance_neutral: 0.5, alliance_nonagg: 0.5, alliance_consul: 0.25},
    totals: {
      alliance_defense_partners: 1, alliance_offense_partners: 1, alliance_neutral_partners: 0.5,
      alliance_nonagg_partners: 0.5, alliance_consul_partners: 0.25
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

/** Ties indexed for fast lookups: build once, measure many focal states. */
export interface TieIndex {
  /** `${year}|${a}|${b}` with a < b → raw metric → rows. */
  readonly dyads: Map<string, Map<string, Tie>>;
  /** `${actor}|${year}` → raw metric → total row. */
  readonly totals: Map<string, Map<string, Tie>>;
  /** `${actor}|${year}` → raw metric → sum over partners. */
  readonly partnerSums: Map<string, Map<string, number>>;
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
  const dyads = new Map<string, Map<string, Tie>>();
  const totals = new Map<string, Map<string, Tie>>();
  const partnerSums = new Map<string, Map<string, number>>();
  const prefer = (old: Tie | undefined, t: Tie) => !old || (!old.source.startsWith("dataset:") && t.source.startsWith("dataset:"));
  for (const raw of ties) {
    const t = /usd|\$|dollar/i.test(raw.unit ?? "") ? {...raw, value: toMillions(raw.value, raw.unit)} : raw;
    if (t.partner === null) {
      const key = `${t.actor}|${t.year}`;
      const m = totals.get(key) ?? (totals.set(key, new Map()), totals.get(key)!);
      if (prefer(m.get(t.metric), t)) m.set(t.metric, t);
      continue;
    }
    if (t.partner === t.actor) continue;
    const [a, b] = t.actor < t.partner ? [t.actor, t.partner] : [t.partner, t.actor];
    const key = `${t.year}|${a}|${b}`;
    const m = dyads.get(key) ?? (dyads.set(key, new Map()), dyads.get(key)!);
    const old = m.get(t.metric);
    if (prefer(old, t)) {
      m.set(t.metric, t);
      for (const side of [a, b]) {
        const sk = `${side}|${t.year}`;
        const s = partnerSums.get(sk) ?? (partnerSums.set(sk, new Map()), partnerSums.get(sk)!);
        s.set(t.metric, (s.get(t.metric) ?? 0) + t.value - (old?.value ?? 0));
      }
    }
  }
  return {dyads, totals, partnerSums};
}

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

/** The per-metric components of influence: null entries where the metric has no data for the focal state that year. */
export function influenceComponents(index: TieIndex, options: InfluenceOptions): Component[] {
  const {focal, vectors, from, to} = options;
  const metrics = options.metrics ?? DEFAULT_METRICS;
  const blocs = options.blocs ?? DEFAULT_BLOCS;
  const out: Component[] = [];
  for (let year = from; year <= to; ++year) {
    const ownTotals = index.totals.get(`${focal}|${year}`);
    const sums = index.partnerSums.get(`${focal}|${year}`);
    for (const [metric, spec] of Object.entries(metrics)) {
      const parts = Object.entries(spec.parts);
      let total = 0;
      let haveTotal = false;
      for (const [p, c] of Object.entries(spec.totals ?? {})) {
        const row = ownTotals?.get(p);
        if (row) (total += c * row.value), (haveTotal = true);
      }
      let observed = haveTotal;
      if (!haveTotal) for (const [p, c] of parts) if (sums?.has(p)) (total += c * sums.get(p)!), (observed = true);
      if (!observed) for (const [p] of parts) if (sums?.has(p)) observed = true;
      if (!observed) continue;
      const totalRows = haveTotal ? Object.keys(spec.totals ?? {}).flatMap((p) => (ownTotals?.get(p) ? [ownTotals.get(p)!] : [])) : [];
      for (const vector of vectors) {
        const rows: Tie[] = [];
        const direct = volumeOf(index, year, focal, vector, parts, rows);
        let volume = direct;
        const members = blocs[vector];
        if (members && rows.length === 0) {
          const ms = blocMembersInYear(members, year).filter((m) => m !== focal);
          let sum = 0;
          for (const m of ms) sum += volumeOf(index, year, focal, m, parts, rows);
          volume = spec.bloc === "mean" && ms.length > 0 ? sum / ms.length : sum;
        }
        const dependence = total > 0 ? Math.min(1, volume / total) : 0;
        out.push({
          vector, year, metric, dimension: spec.dimension, volume, bandwidth: volume / (volume + spec.halfSaturation), dependence,
          rows: options.explain ? [...rows, ...totalRows] : []
        });
      }
    }
  }
  return out;
}

function volumeOf(index: TieIndex, year: number, a: string, b: string, parts: [string, number][], rows: Tie[]): number {
  const m = index.dyads.get(a < b ? `${year}|${a}|${b}` : `${year}|${b}|${a}`);
  if (!m) return 0;
  let v = 0;
  for (const [p, c] of parts) {
    const row = m.get(p);
    if (row) (v += c * row.value), rows.push(row);
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
  options: {vectors: readonly string[]; from: number; to: number; metrics?: Readonly<Record<string, MetricSpec>>; dimensionWeights?: Readonly<Record<string, number>>; mix?: number}
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
        if (weight > 0) (cw += weight), (cb += weight * b), (cd += weight * d), (ci += weight * i);
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
      records.push({focal: options.focal, vector: c.vector, year: c.year, measure, value: c[measure], dimension: c.dimension});
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
    warnings.push({code: "no_data", message: `No structural indicators for "${options.focal}" in ${yearRanges(missing)}: values are null`, path: ["focal"]});
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
        vector: c.vector, year: c.year, kind: "indicator", ref: r.id, source: r.source, value: r.value, dimension: c.dimension,
        detail: `${c.metric}: ${r.metric} ${r.actor}${r.partner ? `–${r.partner}` : " (total)"} ${r.year} = ${r.value}${r.unit ? ` ${r.unit}` : ""}${r.quote ? ` (${r.quote})` : ""}`
      });
    }
  }
  return out;
}
