/**
 * The event dimension's summary on the embedded store: the events table summed per directed dyad and
 * day, kept up by the events port at write time, so that the event dimension of a focal state reads a
 * few thousand summary rows instead of scanning millions of events.
 *
 * One table, `event_day_summary`, two kinds of rows:
 * - reports in no reader cluster (each a happening of its own): per source, target, day and GDELT reach
 *   (NumSources, NumMentions: the cluster weight's inputs), the count, Goldstein sum and quad-class counts;
 * - reports in a reader cluster: per source, target, day, cluster and document, the same sums with the
 *   largest NumSources and the summed NumMentions, so that a cluster's distinct documents, reach and
 *   earliest day are found from its rows.
 * Undated events have no month and are left out, as in the scan.
 *
 * Kept up by key: every write (new events, deleted events, GDELT loads, new clusters) recomputes the
 * summary rows of the (source, target, day) keys it touched from the events table, inside the write's
 * transaction. {@link eventSummaryMonths} is the same aggregation as the scan in evidence.ts (rule
 * "reader"), which the tests check against it and against clusterReports().
 *
 * @module
 */
import type {EventClusterQuery, EventMonthRow} from "../ports.js";
import type {DuckDB, SqlValue} from "./connection.js";
import {eventMonthRow} from "./evidence.js";

const TABLE = "event_day_summary";
const KEYS = "event_summary_keys";

const SUMS = `count(*)::BIGINT AS n, sum(e.goldstein) AS gsum, count(*) FILTER (WHERE e.quad = 1)::BIGINT AS q1,
  count(*) FILTER (WHERE e.quad = 2)::BIGINT AS q2, count(*) FILTER (WHERE e.quad = 3)::BIGINT AS q3,
  count(*) FILTER (WHERE e.quad = 4)::BIGINT AS q4`;

/** The summary rows of the events in `from` (a FROM clause over `events e`, maybe joined to the keys). */
function summaryRows(from: string): string[] {
  return [
    `INSERT INTO ${TABLE} SELECT e.source, e.target, e.date, NULL, NULL, coalesce(e.num_sources, 0)::BIGINT AS ns,
       coalesce(e.num_mentions, 0)::BIGINT AS nm, ${SUMS}
     FROM ${from} LEFT JOIN event_clusters ec ON ec.event_id = e.id
     WHERE ec.event_id IS NULL AND e.date IS NOT NULL
     GROUP BY e.source, e.target, e.date, ns, nm`,
    `INSERT INTO ${TABLE} SELECT e.source, e.target, e.date, ec.cluster_id,
       CASE WHEN e.url IS NULL OR e.url = '' THEN e.source_id ELSE e.url END AS doc,
       max(coalesce(e.num_sources, 0))::BIGINT, sum(coalesce(e.num_mentions, 0))::BIGINT, ${SUMS}
     FROM ${from} JOIN event_clusters ec ON ec.event_id = e.id
     WHERE e.date IS NOT NULL
     GROUP BY e.source, e.target, e.date, ec.cluster_id, doc`
  ];
}

