/**
 * A measure worker thread: computes the structural measures (balance, influence) off the server's request
 * thread. It keeps the inputs it was sent (the focal state's ties, indexed) and the panels it computed, and
 * answers each query from its panel ({@link fromPanel}) with the body as JSON text, ready to send.
 *
 * @module
 */
import {parentPort} from "node:worker_threads";
import {IssueError} from "../domain/index.js";
import {entityTag} from "./hash.js";
import {indexTies, type MeasureResult, type MembershipSpan, type Tie} from "../measure/index.js";
import {
  computeStructural,
  exactQuery,
  fromPanel,
  measureJson,
  output,
  panelKey,
  type StructuralInputs,
  type StructuralMeasure
} from "./measure-panel.js";
import type {MeasureQuery} from "./measures.js";

/** A task sent to a measure worker. */
export interface MeasureTask {
  id: number;
  name: StructuralMeasure;
  query: MeasureQuery;
  /** The period of the panel (holds the query's). */
  period: {from: number; to: number};
  /** Identifies the inputs (store version, focal state, vectors, period). */
  dataKey: string;
  /** The inputs, when the worker does not hold them yet. */
  data?: {ties: Tie[]; memberships: MembershipSpan[]};
  /** The panel, computed by another worker, when this one does not hold it. */
  panel?: MeasureResult;
  /** Send the panel back with the answer (for the other workers). */
  returnPanel?: boolean;
  names: Record<string, string>;
}

/** A worker's answer: the JSON body, or the inputs it lacks, or an error (issues for bad queries). */
export type MeasureReply =
  | {id: number; body: Uint8Array; etag: string; panel?: MeasureResult}
  | {id: number; missing: true}
  | {id: number; error: string; issues?: IssueError["issues"]};

const MAX_INPUTS = 4;
const MAX_PANELS = 8;
const inputs = new Map<string, StructuralInputs>();
const panels = new Map<string, MeasureResult>();

/** Least recently used first: `get` moves a key to the end, `put` drops from the front past `max`. */
function lru<T>(map: Map<string, T>, key: string, make?: () => T, max = Infinity): T | undefined {
  let v = map.get(key);
  if (v !== undefined) {
    map.delete(key);
    map.set(key, v);
    return v;
  }
  if (!make) return undefined;
  v = make();
  map.set(key, v);
  for (const k of map.keys()) {
    if (map.size <= max) break;
    map.delete(k);
  }
  return v;
}

function run(task: MeasureTask): MeasureReply {
  const data = task.data
    ? lru(
        inputs,
        task.dataKey,
        () => ({index: indexTies(task.data!.ties), memberships: task.data!.memberships}),
        MAX_INPUTS
      )
    : lru(inputs, task.dataKey);
  if (!data) return {id: task.id, missing: true};
  const q = task.query;
  const panel = lru(
    panels,
    `${task.dataKey} ${panelKey(task.name, q, task.period)}`,
    () => task.panel ?? computeStructural(task.name, data, {...q, ...task.period}),
    MAX_PANELS
  )!;
  const exact = computeStructural(task.name, data, exactQuery(q));
  const out = {...output(task.name, q, fromPanel(panel, exact, q)), names: task.names};
  // The answer's bytes and tag are made here: the request thread only sends them.
  const body = new TextEncoder().encode(JSON.stringify(measureJson(out)));
  return {id: task.id, body, etag: entityTag(body), ...(task.returnPanel ? {panel} : {})};
}

parentPort?.on("message", (task: MeasureTask) => {
  let reply: MeasureReply;
  try {
    reply = run(task);
  } catch (e) {
    reply =
      e instanceof IssueError
        ? {id: task.id, error: e.message, issues: e.issues}
        : {id: task.id, error: e instanceof Error ? e.message : String(e)};
  }
  parentPort!.postMessage(reply, "body" in reply ? [reply.body.buffer as ArrayBuffer] : []);
});
