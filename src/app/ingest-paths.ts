/**
 * The light part of an ingest: which files a batch's paths stand for, and whether (and which) reader threads it
 * starts. No store and no reader are loaded here, so that `multivector ingest` can start its reader threads as the
 * process starts, before it loads the rest (src/cli/ingest-early.ts).
 *
 * @module
 */
import {lstatSync, readdirSync, readlinkSync, statSync, type Stats} from "node:fs";
import {availableParallelism} from "node:os";
import {extname, join} from "node:path";
import type {Issue} from "../domain/index.js";
import {readWorkerBundle} from "./read-bundle.js";
import {createReadPool, type ReadPool} from "./read-pool.js";
import {machineBusyMs} from "./thread-cpu.js";

/** The files a batch's paths stand for, the paths that could not be read, and the warnings about the listing. */
export interface ExpandedPaths {
  files: string[];
  issues: Issue[];
  /** One warning naming the files a folder's walk left out as the folder's own papers ({@link isFolderPaper}), if any. */
  warnings?: Issue[];
}

const ARTICLE_EXT = new Set([".txt", ".text", ".html", ".htm", ".md", ".markdown"]);
export const GDELT_EXT = /\.(tsv|csv)$/i;

/**
 * A batch of this many articles or more is read on reader threads, one per core but one; a shorter batch on one reader
 * thread where the build bundled the reader (src/app/read-bundle.ts), else on the calling thread. Session 11 set 16
 * when a thread's start cost about a second; with the bundle and V8's code cache a thread loads the reader for less
 * CPU than the calling thread's import of its ~130 modules, and reads while the calling thread opens the store: a
 * one-article `multivector ingest` took 1.42–1.50 s of the process's CPU on the calling thread, 1.21–1.35 s on a
 * reader thread (docs/benchmarks.md, "Session 31").
 */
export const READER_THREADS_FROM = 16;

/** Whether a folder's entry of this name is listed as a file to ingest. */
const isIngestName = (name: string) => ARTICLE_EXT.has(extname(name).toLowerCase()) || GDELT_EXT.test(name);

/**
 * The names a folder of articles gives its own papers by the conventions of software and data repositories: the
 * description, the licence, the record of changes, the credits and the data's sources ("README.md", "LICENSE.txt",
 * "CHANGELOG.md", "SOURCES.md", "readme.txt"). The words that are also ordinary words ("Sources", "Notice", "History",
 * "Authors", "Changes" …) count only in capitals, as the convention writes them: "history.txt" or "Notice.md" may be
 * an article.
 */
const FOLDER_PAPER_ANY_CASE = /^(?:read[-_ ]?me|licen[cs]e|change[-_ ]?log|contributing|code[-_]of[-_]conduct)/i;
const FOLDER_PAPER_CAPITALS =
  /^(?:SOURCES|CHANGES|HISTORY|AUTHORS|CONTRIBUTORS|MAINTAINERS|CREDITS|NOTICE|COPYING|COPYRIGHT|SECURITY|CITATION|TODO|INSTALL)/;
/**
 * What may follow the convention's word (review K11): nothing, or one tag after a dot, a hyphen or an underscore, in
 * capitals or digits ("LICENSE-MIT", "LICENSE_APACHE", "CHANGES-2024") or of one to three lower-case letters or digits
 * (a language, "README.en.md", "README-fr.md"). Words after it make a story's name: "license-revoked-kazatomprom.txt",
 * "contributing-factors-to-inflation.txt", "NOTICE-from-ministry.txt" are articles.
 */
const FOLDER_PAPER_TAG = /^(?:[._-](?:[A-Z\d]+|[a-z\d]{1,3}))?$/;

/**
 * Whether a file found in a folder is the folder's own paper rather than an article (by its name without its last
 * extension: a convention's word, then at most one tag, see FOLDER_PAPER_TAG). Such files are left out of a folder's
 * walk; named on the command line, a file is ingested whatever its name.
 */
