// `npm start`: builds what is stale (the dashboard bundle only when its sources changed, the compiled
// CLI only when src/ changed), then serves the seeded store with the compiled CLI, in this same
// process. The URL is printed as soon as the server listens.
import {spawnSync} from "node:child_process";
import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";

const ROOT = join(import.meta.dirname, "..");
const newest = (p, skip = () => false) => {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const n of readdirSync(p)) if (!skip(n)) t = Math.max(t, newest(join(p, n), skip));
  return t;
};
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : -1);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, {cwd: ROOT, stdio: "inherit"});
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const web = Math.max(
  newest(join(ROOT, "src", "web")),
  mtime(join(ROOT, "index.html")),
  mtime(join(ROOT, "vite.config.ts"))
);
if (mtime(join(ROOT, "dist", "web", "index.html")) < web)
  run(join(ROOT, "node_modules", ".bin", "vite"), ["build", "--config", "vite.config.ts", "--logLevel", "warn"]);
const src = newest(join(ROOT, "src"), (n) => n === "web" || n.endsWith(".test.ts"));
if (mtime(join(ROOT, "lib", ".tsbuildinfo")) < src) run(process.execPath, [join(ROOT, "scripts", "build.mjs")]);

// The compiled CLI in this same process (no second Node start-up), as `multivector serve --seed`.
process.argv = [process.argv[0], join(ROOT, "bin", "multivector.js"), "serve", "--seed", ...process.argv.slice(2)];
await import(pathToFileURL(join(ROOT, "lib", "cli", "main.js")).href);
