/**
 * The event dimension of the balance: per focal state, vector and month, the volume of interaction
 * and its tone, computed over clusters of reports (one happening counted once, see
 * event-clusters.ts) and weighted by how widely each happening was reported.
 *
 * - A cluster's weight is `log2(1 + S + μ·M)`: S independent sources (the distinct documents that
 *   report it, or GDELT's NumSources when larger), M GDELT mentions, μ = `mentionWeight`. A
 *   happening reported once weighs 1; one reported by 3 sources weighs 2; by 100, 6.7.
 * - Volume: the sum of the weights. Tone: the weighted mean Goldstein score of the clusters (each
 *   cluster's Goldstein is the mean of its reports'). Quad classes: the weighted share of reports in
 *   each class; net cooperation = (verbal + material cooperation) − (verbal + material conflict).
 * - Share: the vector's volume over all vectors' volume in the month. This is what the balance's
 *   `events` dimension uses, summed over the year's months.
 * - Coverage: a month is covered when the store holds at least one event of the focal state with
 *   any of the vectors. In a covered month a vector without events has volume 0 (observed absence);
 *   an uncovered month has no figures at all (no data is not zero) and is listed as a gap.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import type {EventCluster} from "./event-clusters.js";
import type {MeasureRecord} from "./records.js";
import {emptyEventMonth} from "./event-attribution.js";

/** Options for {@link eventDimension}. */
export interface EventDimensionOptions {
  focal: string;
  vectors: readonly string[];
  /** First and last month (YYYY-MM) to report; default: the clusters' own range. */
  from?: string;
  to?: string;
}

export const EVENT_DIMENSION_DEFAULTS = {mentionWeight: 0.1} as const;

/** One vector and month of the event dimension. */
export interface EventMonth {
  vector: string;
  /** YYYY-MM. */
  month: string;
  clusters: number;
  reports: number;
  documents: number;
  /** Σ cluster weights (0 in a covered month without events). */
  volume: number;
  /** Weighted mean Goldstein (−10 … +10); null without events. */
  tone: number | null;
  /** Weighted shares of the quad classes (sum 1); null without events. */
  quad: [number, number, number, number] | null;
  netCooperation: number | null;
  /** volume / Σ volume of all vectors in the month. */
  share: number;
}

/** A month with or without events of the focal state with its vectors. */
export interface EventCoverage {
  month: string;
  covered: boolean;
  clusters: number;
}

/** What {@link eventDimension} returns. */
export interface EventDimension {
  months: EventMonth[];
  coverage: EventCoverage[];
  warnings: Issue[];
}

/** The weight of one cluster: log2(1 + independent sources + μ · mentions). */
export function clusterWeight(
  c: Pick<EventCluster, "documents" | "gdeltSources" | "mentions">,
  mentionWeight: number
): number {
  const sources = Math.max(c.documents, c.gdeltSources, 1);
  return Math.log2(1 + sources + mentionWeight * c.mentions);
}

/** The months from `from` to `to` (YYYY-MM) inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const ey = Number(to.slice(0, 4));
  const em = Number(to.slice(5, 7));
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) ((m = 1), y++);
  }
  return out;
}

/**
 * One vector and month of clusters, summed: what the store's SQL returns and {@link aggregateClusters}
 * computes from clusters (the two are checked against each other).
 */
export interface EventMonthAggregate {
  vector: string;
  /** YYYY-MM. */
  month: string;
  clusters: number;
  reports: number;
  documents: number;
  /** Σ w over the clusters. */
  volume: number;
  /** Σ w · (the cluster's mean Goldstein). */
  toneSum: number;
  /** Σ w · (the cluster's share of reports in quad class k), k = 1…4. */
  quadSum: [number, number, number, number];
}

/** Sums clusters per vector and month with their weights (see {@link clusterWeight}). */
export function aggregateClusters(
  clusters: readonly EventCluster[],
  {mentionWeight = EVENT_DIMENSION_DEFAULTS.mentionWeight}: {mentionWeight?: number} = {}
): EventMonthAggregate[] {
  const cells = new Map<string, EventMonthAggregate>();
  for (const c of clusters) {
    const month = c.date.slice(0, 7);
    const key = `${month}|${c.vector}`;
    let a = cells.get(key);
    if (!a) cells.set(key, (a = emptyEventMonth(c.vector, month)));
    const w = clusterWeight(c, mentionWeight);
    a.clusters += 1;
    a.reports += c.reports;
    a.documents += c.documents;
    a.volume += w;
    a.toneSum += (w * c.goldsteinSum) / c.reports;
    const q = [c.quad1, c.quad2, c.quad3, c.quad4];
    for (let k = 0; k < 4; k++) a.quadSum[k]! += (w * q[k]!) / c.reports;
  }
  return [...cells.values()].sort((x, y) => x.month.localeCompare(y.month) || x.vector.localeCompare(y.vector));
}

