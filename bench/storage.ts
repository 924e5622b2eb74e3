// Inserting 1,000,000 synthetic events and aggregating KAZ's relations with five vectors per
// month, on the two event-store engines: ClickHouse (two shards on loopback, scripts/clickhouse.sh)
// against embedded DuckDB (the default, the baseline here).
// Run: `node --import tsx bench/storage.ts` or `npm run bench -- storage`.
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Event} from "../src/domain/index.js";
import {ClickHouseEvents} from "../src/store/clickhouse/events.js";
import {DuckDBEvents} from "../src/store/duckdb/events-port.js";
import type {EventsPort} from "../src/store/index.js";

const N = 1_000_000;
const SHARDS = ["http://127.0.0.1:18123", "http://127.0.0.1:18124"];
const QUERY = {focal: "KAZ", vectors: ["RUS", "CHN", "USA", "EU", "TUR"], from: "2015-01-01", to: "2024-12-31"};
const CODES: [string, number, 1 | 2 | 3 | 4][] = [
  ["020", 3, 1],
  ["036", 4, 1],
  ["042", 1.9, 1],
  ["057", 8, 1],
  ["071", 7.4, 2],
  ["112", -2, 3],
  ["130", -4.4, 3],
  ["173", -5, 4],
  ["190", -10, 4]
];
const ACTORS = [
  "KAZ",
  "KAZ",
  "KAZ",
  "RUS",
  "CHN",
  "USA",
  "EU",
  "TUR",
  "UZB",
  "KGZ",
  "TJK",
  "TKM",
  "IRN",
  "IND",
  "JPN",
  "KOR"
];

/** N events from a fixed generator over 2015–2024. */
function synthetic(n: number): Event[] {
  let seed = 42;
  const next = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * k);
  };
  const out: Event[] = new Array(n);
  for (let i = 0; i < n; ++i) {
    const source = ACTORS[next(ACTORS.length)]!;
    let target = ACTORS[next(ACTORS.length)]!;
    if (target === source) target = source === "RUS" ? "CHN" : "RUS";
    const [code, goldstein, quad] = CODES[next(CODES.length)]!;
    const date = `${2015 + next(10)}-${String(1 + next(12)).padStart(2, "0")}-${String(1 + next(28)).padStart(2, "0")}`;
    out[i] = {id: `e${i}`, sourceId: `gdelt:${i >> 10}`, date, source, target, code, goldstein, quad, rule: "gdelt"};
  }
  return out;
}

interface Timing {
  insertMs: number;
  relationsMs: number;
  rows: number;
}

async function time(store: EventsPort, events: Event[]): Promise<Timing> {
  let t = performance.now();
  await store.insertEvents(events);
  const insertMs = performance.now() - t;
  if ((await store.countEvents()) !== events.length) throw new Error(`${store.engine}: not every event landed`);
  // One warm-up, then the median of five.
  let rows = (await store.relationsByMonth(QUERY)).length;
  const runs: number[] = [];
  for (let i = 0; i < 5; ++i) {
    t = performance.now();
    rows = (await store.relationsByMonth(QUERY)).length;
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return {insertMs, relationsMs: runs[2]!, rows};
}

export async function bench(): Promise<void> {
  const events = synthetic(N);
  const dir = mkdtempSync(join(tmpdir(), "mv-bench-storage-"));
  const duck = await DuckDBEvents.open(join(dir, "events.duckdb"));
  let base: Timing;
  try {
    base = await time(duck, events);
  } finally {
    await duck.close();
    rmSync(dir, {recursive: true, force: true});
  }

  const start = spawnSync("bash", ["scripts/clickhouse.sh", "start"], {encoding: "utf8"});
  if (start.status !== 0) throw new Error(`ClickHouse could not be started: ${start.stderr.trim()}`);
  let ours: Timing;
  try {
    for (const shard of SHARDS) await fetch(shard, {method: "POST", body: "DROP DATABASE IF EXISTS mv_bench"});
    const ch = await ClickHouseEvents.open({url: SHARDS[0]!, shards: SHARDS, database: "mv_bench"});
    ours = await time(ch, events);
    for (const shard of SHARDS) await fetch(shard, {method: "POST", body: "DROP DATABASE IF EXISTS mv_bench"});
  } finally {
    spawnSync("bash", ["scripts/clickhouse.sh", "stop"]);
  }
  if (ours.rows !== base.rows)
    throw new Error(`Relations differ: ${ours.rows} rows on ClickHouse, ${base.rows} on DuckDB`);

  const f = (x: number) => x.toFixed(0);
  console.log(
    `${N.toLocaleString("en")} synthetic events; relations of KAZ with 5 vectors per month (${ours.rows} rows)`
  );
  console.log(`| step | ClickHouse 2 shards (ms) | DuckDB (ms, baseline) | ratio |`);
  console.log(`|------|------:|------:|------:|`);
  console.log(
    `| insert | ${f(ours.insertMs)} | ${f(base.insertMs)} | ${(ours.insertMs / base.insertMs).toFixed(2)}× |`
  );
  console.log(
    `| relations by month (median of 5) | ${f(ours.relationsMs)} | ${f(base.relationsMs)} | ${(ours.relationsMs / base.relationsMs).toFixed(2)}× |`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bench();
