/**
 * The bulk paths for GDELT files, straight into `events`: DuckDB's CSV reader with the mapping in
 * SQL ({@link insertGdeltCsv}), or the DuckDB appender fed by the JavaScript parser
 * ({@link startGdeltLoad}). Call inside a transaction: a failure leaves nothing behind.
 *
 * @module
 */
import {DuckDBDateValue, type DuckDBAppender} from "@duckdb/node-api";
import type {DuckDB} from "./connection.js";
import {GdeltCsvUnsupported, type GdeltEventRow, type GdeltLoad, type GdeltCsvLoad} from "../ports.js";

/** Source ids already stored with this content hash. */
export async function sourceIdByHash(store: DuckDB, hash: string): Promise<string | undefined> {
  const rows = await store.all(`SELECT id FROM sources WHERE hash = ?`, [hash]);
  return rows[0] ? String(rows[0].id) : undefined;
}

/** A GDELT source stored with this quick key (recorded in its stats), with its full hash. */
export async function sourceByQuickKey(store: DuckDB, quick: string): Promise<{id: string; hash: string} | undefined> {
  const rows = await store.all(
    `SELECT id, hash FROM sources WHERE format LIKE 'gdelt%' AND json_extract_string(dropped, '$.quick') = ? LIMIT 1`,
    [quick]
  );
  return rows[0] ? {id: String(rows[0].id), hash: String(rows[0].hash)} : undefined;
}

/** The format of a stored source, or undefined when there is none with this id. */
export async function sourceFormat(store: DuckDB, id: string): Promise<string | undefined> {
  const rows = await store.all(`SELECT format FROM sources WHERE id = ?`, [id]);
  return rows[0] ? String(rows[0].format) : undefined;
}

