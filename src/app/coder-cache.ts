/**
 * The default coder's dictionary files parsed, kept on disk between processes: a reader thread deserializes the
 * parse (`node:v8`, ~0.1 s) instead of parsing the files again (~0.3 s) before its first document. The cache is
 * keyed by a hash of everything the parse depends on: the files' texts and names, the parse's settings, the reader's
 * code (every file of its folder as loaded, src/read or lib/read) and V8's version. A file that is missing, stale,
 * unreadable or of another key is ignored (and written again); files are written whole under a temporary name and
 * renamed, so a reader never sees half of one. Where it lives: `MULTIVECTOR_CACHE` (a folder; `off` for none),
 * otherwise `$XDG_CACHE_HOME/multivector` or `~/.cache/multivector`.
 *
 * @module
 */
import {createHash} from "node:crypto";
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {homedir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {deserialize, serialize} from "node:v8";
import {threadId} from "node:worker_threads";

/** Changed when what is stored changes shape. */
const FORMAT = 1;
/** Cache files kept (the newest): several checkouts or versions may share the folder. */
const KEEP = 4;

/** The cache folder, or undefined when caching is off. */
export function coderCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.MULTIVECTOR_CACHE;
  if (given !== undefined && given !== "") return given === "off" ? undefined : given;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "multivector");
}

let readerCode: string | undefined;

/** A hash of the reader's code as loaded (its folder's files, tests aside): a change to the parse is another key. */
function readerCodeHash(): string {
  if (readerCode) return readerCode;
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith(".test.ts")) h.update(`${name}\0`).update(readFileSync(path)).update("\0");
    }
  };
  walk(fileURLToPath(new URL("../read/", import.meta.url)));
  return (readerCode = h.digest("hex"));
}

/** The key of a parse: its inputs (texts, names, settings) with the reader's code and V8's version. */
export function parseKey(inputs: unknown): string {
  return createHash("sha256")
    .update(`${FORMAT}\0${process.versions.v8}\0${readerCodeHash()}\0`)
    .update(JSON.stringify(inputs))
    .digest("hex");
}

/**
 * The parse of `inputs` from the cache in `dir` when it holds one of the same key, otherwise `parse()`'s, written
 * to the cache for the next process. Any failure to read or write the cache falls back to parsing.
 */
export function cachedParse<T>(dir: string | undefined, inputs: unknown, parse: () => T): T {
  if (!dir) return parse();
  const key = parseKey(inputs);
  const file = join(dir, `coder-${key.slice(0, 32)}.v8`);
  try {
    const kept = deserialize(readFileSync(file)) as {key?: unknown; value?: unknown};
    if (kept && kept.key === key && kept.value !== undefined) return kept.value as T;
  } catch {
    // missing, unreadable or not ours: parsed below
  }
  const value = parse();
  try {
    mkdirSync(dir, {recursive: true});
    const temp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temp, serialize({key, value}));
    renameSync(temp, file);
    const others = readdirSync(dir)
      .filter((f) => /^coder-[0-9a-f]{32}\.v8$/.test(f))
      .map((f) => ({f, t: statSync(join(dir, f)).mtimeMs}))
      .sort((a, b) => b.t - a.t);
    for (const o of others.slice(KEEP)) rmSync(join(dir, o.f), {force: true});
  } catch {
    // a folder we cannot write to: the next process parses too
  }
  return value;
}
