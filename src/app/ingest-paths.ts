/**
 * The light part of an ingest: which files a batch's paths stand for, and whether (and which) reader threads it
 * starts. No store and no reader are loaded here, so that `multivector ingest` can start its reader threads as the
 * process starts, before it loads the rest (src/cli/ingest-early.ts).
 *
 * @module
 */
import {existsSync, readdirSync, statSync} from "node:fs";
import {availableParallelism} from "node:os";
import {extname, join} from "node:path";
import type {Issue} from "../domain/index.js";
import {createReadPool, type ReadPool} from "./read-pool.js";

/** The files a batch's paths stand for, and the paths that could not be read. */
export interface ExpandedPaths {
  files: string[];
  issues: Issue[];
}

const ARTICLE_EXT = new Set([".txt", ".text", ".html", ".htm", ".md", ".markdown"]);
export const GDELT_EXT = /\.(tsv|csv)$/i;

/** A batch of this many articles or more is read on reader threads (starting them costs about a second). */
export const READER_THREADS_FROM = 16;

/** Lists the files a path stands for: a file, or a folder's article and GDELT files (recursive, sorted). */
export function expandPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const issues: Issue[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (ARTICLE_EXT.has(extname(name).toLowerCase()) || GDELT_EXT.test(name)) files.push(p);
    }
  };
  for (const p of paths) {
    if (p === "-") {
      files.push(p);
      continue;
    }
    if (!existsSync(p)) {
      issues.push({code: "not_found", file: p, message: `Cannot read "${p}": no such file or folder`});
      continue;
    }
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
  return {files, issues};
}

/** What decides whether a batch starts reader threads (the fields of the ingest's options). */
export interface ReaderChoice {
  reader?: ReadPool | false;
  coder?: unknown;
  readerThreads?: number;
}

/** Whether a batch of these files starts reader threads of its own (see the ingest's options, `reader`). */
export function startsReaders(files: readonly string[], options: ReaderChoice): boolean {
  const articles = files.filter((f) => f !== "-" && !GDELT_EXT.test(f)).length;
  return (
    options.reader === undefined &&
    options.coder === undefined &&
    (options.readerThreads
      ? options.readerThreads > 0
      : options.readerThreads === undefined && availableParallelism() > 1) &&
    articles >= READER_THREADS_FROM
  );
}

/**
 * The reader threads the ingest would start for these paths and options, started now (`reader`, undefined
 * when the batch reads on the calling thread), with the files the paths stand for. The CLI starts them before it
 * opens the store: each thread loads the reader and parses its dictionaries meanwhile (0.3–0.5 s before the first
 * document, on a free core). Pass the pool as `reader` and the files as `expanded`, and close the pool after.
 */
export function startIngestReaders(
  paths: readonly string[],
  options: ReaderChoice
): {reader: ReadPool | undefined; expanded: ExpandedPaths} {
  const expanded = expandPaths(paths);
  return {
    reader: startsReaders(expanded.files, options)
      ? createReadPool(options.readerThreads ? {workers: options.readerThreads} : {})
      : undefined,
    expanded
  };
}
