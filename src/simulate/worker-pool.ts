/**
 * A pool of worker threads for Monte Carlo runs, and {@link runScenario}, which splits a scenario's runs into
 * chunks, hands them to free workers (each writes its records into one SharedArrayBuffer at the chunk's run
 * offset), then has the workers compute the quantile bands step range by step range. Because each run draws from
 * its own stream (seed, run), the result is identical with any number of workers and any chunk size.
 *
 * Under tsx, a `.ts` worker cannot be started directly on Node 20; we start an eval'd bootstrap that registers tsx
 * first (RECIPES R6). Compiled `.js` runs the worker file as is.
 *
 * @module
 */
import {availableParallelism} from "node:os";
import {MessageChannel, type Worker} from "node:worker_threads";
import {spawnWorker} from "./spawn-worker.js";
import type {Scenario} from "../domain/index.js";
import {
  armsOf,
  assemble,
  assertFits,
  recordCount,
  type MonteCarloOptions,
  type MonteCarloResult,
  type StepSummary
} from "./monte-carlo.js";
import {
  evaluationCount,
  sensitivityOutputs,
  sensitivityPlan,
  sobolIndices,
  type SensitivityResult
} from "./sensitivity.js";
import type {Task, TaskResult} from "./worker.js";
import type {RunSmpOptions, SmpResult} from "./ktab/smp.js";
import {smpControl, stopSmpHelpers} from "./smp-team.js";
import {unpackSmpResult} from "./smp-result-transfer.js";
import type {SmpScenario} from "./ktab/scenario.js";

/** Options for {@link runScenario}. */
export interface RunScenarioOptions extends MonteCarloOptions {
  /** Worker threads. Defaults to the machine's available parallelism, at most 8. */
  workers?: number;
  /** Runs per chunk. Defaults to runs / (workers × 8), at least 25. Does not change the result. */
  chunkSize?: number;
}

/** A set of started workers that can run several scenarios before being closed. */
export interface ScenarioPool {
  readonly size: number;
  run(scenario: Scenario, options?: Omit<RunScenarioOptions, "workers">): Promise<MonteCarloResult>;
  /** The Sobol' sensitivity analysis of a scenario on the pool's workers (same indices as `sensitivitySync`). */
  sensitivity(scenario: Scenario, options?: SensitivityOptions): Promise<SensitivityResult>;
  /** KTAB's SMP with each turn's per-actor work on the pool's workers: the same result as `runSmp`, to the bit. */
  smp(scenario: SmpScenario, options?: RunSmpOptions): Promise<SmpResult>;
  close(): Promise<void>;
}

/** Starts `workers` worker threads (default: available parallelism, at most 8). Close it when done. */
export function createScenarioPool({workers}: {workers?: number} = {}): ScenarioPool {
  const size = Math.max(1, Math.floor(workers ?? Math.min(8, availableParallelism())));
  const threads = Array.from({length: size}, () => spawnWorker(import.meta.url, "./worker"));
  let busy = false;
  let closing = false;
  // a worker that ended (killed, out of memory) leaves the pool unable to run anything: say so at the next call
  let lost: string | undefined;
  threads.forEach((worker, k) =>
    worker.once("exit", (code) => {
      if (!closing) lost ??= `its worker ${k + 1} of ${size} exited (code ${code})`;
    })
  );
  // one job at a time: the workers' message handlers serve one dispatch
  const exclusive = async <T>(what: string, job: () => Promise<T>): Promise<T> => {
    if (lost) throw new Error(`ScenarioPool.${what}: the pool cannot run: ${lost}; start a new pool`);
    if (busy) throw new Error(`ScenarioPool.${what}: the pool is already running a scenario`);
    busy = true;
    try {
      return await job();
    } finally {
      busy = false;
    }
  };
  return {
    size,
    run: (scenario, options = {}) => exclusive("run", () => runOnThreads(threads, scenario, options)),
    sensitivity: (scenario, options = {}) =>
      exclusive("sensitivity", () => sensitivityOnThreads(threads, scenario, options)),
    smp: (scenario, options = {}) => exclusive("smp", () => smpOnThreads(threads, scenario, options)),
    async close() {
      closing = true;
      await Promise.all(threads.map((w) => w.terminate()));
    }
  };
}

