/**
 * Row shapes → domain records, shared by every engine: an engine's query returns columns named as
 * in the events table (id, source_id, date, …) or the relations aggregate (events, gsum, gmean,
 * coop, conf), and these turn them into the records the ports promise.
 *
 * @module
 */
import type {Event} from "../domain/index.js";
import type {AggregateRow, RelationRow} from "./ports.js";

export function rowToEvent(r: Record<string, unknown>): Event {
  const e: Record<string, unknown> = {
    id: String(r.id),
    sourceId: String(r.source_id),
    ...(r.date !== null && r.date !== undefined ? {date: String(r.date)} : {}),
    source: String(r.source),
    target: String(r.target),
    code: String(r.code),
    goldstein: Number(r.goldstein),
    quad: Number(r.quad)
  };
  const optional: [string, string][] = [
    ["source_agent", "sourceAgent"],
    ["target_agent", "targetAgent"],
    ["plover", "plover"],
    ["sentence", "sentence"],
    ["rule", "rule"],
    ["label", "label"],
    ["url", "url"],
    ["precision", "precision"],
    ["modality", "modality"]
  ];
  for (const [col, key] of optional) if (r[col] !== null && r[col] !== undefined) e[key] = String(r[col]);
  if (r.start !== null && r.start !== undefined) e.start = Number(r.start);
  if (r.end !== null && r.end !== undefined) e.end = Number(r.end);
  const counts: [string, string][] = [
    ["num_mentions", "numMentions"],
    ["num_sources", "numSources"],
    ["num_articles", "numArticles"]
  ];
  for (const [col, key] of counts) if (r[col] !== null && r[col] !== undefined) e[key] = Number(r[col]);
  return e as Event;
}

/** A relations row from an aggregate with columns source, target, events, gsum, gmean, coop, conf (every engine). */
export function relationRow(r: Record<string, unknown>, month: string): RelationRow {
  return {
    source: String(r.source),
    target: String(r.target),
    month,
    events: Number(r.events),
    goldsteinSum: Number(r.gsum),
    goldsteinMean: Number(r.gmean),
    netCooperation: Number(r.coop) - Number(r.conf),
    cooperation: Number(r.coop),
    conflict: Number(r.conf)
  };
}

/** An aggregate row from columns source, target, period, events, gsum, q1 … q4, docs. */
export function aggregateRow(r: Record<string, unknown>, period: string): AggregateRow {
  return {
    source: String(r.source),
    target: String(r.target),
    period,
    events: Number(r.events),
    goldsteinSum: Number(r.gsum),
    quad: [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)],
    documents: Number(r.docs)
  };
}
