// Child process of bench/article-ingest.ts: reading alone (no store writes), in a fresh process so that the
// JIT starts cold as in a CLI run. Args: folder, threads (1 = this thread; 2+ = a pool of reader threads).
// V8 tuned as in the CLI's ingest (src/app/jit.ts). Prints one JSON line: documents, bytes, wall ms (context built first, apart), process and per-thread CPU ms.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {createReadPool, openStore, readingContext, tuneJitForBatches} from "../src/app/index.js";
import {threadCpu} from "../src/app/thread-cpu.js";
import {readDocument} from "../src/read/index.js";

const [folder, threadsArg, storePath] = process.argv.slice(2);
// as the CLI's ingest does (BENCH_JIT=default leaves V8's defaults)
if (process.env.BENCH_JIT !== "default") tuneJitForBatches();
const threads = Number(threadsArg ?? 1);
const files = readdirSync(folder!)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const texts = files.map((f) => readFileSync(join(folder!, f), "utf8"));
const store = await openStore({store: storePath!});
const ctx = await readingContext(store);
store.close();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
const m0 = threadCpu();
const t0 = performance.now();
let readerCpuMs: number[] | undefined;
let coderMs: number;
const options = (i: number) => ({
  format: "text" as const,
  sourceId: `r${i}`,
  file: files[i]!,
  given: {date: "2024-03-01"}
});
if (threads <= 1) {
  void ctx.coder; // built first, timed apart
  coderMs = performance.now() - t0;
  texts.forEach((text, i) => {
    const r = readDocument(text, {...options(i), coder: ctx.coder!, aliases: ctx.gazetteer});
    if (!r.ok) throw new Error(`${files[i]}: ${r.issues[0]?.message}`);
  });
} else {
  const pool = createReadPool({workers: threads});
  pool.warm(ctx.inputs!);
  // the first document of each worker waits for its coder: counted in the reading, as in a CLI run
  coderMs = 0;
  const reads = await Promise.all(texts.map((text, i) => pool.read(text, options(i), ctx.inputs!)));
  if (reads.some((r) => !r.ok)) throw new Error("a document did not read");
  readerCpuMs = pool.cpu().map((c) => c.cpuMs);
  await pool.close();
}
const ms = performance.now() - t0;
const m1 = threadCpu();
console.log(
  JSON.stringify({
    documents: texts.length,
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    ms,
    coderMs,
    processCpuMs: cpu() - c0,
    ...(m0 && m1 ? {mainCpuMs: m1.cpuMs - m0.cpuMs} : {}),
    ...(readerCpuMs ? {readerCpuMs} : {})
  })
);
