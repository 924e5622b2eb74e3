// Speed and agreement of our SMP port against KTAB's C++ `smpc` on KTAB's own inputs, and the
// SMP's per-turn time on this thread, on 1 and on 2 worker threads at 160 to 640 actors.
// Run: node --import tsx bench/ktab.ts [--workers-only] (or `npm run bench -- ktab`)
// Env: KTAB_BENCH_REPEATS (table, default 3), KTAB_BENCH_ROUNDS (workers, default 3),
//      KTAB_BENCH_WARMUP (untimed rounds of each pool per size before the timed ones, default 6),
//      KTAB_BENCH_SIZES (default 160,320,640; 160 is KTAB's dummyData-a160, the others synthetic).
import {readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {isDeepStrictEqual} from "node:util";
import {execFileSync} from "node:child_process";
import {fileURLToPath, pathToFileURL} from "node:url";
import {
  compareWithKtabLog,
  parseKtabCsv,
  parseKtabLog,
  performSmpWork,
  MEANWHILE,
  runSmp,
  smpSteps,
  KTAB_DEFAULT_SEED
} from "../src/simulate/ktab/index.js";
import type {RunSmpOptions, SmpResult, SmpScenario} from "../src/simulate/ktab/index.js";
import {createScenarioPool} from "../src/simulate/worker-pool.js";
import {splitWork} from "../src/simulate/smp-team.js";

const data = new URL("../data/ktab/", import.meta.url);

/** Inputs, their reference log, and the median wall time of KTAB's smpc (Release -O2) on this machine kind. */
const CASES: {input: string; log: string; ktabSeconds: number}[] = [
  {input: "dummyData_3Dim.csv", log: "20170530_ref-dummyData_3Dim.txt", ktabSeconds: 0.07},
  {input: "SOE-Pol-Comp.csv", log: "20170530_ref-SOE-Pol-Comp.txt", ktabSeconds: 0.43},
  {input: "SOE-Policy.csv", log: "reference-runs/ref-SOE-Policy.filtered.txt", ktabSeconds: 2.23},
  {input: "dummyData_6Dim.csv", log: "reference-runs/ref-dummyData_6Dim.filtered.txt", ktabSeconds: 3.23},
  {input: "SOE-Competitive.csv", log: "reference-runs/ref-SOE-Competitive.filtered.txt", ktabSeconds: 7.7},
  {input: "dummyData-a040.csv", log: "reference-runs/ref-dummyData-a040.filtered.txt", ktabSeconds: 7.61},
  {input: "dummyData-a080.csv", log: "reference-runs/ref-dummyData-a080.filtered.txt", ktabSeconds: 80.5},
  {input: "dummyData-a160.csv", log: "reference-runs/ref-dummyData-a160.filtered.txt", ktabSeconds: 1221}
];

/** One row of the benchmark table. */
export interface KtabBenchRow {
  input: string;
  actors: number;
  dimensions: number;
  states: number;
  ourSeconds: number;
  ktabSeconds: number;
  /** KTAB's time divided by ours. */
  speedup: number;
  matchesKtab: boolean;
}

/** Runs every KTAB input once (best of `repeats`), checks it against KTAB's log, and returns the rows. */
export function benchKtabRows(repeats = 1): KtabBenchRow[] {
  const rows: KtabBenchRow[] = [];
  for (const c of CASES) {
    const parsed = parseKtabCsv(readFileSync(new URL(c.input, data), "utf8"), {file: c.input});
    if (!parsed.ok) throw new Error(`${c.input} does not parse`);
    let best = Infinity;
    let result = runSmp(parsed.value, {seed: KTAB_DEFAULT_SEED});
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      result = runSmp(parsed.value, {seed: KTAB_DEFAULT_SEED});
      best = Math.min(best, (performance.now() - t0) / 1000);
    }
    const cmp = compareWithKtabLog(result, parseKtabLog(readFileSync(new URL(c.log, data), "utf8")));
    rows.push({
      input: c.input,
      actors: parsed.value.actors.length,
      dimensions: parsed.value.dimensions.length,
      states: result.states.length,
      ourSeconds: best,
      ktabSeconds: c.ktabSeconds,
      speedup: c.ktabSeconds / best,
      matchesKtab: cmp.match
    });
  }
  return rows;
}

