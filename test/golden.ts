// Golden files: compare output with a committed file; UPDATE_GOLDEN=1 rewrites it (review the diff);
// a missing file always fails (in CI without writing it).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import assert from "node:assert/strict";

const ROOT = join(import.meta.dirname, "golden");

/**
 * Asserts that `actual` equals test/golden/<name>. UPDATE_GOLDEN=1 rewrites it. A missing file fails
 * the test: in CI (CI set) it is not written; elsewhere it is written for review, and the next run passes.
 */
export function assertGolden(name: string, actual: string): void {
  const file = join(ROOT, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    if (!process.env.CI) {
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, actual);
    }
    assert.fail(
      process.env.CI
        ? `Golden file test/golden/${name} is missing: run the test with UPDATE_GOLDEN=1 locally and commit the file`
        : `Golden file test/golden/${name} was missing and has been written: review it, commit it and run again`
    );
  }
  assert.equal(
    actual,
    readFileSync(file, "utf8"),
    `Output differs from test/golden/${name} (UPDATE_GOLDEN=1 to accept)`
  );
}

/** JSON with sorted keys and fractions rounded to 6 significant digits, stable across platforms. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_, v) =>
        typeof v === "number" && !Number.isInteger(v)
          ? +v.toPrecision(6)
          : v && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
            : v,
      2
    ) + "\n"
  );
}

/** Compares `value` as stable JSON with test/golden/<name>.json (see {@link assertGolden}). */
export function assertGoldenJson(name: string, value: unknown): void {
  assertGolden(`${name}.json`, stableJson(value));
}
