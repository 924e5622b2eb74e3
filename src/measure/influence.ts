/**
 * Structural influence, after the idea of the Formal Bilateral Influence Capacity (FBIC) index
 * (Moyer, Meisel, Matthews, Bohl and Burrows, Pardee Center, 2021): the influence capacity of a
 * vector B over the focal state A grows with the *bandwidth* of their ties (volume) and with A's
 * *dependence* on B (B's share of A's total), per metric and dimension. Each metric-year carries how
 * it was obtained (observed, mirror, carried forward, interpolated, flagged).
 *
 * @module
 */
import type {Coverage, Issue, MetricCoverage, Provenance} from "../domain/index.js";
import {blocMembersInYear, DEFAULT_BLOCS, type Blocs} from "./blocs.js";
import {coverageBreaks, markPartialYears, weakest} from "./coverage.js";
import {eventParts} from "./event-attribution.js";
import {
  ALLIANCE_DEPTH,
  DEFENCE_ORGS,
  describeParams,
  INSTITUTION_DEPTH,
  resolveParams,
  type Params
} from "./parameters.js";
import {EVENT_DIMENSION_DEFAULTS, type EventMonthAggregate} from "./events-dimension.js";
import {yearRanges, yearsBetween, type Evidence, type MeasureRecord, type MeasureResult} from "./records.js";
import {actorMetricKey, indexTies, pairKey, rowFrom, rowKey, shadowedFrom, type Tie, type TieIndex} from "./ties.js";

/** A membership of an organization as the measures read it (`to` exclusive, absent while valid). */
export interface MembershipSpan {
  actor: string;
  org: string;
  role: string;
  from: string;
  to?: string | null;
  source?: string;
}

/** How a metric is built. A coefficient is a number or the name of a parameter. */
export type MetricDef =
  | {
      name: string;
      dimension: string;
      kind: "flow";
      /** Stored metrics summed into this one. */
      parts: Readonly<Record<string, number | string>>;
      /** Stored monadic totals of the focal state; absent: the sum over its partners. */
      totals?: Readonly<Record<string, number | string>>;
      /** first: one row per dyad (the focal state's own report, else the partner's: mirror); sum: both directions; into: only flows into the focal state. */
      combine: "first" | "sum" | "into";
      /** A bloc's volume from its members': summed (flows) or averaged (obligations). */
      bloc: "sum" | "mean";
      /** Sources whose rows are one side's report (a row from the partner is a mirror). */
      reporters?: readonly string[];
      /** The metric counts in a year only when every vector has a row (sources with few reporters). */
      requireVectors?: boolean;
      /** Census-year stocks: interpolated between censuses, carried forward after the last (migrants.carry_years). */
      stock?: boolean;
      /** Summed over a rolling window of `arms.window` years. */
      window?: boolean;
      /** Run the hole check (checks.hole_ratio, checks.interpolate_holes). */
      checkHoles?: boolean;
      /** What a share of this metric is a share of, in words. */
      label: string;
    }
  | {
      name: string;
      dimension: string;
      kind: "institutions";
      /** The organizations counted, each with the parameter of its depth. */
      orgs: readonly string[];
      label: string;
    }
  | {name: string; dimension: string; kind: "proximity"; label: string}
  | {name: string; dimension: string; kind: "events"; label: string};

const atop = (suffix: string) =>
  Object.fromEntries(Object.keys(ALLIANCE_DEPTH).map((t) => [`alliance_${t}${suffix}`, `alliance.depth.${t}`]));

/** The metrics of the balance, by dimension (docs/methods.md gives the reasons). */
export const METRICS: readonly MetricDef[] = [
  {
    name: "trade",
    dimension: "economic",
    kind: "flow",
    parts: {trade: 1, trade_turnover: 1},
    totals: {trade_total: 1},
    combine: "first",
    bloc: "sum",
    reporters: ["dataset:national-trade"],
    checkHoles: true,
    label: "merchandise trade (exports + imports)"
  },
  {
    name: "investment",
    dimension: "economic",
    kind: "flow",
    parts: {fdi_outward: 1, fdi_inward: 1},
    combine: "sum",
    bloc: "sum",
    requireVectors: true,
    label: "direct-investment positions both ways (IMF DIP)"
  },
  {
    name: "migrants",
    dimension: "economic",
    kind: "flow",
    parts: {migrant_stock: 1},
    combine: "sum",
    bloc: "sum",
    stock: true,
    label: "migrant stock both ways (UN DESA)"
  },
  {
    name: "institutions",
    dimension: "political",
    kind: "institutions",
    orgs: Object.keys(INSTITUTION_DEPTH),
    label: "shared institutions weighted by depth and exclusivity"
  },
  {
    name: "un_alignment",
    dimension: "political",
    kind: "proximity",
    label: "closeness of UN General Assembly ideal points"
  },
  {
    name: "alliance",
    dimension: "security",
    kind: "flow",
    parts: atop(""),
    totals: atop("_partners"),
    combine: "first",
    bloc: "mean",
    label: "ATOP alliance obligations weighted by depth"
  },
  {
    name: "defence_org",
    dimension: "security",
    kind: "institutions",
    orgs: Object.keys(DEFENCE_ORGS),
    label: "shared collective-defence organizations"
  },
  {
    name: "arms",
    dimension: "security",
    kind: "flow",
    parts: {arms_tiv: 1},
    combine: "into",
    bloc: "sum",
    window: true,
    label: "arms imports from each supplier over a rolling window (SIPRI TIV)"
  }
];

/** The structural dimensions, in order (the balance's default). */
export const DIMENSIONS = ["economic", "political", "security"] as const;

/** Every dimension the balance can rest on: the structural ones and, when asked for, the events. */
export const ALL_DIMENSIONS = [...DIMENSIONS, "events"] as const;

/**
 * The event dimension's one metric: the volume of interaction with each vector in the year, summed
 * over clusters of reports weighted by their reach (src/measure/events-dimension.ts), from the months
 * the store holds events for.
 */
export const EVENTS_METRIC: MetricDef = {
  name: "events",
  dimension: "events",
  kind: "events",
  label: "interaction with each vector in the store's events: clusters of reports weighted by their reach"
};

/**
 * What the event dimension of the balance reads: the monthly sums of clusters per vector for each
 * mention weight μ needed (the one in use and, for the sensitivity, the ends of its range; μ enters
 * each cluster's weight inside a logarithm, so each value is its own query), and how reports were
 * grouped into happenings.
 */
export interface BalanceEvents {
  byMentionWeight: ReadonlyMap<number, readonly EventMonthAggregate[]>;
  /** "reader" or "dyad-day" (for the coverage's sources). */
  rule: string;
}

