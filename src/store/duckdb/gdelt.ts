/**
 * The bulk paths for GDELT files, straight into `events`: DuckDB's CSV reader with the mapping in
 * SQL ({@link insertGdeltCsv}), or the DuckDB appender fed by the JavaScript parser
 * ({@link startGdeltLoad}). Call inside a transaction: a failure leaves nothing behind.
 *
 * @module
 */
import {DuckDBDateValue, type DuckDBAppender} from "./engine.js";
import type {DuckDB} from "./connection.js";
import type {GdeltField, GdeltRow, GdeltRule} from "../../domain/index.js";
import {GdeltCsvUnsupported, type GdeltLoad, type GdeltCsvLoad, type GdeltCsvRequest} from "../ports.js";

/** Source ids already stored with this content hash. */
export async function sourceIdByHash(store: DuckDB, hash: string): Promise<string | undefined> {
  const rows = await store.all(`SELECT id FROM sources WHERE hash = ?`, [hash]);
  return rows[0] ? String(rows[0].id) : undefined;
}

/** The ids of the sources stored with any of these content hashes (hash → id), 500 hashes per query. */
export async function sourceIdsByHash(store: DuckDB, hashes: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(hashes)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = await store.all(
      `SELECT hash, id FROM sources WHERE hash IN (${chunk.map(() => "?").join(", ")})`,
      chunk
    );
    for (const r of rows) found.set(String(r.hash), String(r.id));
  }
  return found;
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
  const varchar = (v: string | null) => (v === null ? app.appendNull() : app.appendVarchar(v));
  const integer = (v: number | null) => (v === null ? app.appendNull() : app.appendInteger(v));
  return {
    append(r: GdeltRow) {
      let date = dates.get(r.sqldate);
      if (!date) {
        const y = Math.floor(r.sqldate / 10000);
        const m = Math.floor(r.sqldate / 100) % 100;
        date = new DuckDBDateValue(Date.UTC(y, m - 1, r.sqldate % 100) / 86400000);
        dates.set(r.sqldate, date);
      }
      app.appendVarchar(`gdelt:${r.id}`);
      app.appendVarchar(sourceId);
      app.appendDate(date);
      app.appendVarchar(r.source);
      app.appendVarchar(r.target);
      varchar(r.sourceAgent);
      varchar(r.targetAgent);
      app.appendVarchar(r.code);
      app.appendDouble(r.goldstein);
      app.appendTinyInt(r.quad);
      varchar(r.plover);
      app.appendNull(); // sentence
      app.appendNull(); // start
      app.appendNull(); // end
      app.appendVarchar("gdelt");
      app.appendNull(); // label
      varchar(r.url);
      // precision and modality (schema version 2): a GDELT row is dated to the day and asserted.
      app.appendNull();
      app.appendNull();
      // schema version 6
      integer(r.numMentions);
      integer(r.numSources);
      integer(r.numArticles);
      app.endRow();
    },
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

/** Loads of at least this many rows are inserted sorted by dyad and date (see {@link mergeStage}). */
const SORTED_LOAD_ROWS = 1_000_000;

/** The staging table of a GDELT load (temporary, on the load's connection). */
const STAGE = "gdelt_stage";

/** Creates the empty staging table, with the columns of `events` whatever the schema version. */
async function createStage(store: DuckDB): Promise<void> {
  await store.run(`CREATE OR REPLACE TEMP TABLE ${STAGE} AS SELECT * FROM events LIMIT 0`);
}

/**
 * Moves the staged rows into `events`, keyed by event id (GLOBALEVENTID): a row whose id is already stored
 * (an earlier import of the same rows, a CRLF copy, a partial file) or repeated in the file is added once.
 * A large load (at least {@link SORTED_LOAD_ROWS} rows, some eight row groups) goes in ordered by dyad and
 * date, so the row groups' zonemaps (min/max per column) let a focal actor's query skip most of it (there is
 * no dyad index: kept up row by row it slowed loads). A smaller one (a daily GDELT file) is not sorted: its
 * one or two row groups hold every actor anyway, and sorting cost a third of its import time.
 * Returns the rows added.
 */
async function mergeStage(store: DuckDB): Promise<number> {
  const [staged] = await store.all(`SELECT count(*)::BIGINT AS n FROM ${STAGE}`);
  const order = Number(staged?.n ?? 0) >= SORTED_LOAD_ROWS ? `ORDER BY source, target, date` : "";
  const rows = await store.all(
    `INSERT INTO events SELECT * EXCLUDE (rn) FROM (
       SELECT s.*, row_number() OVER (PARTITION BY s.id) AS rn FROM ${STAGE} s) x
     WHERE rn = 1 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.id) ${order}`
  );
  await store.run(`DROP TABLE IF EXISTS ${STAGE}`);
  return Number(rows[0]?.Count ?? 0);
}

/** DuckDB's column list for a GDELT file of this many columns (c1 … cN, all text). */
function csvColumns(n: number): string {
  return `{${Array.from({length: n}, (_, i) => `'c${i + 1}': 'VARCHAR'`).join(", ")}}`;
}

/** The events column each field of the rule fills. */
const TARGET: Record<GdeltField["field"], string> = {
  id: "id",
  date: "date",
  code: "code",
  goldstein: "goldstein",
  quad: "quad",
  source: "source",
  target: "target",
  sourceAgent: "source_agent",
  targetAgent: "target_agent",
  numMentions: "num_mentions",
  numSources: "num_sources",
  numArticles: "num_articles",
  url: "url"
};

/**
 * The GDELT row rule (src/read/gdelt.ts, passed in by the caller) in SQL over `read_csv`'s columns c1 … cN
 * (text; '' for a blank field, NULL for a column a short row lacks) and the code table `k`: the value of each
 * field, whether the row is valid (every field passes its kind's test, blanks as the rule says), and whether
 * it is a dyadic event (no `skip` field blank). Derived from the rule, so it accepts what parseGdeltLine and
 * the byte scanner accept.
 */
export function gdeltRuleSql(rule: GdeltRule, width: number): {select: string[]; valid: string; dyadic: string} {
  const col = (i: number) => `c${i + 1}`;
  const raw = (f: GdeltField) =>
    f.byWidth
      ? f.byWidth[width] === undefined
        ? `''`
        : `coalesce(${col(f.byWidth[width]!)}, '')`
      : f.columns!.length === 1
        ? col(f.columns![0]!)
        : `coalesce(${f
            .columns!.slice(0, -1)
            .map((c) => `nullif(${col(c)}, '')`)
            .join(", ")}, ${col(f.columns!.at(-1)!)})`;
  const pattern = (kind: keyof GdeltRule["patterns"], v: string) =>
    `regexp_full_match(${v}, '${rule.patterns[kind].replace(/'/g, "''")}')`;
  const code = rule.fields.find((f) => f.kind === "cameo")!;
  const [gmin, gmax] = rule.goldsteinRange;
  const select: string[] = [];
  const valid: string[] = [];
  const dyadic: string[] = [];
  for (const f of rule.fields) {
    const v = raw(f);
    let value: string;
    let test: string;
    switch (f.kind) {
      case "id":
        value = `'gdelt:' || ${v}`;
        test = pattern("id", v);
        break;
      case "date":
        value = `try_strptime(${v}, '%Y%m%d')::DATE`;
        test = `${pattern("date", v)} AND try_strptime(${v}, '%Y%m%d') IS NOT NULL`;
        break;
      case "cameo":
        value = v;
        test = `${pattern("cameo", v)} AND k.code IS NOT NULL`;
        break;
      case "quad": {
        const root = `${raw(code)}[1:2]::INT`;
        value =
          f.blank === "derive"
            ? `CASE WHEN ${v} = '' THEN CASE WHEN ${root} <= 5 THEN 1 WHEN ${root} <= 9 THEN 2 WHEN ${root} <= 14 THEN 3 ELSE 4 END ELSE try_cast(${v} AS TINYINT) END`
            : `try_cast(${v} AS TINYINT)`;
        test = pattern("quad", v);
        break;
      }
      case "goldstein":
        value =
          f.blank === "derive"
            ? `CASE WHEN ${v} = '' THEN k.goldstein ELSE try_cast(${v} AS DOUBLE) END`
            : `try_cast(${v} AS DOUBLE)`;
        test = `${pattern("goldstein", v)} AND try_cast(${v} AS DOUBLE) BETWEEN ${gmin} AND ${gmax}`;
        if (f.blank === "derive") test = `(${test} OR (${v} = '' AND k.goldstein IS NOT NULL))`;
        break;
      case "count":
        value = `try_cast(nullif(${v}, '') AS INTEGER)`;
        test = pattern("count", v);
        break;
      default:
        value = `nullif(${v}, '')`;
        test = "";
    }
    select.push(`${value} AS ${TARGET[f.field]}`);
    if (f.blank === "skip") dyadic.push(`${v} <> ''`);
    if (!test) {
      if (f.blank === "bad") valid.push(`${v} <> ''`);
      continue;
    }
    if (f.blank === "bad") valid.push(`(${test})`);
    else if (f.kind === "goldstein" && f.blank === "derive") valid.push(test);
    else if (f.blank === "derive") valid.push(`(${v} = '' OR (${test}))`);
    else valid.push(`(${v} = '' OR (${test}))`);
  }
  return {select, valid: valid.join(" AND "), dyadic: dyadic.join(" AND ") || "TRUE"};
}

/**
 * Imports a GDELT file with DuckDB's own CSV reader: `INSERT INTO events SELECT … FROM read_csv(…)`,
 * the mapping done in SQL and the lines with the wrong number of columns left in DuckDB's reject
 * table (with their line numbers). A row with a bad value (date, code, quad class, Goldstein, a
 * GDELT 1.0 row cut short) stops the query and throws {@link GdeltCsvUnsupported}, as does anything
 * DuckDB's reader does not take (mixed line ends, invalid UTF-8): the caller then uses the
 * JavaScript path, which names each bad row. Call inside a transaction.
 */
export async function insertGdeltCsv(store: DuckDB, o: GdeltCsvRequest): Promise<GdeltCsvLoad> {
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
  const widths = o.rule.widths[o.format];
  const width = Math.max(...widths);
  const short = Math.min(...widths);
  const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const rule = gdeltRuleSql(o.rule, width);
  // GDELT 1.0 rows have 58 columns or 57 (backfiles): DuckDB pads the short ones with NULL (the sentinel
  // keeps empty fields as ''), and a row shorter than the shortest width is a bad value here.
  const widthOk = short === width ? `TRUE` : `c${short} IS NOT NULL`;
  const csv = `read_csv(${lit(o.path)}, delim='\t', header=false, quote='', escape='', comment='', auto_detect=false,
    strict_mode=true, new_line='\\n', all_varchar=true, columns=${csvColumns(width)},
    null_padding=${short !== width}, nullstr=${lit(NULL_SENTINEL)}, store_rejects=true, compression='none',
    rejects_table='gdelt_reject_errors', rejects_scan='gdelt_reject_scans', max_line_size=1048576)`;
  const names = rule.select.map((s) => s.slice(s.lastIndexOf(" AS ") + 4));
  const sql = `INSERT INTO ${STAGE} (${names.join(", ")}, source_id, plover, rule)
    SELECT ${rule.select.join(", ")}, ${lit(o.sourceId)}, k.plover, 'gdelt'
    FROM ${csv} LEFT JOIN gdelt_codes k ON k.code = c${o.rule.fields.find((f) => f.kind === "cameo")!.columns![0]! + 1}
    WHERE CASE WHEN ${widthOk} AND ${rule.valid} THEN ${rule.dyadic} ELSE error('gdelt: bad value') END`;
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
