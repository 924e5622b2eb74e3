/**
 * A reader thread's entry (src/app/read-pool.ts starts it). Where the build made one file of the read worker's
 * modules (lib/app/read-worker.bundle.cjs, scripts/build.mjs), it runs that file with V8's code cache: the compiled
 * functions of an earlier thread of the same code, kept beside the coder cache (src/app/coder-cache.ts: same folder,
 * key and pruning), so that the thread neither resolves and loads ~100 modules nor compiles what the cache holds
 * (~0.2 s of CPU of a thread's start and first document, 2026-12-06). The cache is written after the thread's first
 * document, when it holds that document's functions too, unless it was read and taken. Without the bundle (the
 * sources under tsx, or no esbuild at build time), or with one older than a compiled module (lib/ compiled by `tsc`
 * alone since: src/app/read-bundle.ts), it imports src/app/read-worker.ts as it is.
 *
 * @module
 */
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname} from "node:path";
import {Script} from "node:vm";
import {parentPort} from "node:worker_threads";
import {coderCacheDir, readCached, writeCached} from "./coder-cache.js";
import {readWorkerBundle} from "./read-bundle.js";

const bundle = readWorkerBundle();

if (!bundle) await import("./read-worker.js");
else runBundle(bundle);

/** Runs the bundle as Node runs a CommonJS module, with the code cache of its text when there is one. */
function runBundle(file: string): void {
  const source = readFileSync(file, "utf8");
  const dir = coderCacheDir();
  const inputs = `read-worker code cache ${createHash("sha256").update(source).digest("hex")}`;
  const kept = dir ? readCached<Uint8Array>(dir, inputs) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(kept instanceof Uint8Array ? {cachedData: kept} : {})
  });
  const module = {exports: {}};
  (script.runInThisContext() as (...a: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file)
  );
  // (V8 refuses a cache made under other flags or by another version: written again)
  if (!dir || (kept instanceof Uint8Array && !script.cachedDataRejected)) return;
  // After the first document (this listener runs after the worker's own, which reads it).
  const first = (m: {type?: string}) => {
    if (m.type !== "read") return;
    parentPort?.off("message", first);
    writeCached(dir, inputs, script.createCachedData());
  };
  parentPort?.on("message", first);
}
