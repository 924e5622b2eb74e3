import {DuckDBDateValue} from "@duckdb/node-api";
import type {Event} from "../domain/index.js";
import type {Row, SqlValue, Store} from "./store.js";

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
  "modality"
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
    e.modality
  ];
}

/** Inserts events (call inside a transaction for atomicity). Uses an appender for large batches. */
export async function insertEvents(store: Store, events: readonly Event[]): Promise<void> {
  if (events.length < 200) {
    const sql = `INSERT INTO events (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`;
    for (const e of events) await store.run(sql, values(e));
    return;
  }
  const app = await store.appender("events");
  for (const e of events) {
    values(e).forEach((v, i) => {
      if (v === undefined || v === null) app.appendNull();
      else if (i === 2) app.appendDate(dateValue(String(v)));
      else if (i === 8) app.appendDouble(Number(v));
      else if (i === 9) app.appendTinyInt(Number(v));
      else if (i === 12 || i === 13) app.appendInteger(Number(v));
      else app.appendVarchar(String(v));
    });
    app.endRow();
  }
  app.closeSync();
}

/** Deletes the events of one source (re-coding a document). */
export async function deleteEventsOf(store: Store, sourceId: string): Promise<void> {
  await store.run(`DELETE FROM events WHERE source_id = ?`, [sourceId]);
}

export interface EventQuery {
  /** Directed or undirected pair of actor codes: events from a to b and from b to a. */
  dyad?: readonly [string, string];
  /** Events where this actor is source or target. */
  actor?: string;
  from?: string;
  to?: string;
  /** CAMEO code prefix: "05" matches 05, 051, 0511 … */
  code?: string;
  sourceId?: string;
  limit?: number;
  offset?: number;
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

export function rowToEvent(r: Row): Event {
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
  return e as Event;
}

/** Events matching the query, by date then id. */
export async function listEvents(store: Store, q: EventQuery = {}): Promise<Event[]> {
  const {sql, params} = where(q);
  const rows = await store.all(`SELECT * FROM events ${sql} ORDER BY date, id LIMIT ? OFFSET ?`, [
    ...params,
    q.limit ?? 1000,
    q.offset ?? 0
  ]);
  return rows.map(rowToEvent);
}

export async function countEvents(store: Store, q: EventQuery = {}): Promise<number> {
  const {sql, params} = where(q);
  const rows = await store.all(`SELECT count(*)::INTEGER AS n FROM events ${sql}`, params);
  return Number(rows[0]?.n ?? 0);
}

function dateValue(iso: string): DuckDBDateValue {
  const [y, m, d] = iso.split("-").map(Number);
  return new DuckDBDateValue(Math.round(Date.UTC(y!, m! - 1, d!) / 86400000));
}
