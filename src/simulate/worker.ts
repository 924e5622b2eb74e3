/**
 * Worker thread entry: computes chunks of Monte Carlo runs with the same pure {@link simulateRuns} the main thread
 * uses, and sends the records back as a transferred buffer. Started by worker-pool.ts.
 *
 * @module
 */
import {parentPort} from "node:worker_threads";
import type {Scenario} from "../domain/index.js";
import {simulateRuns} from "./monte-carlo.js";

/** A chunk of runs to compute. */
export interface ChunkRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

/** The records of a chunk, or the error that stopped it. */
export type ChunkResponse =
  | {readonly id: number; readonly from: number; readonly to: number; readonly records: Float64Array}
  | {readonly id: number; readonly error: string};

if (!parentPort) throw new Error("worker.ts must run in a worker thread");
const port = parentPort;
port.on("message", (request: ChunkRequest) => {
  try {
    const records = simulateRuns(request.scenario, request);
    const response: ChunkResponse = {id: request.id, from: request.from, to: request.to, records};
    port.postMessage(response, [records.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
  }
});
