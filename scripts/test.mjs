// Runs every *.test.ts under src/ and test/ with node's test runner (through tsx).
// Node 20 does not expand globs nor find .ts files in a directory, so we list them here.
// Usage: npm test [-- <substring filter>...]
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {spawnSync} from "node:child_process";

function walk(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((d) =>
    d.isDirectory() ? (d.name === "node_modules" ? [] : walk(join(dir, d.name))) : [join(dir, d.name)]
  );
}
const filters = process.argv.slice(2);
const files = ["src", "test"]
  .flatMap((d) => walk(d))
  .filter((f) => f.endsWith(".test.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`No test files match ${JSON.stringify(filters)}`);
  process.exit(2);
}
// Browser tests need Debian's chromium, the examples test R: install them (idempotently) first.
const setups = [
  {when: "browser", script: "scripts/setup-chromium.sh", what: "chromium for the browser tests"},
  {when: "examples", script: "scripts/setup-r.sh", what: "R (r-base-core) for examples/balance.R"}
];
for (const {when, script, what} of setups) {
  if (!files.some((f) => f.includes(when)) || process.env.MULTIVECTOR_SKIP_SETUP) continue;
  const setup = spawnSync("bash", [script], {stdio: "inherit"});
  if (setup.status !== 0) {
    console.error(`Could not install ${what} (${script} failed)`);
    process.exit(1);
  }
}
// Patterns compiled to machine code at first use, as the ingest compiles them (src/app/jit.ts): the reader's tests
// read many articles (test/read-seeds.test.ts 3.2 -> 2.0 s of CPU); what the tests check is the same either way.
const r = spawnSync(
  process.execPath,
  ["--no-regexp-tier-up", "--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files],
  // The coder's parse cache (src/app/coder-cache.ts) stays out of the user's ~/.cache unless asked for.
  {
    stdio: "inherit",
    env: {...process.env, MULTIVECTOR_TEST: "1", MULTIVECTOR_CACHE: process.env.MULTIVECTOR_CACHE ?? "off"}
  }
);
process.exit(r.status ?? 1);
