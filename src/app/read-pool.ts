/**
 * Reading documents on worker threads: the CPU part of an ingest (the reader and the coder) runs on both cores
 * while the calling thread writes to the store (CLI) or keeps answering requests (server). Each worker builds
 * the reading context (coder, gazetteer) once per context; documents wait in one queue, in order, and a worker
 * takes the next one when it has fewer than two in hand (so that a long document does not hold up the short
 * ones queued behind it on the same worker). The result is the reader's own (`readDocument`), so what is
 * stored does not depend on where it was read.
 *
 * @module
 */
import {availableParallelism} from "node:os";
import type {Worker} from "node:worker_threads";
import {spawnWorker} from "../simulate/spawn-worker.js";
import {threadCpuOf} from "./thread-cpu.js";
import type {ReadOptions} from "../read/index.js";
import type {Result} from "../domain/index.js";
import type {ReadingInputs, ReadMessage, StoredReading} from "./read-worker.js";

/** A pool of reader workers. */
export interface ReadPool {
  /** Reader threads started (those added included). */
  readonly size: number;
  /** Starts one more reader thread: it takes the next documents queued (and is sent their context first). */
  add(): void;
  /**
   * Reads one document on a worker with the reading context made of `inputs` (built once per worker); answers the
   * parts of the reading that are stored.
   */
  read(
    text: string,
    options: Omit<ReadOptions, "coder" | "aliases">,
    inputs: ReadingInputs
  ): Promise<Result<StoredReading>>;
  /** Has every worker build the context of `inputs` now (before the first document arrives). */
  warm(inputs: ReadingInputs): void;
  /** Documents being read or waiting. */
  pending(): number;
  /**
   * Resolves once every thread has said its thread id in the operating system (or that it has none, or has
   * stopped): from then on {@link cpu} reads each thread's CPU time as it is now. A pool started a while ago has
   * said it, but the message may still wait in this thread's queue.
   */
  known(): Promise<void>;
  /**
   * Each worker's CPU time so far (ms on a CPU, ms runnable but waiting for one): read now where the thread's id is
   * known (Linux), otherwise as of its last answer.
   */
  cpu(): {cpuMs: number; waitMs: number}[];
  close(): Promise<void>;
}

interface Task {
  id: number;
  ctx: number;
  inputs: ReadingInputs;
  text: string;
  options: Omit<ReadOptions, "coder" | "aliases">;
  resolve: (r: Result<StoredReading>) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Contexts sent to this worker, oldest first (the worker keeps the last 4, in the same order). */
  contexts: number[];
  tasks: Map<number, Task>;
  /** CPU time of this slot's workers (a replaced worker's included). */
  cpu: {cpuMs: number; waitMs: number};
  base: {cpuMs: number; waitMs: number};
  /** The worker's thread id in the operating system, once it has said it. */
  tid?: number;
  /** Resolved once the worker has said its thread id (or stopped). */
  said: Promise<void>;
  say: () => void;
}

/** Documents a worker holds at once (one being read, one waiting in its message queue). */
const IN_HAND = 2;

/**
 * Reader threads by default: one per core but one (the calling thread writes, and V8 compiles each thread's code
 * on background threads), at least one, at most 4.
 */
export function defaultReaderThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Starts `workers` reader threads (default: {@link defaultReaderThreads}). Close it when done. */
export function createReadPool({workers}: {workers?: number} = {}): ReadPool {
  const size = Math.max(1, Math.floor(workers ?? defaultReaderThreads()));
  const ids = new WeakMap<ReadingInputs, number>();
  const queue: Task[] = [];
  let nextCtx = 1;
  let nextId = 1;
  let closed = false;
  const ctxOf = (inputs: ReadingInputs): number => {
    let ctx = ids.get(inputs);
    if (ctx === undefined) ids.set(inputs, (ctx = nextCtx++));
    return ctx;
  };
  const sendContext = (t: Thread, ctx: number, inputs: ReadingInputs) => {
    if (t.contexts.includes(ctx)) return;
    t.worker.postMessage({type: "context", ctx, inputs} satisfies ReadMessage);
    t.contexts.push(ctx);
    if (t.contexts.length > 4) t.contexts.shift();
  };
  /** Hands queued documents to workers with room, the least busy first. */
  const feed = () => {
    while (queue.length > 0) {
      const t = threads.reduce((best, x) => (x.tasks.size < best.tasks.size ? x : best));
      if (t.tasks.size >= IN_HAND) return;
      const task = queue.shift()!;
      sendContext(t, task.ctx, task.inputs);
      t.tasks.set(task.id, task);
      t.worker.postMessage({
        type: "read",
        id: task.id,
        ctx: task.ctx,
        text: task.text,
        options: task.options
      } satisfies ReadMessage);
    }
  };
  const start = (slot?: Thread): Thread => {
    const t: Thread = slot ?? {
      worker: undefined as unknown as Worker,
      contexts: [],
      tasks: new Map(),
      cpu: {cpuMs: 0, waitMs: 0},
      base: {cpuMs: 0, waitMs: 0},
      said: Promise.resolve(),
      say: () => undefined
    };
    t.said = new Promise((resolve) => (t.say = resolve));
    t.worker = spawnWorker(import.meta.url, "./read-worker-start");
    t.contexts = [];
    t.base = {...t.cpu};
    delete t.tid;
    t.worker.unref();
    const worker = t.worker;
    worker.on(
      "message",
      (m: {
        id: number;
        tid?: number;
        read?: Result<StoredReading>;
        error?: string;
        cpu?: {cpuMs: number; waitMs: number};
      }) => {
        if ("tid" in m) {
          if (t.worker !== worker) return;
          if (m.tid !== undefined) t.tid = m.tid;
          t.say();
          return;
        }
        if (m.cpu) t.cpu = {cpuMs: t.base.cpuMs + m.cpu.cpuMs, waitMs: t.base.waitMs + m.cpu.waitMs};
        const p = t.tasks.get(m.id);
        if (!p) return;
        t.tasks.delete(m.id);
        if (m.read) p.resolve(m.read);
        else p.reject(new Error(`Reader worker: ${m.error}`));
        feed();
      }
    );
    const fail = (e: Error) => {
      if (t.worker !== worker) return;
      t.say();
      for (const p of t.tasks.values()) p.reject(e);
      t.tasks.clear();
      if (!closed) {
        start(t);
        feed();
      }
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`Reader worker exited with code ${code}`)));
    return t;
  };
  const threads: Thread[] = Array.from({length: size}, () => start());
  return {
    get size() {
      return threads.length;
    },
    add() {
      if (closed) return;
      threads.push(start());
      feed();
    },
    read(text, options, inputs) {
      if (closed) return Promise.reject(new Error("ReadPool: closed"));
      return new Promise((resolve, reject) => {
        queue.push({id: nextId++, ctx: ctxOf(inputs), inputs, text, options, resolve, reject});
        feed();
      });
    },
    warm(inputs) {
      const ctx = ctxOf(inputs);
      for (const t of threads) sendContext(t, ctx, inputs);
    },
    pending: () => queue.length + threads.reduce((n, t) => n + t.tasks.size, 0),
    known: async () => {
      await Promise.all(threads.map((t) => t.said));
    },
    cpu: () =>
      threads.map((t) => {
        const now = t.tid !== undefined ? threadCpuOf(t.tid) : undefined;
        if (now) t.cpu = {cpuMs: t.base.cpuMs + now.cpuMs, waitMs: t.base.waitMs + now.waitMs};
        return {...t.cpu};
      }),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error("ReadPool: closed"));
      await Promise.all(threads.map((t) => t.worker.terminate()));
    }
  };
}
