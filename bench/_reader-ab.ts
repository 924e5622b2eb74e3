/**
 * A tool, not one of `npm run bench`'s benchmarks: the reader of two source trees side by side, for speed work that
 * must not change what is read. One fresh process per tree and round, the trees alternating (A B, B A, …), each
 * reading the same fixture articles (this tree's test/fixtures/articles) with its own default coder, V8 tuned as
 * `multivector ingest` tunes it (src/app/jit.ts). Per process: WARM passes over the articles (the JIT and each pattern's compilation), then PASSES passes; the
 * median pass's CPU time of the reading thread. Prints each round and the median ratio B/A (above 1: A is faster).
 *
 * Two trees in one process are no fair comparison: each is compiled and optimized apart, and V8 may give up
 * optimizing a hot function of one of them for the rest of the process (a 2.16× that was 1.01× with the trees
 * swapped, 2026-12-03). Make the second tree with `git archive <rev> | tar -x -C DIR` and link node_modules into it.
 *
 *   nice -n 10 npx tsx bench/_reader-ab.ts A_DIR B_DIR [rounds]
 *   SETS=seeds,blind,blind2 WARM=8 PASSES=20 nice -n 10 npx tsx bench/_reader-ab.ts /work/me /tmp/main 4
 *
 * Check that the two read the same first: `npx tsx scripts/reader-snapshot.ts write|check FILE` in each tree.
 */
import {spawnSync} from "node:child_process";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const HERE = fileURLToPath(import.meta.url);
const FIXTURES = join(HERE, "..", "..", "test/fixtures/articles");

interface Pass {
  /** Median pass, ms of the reading thread's CPU. */
  ms: number;
  /** The warm-up passes together, ms. */
  warmMs: number;
  bytes: number;
  documents: number;
}

/** In the child: reads the fixtures with the tree at `root`; prints one JSON line ({@link Pass}). */
async function child(root: string): Promise<void> {
  const read = (await import(join(root, "src/read/index.ts"))) as typeof import("../src/read/index.js");
  const app = (await import(join(root, "src/app/index.ts"))) as typeof import("../src/app/index.js");
  app.tuneJitForBatches();
  const sets = (process.env.SETS ?? "seeds,blind,blind2,blind3,blind4,heldout").split(",");
  const texts: string[] = [];
  for (const set of sets) {
    const dir = join(FIXTURES, set);
    if (!existsSync(dir)) throw new Error(`No fixture folder "${dir}" (SETS=${sets.join(",")})`);
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(join(dir, f), "utf8"));
  }
  const coder = app.defaultCoder(app.readPack().actors);
  const cpu = threadCpuMs;
  const pass = () => {
    const t0 = cpu();
    texts.forEach((t, i) =>
      read.readDocument(t, {format: "text", sourceId: `ab${i}`, coder, given: {date: "2024-03-01"}})
    );
    return cpu() - t0;
  };
  let warmMs = 0;
  for (let k = 0; k < Number(process.env.WARM ?? 8); ++k) warmMs += pass();
  const ms = Array.from({length: Number(process.env.PASSES ?? 20)}, pass).sort((a, b) => a - b);
  const out: Pass = {
    ms: ms[ms.length >> 1]!,
    warmMs,
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    documents: texts.length
  };
  console.log(JSON.stringify(out));
}

/** This thread's CPU time in ms (Linux's schedstat), else the process's. */
function threadCpuMs(): number {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

function run(root: string): Pass {
  const r = spawnSync(process.execPath, [...process.execArgv, HERE, "--child", root], {encoding: "utf8"});
  if (r.status !== 0) throw new Error(`reading with ${root} failed (${r.status}): ${r.stderr.slice(-800)}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Pass;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(resolve(argv[1]!));
  const [a, b, n] = argv;
  if (!a || !b) throw new Error("Usage: npx tsx bench/_reader-ab.ts A_DIR B_DIR [rounds]");
  for (const dir of [a, b])
    if (!existsSync(join(dir, "src/read/index.ts")))
      throw new Error(`"${dir}" is no source tree (no src/read/index.ts)`);
  const rounds = Number(n ?? 4);
  const ratios: number[] = [];
  for (let r = 0; r < rounds; ++r) {
    const order = r % 2 === 0 ? [a, b] : [b, a];
    const got = new Map(order.map((root) => [root, run(root)]));
    const pa = got.get(a)!,
      pb = got.get(b)!;
    ratios.push(pb.ms / pa.ms);
    const mbs = (p: Pass) => (p.bytes / 1e3 / p.ms).toFixed(2);
    console.log(
      `round ${r + 1}: A ${pa.ms.toFixed(1)} ms per pass (${mbs(pa)} MB/s; warm-up ${pa.warmMs.toFixed(0)} ms), ` +
        `B ${pb.ms.toFixed(1)} (${mbs(pb)}; ${pb.warmMs.toFixed(0)}), B/A ${(pb.ms / pa.ms).toFixed(3)}, ` +
        `${pa.documents} documents, load ${loadavg()[0]!.toFixed(1)}`
    );
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  console.log(`median B/A ${sorted[sorted.length >> 1]!.toFixed(3)} over ${rounds} rounds (above 1: A reads faster)`);
}

await main(process.argv.slice(2));
