/**
 * A reader worker thread: reads documents (the CPU part of an ingest: body, sentences, events, claims) off the
 * thread that writes to the store and answers requests. It builds its reading context (the project's coder
 * with the store's actors, the alias gazetteer) once per context it is sent. Its first message is its thread id
 * in the operating system, from which the pool reads its CPU time (for the ingest's report of where the time went);
 * where that is not known, each answer carries the thread's CPU time so far.
 *
 * @module
 */
// First: the cue pre-filter's lists from the cache, before the reader's modules (imported next) make their patterns.
import {keepCueNeeds} from "./cue-cache.js";
import {parentPort} from "node:worker_threads";
import type {Actor} from "../domain/index.js";
import {
  buildGazetteer,
  readDocument,
  type ActorAlias,
  type Gazetteer,
  type ReadDocument,
  type ReadOptions
} from "../read/index.js";
import {defaultCoder, prepareDefaultCoder} from "./coder.js";
import {osThreadId, threadCpu} from "./thread-cpu.js";

/** The inputs of a reading context: the store's actors (for the coder) and aliases (for the gazetteer). */
export interface ReadingInputs {
  actors: readonly Actor[];
  aliases: readonly ActorAlias[];
}

/**
 * What a reader thread sends back: the parts of the reading that are stored. Paragraphs, mentions, the dates per
 * sentence, the voices and the per-sentence reasons as a list are left out (the sentences carry their reasons):
 * the answer is copied between threads, and those parts were half of its bytes.
 */
export type StoredReading = Pick<
  ReadDocument,
  "body" | "dropped" | "metadata" | "sentences" | "events" | "stances" | "claims" | "figures" | "warnings"
>;

/** The stored parts of a reading (see {@link StoredReading}). */
export function storedReading(d: StoredReading): StoredReading {
  const {body, dropped, metadata, sentences, events, stances, claims, figures, warnings} = d;
  return {body, dropped, metadata, sentences, events, stances, claims, figures, warnings};
}

/** A message to a reader worker: a context to keep (built at once), or a document to read with one. */
export type ReadMessage =
  | {type: "context"; ctx: number; inputs: ReadingInputs}
  | {type: "read"; id: number; ctx: number; text: string; options: Omit<ReadOptions, "coder" | "aliases">};

const contexts = new Map<number, {coder: ReturnType<typeof defaultCoder>; gazetteer: Gazetteer}>();

// This thread's id first: the pool reads the thread's CPU time from it when it likes (where it is known, the answers
// carry none: reading it after every document cost 15-35 µs of this thread's CPU).
const tid = parentPort ? osThreadId() : undefined;
if (parentPort) parentPort.postMessage({tid});
// (the reader is loaded: its patterns' lists kept for the next thread when they were not read from the cache)
keepCueNeeds();
// The dictionary files parsed at once, while the calling thread opens the store and reads the actors the context
// needs (messages wait meanwhile; the first context's coder takes the parse).
if (parentPort) prepareDefaultCoder();
const cpu = () => (tid === undefined ? threadCpu() : undefined);

parentPort?.on("message", (m: ReadMessage) => {
  if (m.type === "context") {
    // The gazetteer finds mentions only where no coder does (never with this context's coder): made when first asked.
    let gazetteer: Gazetteer | undefined;
    const aliases = m.inputs.aliases;
    contexts.set(m.ctx, {
      coder: defaultCoder([...m.inputs.actors]),
      gazetteer: {find: (text, date) => (gazetteer ??= buildGazetteer(aliases)).find(text, date)}
    });
    // Keep the last few only: a server whose actors change sends a new context.
    for (const k of contexts.keys()) if (contexts.size > 4) contexts.delete(k);
    return;
  }
  try {
    const c = contexts.get(m.ctx);
    if (!c) throw new Error(`reader worker: no context ${m.ctx}`);
    const r = readDocument(m.text, {...m.options, coder: c.coder, aliases: c.gazetteer});
    const read = r.ok ? {...r, value: storedReading(r.value)} : r;
    parentPort!.postMessage({id: m.id, read, cpu: cpu()});
  } catch (e) {
    parentPort!.postMessage({id: m.id, error: e instanceof Error ? e.message : String(e), cpu: cpu()});
  }
});