/** Options for {@link influence} and the balance. */
export interface InfluenceOptions {
  focal: string;
  vectors: readonly string[];
  from: number;
  to: number;
  /** Parameter values (the defaults for those absent). */
  params?: Readonly<Record<string, number>>;
  /** Defaults to {@link DEFAULT_BLOCS} (the EU with dated membership). */
  blocs?: Blocs;
  /** Memberships of organizations (the pack's), for the institutions and defence-organization metrics. */
  memberships?: readonly MembershipSpan[];
  /** Defaults to {@link METRICS}. */
  metrics?: readonly MetricDef[];
  explain?: boolean;
  /** The event dimension's inputs: with them, the events metric is computed too. */
  events?: BalanceEvents;
}

/** One metric in one year: per part and vector the volume, per part the focal state's total, and how it was obtained. */
export interface MetricYear {
  year: number;
  provenance: Provenance;
  sources: Set<string>;
  /** The year a carried-forward or interpolated value comes from. */
  from?: number;
  /** part coefficient names (or numbers) in the order of partVolumes. */
  volumes: number[][];
  totals: number[];
  /** Per vector, the rows behind (explain only). */
  rows?: Tie[][];
  /** `sources` sorted, once computed. */
  sortedSources?: string[];
}

/** A metric's years for one focal state and vector list. */
export interface MetricBlock {
  def: MetricDef;
  /** The coefficient (number or parameter name) of each part. */
  coefs: readonly (number | string)[];
  years: Map<number, MetricYear>;
  warnings: Issue[];
  /** Data-check findings: holes and cross-checks. */
  checks: Check[];
  /** A checked flow metric's observed years before the hole check (margin included), for re-checking with other settings. */
  observed?: ReadonlyMap<number, MetricYear>;
  /** A stock's census years as read (undefined: not observed), for rebuilding with another carry. */
  census?: Map<number, MetricYear | undefined>;
}

/** A data-check finding. */
export interface Check {
  kind: "hole" | "cross_check";
  metric: string;
  focal: string;
  vector: string;
  years: number[];
  /** The shares (or ratios) that made the finding. */
  values: number[];
  /** flagged: kept and marked; interpolated: replaced by a straight line. */
  action: "flagged" | "interpolated" | "reported";
  message: string;
}

interface Ctx {
  index: TieIndex;
  f: number;
  focal: string;
  vectors: readonly string[];
  vectorCodes: number[];
  blocs: Blocs;
  params: Params;
  explain: boolean;
  memberCache: Map<number, number[]>;
  flowIds: Map<MetricDef, FlowIds>;
  /** By partner code, the focal state's rows with it (null: none), as looked up. */
  pairs: (ReadonlyMap<number, Tie> | null | undefined)[];
}

function coef(c: number | string, params: Params): number {
  return typeof c === "number" ? c : (params[c] ?? 0);
}

function membersOf(ctx: Ctx, k: number, year: number): number[] | undefined {
  const members = ctx.blocs[ctx.vectors[k]!];
  if (!members) return undefined;
  const key = k * 10000 + year;
  let ms = ctx.memberCache.get(key);
  if (!ms) ctx.memberCache.set(key, (ms = blocMembersInYear(members, year).map((m) => ctx.index.codes.get(m) ?? -1)));
  return ms;
}

/** Per flow metric, its stored metrics as interned ids (cached per focal state). */
interface FlowIds {
  partIds: number[];
  totalIds: number[];
  reporters: readonly string[];
  /** The first part's dataset extent (window metrics). */
  minYear: number;
  maxYear: number;
}

function flowIds(ctx: Ctx, def: Extract<MetricDef, {kind: "flow"}>): FlowIds {
  let ids = ctx.flowIds.get(def);
  if (ids) return ids;
  const {index} = ctx;
  const partIds = Object.keys(def.parts).map((p) => index.metrics.get(p) ?? -1);
  const ys = index.years.get(partIds[0]!);
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const y of ys ?? []) ((minYear = Math.min(minYear, y)), (maxYear = Math.max(maxYear, y)));
  ids = {
    partIds,
    totalIds: Object.keys(def.totals ?? {}).map((p) => index.metrics.get(p) ?? -1),
    reporters: def.reporters ?? [],
    minYear,
    maxYear
  };
  ctx.flowIds.set(def, ids);
  return ids;
}

/** What the rows read for one vector contribute besides their values. */
interface RowUse {
  prov: Provenance;
  any: boolean;
  sources: Set<string>;
  rows: Tie[] | undefined;
}

function take(r: Tie, mirror: boolean, out: RowUse): number {
  out.any = true;
  out.sources.add(r.source);
  if (mirror) out.prov = weakest(out.prov, "mirror");
  out.rows?.push(r);
  return r.value;
}

/**
 * The rank of a row in the "first" rule: a compiled dataset's (CoW, which is also where the totals
 * come from) first, then the focal state's own report, then the partner's report of the same flow
 * (mirror), then a pack figure.
 */
function firstRank(r: Tie | undefined, own: boolean, reporters: readonly string[]): number {
  if (r === undefined) return 9;
  if (!r.source.startsWith("dataset:")) return 4;
  if (!reporters.includes(r.source)) return 1;
  return own ? 2 : 3;
}

/** The focal state's row with partner b for one part and year, by the combine rule, from the pair's rows; mirror when from the partner's report. */
function dyadValue(
  ctx: Ctx,
  def: Extract<MetricDef, {kind: "flow"}>,
  reporters: readonly string[],
  pair: ReadonlyMap<number, Tie>,
  year: number,
  p: number,
  b: number,
  out: RowUse
): number {
  const f = ctx.f;
  const theirs = pair.get(rowKey(year, p, b, f));
  let v = 0;
  if (def.combine === "into") {
    if (theirs) v += take(theirs, false, out);
    return v;
  }
  const own = pair.get(rowKey(year, p, f, b));
  if (def.combine === "sum") {
    if (own) v += take(own, false, out);
    if (theirs) v += take(theirs, false, out);
  } else {
    const pick = firstRank(own, true, reporters) <= firstRank(theirs, false, reporters) ? own : theirs;
    if (pick) v += take(pick, pick === theirs && reporters.includes(pick.source), out);
  }
  return v;
}

