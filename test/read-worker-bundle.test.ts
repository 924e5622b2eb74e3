/**
 * The compiled reader thread as the read pool starts it (lib/app/read-worker-start.js): where the build made the
 * read worker's bundle, the thread runs it, with V8's code cache from the second thread on, and answers as the
 * compiled modules read in this thread. Skipped where lib/ has no bundle (no build, or no esbuild at build time).
 */
import assert from "node:assert/strict";
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {after, test} from "node:test";
import {Worker} from "node:worker_threads";

const LIB = join(import.meta.dirname, "..", "lib");
const bundled =
  existsSync(join(LIB, "app", "read-worker.bundle.cjs")) && existsSync(join(LIB, "app", "read-worker-start.js"));
const cache = mkdtempSync(join(tmpdir(), "multivector-bundle-"));
after(() => rmSync(cache, {recursive: true, force: true}));

const SEEDS = join(import.meta.dirname, "fixtures/articles/seeds");
const texts = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, 2)
  .map((f) => readFileSync(join(SEEDS, f), "utf8"));
const options = (id: number) => ({format: "text", sourceId: `b${id}`, given: {date: "2024-03-01"}});

/** The answers of a reader thread started on the compiled entry, with the cache folder `cache`. */
async function threadReadings(actors: unknown): Promise<unknown[]> {
  const worker = new Worker(join(LIB, "app", "read-worker-start.js"), {
    env: {...process.env, MULTIVECTOR_CACHE: cache}
  });
  const answers: unknown[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (m: {id?: number; read?: unknown; error?: string}) => {
        if (m.error) reject(new Error(m.error));
        else if (m.id !== undefined && (answers[m.id] = m.read) && answers.filter(Boolean).length === texts.length)
          resolve();
      });
      worker.on("error", reject);
      worker.postMessage({type: "context", ctx: 1, inputs: {actors, aliases: []}});
      texts.forEach((text, id) => worker.postMessage({type: "read", id, ctx: 1, text, options: options(id)}));
    });
  } finally {
    await worker.terminate();
  }
  return answers;
}

test(
  "the bundled reader thread reads as the compiled modules do, without and with the code cache",
  {skip: !bundled && "lib/ has no read worker bundle"},
  async () => {
    const app = (await import(
      pathToFileURL(join(LIB, "app", "index.js")).href
    )) as typeof import("../src/app/index.js");
    const read = (await import(
      pathToFileURL(join(LIB, "read", "index.js")).href
    )) as typeof import("../src/read/index.js");
    const worker = (await import(
      pathToFileURL(join(LIB, "app", "read-worker.js")).href
    )) as typeof import("../src/app/read-worker.js");
    const actors = app.readPack().actors;
    const coder = app.defaultCoder(actors);
    const here = texts.map((text, id) => {
      const r = read.readDocument(text, {...options(id), format: "text", coder});
      return JSON.parse(JSON.stringify(r.ok ? {...r, value: worker.storedReading(r.value)} : r)) as unknown;
    });
    const first = await threadReadings(actors);
    assert.ok(
      readdirSync(cache).some((f) => f.endsWith(".v8")),
      "the caches written by the first thread"
    );
    const second = await threadReadings(actors);
    assert.deepEqual(JSON.parse(JSON.stringify(first)), here);
    assert.deepEqual(JSON.parse(JSON.stringify(second)), here);
  }
);
