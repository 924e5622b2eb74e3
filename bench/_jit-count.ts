/**
 * A tool, not one of `npm run bench`'s benchmarks: the JIT trade of src/app/jit.ts (how soon V8 optimizes the reader)
 * decided by a count that does not move with the load. Wall and CPU time of a batch move by ±15% at the loads this
 * machine runs at (2026-12-06: the same ingest run's process CPU 18.8 against 27.1 ms per document at load 6–10
 * against 12–19), and `bench/article-ingest.ts` cannot take V8 flags (NODE_OPTIONS refuses `--interrupt-budget`).
 *
 * What is counted: every instruction of a fresh process (all its threads) from before the first article to after the
 * last, reading N news-length articles from cold as one of the CLI ingest's reader threads reads its share (the
 * article-ingest bench's news corpus: the blind and blind2 fixtures, each copy made unique). V8 is made
 * deterministic (`--predictable --hash-seed=1 --random-seed=1`, bench/_callgrind.ts): the optimizing compiler runs on
 * the reading thread instead of its background threads, so its work is counted with the reading it speeds up, and the
 * count repeats. Garbage collection is single-threaded under `--predictable`. A count of 200 articles takes ~10–15
 * minutes at load 10.
 *
 * With `START=1` the count begins before the reader is loaded: a reader thread's whole start as the CLI's read worker
 * makes it, in a worker thread started after the batch tuning (src/app/read-worker.ts: its modules imported, the
 * dictionaries' parse taken from the coder cache, which the tool fills first, the coder built with the pack's actors),
 * then the N articles; `START=1 … 3 ""` is what a reader thread costs before it reads at its warm rate.
 *
 * Each argument after N is one variant: V8 flags (in one string) given on the command line, which the batch tuning
 * leaves as given (`""`: the tuning as it is). Uses this tree's compiled `lib/` (`npm run build` first).
 *
 *   nice -n 10 npx tsx bench/_jit-count.ts 200 "" "--interrupt-budget=132000"
 *   START=1 nice -n 10 npx tsx bench/_jit-count.ts 3 ""
 */
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import {callgrindCount, counting} from "./_callgrind.js";

const HERE = fileURLToPath(import.meta.url);
const ROOT = join(HERE, "..", "..");

/** In the child (under valgrind): N articles read from cold, counting on around the batch (or the start and it). */
async function child(n: number, actorsFile: string | undefined): Promise<void> {
  const lib = (p: string) => pathToFileURL(join(ROOT, "lib", p)).href;
  const seeds = ["blind", "blind2"].flatMap((set) => {
    const dir = join(ROOT, "test/fixtures/articles", set);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8"));
  });
  // (as bench/article-ingest.ts makes its copies)
  const texts = Array.from(
    {length: n},
    (_, i) => `${seeds[i % seeds.length]}\n\nThis is copy ${i} of the report, filed on its own.\n`
  );
  let read: typeof import("../src/read/index.js");
  let coder: ReturnType<typeof import("../src/app/coder.js").defaultCoder>;
  if (actorsFile !== undefined) {
    // (the batch tuning is process-wide, set before the CLI starts its reader threads; some of it, the old space's
    // first limit, takes effect only in isolates made after it: the start is counted in a worker thread, as the CLI's)
    ((await import(lib("app/jit.js"))) as typeof import("../src/app/jit.js")).tuneJitForBatches();
    const worker = new Worker(START_WORKER, {
      eval: true,
      workerData: {lib: pathToFileURL(join(ROOT, "lib")).href + "/", actorsFile, texts}
    });
    await new Promise<void>((done, fail) => {
      worker.on("message", (m) => m === "done" && done());
      worker.on("error", fail);
    });
    await worker.terminate();
    return;
  } else {
    read = (await import(lib("read/index.js"))) as typeof import("../src/read/index.js");
    const app = (await import(lib("app/index.js"))) as typeof import("../src/app/index.js");
    app.tuneJitForBatches();
    coder = app.defaultCoder(app.readPack().actors);
    await counting("on");
  }
  texts.forEach((t, i) =>
    read.readDocument(t, {format: "text", sourceId: `j${i}`, coder, given: {date: "2024-03-01"}})
  );
  await counting("off");
}

/**
 * The reader thread of `START=1` (plain JavaScript: the worker is not loaded through tsx): the read worker's modules,
 * which bring the reader and the coder's and, in a worker thread, parse the dictionaries or take them from the coder
 * cache as they load (src/app/read-worker.ts); the coder; the articles; counting on around all of it.
 */
const START_WORKER = `
const {parentPort, workerData} = require("node:worker_threads");
const {spawn} = require("node:child_process");
const {readFileSync} = require("node:fs");
const counting = (on) =>
  new Promise((done) => spawn("callgrind_control", ["-i", on, String(process.pid)], {stdio: "ignore"}).on("exit", done));
(async () => {
  const {lib, actorsFile, texts} = workerData;
  const actors = JSON.parse(readFileSync(actorsFile, "utf8"));
  await counting("on");
  await import(lib + "app/read-worker.js");
  const read = await import(lib + "read/index.js");
  const coder = (await import(lib + "app/coder.js")).defaultCoder(actors);
  texts.forEach((t, i) => read.readDocument(t, {format: "text", sourceId: "j" + i, coder, given: {date: "2024-03-01"}}));
  await counting("off");
  parentPort.postMessage("done");
})();
`;

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(Number(argv[1]), argv[2]);
  const n = Number(argv[0]);
  if (!Number.isInteger(n) || n <= 0 || argv.length < 2)
    throw new Error('Usage: [START=1] npx tsx bench/_jit-count.ts N "" "--interrupt-budget=132000" …');
  const dir = process.env.START === "1" ? mkdtempSync(join(tmpdir(), "jit-count-")) : undefined;
  try {
    const actorsFile = dir ? join(dir, "actors.json") : undefined;
    if (actorsFile) {
      const init = await import("../src/app/init.js");
      writeFileSync(actorsFile, JSON.stringify(init.readPack().actors));
      // (the coder cache filled for lib/, as a reader thread of an earlier ingest would have left it)
      const coderJs = pathToFileURL(join(ROOT, "lib/app/coder.js")).href;
      const r = spawnSync(process.execPath, [
        "--input-type=module",
        "-e",
        `(await import(${JSON.stringify(coderJs)})).prepareDefaultCoder();`
      ]);
      if (r.status !== 0) throw new Error(`filling the coder cache failed: ${r.stderr}`);
    }
    let first: number | undefined;
    for (const flags of argv.slice(1)) {
      const c = callgrindCount({
        script: [HERE, "--child", String(n), ...(actorsFile ? [actorsFile] : [])],
        v8Flags: flags.split(/\s+/).filter(Boolean),
        threads: "all",
        label: `"${flags}"`
      });
      first ??= c;
      console.log(
        `${n} articles${dir ? " with the reader thread's start" : ""}, flags "${flags}": ${(c / 1e9).toFixed(3)}G instructions, ${(c / n / 1e6).toFixed(1)}M per article, ${(c / first).toFixed(4)}x the first (load ${loadavg()[0]!.toFixed(1)})`
      );
    }
  } finally {
    if (dir) rmSync(dir, {recursive: true, force: true});
  }
}

await main(process.argv.slice(2));
