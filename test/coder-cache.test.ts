import {test} from "node:test";
import assert from "node:assert/strict";
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cachedParse, coderCacheDir, parseKey} from "../src/app/coder-cache.js";

const temp = () => mkdtempSync(join(tmpdir(), "mv-coder-cache-"));

test("a parse is written once and read back by the next caller with the same inputs, equal and with shared objects kept shared", () => {
  const dir = temp();
  const shared = {code: "ABC", periods: [1, 2]};
  const inputs = {texts: ["one", "two"], flag: true};
  let parses = 0;
  const parse = () => {
    parses++;
    return {entries: [shared, {code: "DEF", other: shared}], index: new Map([["k", [shared]]])};
  };
  const first = cachedParse(dir, inputs, parse);
  const second = cachedParse(dir, inputs, parse);
  assert.equal(parses, 1);
  assert.deepEqual(second, first);
  assert.equal(second.entries[0], (second.entries[1] as {other?: unknown}).other, "one object, as in the parse");
  assert.equal(second.index.get("k")![0], second.entries[0]);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith(".tmp")),
    [],
    "no temporary file left"
  );
});

test("other inputs are another key, and a file that is damaged or holds another key is parsed again and rewritten", () => {
  const dir = temp();
  let parses = 0;
  const parse = () => ({n: ++parses});
  cachedParse(dir, {text: "a"}, parse);
  assert.deepEqual(cachedParse(dir, {text: "b"}, parse), {n: 2});
  const file = join(dir, `coder-${parseKey({text: "a"}).slice(0, 32)}.v8`);
  writeFileSync(file, readFileSync(file).subarray(0, 7));
  assert.deepEqual(cachedParse(dir, {text: "a"}, parse), {n: 3});
  assert.deepEqual(cachedParse(dir, {text: "a"}, parse), {n: 3}, "rewritten whole");
  // A file named for the key but written for another (a hash prefix shared): not taken.
  writeFileSync(file, readFileSync(join(dir, `coder-${parseKey({text: "b"}).slice(0, 32)}.v8`)));
  assert.deepEqual(cachedParse(dir, {text: "a"}, parse), {n: 4});
});

test("a folder that cannot be written, or no folder, only parses", () => {
  const file = join(temp(), "a-file");
  writeFileSync(file, "");
  let parses = 0;
  assert.deepEqual(
    cachedParse(join(file, "below"), {x: 1}, () => ++parses),
    1
  );
  assert.deepEqual(
    cachedParse(undefined, {x: 1}, () => ++parses),
    2
  );
});

test("the cache's folder: MULTIVECTOR_CACHE, off, or the user's cache folder", () => {
  assert.equal(coderCacheDir({MULTIVECTOR_CACHE: "/somewhere"}), "/somewhere");
  assert.equal(coderCacheDir({MULTIVECTOR_CACHE: "off"}), undefined);
  assert.equal(coderCacheDir({XDG_CACHE_HOME: "/xdg"}), join("/xdg", "multivector"));
});

test("a writer's temporary file left for ten minutes is removed by the next write, a fresh one is left alone, and a hit marks its file used", () => {
  const dir = temp();
  const name = (text: string) => `coder-${parseKey({text}).slice(0, 32)}.v8`;
  const old = join(dir, `${name("x")}.111-0.tmp`);
  const fresh = join(dir, `${name("x")}.222-0.tmp`);
  writeFileSync(old, "half");
  writeFileSync(fresh, "half");
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(old, hourAgo, hourAgo);
  cachedParse(dir, {text: "y"}, () => 1);
  assert.equal(existsSync(old), false);
  assert.equal(existsSync(fresh), true);
  const file = join(dir, name("y"));
  utimesSync(file, hourAgo, hourAgo);
  assert.equal(
    cachedParse(dir, {text: "y"}, () => 2),
    1
  );
  assert.ok(statSync(file).mtimeMs > hourAgo.getTime() + 60_000);
});

test("the cue patterns' lists a reader thread keeps are read back by the next one before its patterns are made, each as its pattern gives it", async () => {
  const {spawnSync} = await import("node:child_process");
  const dir = temp();
  const src = (p: string) => JSON.stringify(new URL(`../src/${p}`, import.meta.url).href);
  // (as src/app/read-worker.ts: the cache's module first, then the reader; the lists compared with a fresh reading of
  // each pattern's source)
  const script = `
    const cache = await import(${src("app/cue-cache.ts")});
    const cue = await import(${src("read/cue.ts")});
    const before = cue.cueNeedsTable().size;
    await import(${src("read/index.ts")});
    cache.keepCueNeeds();
    let differ = 0;
    for (const [key, needs] of cue.cueNeedsTable()) {
      const slash = key.indexOf("/");
      const fresh = cue.needsOf(cue.cueStrings(new RegExp(key.slice(slash + 1), key.slice(0, slash))));
      if (JSON.stringify(fresh, (_k, v) => (ArrayBuffer.isView(v) ? [...v] : v)) !== JSON.stringify(needs, (_k, v) => (ArrayBuffer.isView(v) ? [...v] : v))) ++differ;
    }
    console.log(JSON.stringify({before, after: cue.cueNeedsTable().size, differ}));`;
  const run = () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      env: {...process.env, MULTIVECTOR_CACHE: dir}
    });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as {before: number; after: number; differ: number};
  };
  const first = run();
  assert.equal(first.before, 0, "nothing kept yet");
  assert.ok(first.after > 50, `the reader's patterns (${first.after})`);
  assert.equal(first.differ, 0);
  const second = run();
  assert.equal(second.before, first.after, "every list read back before the reader is loaded");
  assert.equal(second.after, first.after);
  assert.equal(second.differ, 0, "each list as its pattern gives it");
});
