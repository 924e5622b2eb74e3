/**
 * Measures off the request thread: a small pool of worker threads computes the structural measures
 * (balance, influence), with a bounded queue (a {@link BusyError} when it is full), one computation for
 * identical queries in flight, the inputs of a focal state read once per store version, and each query
 * answered from a panel computed once per focal state, vectors and settings (see measure-panel.ts). The
 * other measures (alignment, relations) run as before on the caller's thread.
 *
 * @module
 */
import {availableParallelism} from "node:os";
import type {Worker} from "node:worker_threads";
import {spawnWorker} from "../simulate/index.js";
import {IssueError} from "../domain/index.js";
import type {MeasureResult, MembershipSpan, Tie} from "../measure/index.js";
import type {Store} from "../store/index.js";
import {entityTag} from "./hash.js";
import {measureJson, panelKey, panelPeriod, STRUCTURAL_MEASURES, type StructuralMeasure} from "./measure-panel.js";
import type {MeasureReply, MeasureTask} from "./measure-worker.js";
import {
  loadMembershipSpans,
  loadTies,
  MEASURE_DEFAULTS,
  namesOf,
  resolveMeasureQuery,
  runMeasure,
  type MeasureName,
  type MeasureQuery,
  type RawMeasureQuery
} from "./measures.js";

/** Limits of the measure pool; documented in docs/reliability.md. */
export const MEASURE_POOL_LIMITS = {
  /** Worker threads (default: one per core, at most 2: the request thread keeps a core's share). */
  workers: Math.max(1, Math.min(2, availableParallelism())),
  /** Queries waiting or running at once; past it a {@link BusyError}. */
  maxQueue: 64,
  /** Seconds a client is told to wait when the queue is full. */
  retryAfterSeconds: 2,
  /** Inputs (ties of one focal state and vectors) kept on the request thread. */
  maxInputs: 8
} as const;

/** The queue is full: try again after `retryAfter` seconds (a 503 with Retry-After in the API). */
export class BusyError extends Error {
  constructor(
    message: string,
    readonly retryAfter: number
  ) {
    super(message);
    this.name = "BusyError";
  }
}

/** Options of {@link createMeasurePool}. */
export interface MeasurePoolOptions {
  workers?: number;
  maxQueue?: number;
  /** The store's version: inputs and panels read under another version are not reused. Default: its write count. */
  version?: () => string;
}

/** A measure's answer: the JSON body's bytes and their entity tag. */
export interface MeasureAnswer {
  body: Uint8Array;
  etag: string;
}

/** A pool of measure workers over one store. */
export interface MeasurePool {
  /** The measure's JSON body (what `measureJson` gives, as UTF-8) and its tag; bad queries throw IssueError. */
  measureBody(name: MeasureName, raw: RawMeasureQuery): Promise<MeasureAnswer>;
  /** Queries waiting or running. */
  pending(): number;
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  /** Inputs and panels this worker holds (by key). */
  has: Set<string>;
  tasks: Map<number, {task: MeasureTask; resolve: (answer: MeasureAnswer) => void; reject: (e: unknown) => void}>;
}

const MAX_PANELS = 8;

