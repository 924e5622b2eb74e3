import {test} from "node:test";
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {DuckDB} from "./connection.js";
import {MIGRATIONS, SCHEMA_VERSION} from "./schema.js";
import {openDuckDBStore} from "./store.js";

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), "mv-source-date-")), "s.duckdb");
}

/**
 * A store as the build before the source date's precision wrote it: the DDL of schema versions 1 to 6 (the sources
 * table without `date_precision`), with three sources (a day, none, a day before 1970), their sentences, events and
 * claims.
 */
async function oldStore(path: string): Promise<void> {
  const db = await DuckDBInstance.create(path);
  const con = await db.connect();
  await con.run(`CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR, applied_at VARCHAR)`);
  for (const m of MIGRATIONS.filter((m) => m.version <= 6)) {
    for (const sql of m.statements) await con.run(sql);
    await con.run(`INSERT INTO schema_version VALUES (${m.version}, 'old', 'then')`);
  }
  const sources: [string, string | null][] = [
    ["a", "2023-06-01"],
    ["b", null],
    ["c", "1965-12-31"]
  ];
  for (const [id, date] of sources) {
    await con.run(
      `INSERT INTO sources (id, hash, title, publisher, author, date, origin, format, text, dropped, ingested_at)
       VALUES ('${id}', '${id.repeat(64)}', 'Title ${id}', 'P', 'A', ${date ? `DATE '${date}'` : "NULL"}, '${id}.txt', 'text',
         'Body of ${id}.', NULL, '2026-01-01')`
    );
    await con.run(`INSERT INTO sentences VALUES ('${id}', 0, 0, 10, 'Body of ${id}.', NULL)`);
    await con.run(
      `INSERT INTO events (id, source_id, date, precision, source, target, code, goldstein, quad)
       VALUES ('${id}:e1', '${id}', ${date ? `DATE '${date}'` : "NULL"}, '${date ? "article" : "unknown"}', 'KAZ', 'RUS', '042', 1.9, 1)`
    );
    await con.run(
      `INSERT INTO claims (id, source_id, speaker, kind, quote, about) VALUES ('${id}:c1', '${id}', 'X', 'judgement', 'q', 'KAZ')`
    );
  }
  con.closeSync();
  db.closeSync();
}

