/**
 * A tool, not one of `npm run bench`'s benchmarks: the instructions the reading thread runs for one pass over fixture
 * articles, counted by callgrind, for speed work on a shared machine where CPU time moves with the load (±10% between
 * fresh processes of the same tree at load 10–30, and this machine has no hardware counters for `perf stat`).
 *
 * V8 is made deterministic (`--predictable --hash-seed=1 --random-seed=1`: no background compiling, so the optimizing
 * compiler's code is installed at the same point of every run), which makes the count repeat: the same tree twice,
 * the five seeds, one pass counted after three, 765.8M and 767.6M instructions (0.23% apart, 2026-12-05); without these
 * flags session 16's counts of one tree moved by more than the cut they measured. The count covers the reading thread
 * from the end of the warm-up passes to the end of the counted ones (callgrind's `--instr-atstart=no`, switched on and
 * off by `callgrind_control` from the child itself). A count takes ~3.5 minutes at load 11.
 * Compare counts made by this tool only: run through tsx, the same tree counts ~0.5% more than read by a plain
 * script over compiled `lib/` (main 84ecce6: 768.5M here, 764.7M / 764.4M there).
 *
 * Each tree needs its compiled `lib/` (`npm run build` in it); make a second tree with `git archive <rev> | tar -x -C
 * DIR`, link node_modules into it and build it.
 *
 *   nice -n 10 npx tsx bench/_reader-count.ts DIR [DIR …]
 *   SETS=seeds,blind WARM=3 PASSES=1 nice -n 10 npx tsx bench/_reader-count.ts /tmp/start /work/me
 *   WARM_SETS=blind3,blind4 WARM=1 SETS=blind20,blind21 nice -n 10 npx tsx bench/_reader-count.ts /tmp/a /tmp/b
 *
 * With WARM_SETS the warm-up reads those sets and the counted pass reads SETS, articles the process has not read: a
 * batch's steady state, where the patterns some rules make per name (a speaker's, a body's) are new and compiled.
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {callgrindCount, counting} from "./_callgrind.js";

const HERE = fileURLToPath(import.meta.url);
const FIXTURES = join(HERE, "..", "..", "test/fixtures/articles");

/** In the child (under valgrind): warm-up passes, counting on, the counted passes, counting off. */
async function child(root: string): Promise<void> {
  const lib = (p: string) => pathToFileURL(join(root, "lib", p)).href;
  const read = (await import(lib("read/index.js"))) as typeof import("../src/read/index.js");
  const app = (await import(lib("app/index.js"))) as typeof import("../src/app/index.js");
  app.tuneJitForBatches();
  const textsOf = (sets: string) =>
    sets.split(",").flatMap((set) => {
      const dir = join(FIXTURES, set);
      return readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => readFileSync(join(dir, f), "utf8"));
    });
  const texts = textsOf(process.env.SETS ?? "seeds");
  // (WARM_SETS: the warm-up passes read other articles than the counted pass, as a batch reads articles it has not
  // read before: the patterns a rule makes per name are made and compiled in the counted pass)
  const warmTexts = process.env.WARM_SETS ? textsOf(process.env.WARM_SETS) : texts;
  const coder = app.defaultCoder(app.readPack().actors);
  const pass = (list: string[]) =>
    list.forEach((t, i) =>
      read.readDocument(t, {format: "text", sourceId: `c${i}`, coder, given: {date: "2024-03-01"}})
    );
  for (let k = 0; k < Number(process.env.WARM ?? 3); ++k) pass(warmTexts);
  await counting("on");
  for (let k = 0; k < Number(process.env.PASSES ?? 1); ++k) pass(texts);
  await counting("off");
}

/** The reading thread's instructions for the counted passes with the tree at `root`. */
function count(root: string): number {
  return callgrindCount({script: [HERE, "--child", root], threads: "first", label: root});
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(resolve(argv[1]!));
  if (argv.length === 0) throw new Error("Usage: npx tsx bench/_reader-count.ts DIR [DIR …]");
  for (const dir of argv)
    if (!existsSync(join(dir, "lib/read/index.js")))
      throw new Error(`"${dir}" has no compiled reader (lib/read/index.js): run npm run build in it`);
  const first = count(resolve(argv[0]!));
  console.log(`${argv[0]}: ${(first / 1e6).toFixed(2)}M instructions (load ${loadavg()[0]!.toFixed(1)})`);
  for (const dir of argv.slice(1)) {
    const n = count(resolve(dir));
    console.log(
      `${dir}: ${(n / 1e6).toFixed(2)}M instructions, ${(n / first).toFixed(4)}x the first (load ${loadavg()[0]!.toFixed(1)})`
    );
  }
}

await main(process.argv.slice(2));