/** Inserts the source row of a bulk-loaded file (call inside the load's transaction). */
export async function putBulkSource(
  store: DuckDB,
  s: {id: string; hash: string; title: string; origin: string; format: string; now: string; stats?: unknown}
): Promise<void> {
  await store.run(
    `INSERT INTO sources (id, hash, title, origin, format, dropped, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [s.id, s.hash, s.title, s.origin, s.format, s.stats === undefined ? null : JSON.stringify(s.stats), s.now]
  );
}

/**
 * Starts a bulk load of one source's GDELT rows straight into `events` through the appender, one
 * value at a time (measured faster than column chunks for this mix of short strings and numbers).
 * Call inside a transaction.
 */
export async function startGdeltLoad(store: DuckDB, sourceId: string): Promise<GdeltLoad> {
  await createStage(store);
  const app: DuckDBAppender = await store.appender(STAGE, "main", "temp");
  const dates = new Map<number, DuckDBDateValue>();
  let closed = false;
  let n = 0;
  const appendValues: GdeltLoad["appendValues"] = (
    gid,
    sqldate,
    source,
    target,
    sourceAgent,
    targetAgent,
    code,
    goldstein,
    quad,
    plover,
    url
  ) => {
    let date = dates.get(sqldate);
    if (!date) {
      const y = Math.floor(sqldate / 10000);
      const m = Math.floor(sqldate / 100) % 100;
      date = new DuckDBDateValue(Date.UTC(y, m - 1, sqldate % 100) / 86400000);
      dates.set(sqldate, date);
    }
    app.appendVarchar(`gdelt:${gid}`);
    app.appendVarchar(sourceId);
    app.appendDate(date);
    app.appendVarchar(source);
    app.appendVarchar(target);
    if (sourceAgent === null) app.appendNull();
    else app.appendVarchar(sourceAgent);
    if (targetAgent === null) app.appendNull();
    else app.appendVarchar(targetAgent);
    app.appendVarchar(code);
    app.appendDouble(goldstein);
    app.appendTinyInt(quad);
    if (plover === null) app.appendNull();
    else app.appendVarchar(plover);
    app.appendNull(); // sentence
    app.appendNull(); // start
    app.appendNull(); // end
    app.appendVarchar("gdelt");
    app.appendNull(); // label
    if (url === null) app.appendNull();
    else app.appendVarchar(url);
    // precision and modality (schema version 2): a GDELT row is dated to the day and asserted.
    app.appendNull();
    app.appendNull();
    app.endRow();
    n++;
  };

  return {
    append(r: GdeltEventRow) {
      appendValues(
        r.gid,
        r.sqldate,
        r.source,
        r.target,
        r.sourceAgent,
        r.targetAgent,
        r.code,
        r.goldstein,
        r.quad,
        r.plover,
        r.url
      );
    },
    appendValues,
    async finish() {
      app.closeSync();
      closed = true;
      return mergeStage(store);
    },
    async abort() {
      if (closed) return;
      closed = true;
      try {
        app.closeSync();
      } catch {
        // the rollback discards what was appended
      }
    }
  };
}

const NULL_SENTINEL = "\u0001\u0002null\u0002\u0001";

/** The staging table of a GDELT load (temporary, on the load's connection). */
const STAGE = "gdelt_stage";

/** Creates the empty staging table, with the columns of `events` whatever the schema version. */
async function createStage(store: DuckDB): Promise<void> {
  await store.run(`CREATE OR REPLACE TEMP TABLE ${STAGE} AS SELECT * FROM events LIMIT 0`);
}

/**
 * Moves the staged rows into `events`, keyed by event id (GLOBALEVENTID): a row whose id is already stored
 * (an earlier import of the same rows, a CRLF copy, a partial file) or repeated in the file is added once.
 * Returns the rows added.
 */
async function mergeStage(store: DuckDB): Promise<number> {
  const rows = await store.all(
    `INSERT INTO events SELECT * EXCLUDE (rn) FROM (
       SELECT s.*, row_number() OVER (PARTITION BY s.id) AS rn FROM ${STAGE} s) x
     WHERE rn = 1 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.id)`
  );
  await store.run(`DROP TABLE IF EXISTS ${STAGE}`);
  return Number(rows[0]?.Count ?? 0);
}

/** DuckDB's column list for a GDELT file of this many columns (c1 … cN, all text). */
function csvColumns(n: number): string {
  return `{${Array.from({length: n}, (_, i) => `'c${i + 1}': 'VARCHAR'`).join(", ")}}`;
}

/**
 * The GDELT row → event mapping in SQL, the same as `parseGdeltLine` + `gdeltRowToEvent` (src/read/gdelt.ts):
 * GLOBALEVENTID (c1), SQLDATE (c2), actor country codes (c8, c18) or actor codes (c6, c16), type codes
 * (c13, c23), EventCode (c27) joined to the code table `k` (plover, fallback Goldstein), QuadClass (c30,
 * from the code's root when blank), GoldsteinScale (c31), SOURCEURL (c58 or c61).
 */
const SQL = {
  date: `try_strptime(c2, '%Y%m%d')::DATE`,
  source: `coalesce(nullif(c8, ''), c6)`,
  target: `coalesce(nullif(c18, ''), c16)`,
  quad: `CASE c30 WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 WHEN '4' THEN 4
    WHEN '' THEN CASE WHEN k.code IS NULL THEN NULL WHEN c27[1:2]::INT <= 5 THEN 1 WHEN c27[1:2]::INT <= 9 THEN 2
      WHEN c27[1:2]::INT <= 14 THEN 3 ELSE 4 END END`,
  goldstein: `CASE WHEN c31 = '' THEN k.goldstein ELSE try_cast(c31 AS DOUBLE) END`
};

/**
 * Imports a GDELT file with DuckDB's own CSV reader: `INSERT INTO events SELECT … FROM read_csv(…)`,
 * the mapping done in SQL and the lines with the wrong number of columns left in DuckDB's reject
 * table (with their line numbers). A row with a bad value (date, code, quad class, Goldstein, a
 * GDELT 1.0 row cut short) stops the query and throws {@link GdeltCsvUnsupported}, as does anything
 * DuckDB's reader does not take (mixed line ends, invalid UTF-8): the caller then uses the
 * JavaScript path, which names each bad row. Call inside a transaction.
 */
export async function insertGdeltCsv(
  store: DuckDB,
  o: {
    path: string;
    sourceId: string;
    format: "gdelt1" | "gdelt2";
    codes: readonly {code: string; plover: string | null; goldstein: number | null}[];
    maxRejects: number;
  }
): Promise<GdeltCsvLoad> {
  await store.run(`CREATE OR REPLACE TEMP TABLE gdelt_codes (code VARCHAR, plover VARCHAR, goldstein DOUBLE)`);
  const values = o.codes
    .map(
      (c) =>
        `('${c.code}', ${c.plover === null ? "NULL" : `'${c.plover.replace(/'/g, "''")}'`}, ${c.goldstein ?? "NULL"})`
    )
    .join(", ");
  await store.run(`INSERT INTO gdelt_codes VALUES ${values}`);
  await store.run(`DROP TABLE IF EXISTS gdelt_reject_errors`);
  await store.run(`DROP TABLE IF EXISTS gdelt_reject_scans`);
  await createStage(store);
  const width = o.format === "gdelt2" ? 61 : 58;
  const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const url = o.format === "gdelt2" ? `nullif(c61, '')` : `nullif(c58, '')`;
  // GDELT 1.0 rows have 58 columns or 57 (backfiles): DuckDB pads the short ones with NULL (the sentinel
  // keeps empty fields as ''), and a row shorter than 57 is a bad value here.
  const widthOk = o.format === "gdelt2" ? `TRUE` : `c57 IS NOT NULL`;
  const valid = `${widthOk} AND regexp_full_match(c2, '[0-9]{8}') AND ${SQL.date} IS NOT NULL AND k.code IS NOT NULL
    AND (${SQL.quad}) IS NOT NULL AND (${SQL.goldstein}) BETWEEN -10 AND 10`;
  const csv = `read_csv(${lit(o.path)}, delim='\t', header=false, quote='', escape='', comment='', auto_detect=false,
    strict_mode=true, new_line='\\n', all_varchar=true, columns=${csvColumns(width)},
    null_padding=${o.format === "gdelt1"}, nullstr=${lit(NULL_SENTINEL)}, store_rejects=true, compression='none',
    rejects_table='gdelt_reject_errors', rejects_scan='gdelt_reject_scans', max_line_size=1048576)`;
  const sql = `INSERT INTO ${STAGE} (id, source_id, date, source, target, source_agent, target_agent, code, goldstein,
      quad, plover, rule, url)
    SELECT 'gdelt:' || c1, ${lit(o.sourceId)}, ${SQL.date}, ${SQL.source}, ${SQL.target}, nullif(c13, ''),
      nullif(c23, ''), c27, ${SQL.goldstein}, ${SQL.quad}, k.plover, 'gdelt', ${url}
    FROM ${csv} LEFT JOIN gdelt_codes k ON k.code = c27
    WHERE CASE WHEN ${valid} THEN ${SQL.source} <> '' AND ${SQL.target} <> '' ELSE error('gdelt: bad value') END`;
  let staged: number;
  try {
    const rows = await store.all(sql);
    staged = Number(rows[0]?.Count ?? 0);
  } catch (e) {
    throw new GdeltCsvUnsupported(e instanceof Error ? e.message : String(e));
  }
  const other = await store.all(
    `SELECT count(*)::BIGINT AS n FROM gdelt_reject_errors WHERE error_type NOT IN ('TOO MANY COLUMNS', 'MISSING COLUMNS')`
  );
  if (Number(other[0]?.n ?? 0) > 0) throw new GdeltCsvUnsupported("rejected lines other than column counts");
  const rejectCount = Number(
    (await store.all(`SELECT count(DISTINCT line)::BIGINT AS n FROM gdelt_reject_errors`))[0]?.n ?? 0
  );
  const rejects = (
    await store.all(
      `SELECT line::BIGINT AS line, any_value(csv_line) AS text FROM gdelt_reject_errors GROUP BY line ORDER BY line LIMIT ?`,
      [o.maxRejects]
    )
  ).map((r) => ({
    line: Number(r.line),
    text: String(r.text)
      .replace(/^\r?\n/, "")
      .replace(/\r$/, "")
  }));
  await store.run(`DROP TABLE IF EXISTS gdelt_reject_errors`);
  await store.run(`DROP TABLE IF EXISTS gdelt_reject_scans`);
  const events = await mergeStage(store);
  return {events, known: staged - events, rejects, rejectCount};
}
