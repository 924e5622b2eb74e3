// GDELT import speed and memory: generates a GDELT 2.0 events file of BENCH_GDELT_MB megabytes
// (default 1024) in /tmp from the real sample's rows, imports it into a fresh DuckDB file store,
// and reports rows/s and peak RSS against the targets (≥ 200,000 rows/s; memory flat).
// Also reads the five seed articles end to end (documents/s).
// Run: `node --import tsx bench/ingest.ts` or `npm run bench -- ingest` (BENCH_GDELT_ENGINE=js: the JavaScript parser only;
// BENCH_GDELT_MEMORY: DuckDB's memory cap during the import, default 256MB).
import {createWriteStream, readFileSync, readdirSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {importGdelt} from "../src/app/gdelt.js";
import {openStore, type Store} from "../src/store/index.js";
import {readDocument} from "../src/read/index.js";
import {loadPack} from "../src/packs/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TARGET_ROWS_PER_S = 200_000;

async function generate(path: string, megabytes: number): Promise<number> {
  const sample = readFileSync(join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv"), "utf8")
    .split("\n")
    .filter(Boolean);
  const out = createWriteStream(path);
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let rows = 0;
  let id = 900_000_000;
  while (written < target) {
    let chunk = "";
    for (const line of sample) {
      const tab = line.indexOf("\t");
      chunk += `${id++}${line.slice(tab)}\n`;
      rows++;
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return rows;
}

function row(cells: (string | number)[]): string {
  return cells
    .map((c, i) => String(c).padEnd([44, 26, 20, 8][i] ?? 12))
    .join("")
    .trimEnd();
}

export async function bench(): Promise<void> {
  const mb = Number(process.env.BENCH_GDELT_MB ?? 1024);
  const dir = join(tmpdir(), `multivector-bench-${process.pid}`);
  const file = join(dir, "gdelt2-big.tsv");
  const storePath = join(dir, "bench.duckdb");
  const {mkdirSync} = await import("node:fs");
  mkdirSync(dir, {recursive: true});
  try {
    const generated = await generate(file, mb);
    const size = statSync(file).size;
    const store = await openStore({store: storePath});
    let peak = process.memoryUsage().rss;
    const rssBefore = peak;
    // RSS is sampled every 50 ms: DuckDB's reader works off the main thread, so progress callbacks are rare.
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const engine = process.env.BENCH_GDELT_ENGINE === "js" ? "js" : "auto";
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const result = await importGdelt(store, file, {
      now: new Date().toISOString(),
      progressEvery: 50_000,
      memoryLimit: process.env.BENCH_GDELT_MEMORY ?? "256MB",
      engine,
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    store.close();
    const rate = result.rows / seconds;
    const cpuRate = result.rows / cpuSeconds;

    // Articles: the five seeds, read end to end with the pack's aliases.
    const pack = loadPack(join(ROOT, "packs/central-asia"));
    const aliases = pack.ok
      ? pack.value.actors.flatMap((a) => [
          {code: a.code, alias: a.name},
          ...a.aliases.map((x) => ({code: a.code, alias: x.alias}))
        ])
      : [];
    const seeds = readdirSync(join(ROOT, "test/fixtures/articles/seeds")).filter((f) => f.endsWith(".txt"));
    const texts = seeds.map((f) => readFileSync(join(ROOT, "test/fixtures/articles/seeds", f), "utf8"));
    const t1 = performance.now();
    const rounds = 20;
    let sentences = 0;
    for (let i = 0; i < rounds; i++) {
      for (const t of texts) {
        const r = readDocument(t, {format: "text", sourceId: "bench", aliases, given: {date: "2024-01-01"}});
        if (r.ok) sentences += r.value.sentences.length;
      }
    }
    const docSeconds = (performance.now() - t1) / 1000;
    const bytes = texts.reduce((n, t) => n + t.length, 0) * rounds;

    console.log(row(["measure", "ours", "target", "ratio"]));
    console.log(
      row([
        `GDELT 2.0 import, ${result.engine} (${(size / 1e6).toFixed(0)} MB, ${generated.toLocaleString("en")} rows)`,
        `${Math.round(rate).toLocaleString("en")} rows/s`,
        `${TARGET_ROWS_PER_S.toLocaleString("en")} rows/s`,
        (rate / TARGET_ROWS_PER_S).toFixed(2)
      ])
    );
    console.log(
      row([
        "  per CPU second (load-independent)",
        `${Math.round(cpuRate).toLocaleString("en")} rows/s`,
        `${TARGET_ROWS_PER_S.toLocaleString("en")} rows/s`,
        (cpuRate / TARGET_ROWS_PER_S).toFixed(2)
      ])
    );
    console.log(row(["  wall time / CPU time", `${seconds.toFixed(1)} s / ${cpuSeconds.toFixed(1)} s`, "", ""]));
    console.log(row(["  machine load average (1 min)", (await import("node:os")).loadavg()[0]!.toFixed(1), "", ""]));
    console.log(row(["  events stored (rows with both actors)", result.events.toLocaleString("en"), "", ""]));
    console.log(
      row([
        "  peak RSS while streaming",
        `${Math.round(peak / 1e6)} MB`,
        `flat (start ${Math.round(rssBefore / 1e6)} MB)`,
        `${(peak / rssBefore).toFixed(2)}`
      ])
    );
    console.log(row(["  peak RSS / file size", `${((peak / size) * 100).toFixed(1)} %`, "< 100 %", ""]));
    console.log(
      row(["articles read end to end (seeds)", `${((texts.length * rounds) / docSeconds).toFixed(0)} docs/s`, "", ""])
    );
    console.log(row(["  text throughput", `${(bytes / 1e6 / docSeconds).toFixed(2)} MB/s`, "", ""]));
    console.log(row(["  sentences per second", `${Math.round(sentences / docSeconds).toLocaleString("en")}`, "", ""]));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
