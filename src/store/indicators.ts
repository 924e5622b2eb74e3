import type {Indicator} from "../domain/index.js";
import type {Store} from "./store.js";

/** Inserts or replaces indicators by id (call inside a transaction). */
export async function putIndicators(store: Store, indicators: readonly Indicator[]): Promise<void> {
  for (const i of indicators) {
    await store.run(`INSERT OR REPLACE INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      i.id,
      i.actor,
      i.partner,
      i.year,
      i.dimension,
      i.metric,
      i.value,
      i.unit,
      i.citation.source,
      i.citation.quote
    ]);
  }
}

export interface IndicatorQuery {
  actor?: string;
  partner?: string;
  /** Either direction of the dyad. */
  dyad?: readonly [string, string];
  from?: number;
  to?: number;
  metric?: string;
  dimension?: string;
}

/** Indicators by dyad, year range, metric or dimension, by year. */
export async function listIndicators(store: Store, q: IndicatorQuery = {}): Promise<Indicator[]> {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (q.actor) (parts.push(`actor = ?`), params.push(q.actor));
  if (q.partner) (parts.push(`partner = ?`), params.push(q.partner));
  if (q.dyad) {
    parts.push(`((actor = ? AND partner = ?) OR (actor = ? AND partner = ?))`);
    params.push(q.dyad[0], q.dyad[1], q.dyad[1], q.dyad[0]);
  }
  if (q.from !== undefined) (parts.push(`year >= ?`), params.push(q.from));
  if (q.to !== undefined) (parts.push(`year <= ?`), params.push(q.to));
  if (q.metric) (parts.push(`metric = ?`), params.push(q.metric));
  if (q.dimension) (parts.push(`dimension = ?`), params.push(q.dimension));
  const rows = await store.all(
    `SELECT * FROM indicators ${parts.length ? `WHERE ${parts.join(" AND ")}` : ""} ORDER BY year, actor, partner, metric`,
    params
  );
  return rows.map((r) => ({
    id: String(r.id),
    actor: String(r.actor),
    ...(r.partner != null ? {partner: String(r.partner)} : {}),
    year: Number(r.year),
    dimension: r.dimension as Indicator["dimension"],
    metric: String(r.metric),
    value: Number(r.value),
    unit: String(r.unit),
    citation: {source: String(r.cite_source), quote: String(r.cite_quote)}
  }));
}