/** Per vector and month: volume, tone, quad classes and share, from the monthly sums; with the months' coverage. */
export function eventDimension(
  aggregates: readonly EventMonthAggregate[],
  options: EventDimensionOptions
): EventDimension {
  const vectors = options.vectors;
  const cells = new Map<string, EventMonthAggregate>();
  let first: string | undefined;
  let last: string | undefined;
  for (const a of aggregates) {
    if (!vectors.includes(a.vector) || a.clusters === 0) continue;
    if (options.from && a.month < options.from) continue;
    if (options.to && a.month > options.to) continue;
    if (first === undefined || a.month < first) first = a.month;
    if (last === undefined || a.month > last) last = a.month;
    cells.set(`${a.month}|${a.vector}`, a);
  }
  const from = options.from ?? first;
  const to = options.to ?? last;
  const months: EventMonth[] = [];
  const coverage: EventCoverage[] = [];
  if (from === undefined || to === undefined) return {months, coverage, warnings: noEvents(options)};
  for (const month of monthsBetween(from, to)) {
    const accs = vectors.map((v) => cells.get(`${month}|${v}`));
    const n = accs.reduce((s, a) => s + (a?.clusters ?? 0), 0);
    coverage.push({month, covered: n > 0, clusters: n});
    if (n === 0) continue;
    const total = accs.reduce((s, a) => s + (a?.volume ?? 0), 0);
    vectors.forEach((vector, i) => {
      const a = accs[i];
      if (!a) {
        months.push({
          vector,
          month,
          clusters: 0,
          reports: 0,
          documents: 0,
          volume: 0,
          tone: null,
          quad: null,
          netCooperation: null,
          share: 0
        });
        return;
      }
      const quad = a.quadSum.map((x) => x / a.volume) as [number, number, number, number];
      months.push({
        vector,
        month,
        clusters: a.clusters,
        reports: a.reports,
        documents: a.documents,
        volume: a.volume,
        tone: a.toneSum / a.volume,
        quad,
        netCooperation: quad[0] + quad[1] - quad[2] - quad[3],
        share: a.volume / total
      });
    });
  }
  const gaps = coverage.filter((c) => !c.covered).map((c) => c.month);
  const warnings: Issue[] = [];
  if (gaps.length > 0)
    warnings.push({
      code: "event_gap",
      message: `No events between "${options.focal}" and its vectors in ${monthRanges(gaps)}: those months have no event figures (a gap, not zero)`,
      path: ["focal"]
    });
  return {months, coverage, warnings};
}

function noEvents(o: EventDimensionOptions): Issue[] {
  return [
    {
      code: "no_data",
      message: `No events between "${o.focal}" and ${o.vectors.join(",")}${o.from ? ` from ${o.from}` : ""}${o.to ? ` to ${o.to}` : ""}: the event dimension has no figures`,
      path: ["focal"]
    }
  ];
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** "2020-01–2020-03, 2021-07": months as compact ranges. */
export function monthRanges(months: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < months.length;) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === nextMonth(months[j]!)) ++j;
    parts.push(i === j ? months[i]! : `${months[i]}–${months[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/** One vector and year of the event dimension: the months' volumes summed, the share of the year's volume. */
export interface EventYear {
  vector: string;
  year: number;
  volume: number;
  clusters: number;
  share: number;
  /** Months of the year with events of the focal state (coverage), 0–12. */
  coveredMonths: number;
}

/** Rolls the monthly event dimension up to years (for the balance's `events` dimension). */
export function eventDimensionByYear(d: EventDimension, vectors: readonly string[]): EventYear[] {
  const covered = new Map<number, number>();
  for (const c of d.coverage)
    if (c.covered) covered.set(Number(c.month.slice(0, 4)), (covered.get(Number(c.month.slice(0, 4))) ?? 0) + 1);
  const acc = new Map<string, {volume: number; clusters: number}>();
  for (const m of d.months) {
    const key = `${m.month.slice(0, 4)}|${m.vector}`;
    const a = acc.get(key) ?? (acc.set(key, {volume: 0, clusters: 0}), acc.get(key)!);
    a.volume += m.volume;
    a.clusters += m.clusters;
  }
  const out: EventYear[] = [];
  for (const year of [...covered.keys()].sort((a, b) => a - b)) {
    const total = vectors.reduce((s, v) => s + (acc.get(`${year}|${v}`)?.volume ?? 0), 0);
    for (const vector of vectors) {
      const a = acc.get(`${year}|${vector}`) ?? {volume: 0, clusters: 0};
      out.push({
        vector,
        year,
        volume: a.volume,
        clusters: a.clusters,
        share: total > 0 ? a.volume / total : 0,
        coveredMonths: covered.get(year)!
      });
    }
  }
  return out;
}

/** The measures reported per vector and month. */
export const EVENT_MEASURES = ["event_volume", "event_share", "event_tone", "event_net_cooperation"] as const;

/** The monthly event dimension as tidy records (value null where there is no figure, n = clusters). */
export function eventDimensionRecords(d: EventDimension, focal: string): MeasureRecord[] {
  const records: MeasureRecord[] = [];
  for (const m of d.months) {
    const values = [m.volume, m.share, m.tone, m.netCooperation];
    EVENT_MEASURES.forEach((measure, i) =>
      records.push({
        focal,
        vector: m.vector,
        year: Number(m.month.slice(0, 4)),
        month: m.month,
        measure,
        value: values[i]!,
        dimension: "events",
        n: m.clusters
      })
    );
  }
  return records;
}
