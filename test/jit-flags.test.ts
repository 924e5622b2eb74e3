// V8's batch tuning (src/app/jit.ts) without its crash: the pattern flag set late crashes V8 (Node 20.20) when a
// pattern that ran before runs again, so it comes only from a command line (bin/multivector.js's first line gives
// the three flags) and tuneJitForBatches, called late, sets only the two that are safe late.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {test} from "node:test";
import {BATCH_V8_FLAGS} from "../src/app/jit.js";

const ROOT = join(import.meta.dirname, "..");

test("bin/multivector.js's first line gives node the three flags of src/app/jit.ts, and nothing sets them late", () => {
  const bin = readFileSync(join(ROOT, "bin", "multivector.js"), "utf8");
  assert.equal(bin.split("\n")[0], `#!/usr/bin/env -S node ${BATCH_V8_FLAGS.join(" ")}`);
  assert.ok(!bin.includes("setFlagsFromString"));
  // run as a program, the CLI answers (env -S splits the line)
  const r = spawnSync(join(ROOT, "bin", "multivector.js"), ["--help"], {encoding: "utf8"});
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ingest/);
});

test("tuneJitForBatches, called after thousands of patterns ran, crashes nothing when they run again", () => {
  // What crashed before (4 of 30 such processes died with SIGSEGV when the pattern flag was set late).
  const script = `
    const {tuneJitForBatches} = await import(${JSON.stringify(pathToFileURL(join(ROOT, "src", "app", "jit.ts")).href)});
    const rs = [];
    for (let i = 0; i < 3000; i++) { const r = new RegExp("(?:\\\\.csv|x" + i + "|\\\\.zip)$", "i"); r.test("f" + i + ".txt"); rs.push(r); }
    const junk = []; for (let i = 0; i < 2e5; i++) junk.push({i, s: "a" + i});
    tuneJitForBatches();
    let n = 0;
    for (let k = 0; k < 3; k++) for (const r of rs) if (["a.csv", "b.txt", "c" + k].filter((f) => r.test(f)).length) n++;
    console.log(n);`;
  for (let run = 0; run < 5; run++) {
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8"
    });
    assert.equal(r.signal, null, `run ${run} died on ${r.signal}`);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), "9000");
  }
});