/** Writes into `acc` (one entry per part) the volume of the focal state's ties with `b` over the window ending in `year`. */
function volumeWith(
  ctx: Ctx,
  def: Extract<MetricDef, {kind: "flow"}>,
  ids: FlowIds,
  year: number,
  win: number,
  b: number,
  out: RowUse,
  acc: number[]
): void {
  acc.fill(0);
  if (b < 0 || b === ctx.f) return;
  let pair = ctx.pairs[b];
  if (pair === undefined) ctx.pairs[b] = pair = ctx.index.dyads.get(pairKey(ctx.f, b)) ?? null;
  if (pair === null) return;
  const {partIds, reporters} = ids;
  for (let i = 0; i < partIds.length; ++i) {
    const p = partIds[i]!;
    if (p < 0) continue;
    for (let y = year - win + 1; y <= year; ++y) acc[i]! += dyadValue(ctx, def, reporters, pair, y, p, b, out);
  }
}

/** Observed volumes of a flow metric in one year (no interpolation), or undefined when not observed. */
function flowYear(ctx: Ctx, def: Extract<MetricDef, {kind: "flow"}>, year: number): MetricYear | undefined {
  const {index, f} = ctx;
  const ids = flowIds(ctx, def);
  const {partIds, totalIds} = ids;
  const np = partIds.length;
  const win = def.window ? Math.max(1, Math.round(ctx.params["arms.window"] ?? 5)) : 1;
  const nv = ctx.vectors.length;
  const totals = new Array<number>(np).fill(0);
  let observed = false;
  const sources = new Set<string>();
  let prov: Provenance = "observed";
  // The focal state's totals: stored monadic totals, else the sum over its partners.
  let haveTotals = false;
  for (const t of totalIds) if (t >= 0 && index.totals.has(actorMetricKey(year, f, t))) haveTotals = true;
  const sums = def.combine === "into" ? index.intoSums : index.partnerSums;
  for (let i = 0; i < np; ++i) {
    const p = partIds[i]!;
    if (p < 0) continue;
    for (let y = year - win + 1; y <= year; ++y) {
      if (haveTotals) {
        const t = totalIds[i];
        const row = t !== undefined && t >= 0 ? index.totals.get(actorMetricKey(y, f, t)) : undefined;
        if (row) ((totals[i]! += row.value), (observed = true), sources.add(row.source));
      } else {
        const key = actorMetricKey(y, f, p);
        const sum = sums.get(key);
        if (sum === undefined) continue;
        // A metric built from one side's reports is observed for the focal state only when it reports
        // itself (or has a total): a few partners' mirror reports do not give its total.
        const own = sum - (index.intoSums.get(key) ?? 0);
        if (def.reporters && def.combine !== "into" && !(own > 0)) continue;
        totals[i]! += sum;
        observed = true;
      }
    }
  }
  if (!observed) return undefined;
  // A window reaching beyond the dataset's years is not a measured zero.
  if (def.window && (year > ids.maxYear || year < ids.minYear)) return undefined;
  const volumes: number[][] = [];
  for (let i = 0; i < np; ++i) volumes.push(new Array<number>(nv).fill(0));
  const rows: Tie[][] | undefined = ctx.explain ? ctx.vectors.map(() => []) : undefined;
  const v = new Array<number>(np).fill(0);
  const mv = new Array<number>(np).fill(0);
  let missing = false;
  for (let k = 0; k < nv; ++k) {
    const out: RowUse = {prov: "observed", any: false, sources, rows: rows?.[k]};
    volumeWith(ctx, def, ids, year, win, ctx.vectorCodes[k]!, out, v);
    const members = out.any ? undefined : membersOf(ctx, k, year);
    if (members) {
      v.fill(0);
      let n = 0;
      for (const m of members) {
        if (m === f) continue;
        n += 1;
        volumeWith(ctx, def, ids, year, win, m, out, mv);
        for (let i = 0; i < np; ++i) v[i]! += mv[i]!;
      }
      if (def.bloc === "mean" && n > 0) for (let i = 0; i < np; ++i) v[i] = v[i]! / n;
    }
    if (def.requireVectors && !out.any) missing = true;
    for (let i = 0; i < np; ++i) volumes[i]![k] = Math.max(0, v[i]!);
    prov = weakest(prov, out.prov);
  }
  if (missing) return undefined;
  return {year, provenance: prov, sources, volumes, totals, ...(rows ? {rows} : {})};
}

/** Linear interpolation of two metric-years' volumes and totals. */
function lerp(a: MetricYear, b: MetricYear, year: number): MetricYear {
  const t = (year - a.year) / (b.year - a.year);
  const mix = (x: number, y: number) => x + (y - x) * t;
  return {
    year,
    provenance: "interpolated",
    from: a.year,
    sources: new Set([...a.sources, ...b.sources]),
    volumes: a.volumes.map((row, i) => row.map((x, k) => mix(x, b.volumes[i]![k]!))),
    totals: a.totals.map((x, i) => mix(x, b.totals[i]!)),
    ...(a.rows ? {rows: a.rows.map((r, k) => [...r, ...(b.rows?.[k] ?? [])])} : {})
  };
}

function flowBlock(ctx: Ctx, def: Extract<MetricDef, {kind: "flow"}>, from: number, to: number): MetricBlock {
  if (def.stock) return stockBlock(ctx, def, new Map(), from, to);
  const margin = def.checkHoles ? 4 : 0;
  const all = new Map<number, MetricYear>();
  for (let y = from - margin; y <= to + margin; ++y) {
    const r = flowYear(ctx, def, y);
    if (r) all.set(y, r);
  }
  const block = checkedBlock(ctx, def, all, from, to);
  if (def.checkHoles) block.checks.push(...crossCheck(ctx, def, from, to));
  return block;
}

/** A flow block from its observed years (margin included): the hole check applied, the years of the window kept. */
function checkedBlock(
  ctx: Ctx,
  def: Extract<MetricDef, {kind: "flow"}>,
  observed: ReadonlyMap<number, MetricYear>,
  from: number,
  to: number
): MetricBlock {
  const block: MetricBlock = {def, coefs: Object.values(def.parts), years: new Map(), warnings: [], checks: []};
  const all = new Map(observed);
  if (def.checkHoles) {
    block.observed = observed;
    block.checks.push(...checkHoles(ctx, def, all));
  }
  for (let y = from; y <= to; ++y) {
    const r = all.get(y);
    if (r) block.years.set(y, r);
  }
  return block;
}