test("a store written before the source date's precision opens migrated, every row kept, its dates days", async () => {
  const path = tempPath();
  await oldStore(path);
  // What the old store holds, read without migrating.
  const before = await (async () => {
    const db = await DuckDBInstance.create(path);
    const con = await db.connect();
    const out: string[] = [];
    for (const t of ["sources", "sentences", "events", "claims"])
      out.push(JSON.stringify((await con.runAndReadAll(`SELECT * FROM ${t} ORDER BY 1`)).getRowObjectsJson()));
    con.closeSync();
    db.closeSync();
    return out;
  })();
  const store = await openDuckDBStore(path);
  assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
  const sources = await store.documents.listSources();
  assert.deepEqual(
    sources.map((s) => [s.id, s.date, s.datePrecision, s.events, s.claims]),
    [
      ["a", "2023-06-01", "day", 1, 1],
      ["c", "1965-12-31", "day", 1, 1],
      ["b", null, null, 1, 1]
    ]
  );
  const doc = await store.documents.getSource("a");
  assert.equal(doc?.source.date, "2023-06-01");
  assert.equal(doc?.source.text, "Body of a.");
  assert.equal(doc?.sentences.length, 1);
  assert.equal(doc?.events[0]?.date, "2023-06-01");
  store.close();
  // Every row of every table is as it was (the new column aside).
  const db = await DuckDBInstance.create(path);
  const con = await db.connect();
  const after: string[] = [];
  for (const t of ["sources", "sentences", "events", "claims"])
    after.push(
      JSON.stringify(
        (
          await con.runAndReadAll(`SELECT * ${t === "sources" ? "EXCLUDE (date_precision)" : ""} FROM ${t} ORDER BY 1`)
        ).getRowObjectsJson()
      )
    );
  const nulls = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM sources WHERE date_precision IS NULL`);
  con.closeSync();
  db.closeSync();
  assert.deepEqual(after, before);
  assert.equal(Number(nulls.getRowObjects()[0]!.n), 3, "an old row has no precision: a day");
});

test("a process killed inside the precision migration leaves the old store, which the next open migrates", async () => {
  const path = tempPath();
  await oldStore(path);
  // The migration's statement run in a transaction (as DuckDB.open runs each migration), then the process killed
  // before it commits.
  const child = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import {DuckDBInstance} from "@duckdb/node-api";
       const db = await DuckDBInstance.create(${JSON.stringify(path)});
       const con = await db.connect();
       await con.run("BEGIN TRANSACTION");
       for (const sql of ${JSON.stringify(MIGRATIONS.find((m) => m.version === 7)!.statements)}) await con.run(sql);
       await con.run("UPDATE sources SET date_precision = 'month'");
       await con.run("INSERT INTO schema_version VALUES (7, 'half', 'now')");
       process.kill(process.pid, "SIGKILL");`
    ],
    {cwd: process.cwd(), encoding: "utf8", timeout: 30_000}
  );
  assert.equal(child.signal, "SIGKILL", child.stderr);
  // The old store is intact: version 6, no new column.
  const db = await DuckDBInstance.create(path);
  const con = await db.connect();
  const v = await con.runAndReadAll(`SELECT max(version)::INTEGER AS v FROM schema_version`);
  const cols = await con.runAndReadAll(
    `SELECT count(*)::INTEGER AS n FROM duckdb_columns() WHERE table_name = 'sources' AND column_name = 'date_precision'`
  );
  const n = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM sources`);
  con.closeSync();
  db.closeSync();
  assert.equal(Number(v.getRowObjects()[0]!.v), 6);
  assert.equal(Number(cols.getRowObjects()[0]!.n), 0);
  assert.equal(Number(n.getRowObjects()[0]!.n), 3);
  // The next open completes the migration with every row.
  const store = await openDuckDBStore(path);
  assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
  assert.deepEqual(
    (await store.documents.listSources()).map((s) => [s.id, s.date, s.datePrecision]),
    [
      ["a", "2023-06-01", "day"],
      ["c", "1965-12-31", "day"],
      ["b", null, null]
    ]
  );
  store.close();
});

test("a source dated to a month or a year is stored as its first day and shown as the period", async () => {
  const path = tempPath();
  const store = await openDuckDBStore(path);
  const put = (id: string, date: string | undefined, datePrecision?: "day" | "month" | "year") =>
    store.documents.putSource(
      {
        source: {
          id,
          origin: `${id}.txt`,
          format: "text",
          hash: id.repeat(64),
          text: "Body.",
          ...(date ? {date} : {}),
          ...(datePrecision ? {datePrecision} : {})
        },
        claims: [{id: `${id}:c1`, sourceId: id, speaker: "X", kind: "assessment", quote: "Body.", about: ["KAZ"]}]
      },
      {now: "2026-01-01T00:00:00Z"}
    );
  await put("m", "2022-03-01", "month");
  await put("y", "2024-01-01", "year");
  await put("d", "2022-03-14", "day");
  await put("n", "2022-03-15");
  const listed = await store.documents.listSources();
  assert.deepEqual(
    listed.map((s) => [s.id, s.date, s.datePrecision]),
    [
      ["y", "2024", "year"],
      ["n", "2022-03-15", "day"],
      ["d", "2022-03-14", "day"],
      ["m", "2022-03", "month"]
    ]
  );
  assert.equal((await store.documents.getSource("m"))?.source.date, "2022-03");
  assert.equal((await store.documents.getSourceRow("y"))?.datePrecision, "year");
  const claims = await store.documents.listClaims({});
  assert.deepEqual(claims.map((c) => [c.sourceId, c.sourceDate]).sort(), [
    ["d", "2022-03-14"],
    ["m", "2022-03"],
    ["n", "2022-03-15"],
    ["y", "2024"]
  ]);
  store.close();
  // The column holds the first day of the period, so a range query over dates still finds it.
  const db = await DuckDB.open(path);
  const inMarch = await db.all(
    `SELECT id FROM sources WHERE date BETWEEN DATE '2022-03-01' AND DATE '2022-03-31' ORDER BY id`
  );
  assert.deepEqual(
    inMarch.map((r) => r.id),
    ["d", "m", "n"]
  );
  db.close();
});