/** Prints the benchmark table: input, actors, states, our seconds, KTAB's seconds, ratio. */
export async function benchKtab(): Promise<void> {
  const rows = benchKtabRows(Number(process.env.KTAB_BENCH_REPEATS ?? 3));
  const header = ["input", "actors", "dims", "states", "ours (s)", "KTAB (s)", "KTAB/ours", "matches KTAB"];
  const body = rows.map((r) => [
    r.input,
    String(r.actors),
    String(r.dimensions),
    String(r.states),
    r.ourSeconds.toFixed(3),
    String(r.ktabSeconds),
    `${r.speedup.toFixed(0)}×`,
    r.matchesKtab ? "yes" : "NO"
  ]);
  printTable(header, body);
}

/** A scenario of n actors on nd dimensions from a fixed linear congruential sequence (as a160's ranges). */
export function syntheticSmp(n: number, nd = 1, seed = 5): SmpScenario {
  let s = seed >>> 0;
  const r = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return {
    name: `synthetic-a${n}`,
    description: "",
    dimensions: Array.from({length: nd}, (_, k) => `d${k}`),
    actors: Array.from({length: n}, (_, i) => ({
      name: `A${i}`,
      description: "",
      capability: 0.5 + 2 * r(),
      positions: Array.from({length: nd}, () => Math.round(1000 * r()) / 10),
      saliences: Array.from({length: nd}, () => 5 + (90 * r()) / nd)
    }))
  };
}

/**
 * runSmp on this thread, timing (CPU seconds) the rest of each turn (`serial`, what the leading worker
 * does alone) apart from the per-actor work (`parallel`), and each range of each work as the
 * pool would split it for 2 workers: `twoCores` replays the pool's dispatch on those times (each
 * worker takes the next range when it is free) and adds the serial part — the wall time two free
 * cores would take, the hand-overs aside. A work's serial steps done meanwhile (MEANWHILE) count with
 * the work, on the leading worker's lane first.
 */
function timedRun(
  scenario: SmpScenario,
  options: RunSmpOptions,
  split: {serial: number; parallel: number; twoCores: number; waits: number}
): SmpResult {
  const steps = smpSteps(scenario, options);
  let mark = cpuSeconds();
  for (;;) {
    const next = steps.next();
    const t = cpuSeconds();
    split.serial += t - mark;
    split.twoCores += t - mark;
    if (next.done) return next.value;
    const ranges = splitWork(next.value, 2);
    // the leading worker hands a work of more than one range to the helper, and waits for it once
    if (ranges.length > 1) split.waits += 1;
    // the serial steps the leading worker does meanwhile, before it takes ranges
    next.value[MEANWHILE]?.();
    const started = cpuSeconds();
    const free = [started - t, 0];
    let last = started;
    const barrier = next.value.kind === "joint" ? (next.value.barrier ?? 0) : 0;
    for (const [from, to] of ranges) {
      // at a joint work's barrier both workers wait for the later one
      if (from > 0 && from === barrier) free[0] = free[1] = Math.max(free[0]!, free[1]!);
      performSmpWork(next.value, from, to);
      const now = cpuSeconds();
      const w = free[0]! <= free[1]! ? 0 : 1;
      free[w] = free[w]! + (now - last);
      last = now;
    }
    // one range: the leading worker does it alone
    split.twoCores += ranges.length < 2 ? last - t : Math.max(free[0]!, free[1]!);
    mark = cpuSeconds();
    split.parallel += mark - t;
  }
}

