/**
 * The cue pre-filter's lists (src/read/cue.ts) kept on disk between threads and processes, beside the coder cache
 * (src/app/coder-cache.ts: same folder, same key of the reader's code and V8's version): reading them from the ~100
 * patterns made at the reader's import took ~0.1 s of CPU, a fifth of a reader thread's import. Imported by a reader
 * thread (src/app/read-worker.ts) before the reader, so that the lists are there when its modules make their
 * patterns; it imports the pre-filter's module alone, not the reader's index.
 *
 * @module
 */
import {cueNeedsTable, primeCueNeeds, type Needs} from "../read/cue.js";
import {coderCacheDir, readCached, writeCached} from "./coder-cache.js";

/** What the cache's key is made of besides the reader's code (changed when what is stored changes shape). */
const INPUTS = "cue-needs 1";

const dir = coderCacheDir();
let kept = false;
if (dir) {
  const table = readCached<Map<string, Needs[]>>(dir, INPUTS);
  if (table instanceof Map) {
    primeCueNeeds(table);
    kept = true;
  }
}

/**
 * Called once the reader is loaded: writes its patterns' lists for the next thread when they were not read from the
 * cache (or the cache is off).
 */
export function keepCueNeeds(): void {
  if (!dir || kept) return;
  kept = true;
  writeCached(dir, INPUTS, new Map(cueNeedsTable()));
}
