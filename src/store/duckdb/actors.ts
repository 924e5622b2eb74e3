import {normalizeName, type Actor, type Alias} from "../../domain/index.js";
import type {DuckDB} from "./connection.js";
import {type ActorRow, type ActorMatch} from "../ports.js";

/** Replaces the stored actors and their aliases with `actors` (call inside a transaction). */
export async function putActors(store: DuckDB, actors: readonly Actor[]): Promise<void> {
  await store.run(`DELETE FROM aliases`);
  await store.run(`DELETE FROM actors`);
  for (const a of actors) {
    await store.run(`INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      a.code,
      a.name,
      a.kind,
      a.lat,
      a.lon,
      a.citation?.source,
      a.citation?.quote
    ]);
    const names: Alias[] = [
      {alias: a.code, lang: "en", role: "abbreviation"},
      {alias: a.name, lang: "en", role: "name"},
      ...a.aliases
    ];
    for (const al of names) {
      await store.run(`INSERT INTO aliases VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)`, [
        a.code,
        al.alias,
        normalizeName(al.alias),
        al.lang ?? "en",
        al.role ?? "name",
        al.from,
        al.to
      ]);
    }
  }
}

/** Lists actors, optionally of one kind or with the given codes, with their aliases. */
export async function listActors(
  store: DuckDB,
  {kind, codes}: {kind?: string; codes?: readonly string[]} = {}
): Promise<ActorRow[]> {
  const where: string[] = [];
  const params: string[] = [];
  if (kind) (where.push("kind = ?"), params.push(kind));
  if (codes) (where.push(`code IN (${codes.map(() => "?").join(", ") || "NULL"})`), params.push(...codes));
  const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const rows = await store.all(`SELECT * FROM actors ${clause} ORDER BY kind, code`, params);
  const aliases = await store.all(
    `SELECT code, alias, lang, role, "from", "to" FROM aliases
      ${codes ? `WHERE code IN (SELECT code FROM actors ${clause})` : ""} ORDER BY code, alias`,
    codes ? params : []
  );
  const byCode = new Map<string, Alias[]>();
  for (const a of aliases) {
    const list = byCode.get(String(a.code)) ?? [];
    list.push({
      alias: String(a.alias),
      lang: String(a.lang),
      role: a.role as Alias["role"],
      ...(a.from ? {from: String(a.from)} : {}),
      ...(a.to ? {to: String(a.to)} : {})
    });
    byCode.set(String(a.code), list);
  }
  return rows.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    kind: String(r.kind),
    lat: r.lat as number | null,
    lon: r.lon as number | null,
    citation: r.cite_source ? {source: String(r.cite_source), quote: String(r.cite_quote)} : null,
    aliases: byCode.get(String(r.code)) ?? []
  }));
}

/**
 * Resolves a code or alias ("KAZ", "the Kremlin", "Türkiye"). With `at` (YYYY-MM-DD), aliases with
 * a period (leaders) only match inside it.
 */
export async function findActors(store: DuckDB, query: string, {at}: {at?: string} = {}): Promise<ActorMatch[]> {
  const rows = await store.all(
    `SELECT DISTINCT a.code, a.name, a.kind, l.alias AS matched, l.role
       FROM aliases l JOIN actors a USING (code)
      WHERE (l.norm = ? OR a.code = ?)
        AND (? IS NULL OR ((l."from" IS NULL OR l."from" <= ?) AND (l."to" IS NULL OR ? <= l."to")))
      ORDER BY a.code`,
    [normalizeName(query), query.toUpperCase(), at, at, at]
  );
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(String(r.code)) && seen.add(String(r.code)))
    .map((r) => ({
      code: String(r.code),
      name: String(r.name),
      kind: String(r.kind),
      matched: String(r.matched),
      role: String(r.role)
    }));
}

/** All aliases, normalized (for "did you mean" suggestions) and with their periods (leaders' names, by date). */
export async function allAliases(
  store: DuckDB
): Promise<{code: string; alias: string; norm: string; from?: string; to?: string}[]> {
  return (await store.all(`SELECT code, alias, norm, "from", "to" FROM aliases`)).map((r) => ({
    code: String(r.code),
    alias: String(r.alias),
    norm: String(r.norm),
    ...(r.from ? {from: String(r.from)} : {}),
    ...(r.to ? {to: String(r.to)} : {})
  }));
}

/** How many actors the store holds. */
export async function countActors(store: DuckDB): Promise<number> {
  return Number((await store.all(`SELECT count(*)::INTEGER AS n FROM actors`))[0]?.n ?? 0);
}
