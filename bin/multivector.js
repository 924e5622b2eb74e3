#!/usr/bin/env -S node --interrupt-budget=800000 --no-turbo-inline-array-builtins --no-regexp-tier-up
// The `multivector` command. Runs the compiled JavaScript in lib/ (built by `npm ci`'s prepare, by
// `npm start`, or `npm run build`) when it is newer than every source file; otherwise the TypeScript
// sources through tsx, so a checkout works without a build step (MULTIVECTOR_TSX=1 forces that path).
// The first line gives V8 the batch tuning of src/app/jit.ts (BATCH_V8_FLAGS) when the file is run as a program
// (`multivector`, `npx multivector`, `./bin/multivector.js`); `node bin/multivector.js` runs without it unless the
// flags are given. The pattern flag cannot be set once the process runs (V8 then crashes: src/app/jit.ts).
import {existsSync, readdirSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = join(root, "lib", "cli", "main.js");
const stamp = join(root, "lib", ".tsbuildinfo");

/** The newest modification time under src/ (the dashboard's sources and tests aside). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, {withFileTypes: true})) {
    if (e.name === "web") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function fresh() {
  if (process.env.MULTIVECTOR_TSX === "1" || !existsSync(compiled) || !existsSync(stamp)) return false;
  if (!existsSync(join(root, "src"))) return true; // a published package ships lib/ only
  return statSync(stamp).mtimeMs >= newest(join(root, "src"));
}

if (fresh()) {
  await import(pathToFileURL(compiled).href);
} else {
  const {register} = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(root, "src", "cli", "main.ts")).href);
}
