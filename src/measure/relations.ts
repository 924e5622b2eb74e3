/**
 * Event relations: per directed dyad and month, the event count, the Goldstein sum and mean, and
 * net cooperation (events of quad classes 1 and 2 minus those of 3 and 4). The store aggregates in
 * SQL for speed (src/store/measures.ts); this pure version defines the measure and is checked
 * against it.
 *
 * @module
 */
import type {Event, Issue} from "../domain/index.js";
import {yearRanges, type MeasureRecord, type MeasureResult} from "./records.js";

/** What the relations read of an event. */
export type RelationEvent = Pick<Event, "source" | "target" | "goldstein"> &
  Partial<Pick<Event, "id" | "date">> & {
    /** Quad class (1–4). */
    quad: number;
  };

/** One directed dyad and month. */
export interface RelationCell {
  source: string;
  target: string;
  month: string;
  events: number;
  goldsteinSum: number;
  goldsteinMean: number;
  netCooperation: number;
}

/** The measures reported for each cell. */
export const RELATION_MEASURES = ["events", "goldstein_sum", "goldstein_mean", "net_cooperation"] as const;

/** Aggregates events between the focal state and each vector (both directions) per month. */
export function aggregateEvents(
  events: readonly RelationEvent[],
  {focal, vectors}: {focal: string; vectors: readonly string[]}
): RelationCell[] {
  const set = new Set(vectors);
  const cells = new Map<string, RelationCell & {coop: number}>();
  for (const e of events) {
    if (!((e.source === focal && set.has(e.target)) || (e.target === focal && set.has(e.source)))) continue;
    if (!e.date) continue;
    const month = e.date.slice(0, 7);
    const key = `${month}|${e.source}|${e.target}`;
    const c =
      cells.get(key) ??
      (cells.set(key, {
        source: e.source,
        target: e.target,
        month,
        events: 0,
        goldsteinSum: 0,
        goldsteinMean: 0,
        netCooperation: 0,
        coop: 0
      }),
      cells.get(key)!);
    c.events += 1;
    c.goldsteinSum += e.goldstein;
    c.netCooperation += e.quad <= 2 ? 1 : -1;
  }
  return [...cells.values()]
    .map(({coop: _coop, ...c}) => ({...c, goldsteinMean: c.goldsteinSum / c.events}))
    .sort(
      (a, b) => a.month.localeCompare(b.month) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)
    );
}

/** Turns relation cells into tidy records, with a warning listing the years without events. */
export function relationRecords(
  cells: readonly RelationCell[],
  {focal, vectors, from, to}: {focal: string; vectors: readonly string[]; from: number; to: number}
): MeasureResult {
  const records: MeasureRecord[] = [];
  const years = new Set<number>();
  for (const c of cells) {
    const year = Number(c.month.slice(0, 4));
    if (year < from || year > to) continue;
    years.add(year);
    const vector = c.source === focal ? c.target : c.source;
    if (!vectors.includes(vector)) continue;
    const values = [c.events, c.goldsteinSum, c.goldsteinMean, c.netCooperation];
    RELATION_MEASURES.forEach((measure, i) =>
      records.push({
        focal,
        vector,
        year,
        month: c.month,
        source: c.source,
        target: c.target,
        measure,
        value: values[i]!,
        n: c.events
      })
    );
  }
  const warnings: Issue[] = [];
  const missing: number[] = [];
  for (let y = from; y <= to; ++y) if (!years.has(y)) missing.push(y);
  if (missing.length > 0) {
    warnings.push({
      code: "no_data",
      message: `No events between "${focal}" and its vectors in ${yearRanges(missing)}: months without events are not listed`,
      path: ["focal"]
    });
  }
  return {records, warnings};
}