export function isFolderPaper(name: string): boolean {
  const stem = name.slice(0, name.length - extname(name).length);
  const word = FOLDER_PAPER_ANY_CASE.exec(stem) ?? FOLDER_PAPER_CAPITALS.exec(stem);
  return word !== null && FOLDER_PAPER_TAG.test(stem.slice(word[0].length));
}

/** The one warning that names the files a folder's walk left out, or none. */
export function folderPapersWarning(skipped: readonly string[]): Issue[] {
  if (skipped.length === 0) return [];
  const shown = skipped.slice(0, 10).join(", ") + (skipped.length > 10 ? ` and ${skipped.length - 10} more` : "");
  const one = skipped.length === 1;
  return [
    {
      code: "not_an_article",
      message:
        `Left out ${skipped.length} file${one ? "" : "s"} a folder holds as its own paper${one ? "" : "s"} (a README, ` +
        `licence, record of changes or list of sources), not ${one ? "an article" : "articles"}: ${shown}; ` +
        `name a file on the command line to ingest it`
    }
  ];
}

/**
 * The issue for a path that cannot be listed or stat'ed (a dangling or looping symbolic link, an entry removed
 * meanwhile, a folder without permission): the file is named and the batch goes on without it.
 */
export function unreadablePath(p: string, e: unknown): Issue {
  const code = (e as NodeJS.ErrnoException).code;
  let link: string | undefined;
  try {
    if (lstatSync(p).isSymbolicLink()) link = readlinkSync(p);
  } catch {
    // gone altogether: said below
  }
  const reason =
    code === "ENOENT"
      ? link !== undefined
        ? `it is a link to "${link}", which does not exist`
        : "no such file or folder"
      : code === "ELOOP"
        ? "it is a loop of symbolic links"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : `${code ?? "error"}: ${(e as Error).message}`;
  return {
    code: code === "ENOENT" || code === "ELOOP" ? "not_found" : "unreadable",
    file: p,
    message: `Cannot read "${p}": ${reason}`
  };
}

/**
 * Lists the files a path stands for: a file, or a folder's article and GDELT files (recursive, sorted). A path or
 * entry that cannot be read is an issue naming it, and the rest is listed: in a folder, an entry whose name would be
 * listed, or without an extension (it may be a folder); others are skipped as unreadable or not. A folder's own
 * papers (README.md, LICENSE.txt, CHANGELOG.md, SOURCES.md: {@link isFolderPaper}) are left out of a folder's walk
 * and named in one warning; a file named in `paths` is listed whatever its name.
 */
export function expandPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const issues: Issue[] = [];
  const skipped: string[] = [];
  const stat = (p: string): Stats | undefined => {
    try {
      return statSync(p);
    } catch (e) {
      issues.push(unreadablePath(p, e));
      return undefined;
    }
  };
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      issues.push(unreadablePath(dir, e));
      return;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const p = join(dir, name);
      let st: Stats;
      try {
        st = statSync(p);
      } catch (e) {
        if (isIngestName(name) || extname(name) === "") issues.push(unreadablePath(p, e));
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (isIngestName(name)) {
        if (isFolderPaper(name)) skipped.push(p);
        else files.push(p);
      }
    }
  };
  for (const p of paths) {
    if (p === "-") {
      files.push(p);
      continue;
    }
    const st = stat(p);
    if (!st) continue;
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return {files, issues, warnings: folderPapersWarning(skipped)};
}

/** What decides whether a batch starts reader threads (the fields of the ingest's options). */
export interface ReaderChoice {
  reader?: ReadPool | false;
  coder?: unknown;
  readerThreads?: number;
}

