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
 * With `START=1` the count begins before the reader thread is started: its whole start as the CLI's read pool makes
 * it, a worker thread on src/app/read-worker-start.ts (or read-worker.ts in a tree without it) started after the batch
 * tuning (its modules, from the bundle with the code cache where the build made one; the dictionaries' parse and the
 * cue patterns' lists taken from their caches; the coder built with the pack's actors), sent the N articles as the
 * pool sends them. The caches are filled first by an uncounted run of the same under the same flags, in a cache folder
 * of the count's own. `START=1 … 3 ""` is what a reader thread costs before it reads at its warm rate; the count
 * includes the worker thread's own start (Node's bootstrap of it), which the tool before 2026-12-06 left out.

 * Each argument after N is one variant: V8 flags (in one string) given on the command line, which the batch tuning
 * leaves as given (`""`: the tuning as it is). Uses this tree's compiled `lib/` (`npm run build` first).
 *
 *   nice -n 10 npx tsx bench/_jit-count.ts 200 "" "--interrupt-budget=132000"
 *   START=1 nice -n 10 npx tsx bench/_jit-count.ts 3 ""
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import {callgrindCount, counting, DETERMINISTIC} from "./_callgrind.js";

const HERE = fileURLToPath(import.meta.url);
const ROOT = join(HERE, "..", "..");

/** In the child (under valgrind): N articles read from cold, counting on around the batch (or the start and it). */
async function child(n: number, actorsFile: string | undefined, fill: boolean): Promise<void> {
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
    if (!fill) await counting("on");
    // The reader thread as src/app/read-pool.ts starts it (its entry, or the read worker itself in a tree without
    // one), sent the context and the documents as the pool sends them.
    const entry = ["app/read-worker-start.js", "app/read-worker.js"].find((f) => existsSync(join(ROOT, "lib", f)))!;
    const worker = new Worker(new URL(lib(entry)));
    const actors = JSON.parse(readFileSync(actorsFile, "utf8")) as unknown;
    let answered = 0;
    const done = new Promise<void>((resolve, fail) => {
      worker.on("message", (m: {id?: number; error?: string}) => {
        if (m.error) fail(new Error(m.error));
        else if (m.id !== undefined && ++answered === texts.length) resolve();
      });
      worker.on("error", fail);
    });
    worker.postMessage({type: "context", ctx: 1, inputs: {actors, aliases: []}});
    texts.forEach((text, id) =>
      worker.postMessage({
        type: "read",
        id,
        ctx: 1,
        text,
        options: {format: "text", sourceId: `j${id}`, given: {date: "2024-03-01"}}
      })
    );
    await done;
    if (!fill) await counting("off");
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

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(Number(argv[1]), argv[2], argv[3] === "--fill");
  const n = Number(argv[0]);
  if (!Number.isInteger(n) || n <= 0 || argv.length < 2)
    throw new Error('Usage: [START=1] npx tsx bench/_jit-count.ts N "" "--interrupt-budget=132000" …');
  const dir = process.env.START === "1" ? mkdtempSync(join(tmpdir(), "jit-count-")) : undefined;
  try {
    const actorsFile = dir ? join(dir, "actors.json") : undefined;
    if (actorsFile) {
      const init = await import("../src/app/init.js");
      writeFileSync(actorsFile, JSON.stringify(init.readPack().actors));
      // (a cache folder of the count's own: the user's may be pruned by other trees meanwhile)
      process.env.MULTIVECTOR_CACHE = join(dir!, "cache");
    }
    let first: number | undefined;
    for (const flags of argv.slice(1)) {
      const v8Flags = flags.split(/\s+/).filter(Boolean);
      if (actorsFile) {
        // (the caches a reader thread reads at its start filled by an uncounted run under the same flags, as an earlier
        // thread of the same code would have left them: the coder's and the cue patterns' parse, the code cache)
        const r = spawnSync(process.execPath, [
          ...DETERMINISTIC,
          ...v8Flags,
          ...process.execArgv,
          HERE,
          "--child",
          String(n),
          actorsFile,
          "--fill"
        ]);
        if (r.status !== 0) throw new Error(`filling the caches failed: ${r.stderr}`);
      }
      const c = callgrindCount({
        script: [HERE, "--child", String(n), ...(actorsFile ? [actorsFile] : [])],
        v8Flags,
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
