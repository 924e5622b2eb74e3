/**
 * The nowcast: the latest structural year's balance carried forward month by month by the event
 * dimension's change since that year, with a band from the event series' own variability. It is
 * a nowcast, not a measurement: every record it returns says so (`measure: "nowcast_*"`).
 *
 * For vector v and month m after the anchor year Y:
 *
 *     n_v(m) = s_v(Y) + λ · (e_v(m) − e_v(Y))
 *
 * s_v(Y) is the structural share in Y, e_v(m) the event share over the `window` months ending at m
 * (volume-weighted), e_v(Y) the event share over Y, and λ the weight of the events dimension in the
 * balance (`eventWeight`: 1/4 when the events dimension weighs as much as each of the three
 * structural ones). This is exactly how the combined balance moves when only its events dimension
 * is updated. Shares are clipped at 0 and renormalised. A month whose window holds no events, or
 * fewer than `minClusters` clusters, carries the previous month forward (`carried`); the baseline
 * e_v(Y) needs as many. With no events after Y, every month equals s(Y).
 *
 * The band: σ_v is the standard deviation of the month-to-month changes of e_v over the whole
 * event history; the half-width is z · λ · σ_v · √(1 + months carried).
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import {balance} from "./balance.js";
import {monthsBetween, nextMonth, type EventMonth} from "./events-dimension.js";
import type {MeasureRecord} from "./records.js";

/** Options for {@link nowcast}. */
export interface NowcastOptions {
  focal: string;
  /** The latest structural year and its combined shares per vector (sum 1). */
  anchor: {year: number; shares: Readonly<Record<string, number>>};
  /** λ: the events dimension's weight in the balance. Defaults to 0.25. */
  eventWeight?: number;
  /** Months in the trailing window of the event share. Defaults to 3. */
  window?: number;
  /** Half-width of the band in standard deviations. Defaults to 1.645 (a 90% band under normality). */
  z?: number;
  /** Last month (YYYY-MM); defaults to the latest month with events. */
  until?: string;
  /**
   * Fewest clusters a window (and the anchor year's baseline) must hold to move the nowcast; a window
   * with fewer carries the previous month forward, as a window without events does. The balance's
   * `events.min_clusters` (the app passes it). Defaults to 1.
   */
  minClusters?: number;
}

export const NOWCAST_DEFAULTS = {eventWeight: 0.25, window: 3, z: 1.645, minClusters: 1} as const;

/** One month of the nowcast. */
export interface NowcastMonth {
  month: string;
  shares: Record<string, number>;
  low: Record<string, number>;
  high: Record<string, number>;
  entropy: number;
  entropyLow: number;
  entropyHigh: number;
  hhi: number;
  dominant: string;
  /** True when no event arrived in the month's window: the previous month is carried forward. */
  carried: boolean;
  /** Clusters in the month's window. */
  clusters: number;
}

export interface Nowcast {
  anchor: {year: number; shares: Record<string, number>};
  /** The event share in the anchor year per vector (null when the year has no events; see `baselineFrom`). */
  baseline: Record<string, number> | null;
  /** The month from which the change is measured when the anchor year has no events. */
  baselineFrom?: string;
  sigma: Record<string, number>;
  months: NowcastMonth[];
  warnings: Issue[];
}

/** Event share per vector over a set of months (volume-weighted); undefined without volume. */
function shareOver(byMonth: Map<string, EventMonth[]>, months: readonly string[], vectors: readonly string[]) {
  const vol: Record<string, number> = Object.fromEntries(vectors.map((v) => [v, 0]));
  let total = 0;
  let clusters = 0;
  for (const m of months)
    for (const e of byMonth.get(m) ?? []) {
      if (!(e.vector in vol)) continue;
      vol[e.vector]! += e.volume;
      total += e.volume;
      clusters += e.clusters;
    }
  if (!(total > 0)) return undefined;
  for (const v of vectors) vol[v]! /= total;
  return {share: vol, clusters};
}

function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
}