/** A census-year stock: observed in census years, interpolated between them, carried forward after the last. */
function stockBlock(
  ctx: Ctx,
  def: Extract<MetricDef, {kind: "flow"}>,
  at: Map<number, MetricYear | undefined>,
  from: number,
  to: number
): MetricBlock {
  const block: MetricBlock = {def, coefs: Object.values(def.parts), years: new Map(), warnings: [], checks: []};
  block.census = at;
  const id = ctx.index.metrics.get(Object.keys(def.parts)[0]!);
  const census = [...(id !== undefined ? (ctx.index.years.get(id) ?? []) : [])].sort((a, b) => a - b);
  const carry = Math.max(0, Math.round(ctx.params["migrants.carry_years"] ?? 0));
  const get = (y: number) => (at.has(y) ? at.get(y) : (at.set(y, flowYear(ctx, def, y)), at.get(y)));
  for (let y = from; y <= to; ++y) {
    if (census.includes(y)) {
      const r = get(y);
      if (r) block.years.set(y, r);
      continue;
    }
    const before = census.filter((c) => c < y).pop();
    const after = census.find((c) => c > y);
    if (before !== undefined && after !== undefined) {
      const a = get(before);
      const b = get(after);
      if (a && b) block.years.set(y, lerp(a, b, y));
    } else if (before !== undefined && y - before <= carry) {
      const a = get(before);
      if (a) block.years.set(y, {...a, year: y, provenance: "carried_forward", from: before});
    }
  }
  return block;
}

/**
 * Finds holes: runs of one to three years in which a vector's share of the focal state's total falls
 * below `checks.hole_ratio` times the smaller of its shares in the observed years just before and
 * after the run (below both, so that a change of level is not a hole). Flags them (provenance "flagged") or, with `checks.interpolate_holes` = 1, replaces the run by
 * a straight line between those years (provenance "interpolated").
 */