/** Whether the summary table exists. */
export async function hasEventSummary(db: DuckDB): Promise<boolean> {
  const [r] = await db.all(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${TABLE}'`);
  return Number(r?.n ?? 0) > 0;
}

/**
 * Creates the summary when it is missing and rebuilds it when it does not hold every dated event (a
 * store written before it existed, or by a path that bypassed the port). Call inside a transaction.
 */
export async function ensureEventSummary(db: DuckDB): Promise<void> {
  if (await hasEventSummary(db)) {
    const [r] = await db.all(
      `SELECT (SELECT count(*) FROM events WHERE date IS NOT NULL)::BIGINT AS events,
              (SELECT coalesce(sum(n), 0) FROM ${TABLE})::BIGINT AS summed`
    );
    if (Number(r?.events ?? 0) === Number(r?.summed ?? 0)) return;
  }
  await rebuildEventSummary(db);
}

/** Rebuilds the whole summary from the events table. Call inside a transaction. */
export async function rebuildEventSummary(db: DuckDB): Promise<void> {
  await db.run(
    `CREATE OR REPLACE TABLE ${TABLE} (source VARCHAR NOT NULL, target VARCHAR NOT NULL, day DATE NOT NULL,
       cluster_id VARCHAR, doc VARCHAR, ns BIGINT NOT NULL, nm BIGINT NOT NULL, n BIGINT NOT NULL, gsum DOUBLE NOT NULL,
       q1 BIGINT NOT NULL, q2 BIGINT NOT NULL, q3 BIGINT NOT NULL, q4 BIGINT NOT NULL)`
  );
  for (const sql of summaryRows("events e")) await db.run(sql);
}

/**
 * Recomputes the summary rows of the (source, target, day) keys that `keys` selects (a query giving
 * source, target, date), from the events table as it is now. Call inside the write's transaction,
 * after the write (or, for deletions, select the keys before: see {@link captureKeys}).
 */
export async function refreshEventSummary(db: DuckDB, keys?: {sql: string; params: SqlValue[]}): Promise<void> {
  if (keys) await captureKeys(db, keys);
  await db.run(
    `DELETE FROM ${TABLE} WHERE EXISTS (SELECT 1 FROM ${KEYS} k
       WHERE k.source = ${TABLE}.source AND k.target = ${TABLE}.target AND k.day = ${TABLE}.day)`
  );
  for (const sql of summaryRows(
    `events e JOIN ${KEYS} k ON k.source = e.source AND k.target = e.target AND k.day = e.date`
  ))
    await db.run(sql);
  await db.run(`DROP TABLE IF EXISTS ${KEYS}`);
}

/** Records the keys a write touches (before a deletion, or after an insertion). */
export async function captureKeys(db: DuckDB, keys: {sql: string; params: SqlValue[]}): Promise<void> {
  await db.run(
    `CREATE OR REPLACE TEMP TABLE ${KEYS} AS SELECT DISTINCT source, target, date AS day FROM (${keys.sql}) x
     WHERE date IS NOT NULL`,
    keys.params
  );
}

/** The keys of the events of some documents. */
export function keysOfSources(sourceIds: readonly string[]): {sql: string; params: SqlValue[]} {
  return {
    sql: `SELECT source, target, date FROM events WHERE source_id IN (${sourceIds.map(() => "?").join(", ") || "NULL"})`,
    params: [...sourceIds]
  };
}

/** The keys of some events. */
export function keysOfEvents(ids: readonly string[]): {sql: string; params: SqlValue[]} {
  return {
    sql: `SELECT source, target, date FROM events WHERE id IN (${ids.map(() => "?").join(", ") || "NULL"})`,
    params: [...ids]
  };
}

/**
 * The event dimension (rule "reader") from the summary: per vector and month, the clusters, reports,
 * documents and weighted sums, as {@link eventMonthAggregates} computes them from the events.
 */
export async function eventSummaryMonths(db: DuckDB, q: EventClusterQuery): Promise<EventMonthRow[]> {
  const marks = q.vectors.map(() => "?").join(", ");
  const params: SqlValue[] = [q.focal, q.focal, ...q.vectors, q.focal, ...q.vectors];
  let range = "";
  if (q.from) ((range += ` AND day >= CAST(? AS DATE)`), params.push(q.from));
  if (q.to) ((range += ` AND day <= CAST(? AS DATE)`), params.push(q.to));
  params.push(q.mentionWeight, q.mentionWeight);
  const rows = await db.all(
    `WITH s AS (
       SELECT CASE WHEN source = ? THEN target ELSE source END AS vector, day, cluster_id, doc, ns, nm, n, gsum, q1, q2, q3, q4
       FROM ${TABLE}
       WHERE ((source = ? AND target IN (${marks})) OR (target = ? AND source IN (${marks})))${range}),
     c AS (
       SELECT vector, min(day) AS day, sum(n) AS reports, count(DISTINCT doc) AS documents, max(ns) AS gs,
         sum(nm) AS mentions, sum(gsum) AS gsum, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4
       FROM s WHERE cluster_id IS NOT NULL GROUP BY vector, cluster_id),
     parts AS (
       SELECT vector, day, 1 AS clusters, reports, documents, w AS volume, w * gsum / reports AS tone_sum,
         w * q1 / reports AS s1, w * q2 / reports AS s2, w * q3 / reports AS s3, w * q4 / reports AS s4
       FROM (SELECT *, log2(1 + greatest(documents, gs, 1) + ? * mentions) AS w FROM c)
       UNION ALL
       SELECT vector, day, n, n, n, n * w, w * gsum, w * q1, w * q2, w * q3, w * q4
       FROM (SELECT *, log2(1 + greatest(1, ns) + ? * nm) AS w FROM s WHERE cluster_id IS NULL))
     SELECT vector, strftime(day, '%Y-%m') AS month, sum(clusters)::BIGINT AS clusters, sum(reports)::BIGINT AS reports,
       sum(documents)::BIGINT AS documents, sum(volume) AS volume, sum(tone_sum) AS tone_sum,
       sum(s1) AS q1, sum(s2) AS q2, sum(s3) AS q3, sum(s4) AS q4
     FROM parts GROUP BY 1, 2 ORDER BY 2, 1`,
    params
  );
  return rows.map(eventMonthRow);
}
