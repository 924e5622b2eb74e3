// The GDELT import's two paths — DuckDB's CSV reader with the mapping in SQL, and the JavaScript
// parser — store the same events and give the same counts and warnings.
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {gzipSync} from "node:zlib";
import {join} from "node:path";
import {after, test} from "node:test";
import {importGdelt, type GdeltImportResult} from "../src/app/gdelt.js";
import {IssueError} from "../src/domain/index.js";
import {openStore, type Store} from "../src/store/index.js";
import {sql} from "./helpers/sql.js";

const ROOT = join(import.meta.dirname, "..");
const NOW = "2026-01-01T00:00:00.000Z";
const DIR = mkdtempSync(join(tmpdir(), "mv-gdelt-"));
after(() => rmSync(DIR, {recursive: true, force: true}));

const G2 = readFileSync(join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv"), "utf8").split("\n").filter(Boolean);
const G1 = readFileSync(join(ROOT, "data/gdelt/gdelt1_events_sample_reed9999.tsv"), "utf8").split("\n").filter(Boolean);

function write(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

/** Imports a file into a fresh store with one engine: the result (warnings as `line:column code`) and the events. */
async function run(path: string, engine: "auto" | "js", strict = false) {
  const store = await openStore({store: ":memory:"});
  try {
    let r: GdeltImportResult | undefined;
    let issues: string[] | undefined;
    try {
      r = await importGdelt(store, path, {now: NOW, engine, file: "f.tsv", ...(strict ? {strict} : {})});
    } catch (e) {
      if (!(e instanceof IssueError)) throw e;
      issues = e.issues.map((i) => `${i.line}:${i.column ?? ""} ${i.message}`);
    }
    const events = await sql(store).all(`SELECT * EXCLUDE (source_id) FROM events ORDER BY id`);
    const sources = Number((await sql(store).all(`SELECT count(*)::INTEGER AS n FROM sources`))[0]!.n);
    return {
      engine: r?.engine,
      counts: r && [r.rows, r.events, r.skipped, r.bad],
      warnings: r?.warnings.map((w) => `${w.line ?? ""}:${w.column ?? ""} ${w.code}`),
      issues,
      events,
      sources
    };
  } finally {
    store.close();
  }
}

async function same(path: string, engine: "duckdb" | "js", strict = false) {
  const fast = await run(path, "auto", strict);
  const js = await run(path, "js", strict);
  assert.equal(fast.engine, strict && fast.issues ? undefined : engine);
  assert.deepEqual({...fast, engine: undefined}, {...js, engine: undefined});
  return fast;
}

test("the real samples: DuckDB's reader maps them as the JavaScript parser does (GDELT 1.0 57/58 columns, 2.0)", async () => {
  const g1 = await same(join(ROOT, "data/gdelt/gdelt1_events_sample_reed9999.tsv"), "duckdb");
  assert.deepEqual(g1.counts, [710, 471, 239, 0]);
  assert.ok(g1.events.some((e) => e.url === null) && g1.events.some((e) => String(e.url).startsWith("http")));
  const g2 = await same(join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv"), "duckdb");
  assert.deepEqual(g2.counts, [2111, 1406, 705, 0]);
  assert.deepEqual(
    g2.events.find((e) => e.id === "gdelt:881990836"),
    {
      id: "gdelt:881990836",
      date: "2018-10-24",
      source: "CAN",
      target: "AUS",
      source_agent: null,
      target_agent: null,
      code: "139",
      goldstein: -7,
      quad: 3,
      plover: "THREATEN",
      sentence: null,
      start: null,
      end: null,
      rule: "gdelt",
      label: null,
      url: "https://www.timescolonist.com/entertainment/jeremy-dutcher-brings-ancestors-songs-to-life-1.23985964",
      // schema version 2: a GDELT row is day-precise and asserted (NULL stands for both defaults)
      precision: null,
      modality: null,
      // schema version 6: how widely GDELT saw it reported
      num_mentions: 2,
      num_sources: 1,
      num_articles: 2
    }
  );
});

test("rows with the wrong number of columns come from DuckDB's reject table with their line numbers", async () => {
  const header = "GLOBALEVENTID\tSQLDATE\tMonthYear";
  const lines = [G2[0], header, "", "a\tb\tc", G2[1], G2[2], `${G2[3]}\textra`, G2[4], G2[5]];
  const path = write("columns.tsv", `${lines.join("\n")}`);
  const r = await same(path, "duckdb");
  // The header row is skipped as today; blank lines are not rows; the last line has no newline.
  assert.deepEqual(r.counts, [7, 2, 3, 2]);
  assert.deepEqual(r.warnings, ["4: bad_columns", "7: bad_columns"]);
  const strict = await same(path, "js", true);
  assert.deepEqual(strict.issues, ["4: Cannot read GDELT row: expected 61 tab-separated columns (GDELT 2.0), found 3"]);
  assert.equal(strict.sources, 0);
  assert.equal(strict.events.length, 0);
});

test("more bad rows than listed: the rest are counted", async () => {
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) lines.push(G2[i]!, "x\ty");
  const r = await same(write("many.tsv", `${lines.join("\n")}\n`), "duckdb");
  assert.equal(r.warnings!.length, 101);
  assert.equal(r.warnings![100], ": more_bad_rows");
  assert.equal(r.counts![3], 120);
});

test("bad values, short GDELT 1.0 rows, CRLF and invalid UTF-8 take the JavaScript path, with the same results", async () => {
  const bad = await same(join(ROOT, "test/fixtures/gdelt/gdelt2-bad-rows.tsv"), "js");
  assert.deepEqual(bad.warnings, ["3: bad_columns", "5:2 bad_date", "7:27 bad_code"]);
  const strict = await same(join(ROOT, "test/fixtures/gdelt/gdelt2-bad-rows.tsv"), "js", true);
  assert.deepEqual(strict.issues, [
    "3: Cannot read GDELT row: expected 61 tab-separated columns (GDELT 2.0), found 12"
  ]);
  assert.equal(strict.sources, 0);
  const short = await same(
    write("short.tsv", `${[...G1.slice(0, 5), "1\t2\t3", ...G1.slice(5, 10)].join("\n")}\n`),
    "js"
  );
  assert.deepEqual(short.warnings, ["6: bad_columns"]);
  await same(write("crlf.tsv", `${G2.slice(0, 20).join("\r\n")}\r\n`), "js");
  const latin = Buffer.concat([
    Buffer.from(`${G2.slice(0, 5).join("\n")}\n`),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`${G2.slice(5, 10).join("\n")}\n`)
  ]);
  writeFileSync(join(DIR, "latin.tsv"), latin);
  await same(join(DIR, "latin.tsv"), "js");
  // A name DuckDB would read as a glob pattern; compressed bytes are not decompressed behind our back.
  assert.deepEqual((await same(write("we[i]rd*.tsv", `${G2.slice(0, 20).join("\n")}\n`), "js")).counts, [20, 11, 9, 0]);
  writeFileSync(join(DIR, "z.tsv.gz"), gzipSync(`${G2.slice(0, 20).join("\n")}\n`));
  assert.equal((await run(join(DIR, "z.tsv.gz"), "auto")).events.length, 0);
});

test("the DuckDB path is idempotent by content hash and leaves the settings as it found them", async () => {
  const store = await openStore({store: ":memory:"});
  try {
    const path = join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv");
    const first = await importGdelt(store, path, {now: NOW, memoryLimit: "512MB"});
    assert.equal(first.engine, "duckdb");
    const again = await importGdelt(store, path, {now: NOW});
    assert.deepEqual([again.status, again.sourceId], ["duplicate", first.sourceId]);
    // A copy under another name is the same content: one source.
    const copy = write("copy.tsv", readFileSync(path, "utf8"));
    assert.equal((await importGdelt(store, copy, {now: NOW})).status, "duplicate");
    assert.equal(Number((await sql(store).all(`SELECT count(*)::INTEGER AS n FROM events`))[0]!.n), 1406);
    const settings = await sql(store).all(`SELECT current_setting('memory_limit') AS m`);
    assert.notEqual(settings[0]!.m, "512.0 MiB");
  } finally {
    store.close();
  }
});
