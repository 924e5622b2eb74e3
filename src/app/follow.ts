/**
 * `ingest --follow <folder>`: keeps the store current with a folder that GDELT 2.0's 15-minute
 * update files land in (`20250102031500.export.CSV.zip`, or the CSV itself). The loop is thin: it
 * lists the folder, waits until a file is complete, and imports it through the app's own GDELT
 * import (one transaction per file, idempotent by content hash). The store is the record of
 * progress: a file already stored is recognised by its hash and skipped, so a second run imports
 * nothing and a run killed in the middle of a file leaves nothing of that file behind and imports
 * it again on restart.
 *
 * A file is complete when it is a ZIP archive with its end record, or a plain file whose size and
 * modification time did not change between two scans.
 *
 * @module
 */
import {mkdtempSync, readdirSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {IssueError, type Issue} from "../domain/index.js";
import type {Store} from "../store/index.js";
import {ingestPaths, type DocumentOutcome} from "./ingest.js";
import {extractZipEntry, zipEntry} from "./zip.js";

/** Files the follower takes: GDELT 2.0 export files, zipped or not (mentions and GKG files are not events). */
export const FOLLOW_PATTERN = /\.export\.csv(?:\.zip)?$|\.(?:csv|tsv)(?:\.zip)?$/i;

export interface FollowOptions {
  /** Milliseconds between scans. Defaults to 2000. */
  pollMs?: number;
  /** Scan once (importing every complete file) and return. */
  once?: boolean;
  /** Stops the loop (after the file being imported). */
  signal?: AbortSignal;
  /** The clock, read by the caller's edge (ISO 8601). */
  now: () => string;
  /** Called after each file. */
  onFile?: (r: FollowedFile) => void;
  /** Called after each scan with the totals so far. */
  onScan?: (s: FollowState) => void;
}

export interface FollowedFile {
  file: string;
  status: DocumentOutcome["status"];
  sourceId?: string;
  events: number;
  issues: Issue[];
  warnings: Issue[];
}

export interface FollowState {
  scans: number;
  stored: number;
  duplicate: number;
  failed: number;
  events: number;
  /** Files seen but not yet complete. */
  waiting: number;
}

interface Seen {
  size: number;
  mtime: number;
  done: boolean;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), resolve()), {once: true});
  });
}

/** Imports one complete file (extracting a ZIP's entry to a temporary file first). */
async function importOne(store: Store, path: string, now: string): Promise<FollowedFile> {
  let file = path;
  let tmp: string | undefined;
  try {
    if (/\.zip$/i.test(path)) {
      const entry = zipEntry(path)!;
      tmp = mkdtempSync(join(tmpdir(), "multivector-follow-"));
      file = join(tmp, basename(entry.name) || basename(path, ".zip"));
      await extractZipEntry(path, entry, file);
    }
    const r = await ingestPaths(store, [file], {format: "gdelt2", now});
    const d = r.documents[0]!;
    const rename = (i: Issue): Issue => (i.file === file ? {...i, file: path} : i);
    return {
      file: path,
      status: d.status,
      ...(d.sourceId ? {sourceId: d.sourceId} : {}),
      events: d.events,
      issues: d.issues.map(rename),
      warnings: d.warnings.map(rename)
    };
  } finally {
    if (tmp) rmSync(tmp, {recursive: true, force: true});
  }
}

/**
 * Watches `folder` and imports each new complete GDELT export file once, in name order (GDELT's
 * names are their timestamps). Returns the totals when `once` is set or the signal aborts.
 */
export async function followFolder(store: Store, folder: string, options: FollowOptions): Promise<FollowState> {
  const pollMs = options.pollMs ?? 2000;
  const seen = new Map<string, Seen>();
  const state: FollowState = {scans: 0, stored: 0, duplicate: 0, failed: 0, events: 0, waiting: 0};
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir)
    throw new IssueError([
      {
        code: "not_a_folder",
        file: folder,
        message: `Cannot follow "${folder}": expected a folder of GDELT export files, found none at that path`
      }
    ]);
  while (!options.signal?.aborted) {
    state.scans++;
    state.waiting = 0;
    const names = readdirSync(folder)
      .filter((n) => !n.startsWith(".") && FOLLOW_PATTERN.test(n))
      .sort();
    for (const name of names) {
      if (options.signal?.aborted) break;
      const path = join(folder, name);
      let st;
      try {
        st = statSync(path);
      } catch {
        continue; // removed meanwhile
      }
      if (!st.isFile()) continue;
      const before = seen.get(name);
      if (before?.done && before.size === st.size && before.mtime === st.mtimeMs) continue;
      const zip = /\.zip$/i.test(name);
      const complete = zip
        ? zipEntry(path) !== undefined
        : before !== undefined && before.size === st.size && before.mtime === st.mtimeMs && st.size > 0;
      seen.set(name, {size: st.size, mtime: st.mtimeMs, done: false});
      if (!complete && !(options.once && !zip && st.size > 0)) {
        state.waiting++;
        continue;
      }
      const r = await importOne(store, path, options.now());
      seen.set(name, {size: st.size, mtime: st.mtimeMs, done: true});
      if (r.status === "stored") state.stored++;
      else if (r.status === "duplicate") state.duplicate++;
      else state.failed++;
      state.events += r.events;
      options.onFile?.(r);
    }
    options.onScan?.({...state});
    if (options.once) break;
    await sleep(pollMs, options.signal);
  }
  return state;
}
