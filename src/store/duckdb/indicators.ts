import type {Indicator} from "../../domain/index.js";
import type {DuckDB} from "./connection.js";
import {type IndicatorQuery} from "../ports.js";

/** Inserts or replaces indicators by id (call inside a transaction). */
export async function putIndicators(store: DuckDB, indicators: readonly Indicator[]): Promise<void> {
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

/** Indicators by dyad, year range, metric or dimension, by year. */
export async function listIndicators(store: DuckDB, q: IndicatorQuery = {}): Promise<Indicator[]> {
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

/** Deletes the indicators that came from knowledge packs (datasets cite "dataset:…" and stay). */
export async function deletePackIndicators(store: DuckDB): Promise<void> {
  await store.run(`DELETE FROM indicators WHERE cite_source NOT LIKE 'dataset:%'`);
}

/** Whether any UN vote or indicator names this actor code. */
export async function knowsCode(store: DuckDB, code: string): Promise<boolean> {
  const rows = await store.all(
    `SELECT 1 FROM un_votes WHERE country = ? UNION ALL SELECT 1 FROM indicators WHERE actor = ? LIMIT 1`,
    [code, code]
  );
  return rows.length > 0;
}