const median = (xs: number[]): number => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Per-turn time of the SMP on this thread and on warm pools of 1 and 2 workers, in interleaved
 * rounds (each round runs the three arms back to back, in an order that alternates between rounds,
 * so that all three see the same load); checks that both pools give this thread's result to the
 * bit. Prints wall and CPU seconds per turn, the 1-vs-2-worker ratio (median of the rounds' ratios),
 * the load average and the process's peak RSS.
 */
export async function benchKtabWorkers(): Promise<void> {
  const rounds = Number(process.env.KTAB_BENCH_ROUNDS ?? 3);
  // The 1w/2w ratio rises over the first rounds at a size and levels off after about six (a160 on a quiet machine,
  // 2026-12-03: 1.11, 1.21, 1.55, 1.47, 1.57, 1.63, then 1.69–1.79): the pools' code is compiled for that size's
  // shapes only by then. The warm-up rounds are run and printed, not counted.
  const warmup = Number(process.env.KTAB_BENCH_WARMUP ?? 6);
  const sizes = (process.env.KTAB_BENCH_SIZES ?? "160,320,640").split(",").map(Number);
  const a160 = parseKtabCsv(readFileSync(new URL("dummyData-a160.csv", data), "utf8"));
  if (!a160.ok) throw new Error("dummyData-a160.csv does not parse");
  const pools = {1: createScenarioPool({workers: 1}), 2: createScenarioPool({workers: 2})};
  // warm the workers' compiled code (under tsx each worker also compiles the TypeScript)
  for (const pool of Object.values(pools)) await pool.smp(syntheticSmp(200), {maxIterations: 2});
  console.log(
    `SMP per turn: this thread vs warm pools of 1 and 2 workers, ${rounds} interleaved rounds, 2 cores shared (load average beside each row)`
  );
  const header = [
    "actors",
    "turns",
    "this thread s",
    "1 worker s",
    "2 workers s",
    "1w/2w",
    "CPU s/turn 1w / 2w",
    "cores used 1w / 2w",
    "identical",
    "parallel CPU → bound on 2 cores",
    "replayed on 2 cores",
    "hand-overs per turn (2w)",
    "load 1 min",
    "bench peak RSS MB"
  ];
  const rows: string[][] = [];
  try {
    for (const n of sizes) {
      const scenario = n === 160 ? a160.value : syntheticSmp(n);
      // KTAB's a160 runs to convergence (13 turns); the synthetic ones 2 turns each
      const options = {seed: KTAB_DEFAULT_SEED, ...(n === 160 ? {} : {maxIterations: 2})};
      const wall: Record<string, number[]> = {t: [], 1: [], 2: []};
      const cpu: Record<string, number[]> = {t: [], 1: [], 2: []};
      const ratios: number[] = [];
      const split = {serial: 0, parallel: 0, twoCores: 0, waits: 0};
      const loads: number[] = [loadavg()[0]!];
      let ref: SmpResult | undefined;
      let identical = true;
      let turns = 0;
      const cold: number[] = [];
      for (let r = 0; r < warmup; r++) {
        const perRun: Record<string, number> = {};
        for (const arm of r % 2 === 0 ? (["1", "2"] as const) : (["2", "1"] as const)) {
          const t0 = performance.now();
          await pools[arm].smp(scenario, options);
          perRun[arm] = performance.now() - t0;
        }
        cold.push(perRun["1"]! / perRun["2"]!);
      }
      for (let r = 0; r < rounds; r++) {
        const order = r % 2 === 0 ? (["t", "1", "2"] as const) : (["2", "1", "t"] as const);
        const perTurn: Record<string, number> = {};
        for (const arm of order) {
          const c0 = cpuSeconds();
          const t0 = performance.now();
          const result = arm === "t" ? timedRun(scenario, options, split) : await pools[arm].smp(scenario, options);
          const seconds = (performance.now() - t0) / 1000;
          turns = result.states.length - 1;
          perTurn[arm] = seconds / turns;
          wall[arm]!.push(seconds / turns);
          cpu[arm]!.push((cpuSeconds() - c0) / turns);
          if (arm === "t") ref ??= result;
          else if (ref && !isDeepStrictEqual(result, ref)) identical = false;
          if (ref && arm === "t" && !isDeepStrictEqual(result, ref)) identical = false;
        }
        ratios.push(perTurn["1"]! / perTurn["2"]!);
        loads.push(loadavg()[0]!);
      }
      rows.push([
        String(n),
        String(turns),
        median(wall.t!).toFixed(3),
        median(wall["1"]!).toFixed(3),
        median(wall["2"]!).toFixed(3),
        `${median(ratios).toFixed(2)}×`,
        `${median(cpu["1"]!).toFixed(3)} / ${median(cpu["2"]!).toFixed(3)}`,
        `${(median(cpu["1"]!) / median(wall["1"]!)).toFixed(2)} / ${(median(cpu["2"]!) / median(wall["2"]!)).toFixed(2)}`,
        identical ? "yes" : "NO",
        `${((100 * split.parallel) / (split.serial + split.parallel)).toFixed(0)}% → ${((split.serial + split.parallel) / (split.serial + split.parallel / 2)).toFixed(2)}×`,
        `${((split.serial + split.parallel) / split.twoCores).toFixed(2)}×`,
        (split.waits / (rounds * turns)).toFixed(1),
        `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
        (process.resourceUsage().maxRSS / 1024).toFixed(0)
      ]);
      console.log(
        `  a${n}: rounds' 1w/2w ratios ${ratios.map((x) => x.toFixed(2)).join(", ")}` +
          (cold.length
            ? ` (after ${cold.length} warm-up rounds, not counted: ${cold.map((x) => x.toFixed(2)).join(", ")})`
            : "")
      );
    }
  } finally {
    await Promise.all(Object.values(pools).map((p) => p.close()));
  }
  printTable(header, rows);
  console.log(
    "1 worker runs the whole SMP; of 2 workers the first runs the turns and both take ranges of each per-actor\n" +
      "work ('hand-overs': works split between them per turn; the smaller ones the first does alone).\n" +
      "1w/2w is the wall-clock speed-up; it can only show on cores this process gets. 'cores used' is CPU / wall:\n" +
      "if 2 workers get no more than 1, the machine's other sessions hold the rest (Linux gives each session a\n" +
      "fair share, whatever its thread count), and the bound from the parallel share of the CPU is the figure."
  );
}

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const b of body) console.log(line(b));
}

