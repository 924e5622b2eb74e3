/**
 * A reader worker thread: reads documents (the CPU part of an ingest: body, sentences, events, claims) off the
 * thread that writes to the store and answers requests. It builds its reading context (the project's coder
 * with the store's actors, the alias gazetteer) once per context it is sent. Each answer carries the thread's
 * CPU time so far (for the ingest's report of where the time went).
 *
 * @module
 */
import {parentPort} from "node:worker_threads";
import type {Actor} from "../domain/index.js";
import {buildGazetteer, readDocument, type ActorAlias, type Gazetteer, type ReadOptions} from "../read/index.js";
import {defaultCoder} from "./coder.js";
import {threadCpu} from "./thread-cpu.js";

/** The inputs of a reading context: the store's actors (for the coder) and aliases (for the gazetteer). */
export interface ReadingInputs {
  actors: readonly Actor[];
  aliases: readonly ActorAlias[];
}

/** A message to a reader worker: a context to keep (built at once), or a document to read with one. */
export type ReadMessage =
  | {type: "context"; ctx: number; inputs: ReadingInputs}
  | {type: "read"; id: number; ctx: number; text: string; options: Omit<ReadOptions, "coder" | "aliases">};

const contexts = new Map<number, {coder: ReturnType<typeof defaultCoder>; gazetteer: Gazetteer}>();

parentPort?.on("message", (m: ReadMessage) => {
  if (m.type === "context") {
    contexts.set(m.ctx, {coder: defaultCoder([...m.inputs.actors]), gazetteer: buildGazetteer(m.inputs.aliases)});
    // Keep the last few only: a server whose actors change sends a new context.
    for (const k of contexts.keys()) if (contexts.size > 4) contexts.delete(k);
    return;
  }
  try {
    const c = contexts.get(m.ctx);
    if (!c) throw new Error(`reader worker: no context ${m.ctx}`);
    const read = readDocument(m.text, {...m.options, coder: c.coder, aliases: c.gazetteer});
    parentPort!.postMessage({id: m.id, read, cpu: threadCpu()});
  } catch (e) {
    parentPort!.postMessage({id: m.id, error: e instanceof Error ? e.message : String(e), cpu: threadCpu()});
  }
});