/**
 * Runs a scenario's Monte Carlo on worker threads and returns the same result as {@link runScenarioSync}.
 * @example
 * ```ts
 * const result = await runScenario(scenario, {runs: 2000, workers: 2, onProgress: (done, total) => bar.update(done / total)});
 * ```
 */
export async function runScenario(scenario: Scenario, options: RunScenarioOptions = {}): Promise<MonteCarloResult> {
  const pool = createScenarioPool({workers: options.workers});
  try {
    return await pool.run(scenario, options);
  } finally {
    await pool.close();
  }
}

async function runOnThreads(
  threads: readonly Worker[],
  scenario: Scenario,
  options: Omit<RunScenarioOptions, "workers">
): Promise<MonteCarloResult> {
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? scenario.runs;
  const steps = scenario.horizon + 1;
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? Math.max(25, Math.ceil(runs / (threads.length * 8)))));
  const arms = armsOf(scenario, options.against);
  assertFits(scenario, runs);
  const buffer = new SharedArrayBuffer(recordCount(scenario, runs) * Float64Array.BYTES_PER_ELEMENT);
  const records = new Float64Array(buffer);
  // Phase 1: chunks of runs write their records into the shared buffer at their run offset.
  const chunks: Task[] = [];
  for (let from = 0, id = 0; from < runs; from += chunkSize, ++id) {
    chunks.push({kind: "runs", id, arms, buffer, seed, from, to: Math.min(runs, from + chunkSize)});
  }
  let done = 0;
  await dispatch(threads, chunks, (result) => {
    if (result.kind !== "runs") return;
    done += result.to - result.from;
    options.onProgress?.(done, runs);
  });
  // Phase 2: ranges of steps become bands in parallel; concatenated in step order they equal summarize()'s.
  const ranges: Task[] = [];
  const per = Math.max(1, Math.ceil(steps / (threads.length * 2)));
  for (let from = 0, id = 0; from < steps && runs > 0; from += per, ++id) {
    ranges.push({
      kind: "steps",
      id,
      scenario: {vectors: scenario.vectors, horizon: scenario.horizon, startYear: scenario.startYear},
      buffer,
      runs,
      from,
      to: Math.min(steps, from + per)
    });
  }
  const parts: StepSummary[] = [];
  await dispatch(threads, ranges, (result) => {
    if (result.kind === "steps") parts[result.id] = result;
  });
  return assemble(arms, records, {seed, runs, rows: options.rows}, parts);
}

/**
 * Runs KTAB's SMP with every turn's per-actor work (best challenges, the bargains' values, the
 * coalitions of every election) split over worker threads; identical to {@link runSmp}'s result.
 * @example
 * ```ts
 * const result = await runSmpOnWorkers(scenario, {workers: 2});
 * ```
 */
export async function runSmpOnWorkers(
  scenario: SmpScenario,
  options: RunSmpOptions & {workers?: number} = {}
): Promise<SmpResult> {
  const {workers, ...rest} = options;
  const pool = createScenarioPool({workers});
  try {
    return await pool.smp(scenario, rest);
  } finally {
    await pool.close();
  }
}

/** Numbers the SMP runs of any pool, so that an answer names its run. */
let smpRunId = 0;

/**
 * The SMP on a team of the pool's threads (smp-team.ts): the first runs the turns and takes ranges of each work,
 * the others help with the ranges; this thread only starts the run and waits for its result. Rejects when a thread
 * fails or exits before the run's end (and stops the others' waits). Exported for the test that ends a helper.
 */
