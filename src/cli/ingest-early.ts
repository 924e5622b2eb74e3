/**
 * `multivector ingest`'s reader threads started as the process starts: from the command line's words, before the
 * command's modules (the store's DuckDB binding, the reader, commander's program) are loaded. Loading those took
 * ~0.5 s of CPU before the action started the threads; each thread then loads the reader, parses its dictionaries
 * and builds its coder (~0.7 s) before its first document, so the first document waited for both in turn. The
 * action adopts the threads when it makes the same choice (same paths, same `--reader-threads`, the project's
 * coder) and otherwise closes them; this module loads only the light part of the ingest (ingest-paths.ts).
 *
 * @module
 */
import {
  expandPaths,
  readerThreadsFor,
  startReadPool,
  type ExpandedPaths,
  type ReaderChoice
} from "../app/ingest-paths.js";
import {tuneJitForBatches} from "../app/jit.js";
import type {ReadPool} from "../app/read-pool.js";

/** Options (global and `ingest`'s) that take a value, and those that do not (anything else: no early start). */
const VALUED = new Set([
  "--store",
  "--events",
  "--format",
  "--publisher",
  "--date",
  "--title",
  "--author",
  "--reader-threads",
  "--poll"
]);
const FLAGS = new Set(["--json", "--strict"]);

let early: {key: string; reader: ReadPool; expanded: ExpandedPaths} | undefined;

const keyOf = (paths: readonly string[], readerThreads: number | undefined) => JSON.stringify([paths, readerThreads]);

/**
 * Starts the reader threads `multivector <argv>` would start, when it is an ingest of articles read on reader
 * threads: only for words it knows (`--follow`, `--no-coder`, `--help` or an unknown option leave the choice to the
 * command). Sets V8's batch tuning first (as the command does; process-wide, the threads share it).
 */
export function startReadersEarly(argv: readonly string[]): void {
  let command = false;
  let readerThreads: number | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a !== "-") {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUED.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (name === "--reader-threads") {
          readerThreads = Number(value);
          if (!(Number.isInteger(readerThreads) && readerThreads >= 0 && readerThreads <= 64)) return;
        }
      } else if (!FLAGS.has(name)) return;
      continue;
    }
    if (!command) {
      if (a !== "ingest") return;
      command = true;
    } else paths.push(a);
  }
  if (!command || paths.length === 0) return;
  // A pool started for an earlier command line and never taken (run() closes it; a direct caller may not).
  void closeUntaken();
  const choice: ReaderChoice = readerThreads !== undefined ? {readerThreads} : {};
  const expanded = expandPaths(paths);
  if (readerThreadsFor(expanded.files, choice) === 0) return;
  // Before the threads exist, as the command does.
  tuneJitForBatches();
  const reader = startReadPool(expanded.files, choice)!;
  early = {key: keyOf(paths, readerThreads), reader, expanded};
}

/**
 * The reader threads started early for these paths and options, taken once; undefined (and any others closed)
 * when they were started for another choice.
 */
export function takeEarlyReaders(
  paths: readonly string[],
  options: ReaderChoice
): {reader: ReadPool; expanded: ExpandedPaths} | undefined {
  const e = early;
  early = undefined;
  if (!e) return undefined;
  if (options.coder === undefined && options.reader === undefined && e.key === keyOf(paths, options.readerThreads))
    return {reader: e.reader, expanded: e.expanded};
  void e.reader.close();
  return undefined;
}

/**
 * Closes the reader threads started early and not taken (the command failed or stopped before it chose its own:
 * a usage error, a failure loading the command); run() calls it whatever happened, so every pool started is taken
 * or closed.
 */
export async function closeUntaken(): Promise<void> {
  const e = early;
  early = undefined;
  if (e) await e.reader.close();
}