function normalise(x: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  let t = 0;
  for (const k of Object.keys(x)) t += out[k] = Math.max(0, x[k]!);
  if (t > 0) for (const k of Object.keys(out)) out[k]! /= t;
  return out;
}

/** Entropy range over the band: each vector moved to its low and its high end, the others renormalised. */
function entropyRange(shares: Record<string, number>, low: Record<string, number>, high: Record<string, number>) {
  let lo = balance(shares).entropy;
  let hi = lo;
  for (const v of Object.keys(shares))
    for (const end of [low[v]!, high[v]!]) {
      const rest = 1 - shares[v]!;
      const w: Record<string, number> = {};
      for (const u of Object.keys(shares))
        w[u] =
          u === v ? end : rest > 0 ? (shares[u]! * (1 - end)) / rest : (1 - end) / (Object.keys(shares).length - 1);
      if (!(Object.values(w).reduce((a, b) => a + b, 0) > 0)) continue;
      const e = balance(w).entropy;
      lo = Math.min(lo, e);
      hi = Math.max(hi, e);
    }
  return [lo, hi] as const;
}

/** Carries the anchor year's structural shares forward by the event dimension's change, month by month. */
export function nowcast(events: readonly EventMonth[], options: NowcastOptions): Nowcast {
  const lambda = options.eventWeight ?? NOWCAST_DEFAULTS.eventWeight;
  const window = Math.max(1, Math.floor(options.window ?? NOWCAST_DEFAULTS.window));
  const z = options.z ?? NOWCAST_DEFAULTS.z;
  const minClusters = Math.max(1, options.minClusters ?? NOWCAST_DEFAULTS.minClusters);
  const enough = <W extends {clusters: number}>(w: W | undefined): W | undefined =>
    w && w.clusters >= minClusters ? w : undefined;
  const vectors = Object.keys(options.anchor.shares);
  const s = normalise({...options.anchor.shares});
  const Y = options.anchor.year;
  const warnings: Issue[] = [];
  const byMonth = new Map<string, EventMonth[]>();
  for (const e of events) (byMonth.get(e.month) ?? (byMonth.set(e.month, []), byMonth.get(e.month)!)).push(e);
  const eventMonths = [...byMonth.keys()].filter((m) => (byMonth.get(m) ?? []).some((e) => e.clusters > 0)).sort();
  const start = `${Y + 1}-01`;
  const latest = eventMonths[eventMonths.length - 1];
  const until = options.until ?? (latest !== undefined && latest >= start ? latest : undefined);
  const trailing = (m: string) => {
    const y = Number(m.slice(0, 4));
    const mm = Number(m.slice(5, 7)) - window + 1;
    const first = mm >= 1 ? `${y}-${String(mm).padStart(2, "0")}` : `${y - 1}-${String(12 + mm).padStart(2, "0")}`;
    return monthsBetween(first, m);
  };
  // σ: month-to-month changes of the smoothed event share over the whole history.
  const smoothed = eventMonths.map((m) => shareOver(byMonth, trailing(m), vectors)!.share);
  const sigma: Record<string, number> = {};
  for (const v of vectors) sigma[v] = sd(smoothed.slice(1).map((x, i) => x[v]! - smoothed[i]![v]!));
  if (eventMonths.length < 3)
    warnings.push({
      code: "band_not_estimable",
      message: `Only ${eventMonths.length} months with events: the band's σ rests on too few changes and is shown as 0 where undefined`,
      path: ["events"]
    });
  // Baseline: the event share over the anchor year, else the first window with events after it.
  let baselineFrom: string | undefined;
  const inAnchor = shareOver(byMonth, monthsBetween(`${Y}-01`, `${Y}-12`), vectors);
  let base = enough(inAnchor)?.share;
  if (!base && until !== undefined) {
    baselineFrom = eventMonths.find((m) => m >= start && enough(shareOver(byMonth, trailing(m), vectors)));
    if (baselineFrom) {
      base = shareOver(byMonth, trailing(baselineFrom), vectors)!.share;
      warnings.push({
        code: "baseline_after_anchor",
        message: `${inAnchor ? `Only ${inAnchor.clusters} clusters` : "No events"} in the anchor year ${Y}${inAnchor ? ` (fewer than ${minClusters}, events.min_clusters)` : ""}: the change is measured from ${baselineFrom}, so the nowcast equals the ${Y} structure until then`,
        path: ["events"]
      });
    }
  }
  const months: NowcastMonth[] = [];
  if (until === undefined || until < start) {
    warnings.push({
      code: "no_events_after_anchor",
      message: `No events after ${Y}: there is nothing to nowcast; the latest structural figure is ${Y}`,
      path: ["events"]
    });
    return {
      anchor: {year: Y, shares: s},
      baseline: base ?? null,
      ...(baselineFrom ? {baselineFrom} : {}),
      sigma,
      months,
      warnings
    };
  }
  let prev = s;
  let gap = 0;
  const thin: string[] = [];
  for (let m = start; m <= until; m = nextMonth(m)) {
    const all = shareOver(byMonth, trailing(m), vectors);
    const w = enough(all);
    if (all && !w) thin.push(m);
    let shares: Record<string, number>;
    if (w && base) {
      const raw: Record<string, number> = {};
      for (const v of vectors) raw[v] = s[v]! + lambda * (w.share[v]! - base[v]!);
      shares = normalise(raw);
      gap = 0;
    } else {
      shares = prev;
      gap += 1;
    }
    const low: Record<string, number> = {};
    const high: Record<string, number> = {};
    for (const v of vectors) {
      const h = z * lambda * sigma[v]! * Math.sqrt(1 + gap);
      low[v] = Math.max(0, shares[v]! - h);
      high[v] = Math.min(1, shares[v]! + h);
    }
    const b = balance(shares);
    const [entropyLow, entropyHigh] = entropyRange(shares, low, high);
    months.push({
      month: m,
      shares,
      low,
      high,
      entropy: b.entropy,
      entropyLow,
      entropyHigh,
      hhi: b.hhi,
      dominant: b.dominant,
      carried: !(w && base),
      clusters: all?.clusters ?? 0
    });
    prev = shares;
  }
  if (thin.length > 0)
    warnings.push({
      code: "few_events",
      message: `${thin.length} month${thin.length === 1 ? "" : "s"} (${thin[0]}${thin.length > 1 ? ` … ${thin.at(-1)}` : ""}) had fewer than ${minClusters} clusters in their ${window}-month window (events.min_clusters): the previous month is carried forward, not moved by so few reports`,
      path: ["param", "events.min_clusters"]
    });
  return {
    anchor: {year: Y, shares: s},
    baseline: base ?? null,
    ...(baselineFrom ? {baselineFrom} : {}),
    sigma,
    months,
    warnings
  };
}

/** The nowcast as tidy records, every measure named `nowcast_*` so no consumer takes it for a measurement. */
export function nowcastRecords(n: Nowcast, focal: string): MeasureRecord[] {
  const out: MeasureRecord[] = [];
  for (const m of n.months) {
    const year = Number(m.month.slice(0, 4));
    const base = {focal, year, month: m.month, dimension: "nowcast", n: m.clusters};
    for (const v of Object.keys(m.shares)) {
      out.push({...base, vector: v, measure: "nowcast_share", value: m.shares[v]!});
      out.push({...base, vector: v, measure: "nowcast_share_low", value: m.low[v]!});
      out.push({...base, vector: v, measure: "nowcast_share_high", value: m.high[v]!});
    }
    out.push({...base, vector: "*", measure: "nowcast_entropy", value: m.entropy});
    out.push({...base, vector: "*", measure: "nowcast_entropy_low", value: m.entropyLow});
    out.push({...base, vector: "*", measure: "nowcast_entropy_high", value: m.entropyHigh});
    out.push({...base, vector: "*", measure: "nowcast_hhi", value: m.hhi});
    out.push({...base, vector: m.dominant, measure: "nowcast_dominant", value: m.shares[m.dominant]!});
  }
  return out;
}
