/**
 * Worker thread entry. Four kinds of task, all computed with the same pure functions the main thread uses:
 * `runs` simulates a chunk of runs in both arms and writes their records into the shared buffer at their run offset;
 * `sensitivity` evaluates a range of the sensitivity design's evaluations into the shared outputs;
 * `steps` computes the quantile bands and dominance of a range of steps from the shared records;
 * `smp-run` leads a KTAB SMP run and `smp-help` helps with its parallel works (see smp-team.ts).
 * Started by worker-pool.ts.
 *
 * @module
 */
import {parentPort, type MessagePort} from "node:worker_threads";
import type {Scenario} from "../domain/index.js";
import {recordWidth} from "./indicators.js";
import {evaluateSensitivity, sensitivityOutputs, type SensitivityPlan} from "./sensitivity.js";
import {ARMS, simulateRuns, summarizeSteps, type StepSummary} from "./monte-carlo.js";
import type {RunSmpOptions} from "./ktab/smp.js";
import type {SmpScenario} from "./ktab/scenario.js";
import {helpSmp, leadSmp} from "./smp-team.js";
import {packSmpResult, type PackedSmpResult} from "./smp-result-transfer.js";

/** A task for a worker; `buffer` holds the records of all runs (run-major, see simulateRuns). */
export type Task =
  | SensitivityTask
  | SmpRunTask
  | SmpHelpTask
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
 * An SMP run on a team of workers (smp-team.ts): `smp-run` goes to the leader, which runs the turns and hands each
 * parallel work to the helpers over `ports`; `smp-help` to each helper, with the other end of its port. Both share
 * the `control` array. The leader answers with the result, each helper when the run ends.
 */
export type SmpRunTask = {
  readonly kind: "smp-run";
  readonly id: number;
  readonly scenario: SmpScenario;
  readonly options: RunSmpOptions;
  readonly control: SharedArrayBuffer;
  readonly ports: readonly MessagePort[];
};
export type SmpHelpTask = {
  readonly kind: "smp-help";
  readonly id: number;
  readonly control: SharedArrayBuffer;
  readonly port: MessagePort;
};

/** What a worker answers: the task id and, for steps, the bands and dominance rows. */
export type TaskResult =
  | {readonly kind: "runs" | "sensitivity" | "smp"; readonly id: number; readonly from: number; readonly to: number}
  | {readonly kind: "smp-result"; readonly id: number; readonly result: PackedSmpResult}
  | ({readonly kind: "steps"; readonly id: number} & StepSummary)
  | {readonly kind: "error"; readonly id: number; readonly error: string};

/** Computes one task. Exported for tests; the worker calls it on each message. */
export function perform(task: Task): TaskResult {
  if (task.kind === "smp-run") {
    try {
      const result = leadSmp(task.scenario, task.options, task.control, task.ports);
      return {kind: "smp-result", id: task.id, result: packSmpResult(result)};
    } finally {
      for (const port of task.ports) port.close();
    }
  }
  if (task.kind === "smp-help") {
    helpSmp(task.control, task.port);
    task.port.close();
    return {kind: "smp", id: task.id, from: 0, to: 0};
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
