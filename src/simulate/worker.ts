/**
 * Worker thread entry. Four kinds of task, all computed with the same pure functions the main thread uses:
 * `runs` simulates a chunk of runs in both arms and writes their records into the shared buffer at their run offset;
 * `sensitivity` evaluates a range of the sensitivity design's evaluations into the shared outputs;
 * `steps` computes the quantile bands and dominance of a range of steps from the shared records;
 * `smp` computes a range of the items of one parallel step of a KTAB SMP turn (see ktab/smp-work.ts).
 * Started by worker-pool.ts.
 *
 * @module
 */
import {parentPort} from "node:worker_threads";
import type {Scenario} from "../domain/index.js";
import {recordWidth} from "./indicators.js";
import {evaluateSensitivity, sensitivityOutputs, type SensitivityPlan} from "./sensitivity.js";
import {ARMS, simulateRuns, summarizeSteps, type StepSummary} from "./monte-carlo.js";
import {jointWork, performSmpWork, type SimpleWork} from "./ktab/smp-work.js";
import {SharedArrayTable, type FreshBuffers, type PackedArrays} from "./shared-arrays.js";

/** A task for a worker; `buffer` holds the records of all runs (run-major, see simulateRuns). */
export type Task =
  | SensitivityTask
  | SmpTask
  | SmpEnd
  | {
      readonly kind: "runs";
      readonly id: number;
      readonly arms: readonly [Scenario, Scenario];
      readonly buffer: SharedArrayBuffer;
      readonly seed: number;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly kind: "steps";
      readonly id: number;
      readonly scenario: Pick<Scenario, "vectors" | "horizon" | "startYear">;
      readonly buffer: SharedArrayBuffer;
      readonly runs: number;
      readonly from: number;
      readonly to: number;
    };

export type SensitivityTask = {
  readonly kind: "sensitivity";
  readonly id: number;
  readonly scenario: Scenario;
  readonly plan: SensitivityPlan;
  readonly buffer: SharedArrayBuffer;
  readonly from: number;
  readonly to: number;
};

/**
 * One parallel step of an SMP turn, sent once to each worker: the workers take its `count` ranges of items in turn
 * (`ranges[2k]`, `ranges[2k+1]`) by counting `next` up atomically, until none is left, then answer once.
 * Its arrays, the ranges and the counter live on SharedArrayBuffers, sent to each worker once per run
 * (`buffers`: those this worker has not had yet) and named by number (see shared-arrays.ts): `work` holds the
 * parts of the work (one, or those of a joint work), `control` holds `ranges` and `next`.
 */
export type SmpTask = {
  readonly kind: "smp";
  readonly id: number;
  readonly buffers: FreshBuffers;
  readonly work: readonly PackedArrays[];
  readonly control: PackedArrays;
  readonly count: number;
};

/** The end of an SMP run: the worker forgets the run's buffers. Not answered. */
export type SmpEnd = {readonly kind: "smp-end"; readonly id: number};

/** What a worker answers: the task id and, for steps, the bands and dominance rows. */
export type TaskResult =
  | {readonly kind: "runs" | "sensitivity" | "smp"; readonly id: number; readonly from: number; readonly to: number}
  | ({readonly kind: "steps"; readonly id: number} & StepSummary)
  | {readonly kind: "error"; readonly id: number; readonly error: string};

/** This worker's shared buffers of the current SMP run. */
const smpBuffers = new SharedArrayTable();

/** Computes one task (`smp-end` has no answer). Exported for tests; the worker calls it on each message. */
export function perform(task: Task): TaskResult | undefined {
  if (task.kind === "smp-end") {
    smpBuffers.clear();
    return undefined;
  }
  if (task.kind === "smp") {
    smpBuffers.add(task.buffers);
    const work = jointWork(task.work.map((part) => smpBuffers.unpack<SimpleWork>(part)));
    const {ranges, next} = smpBuffers.unpack<{ranges: Int32Array; next: Int32Array}>(task.control);
    const count = task.count;
    let done = 0;
    for (let k = Atomics.add(next, 0, 1); k < count; k = Atomics.add(next, 0, 1), done++)
      performSmpWork(work, ranges[2 * k]!, ranges[2 * k + 1]!);
    // from/to: how many ranges this worker took, of how many
    return {kind: "smp", id: task.id, from: done, to: count};
  }
  const records = new Float64Array(task.buffer);
  if (task.kind === "sensitivity") {
    const per = sensitivityOutputs(task.scenario.vectors).length;
    evaluateSensitivity(task.scenario, task.plan, task, records.subarray(task.from * per, task.to * per));
    return {kind: "sensitivity", id: task.id, from: task.from, to: task.to};
  }
  if (task.kind === "runs") {
    const [first] = task.arms;
    const stride = ARMS * (first.horizon + 1) * recordWidth(first.vectors.length);
    records.set(simulateRuns(task.arms, task), task.from * stride);
    return {kind: "runs", id: task.id, from: task.from, to: task.to};
  }
  return {kind: "steps", id: task.id, ...summarizeSteps(task.scenario, records, task)};
}

if (parentPort) {
  const port = parentPort;
  port.on("message", (task: Task) => {
    try {
      const result = perform(task);
      if (result) port.postMessage(result);
    } catch (error) {
      port.postMessage({
        kind: "error",
        id: task.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error)
      });
    }
  });
}
