import {test} from "node:test";
import assert from "node:assert/strict";
import {existsSync, mkdtempSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Actor, Event} from "../../domain/index.js";
import {DuckDB} from "./connection.js";
import {DuckDBInstance} from "@duckdb/node-api";
import {MIGRATIONS, SCHEMA_VERSION} from "./schema.js";
import {openDuckDBStore} from "./store.js";

const actors: Actor[] = [
  {code: "KAZ", name: "Kazakhstan", kind: "state", aliases: [{alias: "Akorda", lang: "en", role: "seat"}]},
  {code: "RUS", name: "Russia", kind: "state", aliases: [{alias: "the Kremlin", lang: "en", role: "seat"}]},
  {code: "CSTO", name: "Collective Security Treaty Organization", kind: "organization", aliases: []}
];
const cite = {source: "test", quote: "q"};

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), "mv-store-")), "s.duckdb");
}

function event(id: string, date: string, over: Partial<Event> = {}): Event {
  return {id, sourceId: "src1", date, source: "KAZ", target: "RUS", code: "042", goldstein: 1.9, quad: 1, ...over};
}

test("a new store is created, migrated and records its schema version", async () => {
  const path = tempPath();
  const store = await DuckDB.open(path);
  assert.equal(await store.version(), SCHEMA_VERSION);
  store.close();
  const again = await DuckDB.open(path);
  assert.equal(await again.version(), SCHEMA_VERSION);
  const rows = await again.all(`SELECT count(*)::INTEGER AS n FROM schema_version`);
  assert.equal(rows[0]!.n, SCHEMA_VERSION, "migrations are applied once");
  again.close();
});

test("a store seeded by schema version 1 is migrated to the current version with its events kept", async () => {
  // DuckDB 1.5 aborted the whole process when the dyad index was rebuilt in the transaction that altered
  // the date column of a table holding rows: every store seeded before version 2 crashed on open.
  const path = tempPath();
  const db = await DuckDBInstance.create(path);
  const con = await db.connect();
  for (const sql of MIGRATIONS[0]!.statements) await con.run(sql);
  await con.run(`CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR, applied_at VARCHAR)`);
  await con.run(`INSERT INTO schema_version VALUES (1, 'v1', 'then')`);
  for (let i = 0; i < 500; i++)
    await con.run(
      `INSERT INTO events (id, source_id, date, source, target, code, goldstein, quad) VALUES ('e${i}', 's', DATE '2020-01-01' + ${i}, 'KAZ', 'RUS', '042', 1.9, 1)`
    );
  con.closeSync();
  db.closeSync();
  const store = await DuckDB.open(path);
  assert.equal(await store.version(), SCHEMA_VERSION);
  const rows = await store.all(`SELECT count(*)::INTEGER AS n FROM events WHERE source = 'KAZ' AND target = 'RUS'`);
  assert.equal(rows[0]!.n, 500);
  const index = await store.all(`SELECT count(*)::INTEGER AS n FROM duckdb_indexes() WHERE index_name = 'events_dyad'`);
  // Migration 5 rebuilt the dyad index, migration 6 drops it (kept up row by row, it limited bulk loads).
  assert.equal(index[0]!.n, 0, "no dyad index after migration 6");
  const columns = await store.all(
    `SELECT column_name FROM duckdb_columns() WHERE table_name = 'events' AND column_name LIKE 'num_%'`
  );
  assert.deepEqual(columns.map((c) => c.column_name).sort(), ["num_articles", "num_mentions", "num_sources"]);
  store.close();
});

test("a store killed before its first migration committed (the version table only) opens and is migrated", async () => {
  const path = tempPath();
  const db = await DuckDBInstance.create(path);
  const con = await db.connect();
  await con.run(`CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR, applied_at VARCHAR)`);
  con.closeSync();
  db.closeSync();
  const store = await DuckDB.open(path);
  assert.equal(await store.version(), SCHEMA_VERSION);
  const rows = await store.all(`SELECT count(*)::INTEGER AS n FROM sources`);
  assert.equal(rows[0]!.n, 0);
  store.close();
});

test("a store written by a newer version refuses to open with a clear message", async () => {
  const path = tempPath();
  const store = await DuckDB.open(path);
  await store.run(`INSERT INTO schema_version VALUES (?, 'future', 'now')`, [SCHEMA_VERSION + 1]);
  store.close();
  await assert.rejects(DuckDB.open(path), {
    message: `Cannot open store "${path}": it was written by a newer Multivector (schema version ${SCHEMA_VERSION + 1}), this one reads up to version ${SCHEMA_VERSION}: upgrade Multivector or choose another store with --store`
  });
});

