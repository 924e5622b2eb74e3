// Child process of bench/ktab.ts: one SMP run of a synthetic scenario, alone in its process, and
// the process's peak RSS (worker threads included). Args: actors, turns, workers (0 = this thread).
import {readFileSync} from "node:fs";
import {runSmp} from "../src/simulate/ktab/index.js";
import {runSmpOnWorkers} from "../src/simulate/worker-pool.js";
import {syntheticSmp} from "./ktab.js";

/**
 * The process's peak RSS in MB: VmHWM, which starts afresh at exec (getrusage's maxrss is inherited
 * from the parent across fork and exec on Linux, so it would show the bench's own peak).
 */
function peakRssMB(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const [n, turns, workers] = process.argv.slice(2).map(Number) as [number, number, number];
const before = peakRssMB();
const t0 = performance.now();
const options = {maxIterations: turns};
const result =
  workers === 0 ? runSmp(syntheticSmp(n), options) : await runSmpOnWorkers(syntheticSmp(n), {...options, workers});
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    actors: n,
    turns: result.states.length - 1,
    workers,
    seconds,
    startRssMB: before,
    peakRssMB: peakRssMB()
  })
);
