/**
 * The default coder's dictionary files parsed, kept on disk between processes: a reader thread deserializes the
 * parse (`node:v8`, ~0.1 s) instead of parsing the files again (~0.3 s) before its first document. The cache is
 * keyed by a hash of everything the parse depends on: the files' texts and names, the parse's settings, the reader's
 * code (each file of its folder as loaded, src/read or lib/read, by name, size and date; the package's version) and
 * V8's version. A file that is missing, stale, unreadable or of another key is ignored (and written again); files are
 * written whole under a temporary name and renamed, so a reader never sees half of one, and only where the disk has
 * ten times their size free; a failed write leaves nothing; the 16 files last used are kept. Where it lives:
 * `MULTIVECTOR_CACHE` (a folder; `off` for none), otherwise `$XDG_CACHE_HOME/multivector` or `~/.cache/multivector`;
 * `npm test` sets it off unless given.
 *
 * @module
 */
import {createHash} from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import {homedir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {deserialize, serialize} from "node:v8";
import {threadId} from "node:worker_threads";

/** Changed when what is stored changes shape. */
const FORMAT = 1;
/**
 * Cache files kept (the last used): several checkouts or versions may share the folder, each with its dictionaries'
 * parse and its cue patterns' lists (src/app/cue-cache.ts).
 */
const KEEP = 16;
/** A temporary file older than this is a writer's that was killed or failed: removed. */
const STALE_MS = 10 * 60_000;
/** A cache file is written only where the disk has this many times its size free (the store needs the room). */
const ROOM = 10;

/** The cache folder, or undefined when caching is off. */
export function coderCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.MULTIVECTOR_CACHE;
  if (given !== undefined && given !== "") return given === "off" ? undefined : given;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "multivector");
}

let readerCode: string | undefined;

/**
 * What identifies the reader's code as loaded: each file of its folder (src/read or lib/read, tests aside) by name,
 * size and modification time, and the package's version (a published package's files all have one date). A change
 * to the parse is another key; the files are not read (that cost more than the parse it saves under load).
 */
function readerCodeHash(): string {
  if (readerCode) return readerCode;
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (!name.endsWith(".test.ts")) h.update(`${name}\0${st.size}\0${st.mtimeMs}\0`);
    }
  };
  const read = fileURLToPath(new URL("../read/", import.meta.url));
  walk(read);
  try {
    h.update(JSON.parse(readFileSync(join(read, "..", "..", "package.json"), "utf8")).version ?? "");
  } catch {
    // no package.json beside the code: the files' dates alone
  }
  return (readerCode = h.digest("hex"));
}

/** The key of a parse: its inputs (texts, names, settings) with the reader's code and V8's version. */
export function parseKey(inputs: unknown): string {
  const h = createHash("sha256").update(`${FORMAT}\0${process.versions.v8}\0${readerCodeHash()}\0`);
  // (a long text, a dictionary file's, hashed as it is, in its place, and not copied into the JSON: half the key's
  // cost for the default coder's 2.5 MB)
  const json = JSON.stringify(inputs, (_k, v: unknown) =>
    typeof v === "string" && v.length >= LONG ? (h.update(v), `\0${v.length}`) : v
  );
  return h.update(json ?? "").digest("hex");
}

/** A string this long is hashed apart in a key ({@link parseKey}). */
const LONG = 4096;

/**
 * The parse of `inputs` from the cache in `dir` when it holds one of the same key, otherwise `parse()`'s, written
 * to the cache for the next process. Any failure to read or write the cache falls back to parsing.
 */
export function cachedParse<T>(dir: string | undefined, inputs: unknown, parse: () => T): T {
  if (!dir) return parse();
  const key = parseKey(inputs);
  const kept = readKept<T>(dir, key);
  if (kept !== undefined) return kept;
  const value = parse();
  writeKept(dir, key, value);
  return value;
}

/** The value kept in the cache in `dir` for `inputs` (same key), or undefined when there is none or it fails. */
export function readCached<T>(dir: string, inputs: unknown): T | undefined {
  return readKept<T>(dir, parseKey(inputs));
}

/** Keeps `value` in the cache in `dir` for `inputs`, for the next process (a failure leaves nothing behind). */
export function writeCached(dir: string, inputs: unknown, value: unknown): void {
  writeKept(dir, parseKey(inputs), value);
}

const fileOf = (dir: string, key: string) => join(dir, `coder-${key.slice(0, 32)}.v8`);

function readKept<T>(dir: string, key: string): T | undefined {
  const file = fileOf(dir, key);
  try {
    const kept = deserialize(readFileSync(file)) as {key?: unknown; value?: unknown};
    if (kept && kept.key === key && kept.value !== undefined) {
      // Its date is its last use: the files pruned are those least recently used.
      const now = new Date();
      try {
        utimesSync(file, now, now);
      } catch {
        // a folder we may read only
      }
      return kept.value as T;
    }
  } catch {
    // missing, unreadable or not ours
  }
  return undefined;
}

function writeKept(dir: string, key: string, value: unknown): void {
  const file = fileOf(dir, key);
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dir, {recursive: true});
    const bytes = serialize({key, value});
    const fs = statfsSync(dir);
    if (fs.bavail * fs.bsize < ROOM * bytes.length) return;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
    prune(dir);
  } catch {
    // a folder we cannot write to, or a disk that filled up: nothing of ours left, the next process parses too
    try {
      rmSync(temp, {force: true});
    } catch {
      // nothing to remove
    }
  }
}

/** Keeps the {@link KEEP} cache files last used and removes the temporary files of writers that never finished. */
function prune(dir: string): void {
  const now = Date.now();
  const files = readdirSync(dir)
    .filter((f) => /^coder-[0-9a-f]{32}\.v8(\..*\.tmp)?$/.test(f))
    .map((f) => ({f, t: statSync(join(dir, f)).mtimeMs}));
  for (const o of files.filter((o) => o.f.endsWith(".tmp") && now - o.t > STALE_MS))
    rmSync(join(dir, o.f), {force: true});
  const kept = files.filter((o) => o.f.endsWith(".v8")).sort((a, b) => b.t - a.t);
  for (const o of kept.slice(KEEP)) rmSync(join(dir, o.f), {force: true});
}