export async function smpOnThreads(
  threads: readonly Worker[],
  scenario: SmpScenario,
  options: RunSmpOptions
): Promise<SmpResult> {
  const id = smpRunId++;
  const control = smpControl(threads.length);
  const [leader, ...helpers] = threads;
  const channels = helpers.map(() => new MessageChannel());
  let result: SmpResult | undefined;
  const answered = new Promise<void>((resolve, reject) => {
    let left = threads.length;
    let settled = false;
    const cleanups: (() => void)[] = [];
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      cleanups.forEach((c) => c());
      // the helpers return when the leader stops them; if the leader failed, stop them here
      stopSmpHelpers(control);
      if (error) reject(error);
      else resolve();
    };
    threads.forEach((worker, k) => {
      const onMessage = (answer: TaskResult) => {
        if (answer.id !== id) return;
        if (answer.kind === "error") return finish(new Error(`SMP worker failed: ${answer.error}`));
        if (answer.kind === "smp-result") result = unpackSmpResult(answer.result);
        if (--left === 0) finish();
      };
      const onExit = (code: number) =>
        finish(
          new Error(
            `SMP: worker ${k + 1} of ${threads.length} (${k === 0 ? "the leader" : "a helper"}) exited (code ${code}) before the run's end`
          )
        );
      worker.on("message", onMessage);
      worker.on("error", finish);
      worker.on("exit", onExit);
      cleanups.push(() => {
        worker.off("message", onMessage);
        worker.off("error", finish);
        worker.off("exit", onExit);
      });
    });
  });
  helpers.forEach((worker, h) => {
    const port = channels[h]!.port2;
    worker.postMessage({kind: "smp-help", id, control, port} satisfies Task, [port]);
  });
  const ports = channels.map((c) => c.port1);
  leader!.postMessage({kind: "smp-run", id, scenario, options, control, ports} satisfies Task, ports);
  await answered;
  if (!result) throw new Error("SMP: the leading worker answered without a result");
  return result;
}

/** Options for the sensitivity analysis on workers. */
export interface SensitivityOptions {
  samples?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Runs the sensitivity analysis of a scenario on a temporary pool. */
export async function runSensitivity(
  scenario: Scenario,
  options: SensitivityOptions & {workers?: number} = {}
): Promise<SensitivityResult> {
  const pool = createScenarioPool({workers: options.workers});
  try {
    return await pool.sensitivity(scenario, options);
  } finally {
    await pool.close();
  }
}

async function sensitivityOnThreads(
  threads: readonly Worker[],
  scenario: Scenario,
  options: SensitivityOptions
): Promise<SensitivityResult> {
  const plan = sensitivityPlan(scenario, options);
  const total = evaluationCount(plan);
  const per = sensitivityOutputs(scenario.vectors).length;
  const buffer = new SharedArrayBuffer(total * per * Float64Array.BYTES_PER_ELEMENT);
  const size = Math.max(16, Math.ceil(total / (threads.length * 8)));
  const tasks: Task[] = [];
  for (let from = 0, id = 0; from < total; from += size, ++id)
    tasks.push({kind: "sensitivity", id, scenario, plan, buffer, from, to: Math.min(total, from + size)});
  let done = 0;
  await dispatch(threads, tasks, (result) => {
    if (result.kind !== "sensitivity") return;
    done += result.to - result.from;
    options.onProgress?.(done, total);
  });
  return sobolIndices(scenario, plan, new Float64Array(buffer));
}

/** Hands tasks to free workers until all are done; rejects on the first error. */
function dispatch(
  threads: readonly Worker[],
  tasks: readonly Task[],
  onResult: (result: TaskResult) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = tasks.length;
    let failed = false;
    const cleanups: (() => void)[] = [];
    const finish = (error?: Error) => {
      cleanups.forEach((c) => c());
      if (error) reject(error);
      else resolve();
    };
    if (pending === 0) return finish();
    const send = (worker: Worker) => {
      const task = tasks[next++];
      if (task) worker.postMessage(task);
    };
    for (const worker of threads) {
      const onMessage = (result: TaskResult) => {
        if (failed) return;
        if (result.kind === "error") {
          failed = true;
          return finish(new Error(`Monte Carlo worker failed on task ${result.id}: ${result.error}`));
        }
        onResult(result);
        if (--pending === 0) return finish();
        send(worker);
      };
      const onError = (error: Error) => {
        if (failed) return;
        failed = true;
        finish(error);
      };
      const onExit = (code: number) =>
        onError(new Error(`Monte Carlo worker exited (code ${code}) before its tasks were done`));
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      cleanups.push(() => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      });
    }
    for (const worker of threads) send(worker);
  });
}
