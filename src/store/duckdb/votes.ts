import {DuckDBDateValue} from "./engine.js";
import type {DuckDB} from "./connection.js";
import {type RollCall, type VoteColumns, type VoteRow} from "../ports.js";

/** Replaces every roll call, issue tag and vote with the given ones (call inside a transaction). */
export async function replaceUnVotes(
  store: DuckDB,
  data: {
    rollCalls: readonly RollCall[];
    issues: readonly {rcid: number; shortName: string; issue: string}[];
    votes: VoteColumns;
  }
): Promise<void> {
  await store.run(`DELETE FROM un_votes`);
  await store.run(`DELETE FROM un_rollcall_issues`);
  await store.run(`DELETE FROM un_rollcalls`);
  const rc = await store.appender("un_rollcalls");
  const bool = (b: boolean | null) => (b === null ? rc.appendNull() : rc.appendBoolean(b));
  const text = (s: string | null) => (s === null ? rc.appendNull() : rc.appendVarchar(s));
  for (const r of data.rollCalls) {
    rc.appendInteger(r.rcid);
    if (r.session === null) rc.appendNull();
    else rc.appendInteger(r.session);
    bool(r.important);
    rc.appendDate(dateValue(r.date));
    text(r.unres);
    bool(r.amend);
    bool(r.para);
    text(r.short);
    text(r.descr);
    rc.endRow();
  }
  rc.closeSync();
  const is = await store.appender("un_rollcall_issues");
  for (const i of data.issues) {
    is.appendInteger(i.rcid);
    is.appendVarchar(i.shortName);
    is.appendVarchar(i.issue);
    is.endRow();
  }
  is.closeSync();
  const v = await store.appender("un_votes");
  const {rcid, country, vote, length} = data.votes;
  for (let i = 0; i < length; ++i) {
    v.appendInteger(rcid[i]!);
    v.appendVarchar(country[i]!);
    v.appendTinyInt(vote[i]!);
    v.endRow();
  }
  v.closeSync();
}

/** A file path as a SQL string literal. */
export function sqlPath(path: string): string {
  return `'${path.replace(/'/g, "''")}'`;
}

/** Reads a CSV (plain or gzipped) with every column as text; only empty fields are missing ("NA" is Namibia). */
export function readCsvSql(path: string): string {
  return `read_csv(${sqlPath(path)}, all_varchar = true, header = true, nullstr = '\\N', quote = '"', escape = '"')`;
}

function pairs(map: Readonly<Record<string, string>>): string {
  const rows = Object.entries(map).map(([k, v]) => `(${sqlPath(k)}, ${sqlPath(v)})`);
  return rows.length ? `VALUES ${rows.join(", ")}` : `SELECT NULL::VARCHAR, NULL::VARCHAR WHERE FALSE`;
}

/**
 * Replaces the UN votes with those in the unvotes CSV files (DuckDB reads them natively, gzip
 * included), converting alpha-2 codes to alpha-3 with the crosswalk, `extraCodes` (former states)
 * and, for rows without a code, `nameCodes` (call inside a transaction). Throws when a country
 * cannot be coded.
 */
export async function loadUnVotesCsv(
  store: DuckDB,
  files: {votes: string; rollCalls: string; issues: string; crosswalk: string},
  codes: {extraCodes: Readonly<Record<string, string>>; nameCodes: Readonly<Record<string, string>>}
): Promise<number> {
  await store.run(`DELETE FROM un_votes`);
  await store.run(`DELETE FROM un_rollcall_issues`);
  await store.run(`DELETE FROM un_rollcalls`);
  const flag = (c: string) => `CASE WHEN ${c} IS NULL OR ${c} = '' THEN NULL ELSE ${c} IN ('1', 'TRUE') END`;
  await store.run(
    `INSERT INTO un_rollcalls SELECT rcid::INTEGER, nullif(session, '')::INTEGER, ${flag("importantvote")}, date::DATE,
       nullif(unres, ''), ${flag("amend")}, ${flag("para")}, nullif(short, ''), nullif(descr, '') FROM ${readCsvSql(files.rollCalls)}`
  );
  await store.run(
    `INSERT INTO un_rollcall_issues SELECT rcid::INTEGER, short_name, issue FROM ${readCsvSql(files.issues)}`
  );
  const mapped = `SELECT v.rcid::INTEGER AS rcid, v.country AS name, v.country_code AS a2, coalesce(x.iso3, n.iso3) AS iso3,
      CASE v.vote WHEN 'yes' THEN 1 WHEN 'abstain' THEN 2 WHEN 'no' THEN 3 END AS vote
    FROM ${readCsvSql(files.votes)} v
    LEFT JOIN (SELECT "ISO3166-1-Alpha-2" AS a2, "ISO3166-1-Alpha-3" AS iso3 FROM ${readCsvSql(files.crosswalk)}
               WHERE "ISO3166-1-Alpha-2" IS NOT NULL UNION ALL ${pairs(codes.extraCodes)}) x ON x.a2 = v.country_code
    LEFT JOIN (${pairs(codes.nameCodes)}) n(name, iso3) ON coalesce(v.country_code, '') = '' AND n.name = v.country`;
  await store.run(`CREATE OR REPLACE TEMP TABLE un_votes_load AS ${mapped}`);
  try {
    const bad = await store.all(`SELECT name, a2, vote FROM un_votes_load WHERE iso3 IS NULL OR vote IS NULL LIMIT 3`);
    if (bad.length > 0) throw new Error(`loadUnVotesCsv: cannot code votes: ${JSON.stringify(bad)}`);
    await store.run(`INSERT INTO un_votes SELECT rcid, iso3, vote FROM un_votes_load`);
    const n = await store.all(`SELECT count(*)::INTEGER AS n FROM un_votes`);
    return Number(n[0]?.n ?? 0);
  } finally {
    await store.run(`DROP TABLE IF EXISTS un_votes_load`);
  }
}

