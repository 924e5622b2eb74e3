/**
 * Reading documents on worker threads: the CPU part of an ingest (the reader and the coder) runs on both cores
 * while the calling thread writes to the store (CLI) or keeps answering requests (server). Each worker builds
 * the reading context (coder, gazetteer) once per context; a document goes to the least busy worker. The
 * result is the reader's own (`readDocument`), so what is stored does not depend on where it was read.
 *
 * @module
 */
import {availableParallelism} from "node:os";
import type {Worker} from "node:worker_threads";
import {spawnWorker} from "../simulate/index.js";
import type {ReadDocument, ReadOptions} from "../read/index.js";
import type {Result} from "../domain/index.js";
import type {ReadingInputs, ReadMessage} from "./read-worker.js";

/** A pool of reader workers. */
export interface ReadPool {
  readonly size: number;
  /** Reads one document on a worker with the reading context made of `inputs` (built once per worker). */
  read(
    text: string,
    options: Omit<ReadOptions, "coder" | "aliases">,
    inputs: ReadingInputs
  ): Promise<Result<ReadDocument>>;
  /** Documents being read or waiting. */
  pending(): number;
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  /** Contexts sent to this worker, oldest first (the worker keeps the last 4, in the same order). */
  contexts: number[];
  tasks: Map<number, {resolve: (r: Result<ReadDocument>) => void; reject: (e: Error) => void}>;
}

/** Starts `workers` reader threads (default: one per core, at most 4). Close it when done. */
export function createReadPool({workers}: {workers?: number} = {}): ReadPool {
  const size = Math.max(1, Math.floor(workers ?? Math.min(4, availableParallelism())));
  const ids = new WeakMap<ReadingInputs, number>();
  let nextCtx = 1;
  let nextId = 1;
  let closed = false;
  const start = (): Thread => {
    const t: Thread = {worker: spawnWorker(import.meta.url, "./read-worker"), contexts: [], tasks: new Map()};
    t.worker.unref();
    t.worker.on("message", (m: {id: number; read?: Result<ReadDocument>; error?: string}) => {
      const p = t.tasks.get(m.id);
      if (!p) return;
      t.tasks.delete(m.id);
      if (m.read) p.resolve(m.read);
      else p.reject(new Error(`Reader worker: ${m.error}`));
    });
    const fail = (e: Error) => {
      for (const p of t.tasks.values()) p.reject(e);
      t.tasks.clear();
      const i = threads.indexOf(t);
      if (!closed && i >= 0) threads[i] = start();
    };
    t.worker.on("error", fail);
    t.worker.on("exit", (code) => fail(new Error(`Reader worker exited with code ${code}`)));
    return t;
  };
  const threads: Thread[] = Array.from({length: size}, start);
  return {
    size,
    read(text, options, inputs) {
      if (closed) return Promise.reject(new Error("ReadPool: closed"));
      let ctx = ids.get(inputs);
      if (ctx === undefined) ids.set(inputs, (ctx = nextCtx++));
      const t = threads.reduce((best, x) => (x.tasks.size < best.tasks.size ? x : best));
      if (!t.contexts.includes(ctx)) {
        t.worker.postMessage({type: "context", ctx, inputs} satisfies ReadMessage);
        t.contexts.push(ctx);
        if (t.contexts.length > 4) t.contexts.shift();
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        t.tasks.set(id, {resolve, reject});
        t.worker.postMessage({type: "read", id, ctx, text, options} satisfies ReadMessage);
      });
    },
    pending: () => threads.reduce((n, t) => n + t.tasks.size, 0),
    async close() {
      closed = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    }
  };
}
