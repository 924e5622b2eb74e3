/**
 * Starting a worker thread from a module next to the caller, compiled or under tsx: the one place that knows how
 * (a .ts worker cannot start directly under tsx on Node 20, so tsx is registered in the thread first; RECIPES R6).
 *
 * @module
 */
import {Worker} from "node:worker_threads";

/**
 * Starts the worker module `name` (without extension, relative to `base`, the caller's `import.meta.url`):
 * `name.js` when the caller runs compiled, `name.ts` through tsx when it runs from the sources.
 */
export function spawnWorker(base: string, name: string): Worker {
  const ts = base.endsWith(".ts");
  const url = new URL(`${name}.${ts ? "ts" : "js"}`, base);
  if (!ts) return new Worker(url);
  // tsx resolved from here, not from the working directory (which may be anywhere).
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsx)}).then(({register}) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, {eval: true});
}