function checkHoles(ctx: Ctx, def: Extract<MetricDef, {kind: "flow"}>, all: Map<number, MetricYear>): Check[] {
  const ratio = ctx.params["checks.hole_ratio"] ?? 0.6;
  const fill = (ctx.params["checks.interpolate_holes"] ?? 0) >= 0.5;
  const out: Check[] = [];
  const copied = new Set<number>();
  const years = [...all.keys()].sort((a, b) => a - b);
  const share = (r: MetricYear, k: number) => {
    const total = r.totals.reduce((s, x) => s + x, 0);
    const v = r.volumes.reduce((s, row) => s + row[k]!, 0);
    return total > 0 ? v / total : NaN;
  };
  for (let k = 0; k < ctx.vectors.length; ++k) {
    for (let i = 1; i < years.length - 1; ++i) {
      for (let len = 3; len >= 1; --len) {
        if (i + len >= years.length) continue;
        const before = years[i - 1]!;
        const after = years[i + len]!;
        if (after - before !== len + 1) continue; // consecutive years only
        const sb = share(all.get(before)!, k);
        const sa = share(all.get(after)!, k);
        const run = years.slice(i, i + len);
        const shares = run.map((y) => share(all.get(y)!, k));
        // Below both neighbours: a level change (low before, high after) is not a hole.
        const ref = Math.min(sb, sa);
        if (!(ref > 0) || !shares.every((s) => s < ratio * ref)) continue;
        const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
        const sources = [...all.get(run[0]!)!.sources].join(", ");
        out.push({
          kind: "hole",
          metric: def.name,
          focal: ctx.focal,
          vector: ctx.vectors[k]!,
          years: run,
          values: shares,
          action: fill ? "interpolated" : "flagged",
          message: `Data check: ${def.name} ${ctx.focal}–${ctx.vectors[k]} in ${yearRanges(run)} looks like a hole in ${sources} (share ${shares.map(pct).join(", ")} against ${pct(sb)} in ${before} and ${pct(sa)} in ${after}): ${fill ? "replaced by a straight line between those years" : "kept and flagged"}`
        });
        for (const y of run) {
          // Copy on write: the observed years are kept as they were (the sensitivity re-checks them).
          let r = all.get(y)!;
          if (!copied.has(y)) {
            r = {...r, volumes: r.volumes.map((row) => row.slice())};
            all.set(y, r);
            copied.add(y);
          }
          if (fill) {
            const a = all.get(before)!;
            const b = all.get(after)!;
            const t = (y - before) / (after - before);
            for (let p = 0; p < r.volumes.length; ++p) {
              const va = a.volumes[p]![k]! / (a.totals[p]! || 1);
              const vb = b.volumes[p]![k]! / (b.totals[p]! || 1);
              // Interpolate the share, so that the year's own total is kept.
              r.volumes[p]![k] = (va + (vb - va) * t) * r.totals[p]!;
            }
            r.provenance = weakest(r.provenance, "interpolated");
          } else r.provenance = weakest(r.provenance, "flagged");
        }
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Cross-checks two datasets that both give a dyad's figure for the same year (CoW and the national
 * statistics for Kyrgyzstan 1994–2014 and Uzbekistan 2010–2014): per vector, the years in which they
 * differ by more than `checks.cross_tolerance` (a fraction of the larger). The figure used is the one
 * listed first (CoW); the check only reports.
 */
function crossCheck(ctx: Ctx, def: Extract<MetricDef, {kind: "flow"}>, from: number, to: number): Check[] {
  const tol = ctx.params["checks.cross_tolerance"] ?? 0.25;
  const out: Check[] = [];
  const parts = Object.keys(def.parts)
    .map((p) => ctx.index.metrics.get(p))
    .filter((p): p is number => p !== undefined);
  for (let k = 0; k < ctx.vectors.length; ++k) {
    const b = ctx.vectorCodes[k]!;
    if (b < 0) continue;
    const years: number[] = [];
    const ratios: number[] = [];
    let compared = 0;
    let pair = "";
    for (let y = from; y <= to; ++y) {
      for (const p of parts) {
        // Every dataset row of the dyad and year, both directions, the shadowed ones included.
        const rows = [
          rowFrom(ctx.index, y, p, ctx.f, b),
          rowFrom(ctx.index, y, p, b, ctx.f),
          ...shadowedFrom(ctx.index, y, p, ctx.f, b),
          ...shadowedFrom(ctx.index, y, p, b, ctx.f)
        ].filter((r): r is Tie => r !== undefined && r.source.startsWith("dataset:"));
        const compiled = rows.find((r) => !(def.reporters ?? []).includes(r.source));
        const reported = rows.find((r) => (def.reporters ?? []).includes(r.source));
        if (!compiled || !reported) continue;
        compared += 1;
        pair = `${compiled.source} against ${reported.source}`;
        if (Math.abs(compiled.value - reported.value) > tol * Math.max(compiled.value, reported.value)) {
          years.push(y);
          ratios.push(compiled.value / Math.max(reported.value, 1e-9));
        }
      }
    }
    if (years.length === 0) continue;
    out.push({
      kind: "cross_check",
      metric: def.name,
      focal: ctx.focal,
      vector: ctx.vectors[k]!,
      years,
      values: ratios,
      action: "reported",
      message: `Data check: ${def.name} ${ctx.focal}–${ctx.vectors[k]}, ${pair}: differ by more than ${Math.round(100 * tol)}% in ${years.length} of ${compared} years compared (${yearRanges(years)}; ratio ${ratios.map((r) => r.toFixed(2)).join(", ")}); the first is used`
    });
  }
  return out;
}

/** Membership weight of an actor in an organization at the end of a year: 1, the partner weight, or 0. */
function memberWeight(
  spans: readonly MembershipSpan[] | undefined,
  year: number,
  partnerWeight: number
): {w: number; source?: string} {
  if (!spans) return {w: 0};
  const date = `${year}-12-31`;
  let best = 0;
  let source: string | undefined;
  for (const s of spans) {
    if (!(s.from <= date && (!s.to || date < s.to))) continue;
    const w = s.role === "member" || s.role === "founder" ? 1 : partnerWeight;
    if (w > best) ((best = w), (source = s.source));
  }
  return {w: best, ...(source ? {source} : {})};
}

function institutionBlock(
  ctx: Ctx,
  def: Extract<MetricDef, {kind: "institutions"}>,
  memberships: readonly MembershipSpan[],
  from: number,
  to: number
): MetricBlock {
  const block: MetricBlock = {
    def,
    coefs: def.orgs.map((o) => `institution.depth.${o}`),
    years: new Map(),
    warnings: [],
    checks: []
  };
  const byActorOrg = new Map<string, MembershipSpan[]>();
  const actors = new Set<string>();
  for (const m of memberships) {
    actors.add(m.actor);
    const key = `${m.actor}|${m.org}`;
    (byActorOrg.get(key) ?? (byActorOrg.set(key, []), byActorOrg.get(key)!)).push(m);
  }
  if (!actors.has(ctx.focal)) return block;
  const pw = ctx.params["institution.partner_weight"] ?? 0.5;
  const x = ctx.params["institution.exclusivity"] ?? 1;
  const nv = ctx.vectors.length;
  for (let year = from; year <= to; ++year) {
    const volumes = def.orgs.map(() => new Array<number>(nv).fill(0));
    const totals = def.orgs.map(() => 0);
    const sources = new Set<string>();
    let any = false;
    def.orgs.forEach((org, i) => {
      const fw = memberWeight(byActorOrg.get(`${ctx.focal}|${org}`), year, pw);
      if (fw.w === 0) return;
      any = true;
      if (fw.source) sources.add(fw.source);
      const mv = ctx.vectors.map((v, k) => {
        const members = ctx.blocs[v];
        if (!members || byActorOrg.has(`${v}|${org}`)) return memberWeight(byActorOrg.get(`${v}|${org}`), year, pw).w;
        const ms = blocMembersInYear(members, year).filter((m) => m !== ctx.focal);
        if (ms.length === 0) return 0;
        void k;
        return ms.reduce((s, m) => s + memberWeight(byActorOrg.get(`${m}|${org}`), year, pw).w, 0) / ms.length;
      });
      const kIn = mv.reduce((s, w) => s + w, 0);
      const excl = nv > 1 ? Math.min(1, Math.max(0, 1 - (x * Math.max(0, kIn - 1)) / (nv - 1))) : 1;
      totals[i] = fw.w * excl;
      for (let k = 0; k < nv; ++k) volumes[i]![k] = fw.w * mv[k]! * excl;
    });
    if (!any) continue;
    block.years.set(year, {year, provenance: "observed", sources, volumes, totals});
  }
  return block;
}

/**
 * The event dimension's block: per year, each vector's volume of interaction (the months' cluster
 * weights summed, conflict discounted by `events.conflict_weight`), the total over the vectors as the
 * focal state's total. A year counts with at least `events.min_clusters` clusters of the focal state
 * with its vectors; fewer, and it is left out with a warning (not a figure from three reports).
 */
function eventsBlock(
  ctx: Ctx,
  def: MetricDef,
  events: BalanceEvents | undefined,
  memberships: readonly MembershipSpan[],
  from: number,
  to: number
): MetricBlock {
  const block: MetricBlock = {def, coefs: [1], years: new Map(), warnings: [], checks: []};
  if (!events) return block;
  const mu = ctx.params["events.mention_weight"] ?? EVENT_DIMENSION_DEFAULTS.mentionWeight;
  const minClusters = ctx.params["events.min_clusters"] ?? 1;
  const cw = ctx.params["events.conflict_weight"] ?? 1;
  const months = events.byMentionWeight.get(mu);
  if (!months) {
    block.warnings.push({
      code: "no_data",
      message: `The events were not summed with mention weight ${mu} (events.mention_weight): the event dimension is left out`,
      path: ["param", "events.mention_weight"]
    });
    return block;
  }
  const nv = ctx.vectors.length;
  const attribution = {
    focal: ctx.focal,
    vectors: ctx.vectors,
    blocs: ctx.blocs,
    memberships,
    share: ctx.params["events.organization_share"] ?? 1
  };
  const byYear = new Map<
    number,
    {volumes: number[]; clusters: number; months: Set<string>; organizations: Map<string, number>}
  >();
  for (const m of months) {
    const year = Number(m.month.slice(0, 4));
    if (year < from || year > to || m.clusters === 0) continue;
    // A vector, a member state of a bloc vector, or an organization of some of the vectors (event-attribution.ts).
    const parts = eventParts(m.vector, m.month, attribution);
    if (parts.length === 0) continue;
    let y = byYear.get(year);
    if (!y)
      byYear.set(
        year,
        (y = {volumes: new Array<number>(nv).fill(0), clusters: 0, months: new Set(), organizations: new Map()})
      );
    // Conflict (quad classes 3 and 4) weighs cw of cooperation; quadSum holds Σ w · share of each class.
    const volume = m.volume - (1 - cw) * (m.quadSum[2] + m.quadSum[3]);
    for (const p of parts) y.volumes[p.vector]! += p.factor * volume;
    y.clusters += m.clusters;
    y.months.add(m.month);
    if (parts[0]!.via === "organization")
      y.organizations.set(m.vector, (y.organizations.get(m.vector) ?? 0) + m.clusters);
  }
  const few: number[] = [];
  const source = `store:events (${events.rule === "dyad-day" ? "dyad-day clusters" : "reader clusters"})`;
  for (const [year, y] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (y.clusters < minClusters) {
      few.push(year);
      continue;
    }
    const volumes = y.volumes.map((v) => Math.max(0, v));
    block.years.set(year, {
      year,
      provenance: "observed",
      sources: new Set([
        `${source}: ${y.clusters} clusters in ${y.months.size} month${y.months.size === 1 ? "" : "s"}` +
          (y.organizations.size > 0
            ? ` (through organizations, split among their member vectors: ${[...y.organizations]
                .sort()
                .map(([o, n]) => `${o} ${n}`)
                .join(", ")})`
            : "")
      ]),
      volumes: [volumes],
      totals: [volumes.reduce((s, v) => s + v, 0)]
    });
  }
  if (few.length > 0)
    block.warnings.push({
      code: "few_events",
      message: `The event dimension of "${ctx.focal}" in ${yearRanges(few)} rests on fewer than ${minClusters} clusters of reports (events.min_clusters): left out`,
      path: ["param", "events.min_clusters"]
    });
  const missing = yearsBetween(from, to).filter((y) => !byYear.has(y));
  if (missing.length > 0 && byYear.size > 0)
    block.warnings.push({
      code: "no_data",
      message: `No events of "${ctx.focal}" with its vectors in ${yearRanges(missing)}: the event dimension is left out of those years (a gap, not zero)`,
      path: ["dimensions", "events"]
    });
  if (byYear.size === 0)
    block.warnings.push({
      code: "no_data",
      message: `No events of "${ctx.focal}" with ${ctx.vectors.join(",")} in ${from}–${to}: the event dimension has no figures (ingest articles or GDELT files first)`,
      path: ["dimensions", "events"]
    });
  return block;
}

/** Per index and blocs, a bloc's mean ideal point by "bloc|year|min n" (null: none), for focal states outside the bloc. */
const BLOC_POINTS = new WeakMap<TieIndex, WeakMap<Blocs, Map<string, number | null>>>();

function blocPointMemo(index: TieIndex, blocs: Blocs): Map<string, number | null> {
  let byBlocs = BLOC_POINTS.get(index);
  if (!byBlocs) BLOC_POINTS.set(index, (byBlocs = new WeakMap()));
  let memo = byBlocs.get(blocs);
  if (!memo) byBlocs.set(blocs, (memo = new Map()));
  return memo;
}

function proximityBlock(ctx: Ctx, def: MetricDef, from: number, to: number): MetricBlock {
  const block: MetricBlock = {def, coefs: [1], years: new Map(), warnings: [], checks: []};
  const ip = ctx.index.metrics.get("un_idealpoint");
  const nvotes = ctx.index.metrics.get("un_idealpoint_votes");
  if (ip === undefined) return block;
  const minN = ctx.params["alignment.min_n"] ?? 10;
  const point = (a: number, year: number): {x: number; n: number; row: Tie} | undefined => {
    if (a < 0) return undefined;
    const row = ctx.index.totals.get(actorMetricKey(year, a, ip));
    if (!row) return undefined;
    const n = nvotes !== undefined ? (ctx.index.totals.get(actorMetricKey(year, a, nvotes))?.value ?? 0) : minN;
    return {x: row.value, n, row};
  };
  const few: number[] = [];
  const lacking = new Map<string, number[]>();
  for (let year = from; year <= to; ++year) {
    const fp = point(ctx.f, year);
    if (!fp) continue;
    if (fp.n < minN) {
      few.push(year);
      continue;
    }
    const dist: number[] = [];
    const rows: Tie[][] = ctx.vectors.map(() => []);
    let ok = true;
    for (let k = 0; k < ctx.vectors.length; ++k) {
      let x: number | undefined;
      const own = point(ctx.vectorCodes[k]!, year);
      if (own && own.n >= minN) ((x = own.x), rows[k]!.push(own.row));
      else {
        const members = membersOf(ctx, k, year);
        if (members) {
          // The mean of the members' points (the focal state left out) with enough votes. The same
          // for every focal state outside the bloc: kept on the index for the next one.
          const key = `${ctx.vectors[k]}|${year}|${minN}`;
          const memo = members.includes(ctx.f) || ctx.explain ? undefined : blocPointMemo(ctx.index, ctx.blocs);
          const known = memo?.get(key);
          if (known !== undefined) x = known ?? undefined;
          else {
            let sum = 0;
            let n = 0;
            for (const m of members) {
              if (m === ctx.f) continue;
              const p = point(m, year);
              if (!p || !(p.n >= minN)) continue;
              sum += p.x;
              n += 1;
              if (ctx.explain) rows[k]!.push(p.row);
            }
            if (n > 0) x = sum / n;
            memo?.set(key, x ?? null);
          }
        }
      }
      if (x === undefined) {
        ok = false;
        (lacking.get(ctx.vectors[k]!) ?? (lacking.set(ctx.vectors[k]!, []), lacking.get(ctx.vectors[k]!)!)).push(year);
        continue;
      }
      dist.push(Math.abs(fp.x - x));
    }
    if (!ok) continue;
    if (ctx.explain) rows.forEach((r) => r.unshift(fp.row));
    block.years.set(year, {
      year,
      provenance: "observed",
      sources: new Set([fp.row.source]),
      volumes: [dist],
      totals: [1],
      ...(ctx.explain ? {rows} : {})
    });
  }
  if (few.length)
    block.warnings.push({
      code: "few_votes",
      message: `UN alignment of "${ctx.focal}" in ${yearRanges(few)} rests on fewer than ${minN} votes (alignment.min_n): left out`,
      path: ["param", "alignment.min_n"]
    });
  for (const [v, ys] of lacking)
    block.warnings.push({
      code: "no_data",
      message: `No UN ideal point for "${v}" in ${yearRanges(ys)}: UN alignment is left out of those years`,
      path: ["vectors", v]
    });
  return block;
}

/** Computes every metric's block for a focal state (the expensive step; the balance reuses them). */
export function metricBlocks(
  index: TieIndex,
  options: InfluenceOptions,
  params: Params,
  only?: (def: MetricDef) => boolean
): MetricBlock[] {
  const ctx = contextOf(index, options, params);
  const out: MetricBlock[] = [];
  const defs = [...(options.metrics ?? METRICS), ...(options.events ? [EVENTS_METRIC] : [])];
  for (const def of defs) {
    if (only && !only(def)) continue;
    out.push(buildBlock(ctx, def, options));
  }
  return out;
}

function contextOf(index: TieIndex, options: InfluenceOptions, params: Params): Ctx {
  return {
    index,
    f: index.codes.get(options.focal) ?? -1,
    focal: options.focal,
    vectors: options.vectors,
    vectorCodes: options.vectors.map((v) => index.codes.get(v) ?? -1),
    blocs: options.blocs ?? DEFAULT_BLOCS,
    params,
    explain: options.explain ?? false,
    memberCache: new Map(),
    flowIds: new Map(),
    pairs: new Array<undefined>(index.codes.size).fill(undefined)
  };
}

function buildBlock(ctx: Ctx, def: MetricDef, options: InfluenceOptions): MetricBlock {
  if (def.kind === "institutions")
    return institutionBlock(ctx, def, options.memberships ?? [], options.from, options.to);
  if (def.kind === "proximity") return proximityBlock(ctx, def, options.from, options.to);
  if (def.kind === "events")
    return eventsBlock(ctx, def, options.events, options.memberships ?? [], options.from, options.to);
  if (ctx.f < 0) return {def, coefs: Object.values(def.parts), years: new Map(), warnings: [], checks: []};
  return flowBlock(ctx, def, options.from, options.to);
}

/**
 * The block's figures with one parameter moved (for the sensitivity analysis): the block itself when
 * the parameter does not change them; a re-check of the observed years for the hole rule; the stock
 * with another carry from the census years already read; else the block built anew. Only the figures
 * (years) of the result are meant to be used: its warnings and checks may be incomplete.
 */
export function rebuildBlock(
  index: TieIndex,
  options: InfluenceOptions,
  params: Params,
  block: MetricBlock,
  parameter: string
): MetricBlock {
  const def = block.def;
  if (!blockDependsOn(def, parameter)) return block;
  const ctx = contextOf(index, {...options, explain: false}, params);
  if (def.kind === "flow" && block.observed && parameter.startsWith("checks."))
    return checkedBlock(ctx, def, block.observed, options.from, options.to);
  if (def.kind === "flow" && def.stock && block.census && parameter === "migrants.carry_years")
    return stockBlock(ctx, def, block.census, options.from, options.to);
  return buildBlock(ctx, def, {...options, explain: false});
}

/** Whether the evaluation of a block's years reads the parameter (its weight, half-saturation or a coefficient). */
export function blockEvaluationReads(block: MetricBlock, parameter: string): boolean {
  const name = block.def.name;
  return (
    parameter === `metric.${name}.weight` ||
    parameter === `metric.${name}.half_saturation` ||
    block.coefs.includes(parameter)
  );
}

/** Which blocks' figures a parameter changes when they are built (the others are reused in the sensitivity analysis). */
export function blockDependsOn(def: MetricDef, parameter: string): boolean {
  if (parameter === "arms.window") return def.kind === "flow" && def.window === true;
  if (parameter === "migrants.carry_years") return def.kind === "flow" && def.stock === true;
  // checks.cross_tolerance only reports; it changes no figure.
  if (parameter === "checks.hole_ratio" || parameter === "checks.interpolate_holes")
    return def.kind === "flow" && def.checkHoles === true;
  if (parameter === "alignment.min_n") return def.kind === "proximity";
  if (parameter.startsWith("events.")) return def.kind === "events";
  if (parameter === "institution.exclusivity" || parameter === "institution.partner_weight")
    return def.kind === "institutions";
  return false;
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

/** One year's evaluation: per dimension the influence of each vector, and the coverage. */
export interface YearInfluence {
  year: number;
  /** dimension → per vector [bandwidth, dependence, influence]. */
  dimensions: Map<string, {b: number[]; d: number[]; i: number[]}>;
  metrics: MetricCoverage[];
}

const METRIC_KEYS = new Map<string, {weight: string; halfSaturation: string}>();

/** The names of a metric's weight and half-saturation parameters (built once). */
function metricKeys(name: string): {weight: string; halfSaturation: string} {
  let k = METRIC_KEYS.get(name);
  if (!k)
    METRIC_KEYS.set(name, (k = {weight: `metric.${name}.weight`, halfSaturation: `metric.${name}.half_saturation`}));
  return k;
}

/**
 * Bandwidth and dependence of each vector in one metric-year (written into `b` and `d`), or false when
 * the focal state's total is not positive (the metric does not count that year).
 */
function metricYearCapacity(
  block: MetricBlock,
  r: MetricYear,
  params: Params,
  nv: number,
  b: number[],
  d: number[]
): boolean {
  const def = block.def;
  const h = params[metricKeys(def.name).halfSaturation] ?? 1;
  if (def.kind === "proximity") {
    for (let k = 0; k < nv; ++k) b[k] = d[k] = h / (h + r.volumes[0]![k]!);
    return true;
  }
  let total = 0;
  const v = new Array<number>(nv).fill(0);
  for (let p = 0; p < r.volumes.length; ++p) {
    const c = coef(block.coefs[p]!, params);
    if (c === 0) continue;
    total += c * r.totals[p]!;
    const row = r.volumes[p]!;
    for (let k = 0; k < nv; ++k) v[k]! += c * row[k]!;
  }
  if (!(total > 0)) return false;
  for (let k = 0; k < nv; ++k) {
    b[k] = v[k]! / (v[k]! + h);
    d[k] = Math.min(1, v[k]! / total);
  }
  return true;
}

/** A dimension's bandwidth and dependence per vector in one year, before they are mixed into influence. */
export interface DimensionCapacity {
  b: number[];
  d: number[];
}

/**
 * One dimension in one year: the weighted means over its metrics with data (the blocks of other
 * dimensions are skipped), or undefined when none counts. {@link evaluateBlocks} is this per dimension.
 */
export function evaluateDimension(
  blocks: readonly MetricBlock[],
  dimension: string,
  params: Params,
  nv: number,
  year: number
): DimensionCapacity | undefined {
  let w = 0;
  let ab: number[] | undefined;
  let ad: number[] | undefined;
  const b = new Array<number>(nv).fill(0);
  const d = new Array<number>(nv).fill(0);
  for (const block of blocks) {
    if (block.def.dimension !== dimension) continue;
    const r = block.years.get(year);
    if (!r) continue;
    const weight = params[metricKeys(block.def.name).weight] ?? 1;
    if (!(weight > 0)) continue;
    if (!metricYearCapacity(block, r, params, nv, b, d)) continue;
    if (!ab || !ad) ((ab = new Array<number>(nv).fill(0)), (ad = new Array<number>(nv).fill(0)));
    w += weight;
    for (let k = 0; k < nv; ++k) ((ab[k]! += weight * b[k]!), (ad[k]! += weight * d[k]!));
  }
  if (!ab || !ad) return undefined;
  for (let k = 0; k < nv; ++k) ((ab[k] = ab[k]! / w), (ad[k] = ad[k]! / w));
  return {b: ab, d: ad};
}

/** Influence = mix · bandwidth + (1 − mix) · dependence, per vector. */
export function mixCapacity(c: DimensionCapacity, mix: number): number[] {
  return c.b.map((x, k) => mix * x + (1 - mix) * c.d[k]!);
}

/** The metric-year's sources, sorted (computed once). */
function sortedSources(r: MetricYear): string[] {
  return (r.sortedSources ??= [...r.sources].sort());
}

/** Combines the blocks with the parameters: per year and dimension, the weighted mean of the metrics with data. */
export function evaluateBlocks(
  blocks: readonly MetricBlock[],
  params: Params,
  nv: number,
  from: number,
  to: number
): YearInfluence[] {
  const mix = params["mix"] ?? 0.5;
  const out: YearInfluence[] = [];
  const b = new Array<number>(nv).fill(0);
  const d = new Array<number>(nv).fill(0);
  const dims = [...new Set(blocks.map((x) => x.def.dimension))];
  for (let year = from; year <= to; ++year) {
    const metrics: MetricCoverage[] = [];
    for (const block of blocks) {
      const r = block.years.get(year);
      if (!r || !metricYearCapacity(block, r, params, nv, b, d)) continue;
      metrics.push({
        metric: block.def.name,
        dimension: block.def.dimension,
        provenance: r.provenance,
        sources: sortedSources(r),
        ...(r.from !== undefined ? {from: r.from} : {})
      });
    }
    const dimensions = new Map<string, {b: number[]; d: number[]; i: number[]}>();
    for (const dim of dims) {
      const c = evaluateDimension(blocks, dim, params, nv, year);
      if (c) dimensions.set(dim, {b: c.b, d: c.d, i: mixCapacity(c, mix)});
    }
    out.push({year, dimensions, metrics});
  }
  return out;
}

/** Structural influence capacity of each vector over the focal state, per year and dimension. */
export function influence(ties: readonly Tie[] | TieIndex, options: InfluenceOptions): MeasureResult {
  const index = Array.isArray(ties) ? indexTies(ties) : (ties as TieIndex);
  const params = resolveParams(options.params);
  const blocks = metricBlocks(index, options, params);
  const years = evaluateBlocks(blocks, params, options.vectors.length, options.from, options.to);
  const records: MeasureRecord[] = [];
  const dimensionWeights = Object.fromEntries(DIMENSIONS.map((d) => [d, params[`dimension.${d}`] ?? 1]));
  for (const y of years) {
    options.vectors.forEach((vector, k) => {
      let cw = 0;
      const c = {b: 0, d: 0, i: 0};
      for (const dimension of DIMENSIONS) {
        const cell = y.dimensions.get(dimension);
        const vals = cell ? {b: cell.b[k]!, d: cell.d[k]!, i: cell.i[k]!} : null;
        records.push(
          {focal: options.focal, vector, year: y.year, measure: "bandwidth", value: vals?.b ?? null, dimension},
          {focal: options.focal, vector, year: y.year, measure: "dependence", value: vals?.d ?? null, dimension},
          {focal: options.focal, vector, year: y.year, measure: "influence", value: vals?.i ?? null, dimension}
        );
        const w = dimensionWeights[dimension]!;
        if (vals && w > 0) ((cw += w), (c.b += w * vals.b), (c.d += w * vals.d), (c.i += w * vals.i));
      }
      const dimension = "combined";
      for (const m of ["bandwidth", "dependence", "influence"] as const)
        records.push({
          focal: options.focal,
          vector,
          year: y.year,
          measure: m,
          value: cw > 0 ? c[m === "bandwidth" ? "b" : m === "dependence" ? "d" : "i"] / cw : null,
          dimension
        });
    });
  }
  const warnings = [...blocks.flatMap((b) => b.warnings), ...dimensionWarnings(years, options)];
  // The data checks (holes, sources that disagree) hold for the influence as for the balance built on it.
  for (const b of blocks)
    for (const c of b.checks) warnings.push({code: `check_${c.kind}`, message: c.message, path: ["data", c.metric]});
  const coverage: Coverage[] = years.map((y) => ({
    year: y.year,
    dimensions: DIMENSIONS.filter((d) => y.dimensions.has(d)),
    metrics: y.metrics,
    partial: false
  }));
  markPartialYears(coverage);
  const result: MeasureResult = {
    records,
    warnings,
    coverage,
    breaks: coverageBreaks(coverage),
    parameters: describeParams(params)
  };
  if (options.explain) result.evidence = blockEvidence(blocks, options.vectors);
  return result;
}

/** Warnings for the years without any indicator, and for each dimension's years without data. */
export function dimensionWarnings(
  years: readonly YearInfluence[],
  options: {focal: string; from: number; to: number}
): Issue[] {
  const warnings: Issue[] = [];
  const all = yearsBetween(options.from, options.to);
  const have = new Map(years.map((y) => [y.year, y]));
  const missing = all.filter((y) => (have.get(y)?.dimensions.size ?? 0) === 0);
  if (missing.length > 0)
    warnings.push({
      code: "no_data",
      message: `No structural indicators for "${options.focal}" in ${yearRanges(missing)}: values are null`,
      path: ["focal"]
    });
  for (const dimension of DIMENSIONS) {
    const partial = all.filter((y) => !missing.includes(y) && !have.get(y)?.dimensions.has(dimension));
    if (partial.length > 0)
      warnings.push({
        code: "partial_data",
        message: `No ${dimension} indicators for "${options.focal}" in ${yearRanges(partial)}: the combined figures rest on the other dimensions`,
        path: ["focal"]
      });
  }
  return warnings;
}

/** The indicator rows behind each metric-year, as evidence. */
export function blockEvidence(blocks: readonly MetricBlock[], vectors: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const block of blocks) {
    for (const r of block.years.values()) {
      r.rows?.forEach((rows, k) => {
        for (const t of rows) {
          out.push({
            vector: vectors[k]!,
            year: r.year,
            kind: "indicator",
            ref: t.id,
            source: t.source,
            value: t.value,
            dimension: block.def.dimension,
            detail: `${block.def.name}${r.provenance !== "observed" ? ` (${r.provenance}${r.from !== undefined ? ` from ${r.from}` : ""})` : ""}: ${t.metric} ${t.actor}${t.partner ? `–${t.partner}` : " (total)"} ${t.year} = ${t.value}${t.unit ? ` ${t.unit}` : ""}${t.quote ? ` (${t.quote})` : ""}`
          });
        }
      });
    }
  }
  return out;
}
