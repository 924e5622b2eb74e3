/**
 * Queries for the evidence measures on the embedded store: the clusters of reports behind the
 * event dimension (aggregated in SQL; the definition is clusterReports() in src/measure), the
 * stances with their documents' dates for the discourse, and the forecast registry.
 *
 * @module
 */
import type {Event, Forecast, PeriodPrecision, Resolution} from "../../domain/index.js";
import type {
  ClusterListRow,
  EventClusterQuery,
  EventMonthRow,
  ForecastClaimRow,
  ForecastQuery,
  StanceRow
} from "../ports.js";
import {rowToEvent} from "../rows.js";
import type {DuckDB, Row, SqlValue} from "./connection.js";
import {storedDate} from "./source-date.js";

/** One vector and month of clusters, summed (see EventMonthAggregate in src/measure/events-dimension.ts). */
/**
 * The clusters as a derived table (vector, cluster key, date, reports, documents, mean Goldstein, quad
 * shares), in DuckDB's dialect. Undated events (date NULL) are left out: they have no month.
 */
function clustersCte(q: EventClusterQuery): {sql: string; params: SqlValue[]} {
  const marks = q.vectors.map(() => "?").join(", ");
  const params: SqlValue[] = [q.focal, q.focal, ...q.vectors, q.focal, ...q.vectors];
  let range = "";
  if (q.from) ((range += ` AND e.date >= CAST(? AS DATE)`), params.push(q.from));
  if (q.to) ((range += ` AND e.date <= CAST(? AS DATE)`), params.push(q.to));
  const byDay = q.rule === "dyad-day";
  const reports = `SELECT CASE WHEN e.source = ? THEN e.target ELSE e.source END AS vector, e.date, e.goldstein, e.quad,
        CASE WHEN e.url IS NULL OR e.url = '' THEN e.source_id ELSE e.url END AS doc,
        ${byDay ? `strftime(e.date, '%Y-%m-%d')` : `ec.cluster_id`} AS cid, e.id,
        coalesce(e.num_sources, 0) AS ns, coalesce(e.num_mentions, 0) AS nm
      FROM events e ${byDay ? "" : "LEFT JOIN event_clusters ec ON ec.event_id = e.id"}
      WHERE ((e.source = ? AND e.target IN (${marks})) OR (e.target = ? AND e.source IN (${marks})))
        AND e.date IS NOT NULL${range}`;
  // GDELT's NumSources (the largest among a cluster's rows) and NumMentions (summed); 0 for other reports.
  // Reports in no cluster are clusters of one (no grouping needed: the common case at GDELT scale).
  const sql = `r AS (${reports}),
    c AS (
      SELECT vector, cid AS key, min(date) AS date, count(*) AS reports, count(DISTINCT doc) AS documents,
        max(ns) AS gdelt_sources, sum(nm) AS mentions, sum(goldstein) AS gsum, avg((quad = 1)::DOUBLE) AS q1, avg((quad = 2)::DOUBLE) AS q2,
        avg((quad = 3)::DOUBLE) AS q3, avg((quad = 4)::DOUBLE) AS q4
      FROM r WHERE cid IS NOT NULL GROUP BY vector, cid
      UNION ALL
      SELECT vector, 'report:' || id AS key, date, 1, 1, ns, nm, goldstein, (quad = 1)::DOUBLE, (quad = 2)::DOUBLE,
        (quad = 3)::DOUBLE, (quad = 4)::DOUBLE
      FROM r WHERE cid IS NULL)`;
  return {sql, params};
}

/** Per vector and month: the clusters' count, reports, documents and weighted sums. */
export async function eventMonthAggregates(store: DuckDB, q: EventClusterQuery): Promise<EventMonthRow[]> {
  if (q.vectors.length === 0) return [];
  const cte = clustersCte(q);
  const rows = await store.all(
    `WITH ${cte.sql},
       w AS (SELECT *, log2(1 + greatest(documents, gdelt_sources, 1) + ? * mentions) AS w FROM c)
     SELECT vector, strftime(date, '%Y-%m') AS month, count(*)::INTEGER AS clusters, sum(reports)::INTEGER AS reports,
       sum(documents)::INTEGER AS documents, sum(w) AS volume, sum(w * gsum / reports) AS tone_sum,
       sum(w * q1) AS q1, sum(w * q2) AS q2, sum(w * q3) AS q3, sum(w * q4) AS q4
     FROM w GROUP BY 1, 2 ORDER BY 2, 1`,
    [...cte.params, q.mentionWeight]
  );
  return rows.map(eventMonthRow);
}

