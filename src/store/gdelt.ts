/**
 * The bulk path for GDELT files: rows go straight into `events` through the DuckDB appender.
 * Call inside a transaction: a failure leaves nothing behind.
 *
 * @module
 */
import {DuckDBDateValue, type DuckDBAppender} from "@duckdb/node-api";
import {rowToEvent} from "./events.js";
import type {Store} from "./store.js";

/** One GDELT row as the bulk path appends it. */
export interface GdeltEventRow {
  /** GLOBALEVENTID digits. */
  gid: string;
  /** SQLDATE as the integer YYYYMMDD (already checked to be a real date). */
  sqldate: number;
  source: string;
  target: string;
  sourceAgent: string | null;
  targetAgent: string | null;
  code: string;
  goldstein: number;
  quad: number;
  plover: string | null;
  url: string | null;
}

/** A bulk load in progress. */
export interface GdeltLoad {
  /** Appends one event row. */
  append(row: GdeltEventRow): void;
  /** The same, without building an object (the hot path). */
  appendValues(
    gid: string,
    sqldate: number,
    source: string,
    target: string,
    sourceAgent: string | null,
    targetAgent: string | null,
    code: string,
    goldstein: number,
    quad: number,
    plover: string | null,
    url: string | null
  ): void;
  /** Closes the appender (flushing what it holds) and returns the number of rows appended. */
  finish(): number;
  /** Closes the appender after a failure (the transaction's rollback removes what was appended). */
  abort(): void;
}

/** Source ids already stored with this content hash. */
export async function sourceIdByHash(store: Store, hash: string): Promise<string | undefined> {
  const rows = await store.all(`SELECT id FROM sources WHERE hash = ?`, [hash]);
  return rows[0] ? String(rows[0].id) : undefined;
}

/** A GDELT source stored with this quick key (recorded in its stats), with its full hash. */
export async function sourceByQuickKey(store: Store, quick: string): Promise<{id: string; hash: string} | undefined> {
  const rows = await store.all(
    `SELECT id, hash FROM sources WHERE format LIKE 'gdelt%' AND json_extract_string(dropped, '$.quick') = ? LIMIT 1`,
    [quick]
  );
  return rows[0] ? {id: String(rows[0].id), hash: String(rows[0].hash)} : undefined;
}

/** The format of a stored source, or undefined when there is none with this id. */
export async function sourceFormat(store: Store, id: string): Promise<string | undefined> {
  const rows = await store.all(`SELECT format FROM sources WHERE id = ?`, [id]);
  return rows[0] ? String(rows[0].format) : undefined;
}

/** A bulk-loaded source (GDELT file) with its first `limit` events and their count: no sentences to show. */
export async function getBulkSource(store: Store, id: string, limit: number) {
  const rows = await store.all(`SELECT * FROM sources WHERE id = ?`, [id]);
  const r = rows[0];
  if (!r) return undefined;
  const events = (
    await store.all(`SELECT * FROM events WHERE source_id = ? ORDER BY date, id LIMIT ?`, [id, limit])
  ).map(rowToEvent);
  const count = Number(
    (await store.all(`SELECT count(*)::BIGINT AS n FROM events WHERE source_id = ?`, [id]))[0]?.n ?? 0
  );
  return {
    source: {
      id: String(r.id),
      hash: String(r.hash),
      title: r.title ?? null,
      publisher: r.publisher ?? null,
      author: r.author ?? null,
      date: r.date ?? null,
      origin: String(r.origin),
      format: String(r.format),
      text: null,
      dropped: r.dropped ? JSON.parse(String(r.dropped)) : null,
      ingestedAt: String(r.ingested_at)
    },
    events,
    eventCount: count
  };
}

/** Inserts the source row of a bulk-loaded file (call inside the load's transaction). */
export async function putBulkSource(
  store: Store,
  s: {id: string; hash: string; title: string; origin: string; format: string; now: string; stats?: unknown}
): Promise<void> {
  await store.run(
    `INSERT INTO sources (id, hash, title, origin, format, dropped, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [s.id, s.hash, s.title, s.origin, s.format, s.stats === undefined ? null : JSON.stringify(s.stats), s.now]
  );
}

/**
 * Starts a bulk load of one source's GDELT rows straight into `events` through the appender, one
 * value at a time (measured faster than column chunks for this mix of short strings and numbers).
 * Call inside a transaction.
 */
export async function startGdeltLoad(store: Store, sourceId: string): Promise<GdeltLoad> {
  const app: DuckDBAppender = await store.appender("events");
  const dates = new Map<number, DuckDBDateValue>();
  let closed = false;
  let n = 0;
  const appendValues: GdeltLoad["appendValues"] = (
    gid,
    sqldate,
    source,
    target,
    sourceAgent,
    targetAgent,
    code,
    goldstein,
    quad,
    plover,
    url
  ) => {
    let date = dates.get(sqldate);
    if (!date) {
      const y = Math.floor(sqldate / 10000);
      const m = Math.floor(sqldate / 100) % 100;
      date = new DuckDBDateValue(Date.UTC(y, m - 1, sqldate % 100) / 86400000);
      dates.set(sqldate, date);
    }
    app.appendVarchar(`gdelt:${gid}`);
    app.appendVarchar(sourceId);
    app.appendDate(date);
    app.appendVarchar(source);
    app.appendVarchar(target);
    if (sourceAgent === null) app.appendNull();
    else app.appendVarchar(sourceAgent);
    if (targetAgent === null) app.appendNull();
    else app.appendVarchar(targetAgent);
    app.appendVarchar(code);
    app.appendDouble(goldstein);
    app.appendTinyInt(quad);
    if (plover === null) app.appendNull();
    else app.appendVarchar(plover);
    app.appendNull(); // sentence
    app.appendNull(); // start
    app.appendNull(); // end
    app.appendVarchar("gdelt");
    app.appendNull(); // label
    if (url === null) app.appendNull();
    else app.appendVarchar(url);
    app.endRow();
    n++;
  };

  return {
    append(r: GdeltEventRow) {
      appendValues(
        r.gid,
        r.sqldate,
        r.source,
        r.target,
        r.sourceAgent,
        r.targetAgent,
        r.code,
        r.goldstein,
        r.quad,
        r.plover,
        r.url
      );
    },
    appendValues,
    finish() {
      app.closeSync();
      closed = true;
      return n;
    },
    abort() {
      if (closed) return;
      closed = true;
      try {
        app.closeSync();
      } catch {
        // the rollback discards what was appended
      }
    }
  };
}
