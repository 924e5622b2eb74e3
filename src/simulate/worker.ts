/**
 * Worker thread entry. Two kinds of task, both computed with the same pure functions the main thread uses:
 * `runs` simulates a chunk of runs and writes their records into the shared buffer at their run offset;
 * `steps` computes the quantile bands and dominance of a range of steps from the shared records.
 * Started by worker-pool.ts.
 *
 * @module
 */
import {parentPort} from "node:worker_threads";
import type {Scenario} from "../domain/index.js";
import {recordWidth} from "./indicators.js";
import {simulateRuns, summarizeSteps, type Band, type DominantRow} from "./monte-carlo.js";

/** A task for a worker; `buffer` holds the records of all runs (run-major, see simulateRuns). */
export type Task =
  | {
      readonly kind: "runs";
      readonly id: number;
      readonly scenario: Scenario;
      readonly buffer: SharedArrayBuffer;
      readonly seed: number;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly kind: "steps";
      readonly id: number;
      readonly scenario: Scenario;
      readonly buffer: SharedArrayBuffer;
      readonly runs: number;
      readonly from: number;
      readonly to: number;
    };

/** What a worker answers: the task id and, for steps, the bands and dominance rows. */
export type TaskResult =
  | {readonly kind: "runs"; readonly id: number; readonly from: number; readonly to: number}
  | {readonly kind: "steps"; readonly id: number; readonly bands: Band[]; readonly dominant: DominantRow[]}
  | {readonly kind: "error"; readonly id: number; readonly error: string};

/** Computes one task. Exported for tests; the worker calls it on each message. */
export function perform(task: Task): TaskResult {
  const records = new Float64Array(task.buffer);
  if (task.kind === "runs") {
    const stride = (task.scenario.horizon + 1) * recordWidth(task.scenario.vectors.length);
    records.set(simulateRuns(task.scenario, task), task.from * stride);
    return {kind: "runs", id: task.id, from: task.from, to: task.to};
  }
  return {kind: "steps", id: task.id, ...summarizeSteps(task.scenario, records, task)};
}

if (parentPort) {
  const port = parentPort;
  port.on("message", (task: Task) => {
    try {
      port.postMessage(perform(task));
    } catch (error) {
      port.postMessage({
        kind: "error",
        id: task.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error)
      });
    }
  });
}
