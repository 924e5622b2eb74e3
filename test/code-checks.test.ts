// The code checks `npm test` runs: the type-check of every tsconfig (server and web), the formatting
// check, and a proof that a type error in src/web/ fails the check.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {test} from "node:test";

const ROOT = join(import.meta.dirname, "..");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const PRETTIER = join(ROOT, "node_modules", "prettier", "bin", "prettier.cjs");

function run(bin: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {cwd: ROOT, encoding: "utf8"});
  return {code: r.status ?? -1, out: `${r.stdout}${r.stderr}`};
}

/** Every tsconfig*.json at the project's root. */
const CONFIGS = readdirSync(ROOT).filter((f) => /^tsconfig(\.[\w-]+)?\.json$/.test(f));

test("every tsconfig type-checks (server, tests and the web dashboard)", () => {
  assert.ok(CONFIGS.includes("tsconfig.json") && CONFIGS.includes("tsconfig.web.json"), CONFIGS.join(", "));
  for (const config of CONFIGS) {
    const r = run(TSC, ["--noEmit", "-p", config]);
    assert.equal(r.code, 0, `tsc -p ${config} found errors:\n${r.out}`);
  }
});

test("the web type-check fails on a type error in src/web/", () => {
  mkdirSync(join(ROOT, "test-output"), {recursive: true});
  const dir = mkdtempSync(join(ROOT, "test-output", "typecheck-"));
  try {
    writeFileSync(join(dir, "bad.ts"), `export const n: number = "not a number";\n`);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({extends: relative(dir, join(ROOT, "tsconfig.web.json")), include: ["bad.ts"]})
    );
    const r = run(TSC, ["--noEmit", "-p", join(dir, "tsconfig.json")]);
    assert.notEqual(r.code, 0);
    assert.match(r.out, /bad\.ts.*TS2322/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("the code is formatted (prettier --check; npm run format fixes it)", () => {
  const r = run(PRETTIER, ["--check", "src", "test", "bench", "scripts"]);
  assert.equal(r.code, 0, `Not formatted — run \`npm run format\`:\n${r.out}`);
});