test("actors round-trip and resolve by code or alias, case- and article-insensitively", async () => {
  const store = await openDuckDBStore(":memory:");
  await store.transaction(() => store.catalog.putActors(actors));
  const listed = await store.catalog.listActors({kind: "state"});
  assert.deepEqual(
    listed.map((a) => a.code),
    ["KAZ", "RUS"]
  );
  assert.equal((await store.catalog.findActors("kremlin"))[0]?.code, "RUS");
  assert.equal((await store.catalog.findActors("The Kremlin"))[0]?.code, "RUS");
  assert.equal((await store.catalog.findActors("akorda"))[0]?.code, "KAZ");
  assert.equal((await store.catalog.findActors("csto"))[0]?.code, "CSTO");
  assert.deepEqual(await store.catalog.findActors("Atlantis"), []);
  store.close();
});

test("memberships are filtered by date with an exclusive end", async () => {
  const store = await openDuckDBStore(":memory:");
  await store.transaction(async () => {
    await store.catalog.putActors(actors);
    await store.catalog.putMemberships([
      {id: "m1", actor: "KAZ", org: "CSTO", role: "member", from: "1992-05-15", citation: cite},
      {id: "m2", actor: "RUS", org: "CSTO", role: "member", from: "1992-05-15", to: "2022-01-01", citation: cite}
    ]);
  });
  assert.deepEqual(
    (await store.catalog.listMemberships({at: "2021-12-31", org: "CSTO"})).map((m) => m.actor),
    ["KAZ", "RUS"]
  );
  assert.deepEqual(
    (await store.catalog.listMemberships({at: "2022-01-01", org: "CSTO"})).map((m) => m.actor),
    ["KAZ"]
  );
  assert.deepEqual((await store.catalog.listMemberships({at: "1990-01-01"})).length, 0);
  store.close();
});

test("a source ingested twice is stored once, and its events come back with it", async () => {
  const store = await openDuckDBStore(":memory:");
  const source = {id: "src1", origin: "a.txt", format: "text", hash: "a".repeat(64), title: "T", text: "Body."};
  const record = {
    source,
    events: [event("e1", "2022-01-05")],
    sentences: [{sourceId: "src1", index: 0, start: 0, end: 5, text: "Body."}]
  };
  assert.deepEqual(await store.documents.putSource(record, {now: "2026-01-01T00:00:00Z"}), {
    status: "stored",
    id: "src1"
  });
  assert.deepEqual(await store.documents.putSource(record, {now: "2026-01-02T00:00:00Z"}), {
    status: "duplicate",
    id: "src1"
  });
  assert.equal(await store.events.countEvents(), 1);
  const got = await store.documents.getSource("src1");
  assert.equal(got?.source.title, "T");
  assert.equal(got?.events[0]?.date, "2022-01-05");
  assert.equal(got?.sentences.length, 1);
  store.close();
});

test("a failure inside a transaction leaves nothing of it stored", async () => {
  const store = await openDuckDBStore(":memory:");
  await assert.rejects(
    store.transaction(async () => {
      await store.events.insertEvents([event("e1", "2022-01-05")]);
      throw new Error("halfway");
    }),
    {message: "halfway"}
  );
  assert.equal(await store.events.countEvents(), 0);
  store.close();
});

test("a checkpoint asked for beside reads and a transaction: the transaction waits for it, nothing is lost, and the write-ahead log is emptied", async () => {
  const path = tempPath();
  const store = await openDuckDBStore(path);
  await store.catalog.putActors(actors);
  await store.transaction(() => store.events.insertEvents([event("e1", "2022-01-05"), event("e2", "2022-02-07")]));
  const checkpoint = store.checkpoint();
  const [count] = await Promise.all([
    store.events.countEvents(),
    store.transaction(() => store.events.insertEvents([event("e3", "2022-03-09")])),
    checkpoint
  ]);
  assert.ok(count >= 2);
  await store.checkpoint();
  assert.equal(existsSync(`${path}.wal`) ? statSync(`${path}.wal`).size : 0, 0);
  store.close();
  const again = await openDuckDBStore(path);
  assert.equal(await again.events.countEvents(), 3);
  again.close();
});

