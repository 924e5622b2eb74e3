// Exports everywhere: `--format table|json|csv|parquet` and `--out` in the CLI, `?format=` and
// `Accept` in the API, one JSON shape for every list, CORS only for the origins named.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {DuckDBInstance} from "@duckdb/node-api";
import {openStore, type Store} from "../src/app/index.js";
import {createApp} from "../src/server/index.js";
import {cli} from "./helpers/cli.js";
import {seededStore, TEST_TOKEN} from "./helpers/server.js";

let dir = "";
let file = "";
let dispose = () => {};

/** Reads a Parquet file back with DuckDB: its column types and rows. */
async function readParquet(path: string) {
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  try {
    const types = (
      await con.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${path}'))`)
    ).getRowObjectsJson() as {column_name: string; column_type: string}[];
    const rows = (await con.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjectsJson();
    return {types: Object.fromEntries(types.map((t) => [t.column_name, t.column_type])), rows};
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

before(async () => {
  const s = await seededStore({datasets: false});
  dir = s.dir;
  file = s.store.path;
  s.store.close();
  dispose = () => s.dispose();
});
after(() => dispose());

describe("CLI exports", () => {
  test("events --format parquet --out writes every event with the documented types", async () => {
    const out = join(dir, "e.parquet");
    const r = cli(file, ["events", "--format", "parquet", "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "");
    const json = JSON.parse(cli(file, ["events", "--format", "json", "--limit", "1000"]).stdout) as {
      items: {id: string; code: string; goldstein: number}[];
      total: number;
    };
    assert.match(r.stderr, new RegExp(`^wrote ${json.total} rows to `));
    const {types, rows} = await readParquet(out);
    assert.equal(types.code, "VARCHAR");
    assert.equal(types.goldstein, "DOUBLE");
    assert.equal(types.quad, "BIGINT");
    assert.equal(rows.length, json.total);
    assert.ok(json.total > 0);
    assert.deepEqual(
      rows.map((x) => [x.id, x.code, x.goldstein]),
      json.items.map((e) => [e.id, e.code, e.goldstein])
    );
  });

  test("every list answers one JSON shape {items, total, limit, offset}", () => {
    for (const args of [["events"], ["claims"], ["sources"], ["actors"], ["memberships"], ["timeline"]]) {
      const r = cli(file, [...args, "--format", "json"]);
      assert.equal(r.code, 0, `${args[0]}: ${r.stderr}`);
      const body = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.deepEqual(Object.keys(body), ["items", "total", "limit", "offset"], args[0]);
      assert.ok(Array.isArray(body.items) && typeof body.total === "number", args[0]);
    }
    const paged = JSON.parse(cli(file, ["events", "--format", "json", "--limit", "2", "--offset", "1"]).stdout);
    assert.equal(paged.items.length, 2);
    assert.equal(paged.limit, 2);
    assert.equal(paged.offset, 1);
  });

  test("the older --json flag prints a list as the bare array of its items (the corpus scorer reads that)", () => {
    for (const args of [["sources"], ["memberships"], ["claims"], ["events"]]) {
      const r = cli(file, [...args, "--json"]);
      assert.equal(r.code, 0, `${args[0]}: ${r.stderr}`);
      const body = JSON.parse(r.stdout) as unknown;
      assert.ok(Array.isArray(body), `${args[0]} --json is an array`);
      const page = JSON.parse(cli(file, [...args, "--format", "json"]).stdout) as {items: unknown[]};
      assert.deepEqual(body, page.items, `${args[0]}: the same items as --format json`);
    }
  });

  test("csv has a header and one line per row; --out writes the file; the table says what part it shows", () => {
    const out = join(dir, "actors.csv");
    const r = cli(file, ["actors", "--format", "csv", "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    assert.equal(lines[0], "code,name,kind,aliases,lat,lon,citationSource,citationQuote");
    assert.ok(lines.some((l) => l.startsWith("KAZ,Kazakhstan,state,")));
    const table = cli(file, ["events", "--limit", "5"]);
    assert.match(table.stdout, /\n5 of \d+ events \(1–5; --offset 5 for more\)\n$/);
  });

  test("bad formats and parquet without --out are usage errors; an unknown source is bad input (exit 1)", () => {
    const bad = cli(file, ["events", "--format", "xml"]);
    assert.equal(bad.code, 2);
    assert.equal(
      bad.stderr,
      `error: Invalid value for --format: expected one of table, json, csv, parquet, found "xml"\n`
    );
    const noOut = cli(file, ["claims", "--format", "parquet"]);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /--format parquet writes a binary file: add --out <file>/);
    const both = cli(file, ["events", "--json", "--format", "csv"]);
    assert.equal(both.code, 2);
    const show = cli(file, ["show", "nope"]);
    assert.equal(show.code, 1);
    assert.equal(show.stderr, 'No source "nope": run `multivector sources` to list them (at id)\n');
  });
});

describe("API exports", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = await openStore({store: file});
    app = createApp({store, token: TEST_TOKEN, cors: ["http://localhost:8888"]});
  });
  after(() => store.close());

  test("GET /api/events?format=csv and Accept: text/csv answer the same CSV as the CLI", async () => {
    const res = await app.request("/api/events?format=csv&limit=1000");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type")!, /^text\/csv/);
    const text = await res.text();
    const accept = await app.request("/api/events?limit=1000", {headers: {accept: "text/csv"}});
    assert.equal(await accept.text(), text);
    store.close();
    try {
      assert.equal(cli(file, ["events", "--format", "csv"]).stdout, text);
    } finally {
      store = await openStore({store: file});
      app = createApp({store, token: TEST_TOKEN, cors: ["http://localhost:8888"]});
    }
  });

  test("?format=parquet answers a Parquet file; a detail is JSON only (406); a bad format is a 422", async () => {
    const res = await app.request("/api/claims?format=parquet&limit=5");
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/vnd.apache.parquet");
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 4)), "PAR1");
    const detail = await app.request("/api/actors/KAZ?format=csv");
    assert.equal(detail.status, 406);
    const bad = await app.request("/api/events?format=xml");
    assert.equal(bad.status, 422);
    assert.match(
      ((await bad.json()) as {error: {message: string}}).error.message,
      /format: expected one of json, csv, parquet/
    );
  });

  test("lists have totals; the actor 404 suggests like the CLI", async () => {
    for (const path of ["/api/claims", "/api/sources", "/api/actors", "/api/memberships", "/api/corridors"]) {
      const body = (await (await app.request(path)).json()) as Record<string, unknown>;
      assert.deepEqual(Object.keys(body), ["items", "total", "limit", "offset"], path);
    }
    const res = await app.request("/api/actors/Kremln");
    assert.equal(res.status, 404);
    const body = (await res.json()) as {error: {message: string}};
    assert.match(body.error.message, /did you mean RUS/);
  });

  test("CORS: only the origins named may read", async () => {
    const ok = await app.request("/api/actors", {headers: {origin: "http://localhost:8888"}});
    assert.equal(ok.headers.get("access-control-allow-origin"), "http://localhost:8888");
    const other = await app.request("/api/actors", {headers: {origin: "http://evil.example"}});
    assert.equal(other.headers.get("access-control-allow-origin"), null);
    const none = createApp({store, token: TEST_TOKEN});
    const off = await none.request("/api/actors", {headers: {origin: "http://localhost:8888"}});
    assert.equal(off.headers.get("access-control-allow-origin"), null);
  });
});