/**
 * Peak RSS of one SMP run at n actors alone in a fresh process (bench/_smp-memory.ts), on this
 * thread and on 2 workers: the whole process, tsx and the workers' heaps included.
 */
export function benchKtabMemory(n = Number(process.env.KTAB_BENCH_MEMORY_ACTORS ?? 640), turns = 2): void {
  const script = fileURLToPath(new URL("./_smp-memory.ts", import.meta.url));
  console.log(
    `\nSMP memory at ${n} actors, ${turns} turns, each run alone in a fresh process (peak RSS, tsx included):`
  );
  for (const workers of [0, 2]) {
    const out = execFileSync(process.execPath, ["--import", "tsx", script, String(n), String(turns), String(workers)], {
      encoding: "utf8"
    });
    const r = JSON.parse(out) as {seconds: number; turns: number; startRssMB: number; peakRssMB: number};
    console.log(
      `  ${workers === 0 ? "this thread" : `${workers} workers  `}  peak RSS ${r.peakRssMB.toFixed(0)} MB (${r.startRssMB.toFixed(0)} MB before the run; target < 500 MB)  ${(r.seconds / r.turns).toFixed(3)} s per turn${workers ? " (incl. starting the workers)" : ""}  load ${loadavg()[0]!.toFixed(1)}`
    );
  }
}

/** `npm run bench -- ktab`: the KTAB table, then the workers, then the memory. */
export async function bench(): Promise<void> {
  if (!process.argv.includes("--workers-only")) await benchKtab();
  console.log("");
  await benchKtabWorkers();
  benchKtabMemory();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bench();
}
