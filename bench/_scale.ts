// The scale benchmark of docs/storage.md, run once by hand (not by `npm run bench`: it takes a
// quarter of an hour and ~6 GB of disk):
//   node --import tsx bench/_scale.ts            (SCALE_ROWS=50000000, SCALE_DIR=$TMPDIR/multivector-scale by default)
//
// 1. Events shaped like GDELT are generated from the real sample in data/gdelt (both files, read by
//    the project's own GDELT row rule): each generated row takes its event code, Goldstein value and
//    quad class from one real row, and its source and target actors from the real rows' actor
//    frequencies (drawn independently); dates are spread evenly over 2015-2024 (an assumption: real
//    GDELT volume grows over the decade). Written as TSV by DuckDB, in ten files of 10% each, so both
//    engines are measured at 10% and at 100% of the rows.
// 2. Ingest, file by file: DuckDB (the project's schema: no dyad index since schema 6) reads the TSV
//    with its CSV reader and inserts it ordered by dyad and date, as its GDELT bulk path does for loads
//    of a million rows or more (so the zonemaps prune focal queries); ClickHouse (two shards,
//    scripts/clickhouse.sh, the events port's layout) takes the same TSV over HTTP, each shard its own
//    rows (split by a hash of the source actor) in one streamed request per file straight into its
//    events_local, both shards at once: the events port's insert path with several shards listed
//    (TabSeparated over HTTP). A smaller sample times the events port's own insert (100k-row
//    TabSeparated requests built from events).
// 3. Queries through the events port of each engine: the monthly relations of KAZ with five vectors
//    over ten years, and the full-table aggregate per directed dyad and year.
// 4. Disk: the DuckDB file after a checkpoint; ClickHouse's active parts on both shards.
import {spawnSync} from "node:child_process";
import {createReadStream, mkdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {detectGdeltFormat, parseGdeltLine} from "../src/read/index.js";
import {ClickHouseEvents} from "../src/store/clickhouse/events.js";
import {DuckDB} from "../src/store/duckdb/connection.js";
import {DuckDBEvents} from "../src/store/duckdb/events-port.js";
import type {EventsPort} from "../src/store/index.js";

const ROWS = Number(process.env.SCALE_ROWS ?? 50_000_000);
const DIR = process.env.SCALE_DIR ?? join(tmpdir(), "multivector-scale");
const SHARDS = ["http://127.0.0.1:18123", "http://127.0.0.1:18124"];
const DATABASE = "mv_scale";
const FOCAL = {focal: "KAZ", vectors: ["RUS", "CHN", "USA", "EUR", "TUR"], from: "2015-01-01", to: "2024-12-31"};
const COLUMNS = [
  "id",
  "source_id",
  "date",
  "source",
  "target",
  "source_agent",
  "target_agent",
  "code",
  "goldstein",
  "quad",
  "plover",
  "rule",
  "url"
];
const SAMPLES = ["data/gdelt/gdelt2_export_20191024143000.tsv", "data/gdelt/gdelt1_events_sample_reed9999.tsv"];

const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const load = () => loadavg()[0]!.toFixed(1);

async function timed<T>(fn: () => Promise<T>): Promise<{ms: number; value: T}> {
  const t = performance.now();
  const value = await fn();
  return {ms: performance.now() - t, value};
}

/** The real rows, read by the project's GDELT row rule (rows with both actors only). */
function realRows() {
  const out: {
    source: string;
    target: string;
    sa: string | null;
    ta: string | null;
    code: string;
    g: number;
    q: number;
  }[] = [];
  for (const file of SAMPLES) {
    const lines = readFileSync(file, "utf8").split("\n");
    const format = detectGdeltFormat(lines.find((l) => l.trim()) ?? "");
    if (!format) throw new Error(`${file}: not a GDELT file`);
    lines.forEach((text, i) => {
      const r = parseGdeltLine(text, {format, file, line: i + 1});
      if (r.kind !== "row") return;
      const x = r.row;
      out.push({
        source: x.source,
        target: x.target,
        sa: x.sourceAgent ?? null,
        ta: x.targetAgent ?? null,
        code: x.code,
        g: x.goldstein,
        q: x.quad
      });
    });
  }
  return out;
}

const sqlText = (s: string | null) => (s === null ? "NULL" : `'${s.replace(/'/g, "''")}'`);

/**
 * Writes `n` generated rows starting at id `first` as TSV with DuckDB, one file per shard (by a hash of the
 * source actor, as the events port places rows): `<dir>/0.tsv`, `<dir>/1.tsv`.
 */
async function generate(
  db: DuckDB,
  dir: string,
  first: number,
  n: number,
  sizes: {templates: number; actors: number}
): Promise<void> {
  await db.run(`COPY (
      SELECT 'gdelt:' || (i + ${first}) AS id, 'scale:' || ((i + ${first}) // 100000) AS source_id,
        DATE '2015-01-01' + CAST(hash(i + ${first}, 1) % 3653 AS INTEGER) AS date,
        a.actor AS source, b.actor AS target, t.sa, t.ta, t.code, t.g, t.q, NULL AS plover, 'gdelt' AS rule, NULL AS url
      FROM range(${n}) r(i)
      JOIN gen_templates t ON t.k = hash(i + ${first}, 2) % ${sizes.templates}
      JOIN gen_actors a ON a.k = hash(i + ${first}, 3) % ${sizes.actors}
      JOIN gen_actors b ON b.k = hash(i + ${first}, 4) % ${sizes.actors}
      WHERE a.actor <> b.actor
    ) TO '${dir}/all.tsv' (DELIMITER '\t', HEADER false, NULLSTR '\\N', QUOTE '', ESCAPE '')`);
  // Split by shard with awk (a stream over the file: cheap next to the generation).
  const r = spawnSync("bash", [
    "-c",
    `cd '${dir}' && awk -F'\t' '{ h = 0; for (i = 1; i <= length($4); i++) h = (h * 31 + index("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", substr($4, i, 1))) % 1000003; print > (h % ${SHARDS.length} ".tsv") }' all.tsv && rm all.tsv`
  ]);
  if (r.status !== 0) throw new Error(`split failed: ${r.stderr}`);
}

async function chQuery(sql: string, url = SHARDS[0]!): Promise<string> {
  const res = await fetch(url, {method: "POST", body: sql});
  const text = await res.text();
  if (!res.ok) throw new Error(text);
  return text.trim();
}

async function chBytes(): Promise<number> {
  let total = 0;
  for (const s of SHARDS)
    total += Number(
      await chQuery(
        `SELECT sum(bytes_on_disk) FROM system.parts WHERE database = '${DATABASE}' AND table = 'events_local' AND active`,
        s
      )
    );
  return total;
}

async function queries(port: EventsPort, label: string) {
  const focal: number[] = [];
  let cells = 0;
  let events = 0;
  for (let i = 0; i < 3; i++) {
    const {ms, value} = await timed(() => port.relationsByMonth(FOCAL));
    focal.push(ms);
    cells = value.length;
    events = value.reduce((t, r) => t + r.events, 0);
  }
  const full = await timed(() => port.aggregate({by: "year"}));
  log(
    `${label}: focal relations ${focal.map((m) => m.toFixed(0)).join("/")} ms (${cells} cells, ${events} events); full dyad×year ${full.ms.toFixed(0)} ms (${full.value.length} rows); load ${load()}`
  );
  return {
    focalCold: focal[0]!,
    focalWarm: Math.min(...focal.slice(1)),
    full: full.ms,
    cells,
    events,
    rows: full.value.length
  };
}

async function main(): Promise<void> {
  rmSync(DIR, {recursive: true, force: true});
  mkdirSync(DIR, {recursive: true});
  log(`scale benchmark: ${ROWS} rows, load average ${load()} on 2 cores shared with the other helpers`);
  const real = realRows();
  log(`real sample: ${real.length} dyadic rows`);
  const gen = await DuckDB.open(":memory:");
  await gen.run(`CREATE TABLE gen_templates (k BIGINT, sa VARCHAR, ta VARCHAR, code VARCHAR, g DOUBLE, q TINYINT)`);
  await gen.run(
    `INSERT INTO gen_templates VALUES ${real.map((r, k) => `(${k}, ${sqlText(r.sa)}, ${sqlText(r.ta)}, '${r.code}', ${r.g}, ${r.q})`).join(", ")}`
  );
  const actors = real.flatMap((r) => [r.source, r.target]);
  await gen.run(`CREATE TABLE gen_actors (k BIGINT, actor VARCHAR)`);
  await gen.run(
    `INSERT INTO gen_actors VALUES ${actors.map((a, k) => `(${k}, '${a.replace(/'/g, "''")}')`).join(", ")}`
  );
  const share = actors.filter((a) => a === "KAZ").length / actors.length;
  log(`actors: ${new Set(actors).size} codes; KAZ is ${(share * 100).toFixed(3)}% of actor slots`);
  const sizes = {templates: real.length, actors: actors.length};
  // Rows whose two actors are drawn equal are dropped (not a dyad): draw enough that ROWS remain.
  const counts = new Map<string, number>();
  for (const a of actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const self = [...counts.values()].reduce((t, c) => t + (c / actors.length) ** 2, 0);
  const draws = Math.ceil((ROWS / (1 - self)) * 1.001);
  log(`${(self * 100).toFixed(1)}% of draws pair an actor with itself: drawing ${draws} rows for ${ROWS}`);
  const PARTS = 10;
  const parts = Array.from({length: PARTS}, (_, i) => join(DIR, `part${i + 1}`));
  const shardFiles = (dir: string) => SHARDS.map((_, k) => join(dir, `${k}.tsv`));
  const g = await timed(async () => {
    for (let i = 0; i < PARTS; i++) {
      const first = Math.round((draws * i) / PARTS);
      mkdirSync(parts[i]!, {recursive: true});
      await generate(gen, parts[i]!, first, Math.round((draws * (i + 1)) / PARTS) - first, sizes);
    }
  });
  gen.close();
  const lines = await Promise.all(
    parts.map(async (d) => (await Promise.all(shardFiles(d).map(countLines))).reduce((a, b) => a + b, 0))
  );
  const total = lines.reduce((a, b) => a + b, 0);
  const bytes = parts.flatMap(shardFiles).reduce((t, f) => t + statSync(f).size, 0);
  log(`generated ${total} rows (${PARTS} parts) in ${(g.ms / 1000).toFixed(1)} s; TSV ${(bytes / 1e9).toFixed(2)} GB`);

  // DuckDB: the project's schema (migrations, dyad index) in a file.
  const duckPath = join(DIR, "events.duckdb");
  const db = await DuckDB.open(duckPath);
  const duck = new DuckDBEvents(db);
  const csv = (fs: string[]) =>
    `read_csv([${fs.map((f) => `'${f}'`).join(", ")}], delim='\t', header=false, quote='', escape='', nullstr='\\N', auto_detect=false, columns={${COLUMNS.map(
      (c) => `'${c}': '${c === "date" ? "DATE" : c === "goldstein" ? "DOUBLE" : c === "quad" ? "TINYINT" : "VARCHAR"}'`
    ).join(", ")}})`;
  const duckIngest: number[] = [];
  const chIngest: number[] = [];
  const results: Record<string, Awaited<ReturnType<typeof queries>>> = {};

  spawnSync("bash", ["scripts/clickhouse.sh", "start"], {stdio: "inherit"});
  for (const s of SHARDS) await chQuery(`DROP DATABASE IF EXISTS ${DATABASE}`, s);
  const ch = await ClickHouseEvents.open({url: SHARDS[0]!, shards: SHARDS, database: DATABASE});

  for (const [i, dir] of parts.entries()) {
    const d = await timed(() =>
      db.run(
        `INSERT INTO events (${COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT * FROM ${csv(shardFiles(dir))} ORDER BY source, target, date`
      )
    );
    duckIngest.push(d.ms);
    log(
      `DuckDB ingest part ${i + 1}: ${lines[i]} rows in ${(d.ms / 1000).toFixed(1)} s = ${Math.round(lines[i]! / (d.ms / 1000))} rows/s; load ${load()}`
    );
    // Each shard takes its rows straight into its events_local, both at once (the events port's path).
    const c = await timed(() =>
      Promise.all(
        shardFiles(dir).map(async (f, k) => {
          const q = encodeURIComponent(
            `INSERT INTO ${DATABASE}.events_local (${COLUMNS.join(", ")}) FORMAT TabSeparated`
          );
          const res = await fetch(`${SHARDS[k]}/?query=${q}`, {
            method: "POST",
            body: createReadStream(f) as unknown as BodyInit,
            duplex: "half"
          } as RequestInit);
          if (!res.ok) throw new Error(await res.text());
        })
      )
    );
    chIngest.push(c.ms);
    log(
      `ClickHouse ingest part ${i + 1}: ${lines[i]} rows in ${(c.ms / 1000).toFixed(1)} s = ${Math.round(lines[i]! / (c.ms / 1000))} rows/s; load ${load()}`
    );
    if (i === 0 || i === PARTS - 1) {
      const at = i === 0 ? "10%" : "100%";
      results[`duckdb ${at}`] = await queries(duck, `DuckDB at ${at}`);
      results[`clickhouse ${at}`] = await queries(ch, `ClickHouse at ${at}`);
    }
  }
  await db.run("CHECKPOINT");
  const duckBytes = statSync(duckPath).size;
  const chDisk = await chBytes();
  log(`disk: DuckDB ${(duckBytes / 1e9).toFixed(2)} GB, ClickHouse ${(chDisk / 1e9).toFixed(2)} GB (both shards)`);

  // The events port's own insert (TabSeparated requests of 100,000 rows built from events) on a fresh table.
  for (const s of SHARDS) await chQuery(`DROP DATABASE IF EXISTS ${DATABASE}_http`, s);
  const chHttp = await ClickHouseEvents.open({url: SHARDS[0]!, shards: SHARDS, database: `${DATABASE}_http`});
  const sample = await duck.listEvents({sourceId: "scale:1", limit: 100_000});
  const json = await timed(() => chHttp.insertEvents(sample));
  log(
    `ClickHouse events port insertEvents (TabSeparated, 100k-row requests): ${sample.length} rows in ${(json.ms / 1000).toFixed(1)} s = ${Math.round(sample.length / (json.ms / 1000))} rows/s`
  );
  for (const s of SHARDS) await chQuery(`DROP DATABASE IF EXISTS ${DATABASE}_http`, s);

  console.log("\n| step | DuckDB (embedded) | ClickHouse (2 shards, loopback) |");
  console.log("| --- | --- | --- |");
  const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en")} rows/s`;
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  console.log(
    `| ingest the first ${lines[0]!.toLocaleString("en")} rows (TSV) | ${rate(lines[0]!, duckIngest[0]!)} | ${rate(lines[0]!, chIngest[0]!)} |`
  );
  console.log(
    `| ingest all ${total.toLocaleString("en")} rows (${PARTS} files, TSV) | ${rate(total, sum(duckIngest))} (${(sum(duckIngest) / 1000).toFixed(0)} s) | ${rate(total, sum(chIngest))} (${(sum(chIngest) / 1000).toFixed(0)} s) |`
  );
  for (const at of ["10%", "100%"]) {
    const d = results[`duckdb ${at}`]!;
    const c = results[`clickhouse ${at}`]!;
    const n = at === "10%" ? lines[0]! : total;
    console.log(
      `| focal relations at ${n.toLocaleString("en")} rows, cold / warm (ms) | ${d.focalCold.toFixed(0)} / ${d.focalWarm.toFixed(0)} | ${c.focalCold.toFixed(0)} / ${c.focalWarm.toFixed(0)} |`
    );
    console.log(
      `| full aggregate per dyad and year at ${n.toLocaleString("en")} rows (ms) | ${d.full.toFixed(0)} | ${c.full.toFixed(0)} |`
    );
  }
  console.log(`| disk | ${(duckBytes / 1e9).toFixed(2)} GB | ${(chDisk / 1e9).toFixed(2)} GB |`);
  console.log(`\nload average at the end: ${load()} (2 cores)`);
  db.close();
  await ch.close();
}

function countLines(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    createReadStream(file)
      .on("data", (b) => {
        const buf = b as Buffer;
        for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
      })
      .on("end", () => resolve(n))
      .on("error", reject);
  });
}

await main();
