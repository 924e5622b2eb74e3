/**
 * The read worker's modules in one file (lib/app/read-worker.bundle.cjs, made by scripts/build.mjs), when the build
 * made it and it is as new as every compiled module it can hold. A reader thread runs that file with V8's code cache
 * (src/app/read-worker-start.ts); an ingest of fewer than {@link READER_THREADS_FROM} articles reads on one such
 * thread only where it exists (src/app/ingest-paths.ts). Light: no reader, no store.
 *
 * @module
 */
import {existsSync, readdirSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

let known: {file: string | undefined} | undefined;

/**
 * The bundle's path, or undefined where there is none or it is stale (the sources run under tsx; no esbuild at
 * build time; lib/ compiled by `tsc` alone since). Looked up once per thread.
 */
export function readWorkerBundle(): string | undefined {
  if (!known) {
    const file = import.meta.url.endsWith(".js")
      ? fileURLToPath(new URL("./read-worker.bundle.cjs", import.meta.url))
      : undefined;
    known = {file: file && fresh(file) ? file : undefined};
  }
  return known.file;
}

/**
 * Whether the bundle exists and is as new as every compiled module it can hold (lib/app, lib/read, lib/domain): a
 * build by `tsc` alone after it (no bundling) leaves it stale, and the thread then imports the modules.
 */
function fresh(file: string): boolean {
  if (!existsSync(file)) return false;
  const made = statSync(file).mtimeMs;
  const lib = dirname(dirname(file));
  const newer = (dir: string): boolean =>
    readdirSync(dir, {withFileTypes: true}).some((e) =>
      e.isDirectory() ? newer(join(dir, e.name)) : e.name.endsWith(".js") && statSync(join(dir, e.name)).mtimeMs > made
    );
  return !["app", "read", "domain"].some((d) => existsSync(join(lib, d)) && newer(join(lib, d)));
}
