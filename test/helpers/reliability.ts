/**
 * Helpers of the reliability suite: a seeded PRNG, a synthetic GDELT file of any size (rows of the shipped
 * export with fresh GLOBALEVENTIDs), the real CLI run in a child process (to be killed), and a consistency
 * check that reads the store file directly (no orphan rows, GDELT sources whose events are all there).
 *
 * @module
 */
import {DuckDBInstance} from "@duckdb/node-api";
import {spawn, type ChildProcess} from "node:child_process";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {seededRandom} from "../../src/read/coverage-random.js";

export const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "multivector.js");

/** mulberry32: a small seeded PRNG (reproducible kill points and mutations); the coverage matrix's own generator. */
export const prng = seededRandom;

/** Writes a GDELT 2.0 file of `copies` × the shipped export's rows, each with its own GLOBALEVENTID. */
export function syntheticGdelt(path: string, copies: number, {firstId = 900_000_000}: {firstId?: number} = {}): number {
  const rows = readFileSync(join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv"), "utf8")
    .split("\n")
    .filter(Boolean);
  const out: string[] = [];
  let id = firstId;
  for (let c = 0; c < copies; c++) for (const r of rows) out.push(`${id++}${r.slice(r.indexOf("\t"))}`);
  writeFileSync(path, out.join("\n") + "\n");
  return out.length;
}

/** Starts `multivector <args>` on `store` (not awaited: the caller may kill it). */
export function startCli(
  store: string,
  args: readonly string[]
): {child: ChildProcess; done: Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>} {
  const child = spawn(process.execPath, [BIN, "--store", store, ...args], {
    env: {...process.env, NO_COLOR: "1"},
    stdio: ["ignore", "ignore", "pipe"]
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) =>
    child.on("exit", (code, signal) => resolve({code, signal, stderr}))
  );
  return {child, done};
}

/** Runs the CLI to its end. */
export async function runCli(store: string, args: readonly string[]) {
  return startCli(store, args).done;
}

export interface Consistency {
  /** Rows whose source is not in `sources`, by table. */
  orphans: Record<string, number>;
  /** GDELT sources whose recorded event count differs from their rows in `events`. */
  partialGdelt: string[];
  /** Row counts by table. */
  counts: Record<string, number>;
  /** Distinct GDELT event ids against GDELT rows (equal when nothing was stored twice). */
  gdeltDistinct: number;
  gdeltRows: number;
}

const CHILDREN = ["sentences", "events", "stances", "claims", "figures"];

/** Reads the store file (closed by its writer) and checks it is consistent. */
export async function checkStore(path: string): Promise<Consistency> {
  // Killed before the store was created: nothing stored, nothing inconsistent.
  if (!existsSync(path)) return {orphans: {}, partialGdelt: [], counts: {}, gdeltDistinct: 0, gdeltRows: 0};
  const db = await DuckDBInstance.create(path, {access_mode: "READ_ONLY"});
  const con = await db.connect();
  const one = async (sql: string) => Number((await con.runAndReadAll(sql)).getRowObjectsJson()[0]!.n);
  const tables = new Set(
    (await con.runAndReadAll(`SELECT table_name AS t FROM information_schema.tables`))
      .getRowObjectsJson()
      .map((r) => String(r.t))
  );
  try {
    // Killed before the first migration committed: the file holds the version table only (each migration is
    // one transaction, so a schema is there whole or not at all). Any other table without `sources` is a
    // half-made schema, which is a failure.
    if (!tables.has("sources")) {
      const others = [...tables].filter((t) => t !== "schema_version");
      if (others.length > 0) throw new Error(`half-made schema: tables ${others.join(", ")} but no sources`);
      return {orphans: {}, partialGdelt: [], counts: {}, gdeltDistinct: 0, gdeltRows: 0};
    }
    const orphans: Record<string, number> = {};
    const counts: Record<string, number> = {};
    for (const t of ["sources", ...CHILDREN, "actors", "indicators", "un_votes"]) {
      if (!tables.has(t)) continue;
      counts[t] = await one(`SELECT count(*)::BIGINT AS n FROM ${t}`);
    }
    for (const t of CHILDREN) {
      if (!tables.has(t)) continue;
      orphans[t] = await one(
        `SELECT count(*)::BIGINT AS n FROM ${t} x WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = x.source_id)`
      );
    }
    const partial = (
      await con.runAndReadAll(
        `SELECT s.id, json_extract(s.dropped, '$.events')::BIGINT AS want,
                (SELECT count(*) FROM events e WHERE e.source_id = s.id)::BIGINT AS got
           FROM sources s WHERE s.format LIKE 'gdelt%'`
      )
    )
      .getRowObjectsJson()
      .filter((r) => r.want !== null && Number(r.want) !== Number(r.got))
      .map((r) => `${r.id}: ${r.got} of ${r.want}`);
    const gdeltRows = await one(`SELECT count(*)::BIGINT AS n FROM events WHERE id LIKE 'gdelt:%'`);
    const gdeltDistinct = await one(`SELECT count(DISTINCT id)::BIGINT AS n FROM events WHERE id LIKE 'gdelt:%'`);
    return {orphans, partialGdelt: partial, counts, gdeltDistinct, gdeltRows};
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

/** True when no table has an orphan row. */
export function noOrphans(c: Consistency): boolean {
  return Object.values(c.orphans).every((n) => n === 0);
}