test("events filter by dyad in either direction, period and CAMEO prefix, and bulk-load through the appender", async () => {
  const store = await openDuckDBStore(":memory:");
  const many = Array.from({length: 500}, (_, i) =>
    event(
      `b${i}`,
      `2020-01-${String((i % 28) + 1).padStart(2, "0")}`,
      i % 2 ? {source: "RUS", target: "KAZ", code: "0511", start: i, end: i + 3} : {}
    )
  );
  await store.transaction(() => store.events.insertEvents(many));
  assert.equal(await store.events.countEvents({dyad: ["RUS", "KAZ"]}), 500);
  assert.equal(await store.events.countEvents({code: "05"}), 250);
  assert.equal(await store.events.countEvents({from: "2020-01-28", to: "2020-01-28"}), 17);
  const [first] = await store.events.listEvents({code: "0511", limit: 1});
  assert.deepEqual(first, {
    ...event("b1", "2020-01-02", {source: "RUS", target: "KAZ", code: "0511", start: 1, end: 4})
  });
  store.close();
});

test("a group commit stores each document all or nothing: a failing one (a key taken in the group) alone fails, a copy is a duplicate, and the next transaction is clean", async () => {
  const store = await openDuckDBStore(":memory:");
  const doc = (id: string, hash: string, claimId: string) => ({
    source: {id, origin: `${id}.txt`, format: "text", hash: hash.repeat(64), text: "Body."},
    sentences: [{sourceId: id, index: 0, start: 0, end: 5, text: "Body."}],
    events: [event(`${id}-e`, "2022-01-05", {sourceId: id})],
    claims: [{id: claimId, sourceId: id, speaker: "X", kind: "assessment" as const, quote: "q", about: ["KAZ"]}]
  });
  // c reuses b's claim id: the group's claims appender fails at its flush, the group writes nothing, and each
  // document is written again alone, so only c fails. d is a copy of a (same content hash).
  const outcomes = await store.documents.putSources(
    [doc("a", "a", "k-a"), doc("b", "b", "k-b"), doc("c", "c", "k-b"), doc("d", "a", "k-d")],
    {now: "2026-01-01T00:00:00Z"}
  );
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ["stored", "stored", "failed", "duplicate"]
  );
  assert.equal(outcomes[3]!.id, "a");
  assert.match(outcomes[2]!.status === "failed" ? outcomes[2]!.message : "", /k-b/);
  assert.equal(await store.documents.countSources(), 2);
  assert.equal(await store.events.countEvents(), 2);
  assert.equal(await store.events.countEvents({sourceId: "c"}), 0, "nothing of the failed document");
  assert.equal(await store.documents.countClaims(), 2);
  // A failed appender keeps no rows to flush into a later transaction when it is collected.
  const {setFlagsFromString} = await import("node:v8");
  const {runInNewContext} = await import("node:vm");
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  await store.transaction(async () => {
    await store.events.insertEvents([event("later", "2022-01-06")]);
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  assert.equal(await store.events.countEvents(), 3);
  assert.equal(await store.documents.countSources(), 2);
  store.close();
});

test("values are checked before they reach an appender: a bad date names table, column and row", async () => {
  const store = await openDuckDBStore(":memory:");
  await assert.rejects(
    store.transaction(() => store.events.insertEvents([event("e1", "2022-02-30")])),
    {
      message: /events\.date of row 1: expected a date YYYY-MM-DD, found "2022-02-30"/
    }
  );
  await store.transaction(() => store.events.insertEvents([event("e2", "0099-03-01"), event("e3", "2024-02-29")]));
  assert.deepEqual(
    (await store.events.listEvents({})).map((e) => e.date),
    ["0099-03-01", "2024-02-29"]
  );
  store.close();
});

test("an appender whose flush failed in a failed transaction cannot flush its rows into a later one when collected", async () => {
  const db = await DuckDB.open(":memory:");
  await db.run(`INSERT INTO packs VALUES ('p1', 'h', 'now')`);
  await assert.rejects(
    db.transaction(async () => {
      const app = await db.appender("packs");
      for (const name of ["p2", "p1"]) {
        app.appendVarchar(name);
        app.appendVarchar("h");
        app.appendVarchar("now");
        app.endRow();
      }
      app.closeSync(); // p1 is taken: the flush fails and the appender keeps both rows
    }),
    /p1/
  );
  const {setFlagsFromString} = await import("node:v8");
  const {runInNewContext} = await import("node:vm");
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  await db.transaction(async () => {
    await db.run(`INSERT INTO packs VALUES ('p3', 'h', 'now')`);
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  assert.deepEqual(
    (await db.all(`SELECT name FROM packs ORDER BY name`)).map((r) => r.name),
    ["p1", "p3"]
  );
  db.close();
});
