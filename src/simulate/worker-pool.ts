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
import type {Worker} from "node:worker_threads";
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
import type {SmpTask, Task, TaskResult} from "./worker.js";
import {SharedArraySender} from "./shared-arrays.js";
import {itemCost, performSmpWork, type SmpWork} from "./ktab/smp-work.js";
import {smpSteps, type RunSmpOptions, type SmpResult} from "./ktab/smp.js";
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
  // one job at a time: the workers' message handlers serve one dispatch
  const exclusive = async <T>(what: string, job: () => Promise<T>): Promise<T> => {
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

/**
 * Work below this many inner-loop iterations (~0.2 ms) is done on the calling thread: handing it to the workers
 * costs a round trip of messages and a wait for the slower worker, about as much as the work itself. At a160 this
 * keeps each turn's distances (179k) and risk attitudes (123k–133k, 0.17–0.19 ms each) here: 5 dispatched works
 * per turn instead of 7.
 */
const SMP_INLINE_COST = 200_000;
/** Smallest range worth handing to a worker. */
const SMP_MIN_RANGE_COST = 50_000;
/** Most ranges per worker in one work (they cost no message: the workers take them from a shared counter). */
const SMP_RANGES_PER_WORKER = 8;

async function smpOnThreads(
  threads: readonly Worker[],
  scenario: SmpScenario,
  options: RunSmpOptions
): Promise<SmpResult> {
  const steps = smpSteps(scenario, options, (bytes) => new SharedArrayBuffer(bytes));
  // the counter the workers take ranges with (reset before each work) and the ranges, allocated once per run
  const next = new Int32Array(new SharedArrayBuffer(4));
  const ranges = new Int32Array(new SharedArrayBuffer(4 * 2 * SMP_RANGES_PER_WORKER * threads.length));
  // each buffer goes to each worker once; a work's message names its arrays by number
  const sender = new SharedArraySender(threads.length);
  const answers = smpAnswers(threads);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      const work = step.value;
      const parts = work.kind === "joint" ? work.parts : [work];
      for (const part of parts) {
        const out = "out" in part ? part.out : part.kind === "distances" ? part.vDiff : part.rhi;
        if (!(out.buffer instanceof SharedArrayBuffer)) throw new Error("SMP work must write to shared memory");
      }
      const split = splitWork(work, threads.length);
      if (split.length < 2) {
        performSmpWork(work, 0, work.count);
        continue;
      }
      // One message to each worker (not one per range): the workers take the ranges in turn from the shared
      // counter, so a worker that finishes early takes the next one, and each answers once per work.
      split.forEach(([from, to], k) => ((ranges[2 * k] = from), (ranges[2 * k + 1] = to)));
      Atomics.store(next, 0, 0);
      const packed = parts.map((part) => sender.pack(part));
      const control = sender.pack({ranges, next});
      const busy = Math.min(threads.length, split.length);
      const id = smpWorkId++;
      const done = answers.expect(id, busy);
      for (let w = 0; w < busy; w++) {
        const task: SmpTask = {kind: "smp", id, buffers: sender.fresh(w), work: packed, control, count: split.length};
        threads[w]!.postMessage(task);
      }
      await done;
    }
  } finally {
    answers.close();
    // the workers let go of this run's buffers
    for (const worker of threads) worker.postMessage({kind: "smp-end", id: -1} satisfies Task);
  }
}

/** Numbers the SMP works sent to any pool, so that an answer names its work. */
let smpWorkId = 0;

/**
 * The workers' answers during an SMP run, listened to once for the whole run (not once per work):
 * `expect(n)` resolves when n answers have come, or rejects on the first error.
 */
function smpAnswers(threads: readonly Worker[]): {expect(id: number, n: number): Promise<void>; close(): void} {
  let current = -1;
  let left = 0;
  let settle: {resolve: () => void; reject: (error: Error) => void} | undefined;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    settle?.reject(failure);
    settle = undefined;
  };
  const onMessage = (result: TaskResult) => {
    if (result.kind === "error") return fail(new Error(`SMP worker failed on work ${result.id}: ${result.error}`));
    if (result.id !== current) return; // a late answer to a run that failed
    if (--left === 0 && settle) {
      settle.resolve();
      settle = undefined;
    }
  };
  for (const worker of threads) {
    worker.on("message", onMessage);
    worker.on("error", fail);
  }
  return {
    expect(id, n) {
      return new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        current = id;
        left = n;
        settle = {resolve, reject};
      });
    },
    close() {
      for (const worker of threads) {
        worker.off("message", onMessage);
        worker.off("error", fail);
      }
    }
  };
}

/**
 * Splits a work's items into consecutive ranges of about equal cost: up to eight per worker (the
 * free workers take the next range, which evens out the error of the cost estimate), none below
 * SMP_MIN_RANGE_COST; one range when the whole work is below SMP_INLINE_COST.
 */
export function splitWork(work: SmpWork, workers: number): [number, number][] {
  let total = 0;
  for (let i = 0; i < work.count; i++) total += itemCost(work, i);
  if (total < SMP_INLINE_COST || workers < 1) return [[0, work.count]];
  // a multiple of the workers, so that equal ranges end together; up to eight per worker (they cost no message:
  // the workers take them from a shared counter, and the last ones even out the error of the cost estimate)
  const most = Math.min(SMP_RANGES_PER_WORKER * workers, Math.floor(total / SMP_MIN_RANGE_COST), work.count);
  const parts = Math.max(1, most >= workers ? most - (most % workers) : most);
  const ranges: [number, number][] = [];
  let from = 0;
  let acc = 0;
  for (let i = 0; i < work.count; i++) {
    acc += itemCost(work, i);
    if (acc >= (total * (ranges.length + 1)) / parts && i + 1 < work.count) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  ranges.push([from, work.count]);
  return ranges;
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
      worker.on("message", onMessage);
      worker.on("error", onError);
      cleanups.push(() => {
        worker.off("message", onMessage);
        worker.off("error", onError);
      });
    }
    for (const worker of threads) send(worker);
  });
}