/** The votes of the given countries in roll calls from year `from` to `to` (inclusive), by roll call. */
export async function listVotes(
  store: DuckDB,
  q: {countries: readonly string[]; from?: number; to?: number}
): Promise<VoteRow[]> {
  if (q.countries.length === 0) return [];
  const params: (string | number)[] = [...q.countries];
  let where = `v.country IN (${q.countries.map(() => "?").join(", ")})`;
  if (q.from !== undefined) ((where += ` AND year(r.date) >= ?`), params.push(q.from));
  if (q.to !== undefined) ((where += ` AND year(r.date) <= ?`), params.push(q.to));
  const rows = await store.all(
    `SELECT v.rcid, year(r.date)::INTEGER AS year, strftime(r.date, '%Y-%m-%d') AS date, v.country, v.vote::INTEGER AS vote
     FROM un_votes v JOIN un_rollcalls r USING (rcid) WHERE ${where} ORDER BY v.rcid, v.country`,
    params
  );
  return rows.map((r) => ({
    rcid: Number(r.rcid),
    year: Number(r.year),
    date: String(r.date),
    country: String(r.country),
    vote: Number(r.vote)
  }));
}

/** Issue tags (short names: me, nu, di, hr, co, ec) of the given roll calls' range of years. */
export async function listRollCallIssues(
  store: DuckDB,
  q: {from?: number; to?: number} = {}
): Promise<{rcid: number; issue: string}[]> {
  const params: number[] = [];
  let where = "TRUE";
  if (q.from !== undefined) ((where += ` AND year(r.date) >= ?`), params.push(q.from));
  if (q.to !== undefined) ((where += ` AND year(r.date) <= ?`), params.push(q.to));
  const rows = await store.all(
    `SELECT i.rcid, i.short_name FROM un_rollcall_issues i JOIN un_rollcalls r USING (rcid) WHERE ${where} ORDER BY i.rcid, i.short_name`,
    params
  );
  return rows.map((r) => ({rcid: Number(r.rcid), issue: String(r.short_name)}));
}

/** Roll calls by id, for explanations. */
export async function listRollCalls(store: DuckDB, rcids: readonly number[]): Promise<RollCall[]> {
  if (rcids.length === 0) return [];
  const rows = await store.all(
    `SELECT rcid, session, important, strftime(date, '%Y-%m-%d') AS date, unres, amend, para, short, descr
     FROM un_rollcalls WHERE rcid IN (${rcids.map(() => "?").join(", ")}) ORDER BY rcid`,
    [...rcids]
  );
  return rows.map((r) => ({
    rcid: Number(r.rcid),
    session: r.session == null ? null : Number(r.session),
    important: r.important == null ? null : Boolean(r.important),
    date: String(r.date),
    unres: r.unres == null ? null : String(r.unres),
    amend: r.amend == null ? null : Boolean(r.amend),
    para: r.para == null ? null : Boolean(r.para),
    short: r.short == null ? null : String(r.short),
    descr: r.descr == null ? null : String(r.descr)
  }));
}

function dateValue(iso: string): DuckDBDateValue {
  const [y, m, d] = iso.split("-").map(Number);
  return DuckDBDateValue.fromParts({year: y!, month: m!, day: d!});
}