/** One row of the event dimension's monthly query (vector, month, clusters, …, tone_sum, q1–q4). */
export function eventMonthRow(r: Row): EventMonthRow {
  return {
    vector: String(r.vector),
    month: String(r.month),
    clusters: Number(r.clusters),
    reports: Number(r.reports),
    documents: Number(r.documents),
    volume: Number(r.volume),
    toneSum: Number(r.tone_sum),
    quadSum: [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)]
  };
}

/** The clusters themselves (earliest first), for explanations; at most `limit`. */
export async function listEventClusters(
  store: DuckDB,
  q: EventClusterQuery,
  limit = 500
): Promise<{rows: ClusterListRow[]; total: number}> {
  if (q.vectors.length === 0) return {rows: [], total: 0};
  const cte = clustersCte(q);
  const rows = await store.all(
    `WITH ${cte.sql} SELECT vector, key, strftime(date, '%Y-%m-%d') AS date, reports::INTEGER AS reports,
       documents::INTEGER AS documents, gsum, count(*) OVER ()::INTEGER AS total FROM c ORDER BY date, vector, key LIMIT ?`,
    [...cte.params, limit]
  );
  return {
    rows: rows.map((r) => ({
      key: String(r.key),
      vector: String(r.vector),
      date: String(r.date),
      reports: Number(r.reports),
      documents: Number(r.documents),
      goldsteinSum: Number(r.gsum)
    })),
    total: rows.length ? Number(rows[0]!.total) : 0
  };
}

/** The reports of one cluster: a reader cluster's members, one report, or a dyad-day's reports. */
export async function clusterMembers(
  store: DuckDB,
  key: string,
  q: {focal: string; vector: string; date: string}
): Promise<string[]> {
  if (key.startsWith("report:")) return [key.slice("report:".length)];
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) {
    const rows = await store.all(
      `SELECT id FROM events WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?)) AND date = CAST(? AS DATE) ORDER BY id`,
      [q.focal, q.vector, q.vector, q.focal, q.date]
    );
    return rows.map((r) => String(r.id));
  }
  const rows = await store.all(`SELECT event_id FROM event_clusters WHERE cluster_id = ? ORDER BY event_id`, [key]);
  return rows.map((r) => String(r.event_id));
}

/** Events by id (the reports of a cluster), ordered by date then id. */
export async function eventsByIds(store: DuckDB, ids: readonly string[]): Promise<Event[]> {
  if (ids.length === 0) return [];
  const rows = await store.all(
    `SELECT * FROM events WHERE id IN (${ids.map(() => "?").join(", ")}) ORDER BY date, id`,
    [...ids]
  );
  return rows.map(rowToEvent);
}

/** The latest event date in the store (YYYY-MM-DD), or undefined when it holds none. */
export async function latestEventDate(store: DuckDB): Promise<string | undefined> {
  const [r] = await store.all(`SELECT strftime(max(date), '%Y-%m-%d') AS d FROM events WHERE date IS NOT NULL`);
  return r?.d ? String(r.d) : undefined;
}

/** A row's document date as written ("2022-03-14", "2022-03", "2022") with its precision; nothing when undated. */
function documentDate(r: Record<string, unknown>): {date?: string; datePrecision?: PeriodPrecision} {
  const {date, datePrecision} = storedDate(r.date, r.date_precision);
  return date != null && datePrecision != null ? {date, datePrecision} : {};
}

/** Stances toward any of `targets`, with their documents' metadata. */
export async function listStancesToward(store: DuckDB, targets: readonly string[]): Promise<StanceRow[]> {
  if (targets.length === 0) return [];
  const rows = await store.all(
    `SELECT st.id, st.source_id, st.speaker, st.target, st.polarity, st.quote,
            strftime(s.date, '%Y-%m-%d') AS date, s.date_precision, s.publisher, s.title
       FROM stances st LEFT JOIN sources s ON s.id = st.source_id
      WHERE st.target IN (${targets.map(() => "?").join(", ")})
      ORDER BY s.date NULLS LAST, st.source_id, st.start, st.id`,
    [...targets]
  );
  return rows.map((r) => ({
    id: String(r.id),
    sourceId: String(r.source_id),
    speaker: String(r.speaker),
    target: String(r.target),
    polarity: Number(r.polarity),
    quote: String(r.quote),
    ...documentDate(r),
    ...(r.publisher != null ? {publisher: String(r.publisher)} : {}),
    ...(r.title != null ? {title: String(r.title)} : {})
  }));
}

