// Golden files: compare output with a committed file; UPDATE_GOLDEN=1 rewrites it (review the diff).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import assert from "node:assert/strict";

const ROOT = join(import.meta.dirname, "golden");

/** Asserts that `actual` equals test/golden/<name>, or writes it when UPDATE_GOLDEN=1 or the file is new. */
export function assertGolden(name: string, actual: string): void {
  const file = join(ROOT, name);
  if (process.env.UPDATE_GOLDEN === "1" || (!existsSync(file) && !process.env.CI)) {
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `Golden file test/golden/${name} is missing: run with UPDATE_GOLDEN=1 and commit it`);
  assert.equal(actual, readFileSync(file, "utf8"), `Output differs from test/golden/${name} (UPDATE_GOLDEN=1 to accept)`);
}
