import type {Cluster, Event} from "../../domain/index.js";
import type {ClusterQuery, ClusterCount} from "../ports.js";
import {rowToEvent} from "../rows.js";
import type {SqlValue, DuckDB} from "./connection.js";

/**
 * The dated events of some dyads (either direction), for re-clustering around newly stored events. `pad` days
 * widen the date range on both sides so a neighbouring report just outside it is still seen. The events of
 * `exceptSources` are left out (the ingest has its batch's events in hand: reading them back was most of the rows).
 */
export async function clusterCandidates(
  store: DuckDB,
  dyads: readonly (readonly [string, string])[],
  range: {from: string; to: string; pad: number; exceptSources?: readonly string[]}
): Promise<Event[]> {
  if (dyads.length === 0) return [];
  const parts = dyads.map(() => `((source = ? AND target = ?) OR (source = ? AND target = ?))`);
  const params: SqlValue[] = dyads.flatMap(([a, b]) => [a, b, b, a]);
  params.push(range.from, range.pad, range.to, range.pad);
  const except = range.exceptSources ?? [];
  // One LIST parameter (a `?` per source made the candidates of a 1,000-article batch a statement of 1,000+
  // parameters: 105-223 ms against 14-48 ms, the same rows).
  const notIn = except.length > 0 ? ["AND source_id NOT IN (SELECT unnest(?::VARCHAR[]))"] : [];
  if (except.length > 0) params.push(except);
  const rows = await store.all(
    `SELECT * FROM events WHERE (${parts.join(" OR ")}) AND date IS NOT NULL
       AND date >= CAST(? AS DATE) - CAST(? AS INTEGER) AND date <= CAST(? AS DATE) + CAST(? AS INTEGER)
       ${notIn.join(" ")}`,
    params
  );
  return rows.map(rowToEvent);
}

/**
 * Records clusters: every event of `considered` (and every member named) loses its old cluster row, then each
 * cluster's members get theirs, through one appender (an event named by two clusters keeps the last, as an
 * `INSERT OR REPLACE` per row did; that was one statement per member, 30 s for 7,000 members at load 10).
 * Call inside a transaction.
 */
export async function putClusters(
  store: DuckDB,
  considered: readonly string[],
  clusters: readonly Cluster[]
): Promise<void> {
  const rows = new Map<string, [string, string, string]>();
  for (const c of clusters) for (const id of c.events) rows.set(id, [id, c.id, c.rule]);
  const gone = [...new Set([...considered, ...rows.keys()])];
  // One statement with the ids as one list (20 statements of 500 parameters took 0.2 s of a 1,000-article ingest's
  // end on a free core, 0.85 s at load 9; this one 0.03-0.04 s).
  if (gone.length > 0)
    await store.run(`DELETE FROM event_clusters WHERE event_id IN (SELECT unnest(?::VARCHAR[]))`, [gone]);
  await store.appendRows("event_clusters", ["event_id", "cluster_id", "rule"], [...rows.values()]);
}

/**
 * Stored clusters (two or more reports of one happening), earliest first, with their members and sources.
 * An event with no cluster row is a happening of its own.
 */
export async function listClusters(store: DuckDB, q: ClusterQuery = {}): Promise<Cluster[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (q.actor) (where.push(`(e.source = ? OR e.target = ?)`), params.push(q.actor, q.actor));
  if (q.from) (where.push(`e.date >= CAST(? AS DATE)`), params.push(q.from));
  if (q.to) (where.push(`e.date <= CAST(? AS DATE)`), params.push(q.to));
  const rows = await store.all(
    `SELECT c.cluster_id AS id, any_value(c.rule) AS rule, min(e.date)::VARCHAR AS "from", max(e.date)::VARCHAR AS "to",
       list(e.id ORDER BY e.date, e.id) AS events, list(DISTINCT e.source_id ORDER BY e.source_id) AS sources,
       arg_min(e.source, e.date) AS source, arg_min(e.target, e.date) AS target, arg_min(left(e.code, 2), e.date) AS root
     FROM event_clusters c JOIN events e ON e.id = c.event_id
     ${where.length ? `WHERE c.cluster_id IN (SELECT c2.cluster_id FROM event_clusters c2 JOIN events e ON e.id = c2.event_id WHERE ${where.join(" AND ")})` : ""}
     GROUP BY c.cluster_id ORDER BY "from", id LIMIT ?`,
    [...params, q.limit ?? 1000]
  );
  return rows.map((r) => ({
    id: String(r.id),
    source: String(r.source),
    target: String(r.target),
    root: String(r.root),
    from: String(r.from),
    to: String(r.to),
    events: (r.events as unknown[]).map(String),
    sources: (r.sources as unknown[]).map(String),
    rule: String(r.rule ?? "")
  }));
}

/** Per directed dyad and month between a focal actor and partners: reports (events) and happenings (clusters). */
export async function clusterCounts(
  store: DuckDB,
  q: {focal: string; partners: readonly string[]; from?: string; to?: string}
): Promise<ClusterCount[]> {
  if (q.partners.length === 0) return [];
  const list = q.partners.map(() => "?").join(", ");
  const params: SqlValue[] = [q.focal, ...q.partners, q.focal, ...q.partners];
  let where = `((e.source = ? AND e.target IN (${list})) OR (e.target = ? AND e.source IN (${list}))) AND e.date IS NOT NULL`;
  if (q.from) ((where += ` AND e.date >= CAST(? AS DATE)`), params.push(q.from));
  if (q.to) ((where += ` AND e.date <= CAST(? AS DATE)`), params.push(q.to));
  const rows = await store.all(
    `SELECT e.source, e.target, strftime(e.date, '%Y-%m') AS month, count(*)::INTEGER AS events,
       count(DISTINCT coalesce(c.cluster_id, e.id))::INTEGER AS clusters
     FROM events e LEFT JOIN event_clusters c ON c.event_id = e.id
     WHERE ${where} GROUP BY e.source, e.target, month ORDER BY month, e.source, e.target`,
    params
  );
  return rows.map((r) => ({
    source: String(r.source),
    target: String(r.target),
    month: String(r.month),
    events: Number(r.events),
    clusters: Number(r.clusters)
  }));
}
