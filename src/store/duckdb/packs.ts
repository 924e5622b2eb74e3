import type {DuckDB} from "./connection.js";

/** The content hash recorded for a loaded pack, or undefined. */
export async function packHash(store: DuckDB, name: string): Promise<string | undefined> {
  const rows = await store.all(`SELECT hash FROM packs WHERE name = ?`, [name]);
  return rows[0]?.hash == null ? undefined : String(rows[0].hash);
}

/** Records a pack as loaded with this hash. */
export async function recordPack(store: DuckDB, name: string, hash: string, now: string): Promise<void> {
  await store.run(`INSERT OR REPLACE INTO packs VALUES (?, ?, ?)`, [name, hash, now]);
}

/** The names in the packs table (packs and "dataset:…" records), sorted. */
export async function listPacks(store: DuckDB): Promise<string[]> {
  return (await store.all(`SELECT name FROM packs WHERE name NOT LIKE 'dataset:%' ORDER BY name`)).map((r) =>
    String(r.name)
  );
}

/** Replaces the source row that stands for a knowledge pack. */
export async function replacePackSource(
  store: DuckDB,
  s: {id: string; hash: string; title: string; origin: string; now: string}
): Promise<void> {
  await store.run(`DELETE FROM sources WHERE id = ?`, [s.id]);
  await store.run(`INSERT INTO sources (id, hash, title, origin, format, ingested_at) VALUES (?, ?, ?, ?, 'pack', ?)`, [
    s.id,
    s.hash,
    s.title,
    s.origin,
    s.now
  ]);
}
