/**
 * A tool, not one of `npm run bench`'s benchmarks: the JIT trade of src/app/jit.ts (how soon V8 optimizes the reader)
 * decided by a count that does not move with the load. Wall and CPU time of a batch move by ±15% at the loads this
 * machine runs at (2026-12-06: the same ingest run's process CPU 18.8 against 27.1 ms per document at load 6–10
 * against 12–19), and `bench/article-ingest.ts` cannot take V8 flags (NODE_OPTIONS refuses `--interrupt-budget`).
 *
 * What is counted: every instruction of a fresh process (all its threads) from before the first article to after the
 * last, reading N news-length articles from cold as one of the CLI ingest's reader threads reads its share (the
 * article-ingest bench's news corpus: the blind and blind2 fixtures, each copy made unique). V8 is made
 * deterministic (`--predictable --hash-seed=1 --random-seed=1`): the optimizing compiler runs on the reading thread
 * instead of its background threads, so its work is counted with the reading it speeds up, and the count repeats.
 * Garbage collection is single-threaded under `--predictable`. A count of 200 articles takes ~10–15 minutes at load 10.
 *
 * Each argument after N is one variant: V8 flags (in one string) given on the command line, which the batch tuning
 * leaves as given (`""`: the tuning as it is). Uses this tree's compiled `lib/` (`npm run build` first).
 *
 *   nice -n 10 npx tsx bench/_jit-count.ts 200 "" "--interrupt-budget=132000"
 */
import {spawn, spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const HERE = fileURLToPath(import.meta.url);
const ROOT = join(HERE, "..", "..");

/** In the child (under valgrind): N articles read from cold, counting on around the batch only. */
async function child(n: number): Promise<void> {
  const lib = (p: string) => pathToFileURL(join(ROOT, "lib", p)).href;
  const read = (await import(lib("read/index.js"))) as typeof import("../src/read/index.js");
  const app = (await import(lib("app/index.js"))) as typeof import("../src/app/index.js");
  app.tuneJitForBatches();
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
  const coder = app.defaultCoder(app.readPack().actors);
  const counting = (on: "on" | "off") =>
    new Promise((done) =>
      spawn("callgrind_control", ["-i", on, String(process.pid)], {stdio: "ignore"}).on("exit", done)
    );
  await counting("on");
  texts.forEach((t, i) =>
    read.readDocument(t, {format: "text", sourceId: `j${i}`, coder, given: {date: "2024-03-01"}})
  );
  await counting("off");
}

/** The process's instructions for the batch with these V8 flags. */
function count(n: number, flags: string): number {
  const dir = mkdtempSync(join(tmpdir(), "jit-count-"));
  try {
    const r = spawnSync(
      "valgrind",
      [
        "--tool=callgrind",
        "--instr-atstart=no",
        "--separate-threads=no",
        "--smc-check=all-non-file",
        `--callgrind-out-file=${join(dir, "cg.out")}`,
        process.execPath,
        "--predictable",
        "--hash-seed=1",
        "--random-seed=1",
        ...flags.split(/\s+/).filter(Boolean),
        ...process.execArgv,
        HERE,
        "--child",
        String(n)
      ],
      {encoding: "utf8"}
    );
    if (r.status !== 0) throw new Error(`counting "${flags}" failed (${r.status}): ${r.stderr.slice(-800)}`);
    const totals = /^totals:\s+(\d+)/m.exec(readFileSync(join(dir, "cg.out"), "utf8"));
    if (!totals) throw new Error(`no count for "${flags}"`);
    return Number(totals[1]);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(Number(argv[1]));
  const n = Number(argv[0]);
  if (!Number.isInteger(n) || n <= 0 || argv.length < 2)
    throw new Error('Usage: npx tsx bench/_jit-count.ts N "" "--interrupt-budget=132000" …');
  let first: number | undefined;
  for (const flags of argv.slice(1)) {
    const c = count(n, flags);
    first ??= c;
    console.log(
      `${n} articles, flags "${flags}": ${(c / 1e9).toFixed(3)}G instructions, ${(c / n / 1e6).toFixed(1)}M per article, ${(c / first).toFixed(4)}x the first (load ${loadavg()[0]!.toFixed(1)})`
    );
  }
}

await main(process.argv.slice(2));
