/**
 * Monte Carlo throughput: runs per second on this thread, and on warm pools of 1 and 2 worker threads, plus the
 * speed-up of 2 workers over 1 (target ≥ 1.7× on 2 free cores). Cold numbers include starting the workers (under
 * tsx each worker compiles the TypeScript sources it imports, which costs about a second).
 *
 * Run: `node --import tsx bench/montecarlo.ts [runs]`
 */
import {readFileSync} from "node:fs";
import {availableParallelism, loadavg} from "node:os";
import {pathToFileURL} from "node:url";
import {createScenarioPool, parseScenario, runScenario, runScenarioSync} from "../src/simulate/index.js";
import type {Scenario} from "../src/domain/index.js";

/** Options for {@link benchMonteCarlo}. */
export interface BenchMonteCarloOptions {
  /** Runs per timing. Defaults to 8000. */
  runs?: number;
  /** Scenario file. Defaults to scenarios/leave-csto.yaml. */
  file?: string;
  /** Warm timings per pool; the best is kept. Defaults to 5. */
  repeats?: number;
}

const BENCH_DEFAULTS = {runs: 8000, file: "scenarios/leave-csto.yaml", repeats: 5};

function loadScenario(file: string): Scenario {
  const parsed = parseScenario(readFileSync(file, "utf8"), {file});
  if (!parsed.ok) throw new Error(`Cannot load ${file}`);
  return parsed.value;
}

interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of this process, all threads: cpu / wall near the worker count means the cores were ours. */
  cpu: number;
}

async function timeIt(fn: () => unknown | Promise<unknown>): Promise<Timing> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const {user, system} = process.cpuUsage(c0);
  return {wall: (performance.now() - t0) / 1000, cpu: (user + system) / 1e6};
}

/** Best of `repeats` timings of a warm pool with `workers` threads. */
async function warm(scenario: Scenario, workers: number, runs: number, repeats: number): Promise<Timing> {
  const pool = createScenarioPool({workers});
  try {
    await pool.run(scenario, {runs: 200, rows: false}); // start and compile the workers
    let best: Timing = {wall: Infinity, cpu: 0};
    for (let i = 0; i < repeats; ++i) {
      const t = await timeIt(() => pool.run(scenario, {runs, rows: false}));
      if (t.wall < best.wall) best = t;
    }
    return best;
  } finally {
    await pool.close();
  }
}

/** Measures and prints Monte Carlo throughput with 1 and 2 workers and the speed-up. */
export async function benchMonteCarlo(options: BenchMonteCarloOptions = {}): Promise<void> {
  const {runs, file, repeats} = {...BENCH_DEFAULTS, ...options};
  const scenario = loadScenario(file);
  const steps = scenario.horizon;
  const sync = await timeIt(() => runScenarioSync(scenario, {runs, rows: false}));
  const cold1 = await timeIt(() => runScenario(scenario, {runs, workers: 1, rows: false}));
  const cold2 = await timeIt(() => runScenario(scenario, {runs, workers: 2, rows: false}));
  const warm1 = await warm(scenario, 1, runs, repeats);
  const warm2 = await warm(scenario, 2, runs, repeats);
  const rate = (wall: number) => Math.round(runs / wall);
  const rows = [
    ["this thread", sync],
    ["1 worker (cold)", cold1],
    ["2 workers (cold)", cold2],
    ["1 worker (warm)", warm1],
    ["2 workers (warm)", warm2]
  ] as const;
  const load = loadavg()[0]!.toFixed(2);
  const loadAfter = () => loadavg()[0]!.toFixed(2);
  console.log(
    `Monte Carlo: ${scenario.name}, ${runs} runs × ${steps} steps × ${scenario.vectors.length} vectors, ${availableParallelism()} cores, load average ${load} at start`
  );
  for (const [label, {wall, cpu}] of rows) {
    const used = (cpu / wall).toFixed(2);
    console.log(
      `  ${label.padEnd(18)} ${wall.toFixed(3).padStart(7)} s  ${String(rate(wall)).padStart(7)} runs/s  cpu/wall ${used}`
    );
  }
  console.log(
    `  speed-up 2 vs 1 workers: warm ${(warm1.wall / warm2.wall).toFixed(2)}×, cold ${(cold1.wall / cold2.wall).toFixed(2)}× (target ≥ 1.7× on 2 free cores); load average ${loadAfter()} at end`
  );
  // When other processes hold the cores, wall time says little; CPU seconds per run still show the parallel
  // overhead. With the same CPU work per run, 2 free cores would run 2 × cpu1 / cpu2 times faster.
  console.log(
    `  cpu ms per run: 1 worker ${((1000 * warm1.cpu) / runs).toFixed(3)}, 2 workers ${((1000 * warm2.cpu) / runs).toFixed(3)}; projected speed-up on 2 free cores ${((2 * warm1.cpu) / warm2.cpu).toFixed(2)}×`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = process.argv[2] ? Number(process.argv[2]) : undefined;
  await benchMonteCarlo(runs ? {runs} : {});
}
