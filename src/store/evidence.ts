/**
 * Queries for the evidence measures on the embedded store: the clusters of reports behind the
 * event dimension (aggregated in SQL; the definition is clusterReports() in src/measure), the
 * stances with their documents' dates for the discourse, and the forecast registry.
 *
 * @module
 */
import type {Forecast, Resolution} from "../domain/index.js";
import type {Row, SqlValue, Store} from "./store.js";

/** The clusters' query: the focal state with each vector, both directions, between dates (YYYY-MM-DD, inclusive). */
export interface ClusterQuery {
  focal: string;
  vectors: readonly string[];
  from?: string;
  to?: string;
}

/** One cluster as the store aggregates it (see EventCluster in src/measure/event-clusters.ts). */
export interface ClusterRow {
  vector: string;
  date: string;
  reports: number;
  documents: number;
  gdeltSources: number;
  mentions: number;
  goldsteinSum: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

/** The SQL of the cluster aggregation, shared by the engines that speak DuckDB's dialect. */
export function clusterSql(q: ClusterQuery): {sql: string; params: SqlValue[]} {
  const marks = q.vectors.map(() => "?").join(", ");
  const params: SqlValue[] = [q.focal, q.focal, ...q.vectors, q.focal, ...q.vectors];
  let range = "";
  if (q.from) {
    range += ` AND date >= CAST(? AS DATE)`;
    params.push(q.from);
  }
  if (q.to) {
    range += ` AND date <= CAST(? AS DATE)`;
    params.push(q.to);
  }
  return {
    sql: `SELECT CASE WHEN source = ? THEN target ELSE source END AS vector, strftime(date, '%Y-%m-%d') AS date,
            count(*)::INTEGER AS reports,
            count(DISTINCT CASE WHEN url IS NULL OR url = '' THEN source_id ELSE url END)::INTEGER AS documents,
            sum(goldstein)::DOUBLE AS goldstein_sum,
            count_if(quad = 1)::INTEGER AS q1, count_if(quad = 2)::INTEGER AS q2,
            count_if(quad = 3)::INTEGER AS q3, count_if(quad = 4)::INTEGER AS q4
          FROM events
          WHERE ((source = ? AND target IN (${marks})) OR (target = ? AND source IN (${marks})))${range}
          GROUP BY 1, 2 ORDER BY 1, 2`,
    params
  };
}

export function clusterFromRow(r: Row): ClusterRow {
  return {
    vector: String(r.vector),
    date: String(r.date),
    reports: Number(r.reports),
    documents: Number(r.documents),
    gdeltSources: Number(r.gdelt_sources ?? 0),
    mentions: Number(r.mentions ?? 0),
    goldsteinSum: Number(r.goldstein_sum),
    quad1: Number(r.q1),
    quad2: Number(r.q2),
    quad3: Number(r.q3),
    quad4: Number(r.q4)
  };
}

/** Clusters of reports (undirected dyad and day) of the focal state with each vector. */
export async function eventClusters(store: Store, q: ClusterQuery): Promise<ClusterRow[]> {
  if (q.vectors.length === 0) return [];
  const {sql, params} = clusterSql(q);
  return (await store.all(sql, params)).map(clusterFromRow);
}

/** The latest event date in the store (YYYY-MM-DD), or undefined when it holds none. */
export async function latestEventDate(store: Store): Promise<string | undefined> {
  const [r] = await store.all(`SELECT strftime(max(date), '%Y-%m-%d') AS d FROM events`);
  return r?.d ? String(r.d) : undefined;
}

/** A stance with its document's date, publisher and title. */
export interface StanceRow {
  id: string;
  sourceId: string;
  speaker: string;
  target: string;
  polarity: number;
  quote: string;
  date?: string;
  publisher?: string;
  title?: string;
}

/** Stances toward any of `targets`, with their documents' metadata. */
export async function listStancesToward(store: Store, targets: readonly string[]): Promise<StanceRow[]> {
  if (targets.length === 0) return [];
  const rows = await store.all(
    `SELECT st.id, st.source_id, st.speaker, st.target, st.polarity, st.quote,
            strftime(s.date, '%Y-%m-%d') AS date, s.publisher, s.title
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
    ...(r.date != null ? {date: String(r.date)} : {}),
    ...(r.publisher != null ? {publisher: String(r.publisher)} : {}),
    ...(r.title != null ? {title: String(r.title)} : {})
  }));
}

/** A forecast claim with its document's metadata (the registry's input). */
export interface ForecastClaimRow {
  claimId: string;
  sourceId: string;
  speaker: string;
  quote: string;
  about: string[];
  horizon?: string;
  date?: string;
  publisher?: string;
}

/** Claims of kind "forecast" with their documents' date and publisher. */
export async function listForecastClaims(store: Store): Promise<ForecastClaimRow[]> {
  const rows = await store.all(
    `SELECT c.id, c.source_id, c.speaker, c.quote, c.about, c.horizon, strftime(s.date, '%Y-%m-%d') AS date, s.publisher
       FROM claims c LEFT JOIN sources s ON s.id = c.source_id WHERE c.kind = 'forecast' ORDER BY c.source_id, c.start, c.id`
  );
  return rows.map((r) => ({
    claimId: String(r.id),
    sourceId: String(r.source_id),
    speaker: String(r.speaker),
    quote: String(r.quote),
    about: r.about ? String(r.about).split(";").filter(Boolean) : [],
    ...(r.horizon != null ? {horizon: String(r.horizon)} : {}),
    ...(r.date != null ? {date: String(r.date)} : {}),
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
export async function putForecasts(store: Store, forecasts: readonly Forecast[]): Promise<void> {
  const sql = `INSERT OR REPLACE INTO forecasts (${FORECAST_COLUMNS}) VALUES (${forecastValues(
    forecasts[0] ?? ({} as Forecast)
  )
    .map(() => "?")
    .join(", ")})`;
  for (const f of forecasts) await store.run(sql, forecastValues(f));
}

export interface ForecastQuery {
  status?: Forecast["status"];
  speaker?: string;
  id?: string;
}

/** Forecasts, filtered by status, speaker (substring, case-insensitive) or id; ordered by date made, then id. */
export async function listForecasts(store: Store, q: ForecastQuery = {}): Promise<Forecast[]> {
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
