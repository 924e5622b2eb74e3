// `npm run bench [-- name…]`: runs every bench/<name>.ts that exports `bench()`, one after another.
// Each prints its own table: our figure, the baseline or target beside it, and the ratio.
import {readdirSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "main.ts" && !f.startsWith("_"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as Record<string, unknown>;
  const fn = (mod.bench ??
    Object.entries(mod).find(([k, v]) => k.startsWith("bench") && typeof v === "function")?.[1]) as
    (() => Promise<void>) | undefined;
  if (typeof fn !== "function") {
    console.error(`bench/${f}: exports no bench() function`);
    process.exitCode = 1;
    continue;
  }
  console.log(`\n## ${f.replace(/\.ts$/, "")}\n`);
  await fn();
}