/**
 * A batch of this many articles or more adds a reader thread to its default (one per core but one, at most 4) when a
 * core is free: the writing thread is busy a seventh to an eighth of the time a reader is, so on two free cores a second reader
 * nearly halves the reading, but each reader thread loads and compiles the reader again and reads its first articles
 * cold, which a short batch does not repay. Session 11 set 500 when a news article cost a reader 4.8 ms of CPU; it
 * costs 16-22 ms now (the rules added since), so the start is repaid sooner. Measured on 2 cores (docs/benchmarks.md,
 * "Session 28"), the busiest reader thread's CPU with one reader and with two: 100 news articles 2.61-2.62 against
 * 1.81-1.97 s, 200 articles 4.19-4.39 against 2.33-2.64 s (50 articles 1.54 against 1.22 s: the second thread's start
 * and cold articles cost as much as it takes off); the process's CPU +0.3 to +1.5 s. At load 9-11 (no core free)
 * session 11 found two readers slower at every size, hence the check for a free core.
 */
export const ALL_CORES_FROM = 100;

/** How long the batch watches the machine before it adds a reader (ms), and below what use of the cores by others. */
export const FREE_CORE_CHECK = {afterMs: 300, othersBelow: 0.5};

/** The articles among a batch's files (GDELT files and stdin are not read on reader threads). */
const articlesOf = (files: readonly string[]) => files.filter((f) => f !== "-" && !GDELT_EXT.test(f)).length;

/**
 * How many reader threads a batch of these files starts of its own (0: it reads on the calling thread); `bundled`:
 * whether a reader thread would run the bundled reader with its code cache (see READER_THREADS_FROM).
 */
export function readerThreadsFor(
  files: readonly string[],
  options: ReaderChoice,
  bundled: () => boolean = () => readWorkerBundle() !== undefined
): number {
  if (options.reader !== undefined || options.coder !== undefined) return 0;
  const articles = articlesOf(files);
  if (articles === 0 || options.readerThreads === 0) return 0;
  if (articles < READER_THREADS_FROM) return availableParallelism() > 1 && bundled() ? 1 : 0;
  if (options.readerThreads !== undefined) return options.readerThreads;
  const cores = availableParallelism();
  return cores > 1 ? Math.min(4, cores - 1) : 0;
}

/** Whether a batch of these files adds a reader thread to its default once a core is seen free (see ALL_CORES_FROM). */
export function addsReaderWhenFree(files: readonly string[], options: ReaderChoice): boolean {
  const n = readerThreadsFor(files, options);
  return (
    options.readerThreads === undefined &&
    n > 0 &&
    n < 4 &&
    n < availableParallelism() &&
    articlesOf(files) >= ALL_CORES_FROM
  );
}

/**
 * Whether other processes leave a core free: the cores they used over `wallMs` (the machine's busy time less this
 * process's) below {@link FREE_CORE_CHECK}.`othersBelow`.
 */
export function coreFree(machineBusyMs: number, ownCpuMs: number, wallMs: number): boolean {
  return wallMs > 0 && (machineBusyMs - ownCpuMs) / wallMs < FREE_CORE_CHECK.othersBelow;
}

/**
 * The reader threads a batch of these files starts of its own (undefined: none), with one more added after
 * {@link FREE_CORE_CHECK}.`afterMs` when the batch is long and the other processes left a core free meanwhile (where
 * the machine's busy time is not known, at once).
 */
export function startReadPool(files: readonly string[], options: ReaderChoice): ReadPool | undefined {
  const workers = readerThreadsFor(files, options);
  if (workers === 0) return undefined;
  const pool = createReadPool({workers});
  if (addsReaderWhenFree(files, options)) {
    const busy = machineBusyMs();
    const own = process.cpuUsage();
    const t0 = performance.now();
    if (busy === undefined) pool.add();
    else
      setTimeout(() => {
        const now = machineBusyMs();
        const cpu = process.cpuUsage(own);
        if (now !== undefined && coreFree(now - busy, (cpu.user + cpu.system) / 1000, performance.now() - t0))
          pool.add();
      }, FREE_CORE_CHECK.afterMs).unref();
  }
  return pool;
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
  return {reader: startReadPool(expanded.files, options), expanded};
}