/** Claims of kind "forecast" with their documents' date and publisher. */
export async function listForecastClaims(store: DuckDB): Promise<ForecastClaimRow[]> {
  const rows = await store.all(
    `SELECT c.id, c.source_id, c.speaker, c.quote, c.about, c.horizon, strftime(s.date, '%Y-%m-%d') AS date, s.date_precision,
            s.publisher
       FROM claims c LEFT JOIN sources s ON s.id = c.source_id WHERE c.kind = 'forecast' ORDER BY c.source_id, c.start, c.id`
  );
  return rows.map((r) => ({
    claimId: String(r.id),
    sourceId: String(r.source_id),
    speaker: String(r.speaker),
    quote: String(r.quote),
    about: r.about ? String(r.about).split(";").filter(Boolean) : [],
    ...(r.horizon != null ? {horizon: String(r.horizon)} : {}),
    ...documentDate(r),
    ...(r.publisher != null ? {publisher: String(r.publisher)} : {})
  }));
}

const FORECAST_COLUMNS = `id, claim_id, source_id, speaker, publisher, made, quote, actors, modality, probability,
  outcome, horizon, horizon_kind, status, resolution, history`;

function forecastValues(f: Forecast): SqlValue[] {
  return [
    f.id,
    f.claimId,
    f.sourceId,
    f.speaker,
    f.publisher ?? null,
    f.made ?? null,
    f.quote,
    JSON.stringify(f.actors),
    f.modality ?? null,
    f.probability ?? null,
    JSON.stringify(f.outcome),
    f.horizon ?? null,
    f.horizonKind,
    f.status,
    f.resolution ? JSON.stringify(f.resolution) : null,
    JSON.stringify(f.history)
  ];
}

function forecastFromRow(r: Row): Forecast {
  return {
    id: String(r.id),
    claimId: String(r.claim_id),
    sourceId: String(r.source_id),
    speaker: String(r.speaker),
    ...(r.publisher != null ? {publisher: String(r.publisher)} : {}),
    ...(r.made != null ? {made: String(r.made)} : {}),
    quote: String(r.quote),
    actors: JSON.parse(String(r.actors)) as string[],
    ...(r.modality != null ? {modality: String(r.modality)} : {}),
    ...(r.probability != null ? {probability: Number(r.probability)} : {}),
    outcome: JSON.parse(String(r.outcome)) as Forecast["outcome"],
    ...(r.horizon != null ? {horizon: String(r.horizon)} : {}),
    horizonKind: String(r.horizon_kind) as Forecast["horizonKind"],
    status: String(r.status) as Forecast["status"],
    ...(r.resolution != null ? {resolution: JSON.parse(String(r.resolution)) as Resolution} : {}),
    history: JSON.parse(String(r.history ?? "[]")) as Resolution[]
  };
}

/** Writes forecasts (insert or replace by id). Call inside a transaction for atomicity. */
export async function putForecasts(store: DuckDB, forecasts: readonly Forecast[]): Promise<void> {
  const sql = `INSERT OR REPLACE INTO forecasts (${FORECAST_COLUMNS}) VALUES (${forecastValues(
    forecasts[0] ?? ({} as Forecast)
  )
    .map(() => "?")
    .join(", ")})`;
  for (const f of forecasts) await store.run(sql, forecastValues(f));
}

/** Forecasts, filtered by status, speaker (substring, case-insensitive) or id; ordered by date made, then id. */
export async function listForecasts(store: DuckDB, q: ForecastQuery = {}): Promise<Forecast[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (q.status) (where.push(`status = ?`), params.push(q.status));
  if (q.speaker) (where.push(`lower(speaker) LIKE ?`), params.push(`%${q.speaker.toLowerCase()}%`));
  if (q.id) (where.push(`id = ?`), params.push(q.id));
  const rows = await store.all(
    `SELECT ${FORECAST_COLUMNS} FROM forecasts ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY made NULLS LAST, id`,
    params
  );
  return rows.map(forecastFromRow);
}
