/**
 * The scenario lab's cost: a 2,000-run scenario with its baseline (paired runs, common random numbers) and the
 * Sobol' sensitivity analysis (256 samples), on a pool of 2 workers, cold (including starting the workers) and
 * warm — target ≤ 10 s on two cores — and the same work on this thread as the baseline of the ratio.
 *
 * Run: `node --import tsx bench/lab.ts [scenario]`
 */
import {readFileSync} from "node:fs";
import {availableParallelism, loadavg} from "node:os";
import {pathToFileURL} from "node:url";
import type {Scenario} from "../src/domain/index.js";
import {createScenarioPool, parseScenario, runScenarioSync, sensitivitySync} from "../src/simulate/index.js";

const LAB_DEFAULTS = {runs: 2000, samples: 256, target: 10} as const;

async function timeIt(fn: () => unknown | Promise<unknown>): Promise<{wall: number; cpu: number}> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const {user, system} = process.cpuUsage(c0);
  return {wall: (performance.now() - t0) / 1000, cpu: (user + system) / 1e6};
}

/** Times the lab's work for one scenario and prints the figures against the target and this thread. */
export async function benchLab(file = "scenarios/leave-csto.yaml"): Promise<void> {
  const parsed = parseScenario(readFileSync(file, "utf8"), {file});
  if (!parsed.ok) throw new Error(`Cannot load ${file}`);
  const scenario: Scenario = parsed.value;
  const {runs, samples, target} = LAB_DEFAULTS;
  const load0 = loadavg()[0]!.toFixed(1);
  const single = await timeIt(() => {
    runScenarioSync(scenario, {runs, rows: false});
    sensitivitySync(scenario, {samples});
  });
  let pool = createScenarioPool({workers: 2});
  const cold = await timeIt(async () => {
    await pool.run(scenario, {runs, rows: false});
    await pool.sensitivity(scenario, {samples});
  });
  const warm = await timeIt(async () => {
    await pool.run(scenario, {runs, rows: false});
    await pool.sensitivity(scenario, {samples});
  });
  await pool.close();
  pool = createScenarioPool({workers: 1});
  await pool.run(scenario, {runs: 50, rows: false});
  const warm1 = await timeIt(async () => {
    await pool.run(scenario, {runs, rows: false});
    await pool.sensitivity(scenario, {samples});
  });
  await pool.close();
  const row = (label: string, t: {wall: number; cpu: number}) =>
    `  ${label.padEnd(30)} ${t.wall.toFixed(2).padStart(6)} s  cpu ${t.cpu.toFixed(2).padStart(5)} s  cpu/wall ${(t.cpu / t.wall).toFixed(2)}`;
  console.log(
    `Scenario lab: ${scenario.name}, ${runs} paired runs (scenario + baseline) + Sobol' sensitivity (${samples} samples), ${availableParallelism()} cores, load average ${load0} at start`
  );
  console.log(row("this thread", single));
  console.log(row("1 worker (warm)", warm1));
  console.log(row("2 workers (cold, incl. start)", cold));
  console.log(row("2 workers (warm)", warm));
  console.log(
    `  2 workers vs this thread: cold ${(single.wall / cold.wall).toFixed(2)}×, warm ${(single.wall / warm.wall).toFixed(2)}×; 2 vs 1 warm workers ${(warm1.wall / warm.wall).toFixed(2)}×; target ≤ ${target} s on 2 cores: cold ${cold.wall <= target ? "met" : "NOT met"}; load average ${loadavg()[0]!.toFixed(1)} at end`
  );
  // Under load the wall time measures the neighbours; the CPU seconds do not. On two free cores the warm pool's
  // wall time would be about its CPU seconds / 2 (the work splits evenly over chunks).
  console.log(
    `  CPU seconds of the whole job: ${warm.cpu.toFixed(2)} s on 2 workers → about ${(warm.cpu / 2).toFixed(2)} s wall on 2 free cores (+ worker start, ${Math.max(0, cold.wall - warm.wall).toFixed(2)} s in this run)`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchLab(process.argv[2]);
}
