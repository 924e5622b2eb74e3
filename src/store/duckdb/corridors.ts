import type {Corridor} from "../../domain/index.js";
import type {DuckDB} from "./connection.js";

/** Replaces the stored corridors (call inside a transaction). */
export async function putCorridors(store: DuckDB, corridors: readonly Corridor[]): Promise<void> {
  await store.run(`DELETE FROM corridors`);
  for (const c of corridors) {
    await store.run(`INSERT INTO corridors VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      c.id,
      c.name,
      c.kind,
      c.states.join(";"),
      c.sponsor,
      c.citation.source,
      c.citation.quote
    ]);
  }
}

export async function listCorridors(store: DuckDB): Promise<Corridor[]> {
  return (await store.all(`SELECT * FROM corridors ORDER BY id`)).map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as Corridor["kind"],
    states: String(r.states).split(";"),
    ...(r.sponsor ? {sponsor: String(r.sponsor)} : {}),
    citation: {source: String(r.cite_source), quote: String(r.cite_quote)}
  }));
}