/** Starts the pool's workers over `store`. Close it before the store. */
export function createMeasurePool(store: Store, options: MeasurePoolOptions = {}): MeasurePool {
  const size = Math.max(1, Math.floor(options.workers ?? MEASURE_POOL_LIMITS.workers));
  const maxQueue = options.maxQueue ?? MEASURE_POOL_LIMITS.maxQueue;
  const version = options.version ?? (() => store.version());
  const inputs = new Map<string, Promise<{ties: Tie[]; memberships: MembershipSpan[]}>>();
  const inflight = new Map<string, Promise<MeasureAnswer>>();
  const panels = new Map<string, MeasureResult>();
  /** The worker computing a panel that no one holds yet: the panel's other queries wait for it there. */
  const panelHome = new Map<string, Thread>();
  const panelOf = (task: MeasureTask) => `${task.dataKey} ${panelKey(task.name, task.query, task.period)}`;
  let nextId = 1;
  let closed = false;
  let waiting = 0;

  const start = (): Thread => {
    const t: Thread = {worker: spawnWorker(import.meta.url, "./measure-worker"), has: new Set(), tasks: new Map()};
    t.worker.unref();
    t.worker.on("message", (reply: MeasureReply) => {
      const pending = t.tasks.get(reply.id);
      if (!pending) return;
      if ("missing" in reply) {
        // The worker dropped these inputs: send them again.
        t.has.delete(pending.task.dataKey);
        void inputs
          .get(pending.task.dataKey)
          ?.then((data) => {
            t.has.add(pending.task.dataKey);
            t.worker.postMessage({...pending.task, data});
          })
          .catch(pending.reject);
        return;
      }
      t.tasks.delete(reply.id);
      if ("body" in reply && reply.panel) {
        // A panel computed once is handed to the other workers with their next task, not computed again.
        const key = panelOf(pending.task);
        panels.set(key, reply.panel);
        for (const k of panels.keys()) {
          if (panels.size <= MAX_PANELS) break;
          panels.delete(k);
        }
        panelHome.delete(key);
      }
      if ("body" in reply) pending.resolve({body: reply.body, etag: reply.etag});
      else if (reply.issues) pending.reject(new IssueError(reply.issues));
      else pending.reject(new Error(`Measure worker: ${reply.error}`));
    });
    // A worker that fails or exits rejects its tasks and is replaced (once).
    const fail = (e: unknown) => {
      for (const p of t.tasks.values()) p.reject(e instanceof Error ? e : new Error(String(e)));
      t.tasks.clear();
      const i = threads.indexOf(t);
      if (!closed && i >= 0) threads[i] = start();
    };
    t.worker.on("error", fail);
    t.worker.on("exit", (code) => fail(new Error(`Measure worker exited with code ${code}`)));
    return t;
  };
  // Started on the first structural query, not before: a server prints its URL first (start-up time).
  const threads: Thread[] = [];
  const ready = () => {
    if (threads.length === 0) for (let i = 0; i < size; i++) threads.push(start());
    return threads;
  };

  const inputsFor = (key: string, load: () => Promise<{ties: Tie[]; memberships: MembershipSpan[]}>) => {
    let p = inputs.get(key);
    if (p) {
      inputs.delete(key);
      inputs.set(key, p);
      return p;
    }
    p = load();
    p.catch(() => inputs.delete(key));
    inputs.set(key, p);
    for (const k of inputs.keys()) {
      if (inputs.size <= MEASURE_POOL_LIMITS.maxInputs) break;
      inputs.delete(k);
    }
    return p;
  };

  // Resolved queries and names by everything but the period: resolving actor codes costs store lookups.
  const resolved = new Map<string, Promise<{q: MeasureQuery; names: Record<string, string>}>>();
  const resolve = (raw: RawMeasureQuery, v: string) => {
    const {from, to, ...rest} = raw;
    const key = JSON.stringify([v, rest]);
    let p = resolved.get(key);
    if (!p) {
      p = resolveMeasureQuery(store, {...rest, from: MEASURE_DEFAULTS.from, to: MEASURE_DEFAULTS.to}).then(
        async (q) => ({q, names: await namesOf(store, q)})
      );
      p.catch(() => resolved.delete(key));
      if (resolved.size >= 256) resolved.clear();
      resolved.set(key, p);
    }
    return p;
  };

  const structural = async (name: StructuralMeasure, raw: RawMeasureQuery): Promise<MeasureAnswer> => {
    const v = version();
    const from = raw.from ?? MEASURE_DEFAULTS.from;
    const to = raw.to ?? MEASURE_DEFAULTS.to;
    // A bad period is reported as the measure reports it.
    if (from > to) await resolveMeasureQuery(store, raw);
    const {q: base, names} = await resolve(raw, v);
    const q: MeasureQuery = {...base, from, to};
    const period = panelPeriod(q, MEASURE_DEFAULTS);
    const dataKey = JSON.stringify([v, q.focal, [...q.vectors].sort(), period.from, period.to]);
    const data = await inputsFor(dataKey, async () => ({
      ties: await loadTies(store, {focal: q.focal, vectors: q.vectors, ...period}),
      memberships: await loadMembershipSpans(store)
    }));
    const task: MeasureTask = {id: nextId++, name, query: q, period, dataKey, names};
    const pk = panelOf(task);
    const shared = panels.get(pk);
    const home = shared ? undefined : panelHome.get(pk);
    // The worker computing this panel, else the least busy one (given the panel when another computed it).
    const thread =
      home && threads.includes(home) ? home : ready().reduce((best, t) => (t.tasks.size < best.tasks.size ? t : best));
    if (!thread.has.has(dataKey)) task.data = data;
    if (shared && !thread.has.has(pk)) task.panel = shared;
    if (!shared && !home) {
      panelHome.set(pk, thread);
      if (size > 1) task.returnPanel = true;
    }
    thread.has.add(dataKey);
    thread.has.add(pk);
    return new Promise<MeasureAnswer>((resolve, reject) => {
      thread.tasks.set(task.id, {task, resolve, reject});
      thread.worker.postMessage(task);
    });
  };

  return {
    async measureBody(name, raw) {
      if (closed) throw new Error("MeasurePool: closed");
      const key = JSON.stringify([name, version(), raw]);
      const same = inflight.get(key);
      if (same) return same;
      if (waiting >= maxQueue)
        throw new BusyError(
          `The server is computing ${waiting} measures (limit maxQueue = ${maxQueue}): try again in ${MEASURE_POOL_LIMITS.retryAfterSeconds} s`,
          MEASURE_POOL_LIMITS.retryAfterSeconds
        );
      waiting++;
      const p = (async () => {
        try {
          // The event dimension reads the store's events (and, to explain, its clusters' documents): it is
          // computed here, not by a worker that holds only the structural inputs.
          const events = raw.dimensions?.split(",").some((d) => d.trim() === "events") ?? false;
          if (!events && (STRUCTURAL_MEASURES as readonly string[]).includes(name))
            return await structural(name as StructuralMeasure, raw);
          const body = new TextEncoder().encode(
            JSON.stringify(measureJson(await runMeasure(store, name, await resolveMeasureQuery(store, raw))))
          );
          return {body, etag: entityTag(body)};
        } finally {
          waiting--;
          inflight.delete(key);
        }
      })();
      inflight.set(key, p);
      return p;
    },
    pending: () => waiting,
    async close() {
      closed = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    }
  };
}
