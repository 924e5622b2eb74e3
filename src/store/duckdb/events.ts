import type {Event} from "../../domain/index.js";
import type {SqlValue, DuckDB} from "./connection.js";
import {type EventQuery} from "../ports.js";
import {rowToEvent} from "../rows.js";

const COLUMNS = [
  "id",
  "source_id",
  "date",
  "source",
  "target",
  "source_agent",
  "target_agent",
  "code",
  "goldstein",
  "quad",
  "plover",
  "sentence",
  "start",
  "end",
  "rule",
  "label",
  "url",
  "precision",
  "modality",
  "num_mentions",
  "num_sources",
  "num_articles"
] as const;

function values(e: Event): SqlValue[] {
  return [
    e.id,
    e.sourceId,
    e.date,
    e.source,
    e.target,
    e.sourceAgent,
    e.targetAgent,
    e.code,
    e.goldstein,
    e.quad,
    e.plover,
    e.sentence,
    e.start,
    e.end,
    e.rule,
    e.label,
    e.url,
    e.precision,
    e.modality,
    e.numMentions,
    e.numSources,
    e.numArticles
  ];
}

/** Inserts events through an appender (call inside a transaction for atomicity). */
export async function insertEvents(store: DuckDB, events: readonly Event[]): Promise<void> {
  await store.appendRows("events", COLUMNS, events.map(values));
}

/** Deletes the events of one source (re-coding a document). */
export async function deleteEventsOf(store: DuckDB, sourceId: string): Promise<void> {
  await store.run(`DELETE FROM events WHERE source_id = ?`, [sourceId]);
}

/** Builds the WHERE clause shared by {@link listEvents} and {@link countEvents}. */
function where(q: EventQuery): {sql: string; params: SqlValue[]} {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (q.dyad) {
    parts.push(`((source = ? AND target = ?) OR (source = ? AND target = ?))`);
    params.push(q.dyad[0], q.dyad[1], q.dyad[1], q.dyad[0]);
  }
  if (q.actor) {
    parts.push(`(source = ? OR target = ?)`);
    params.push(q.actor, q.actor);
  }
  if (q.from) {
    parts.push(`date >= CAST(? AS DATE)`);
    params.push(q.from);
  }
  if (q.to) {
    parts.push(`date <= CAST(? AS DATE)`);
    params.push(q.to);
  }
  if (q.code) {
    parts.push(`starts_with(code, ?)`);
    params.push(q.code);
  }
  if (q.sourceId) {
    parts.push(`source_id = ?`);
    params.push(q.sourceId);
  }
  return {sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params};
}

/** Events matching the query, by date then id. */
export async function listEvents(store: DuckDB, q: EventQuery = {}): Promise<Event[]> {
  const {sql, params} = where(q);
  const rows = await store.all(`SELECT * FROM events ${sql} ORDER BY date, id LIMIT ? OFFSET ?`, [
    ...params,
    q.limit ?? 1000,
    q.offset ?? 0
  ]);
  return rows.map(rowToEvent);
}

export async function countEvents(store: DuckDB, q: EventQuery = {}): Promise<number> {
  const {sql, params} = where(q);
  const rows = await store.all(`SELECT count(*)::INTEGER AS n FROM events ${sql}`, params);
  return Number(rows[0]?.n ?? 0);
}
