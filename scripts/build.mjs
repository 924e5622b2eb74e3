// Compiles src/ (the dashboard aside) to lib/ for the published CLI, and stamps the build so
// bin/multivector.js knows it is fresh. Type errors are reported (npm test fails on them) but do
// not stop the build: the JavaScript is emitted all the same.
import {spawnSync} from "node:child_process";
import {closeSync, mkdirSync, openSync, utimesSync} from "node:fs";
import {join} from "node:path";

const ROOT = join(import.meta.dirname, "..");
const r = spawnSync(
  process.execPath,
  [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
  {
    cwd: ROOT,
    stdio: "inherit"
  }
);
if (r.status !== 0) console.error("build: tsc reported errors (run `npm run typecheck`); lib/ was emitted anyway");
mkdirSync(join(ROOT, "lib"), {recursive: true});
const stamp = join(ROOT, "lib", ".tsbuildinfo");
closeSync(openSync(stamp, "a"));
const now = new Date();
utimesSync(stamp, now, now);
