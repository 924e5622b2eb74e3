// Compiles src/ (the dashboard aside) to lib/ for the published CLI, and stamps the build so
// bin/multivector.js knows it is fresh. Type errors are reported (npm test fails on them) but do
// not stop the build: the JavaScript is emitted all the same.
import {spawnSync} from "node:child_process";
import {closeSync, mkdirSync, openSync, readFileSync, rmSync, utimesSync} from "node:fs";
import {join, relative, sep} from "node:path";

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
await bundleReadWorker();
const stamp = join(ROOT, "lib", ".tsbuildinfo");
closeSync(openSync(stamp, "a"));
const now = new Date();
utimesSync(stamp, now, now);

/**
 * The read worker's modules (lib/app/read-worker.js and what it imports: the reader, the coder) in one CommonJS file,
 * lib/app/read-worker.bundle.cjs, which a reader thread runs with V8's code cache (src/app/read-worker-start.ts): no
 * resolution and loading of ~100 modules, no compiling of the functions the cache holds. Each module keeps its own
 * `import.meta.url` (its file's URL in lib/). Made with esbuild (a devDependency, at the version tsx and vite bring in);
 * where it is not installed, no bundle (an old one removed) and the thread imports lib/app/read-worker.js.
 */
async function bundleReadWorker() {
  const lib = join(ROOT, "lib");
  const out = join(lib, "app", "read-worker.bundle.cjs");
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    rmSync(out, {force: true});
    return;
  }
  const metaUrl = {
    name: "import-meta-url",
    setup(build) {
      build.onLoad({filter: /\.js$/}, (args) => {
        if (relative(lib, args.path).startsWith("..")) return undefined;
        const rel = relative(lib, args.path).split(sep).join("/");
        const contents = readFileSync(args.path, "utf8").replaceAll(
          "import.meta.url",
          `__libUrl(${JSON.stringify(rel)})`
        );
        return {contents, loader: "js"};
      });
    }
  };
  try {
    await esbuild.build({
      entryPoints: [join(lib, "app", "read-worker.js")],
      outfile: out,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      logLevel: "error",
      // (a module's file URL from the bundle's place, lib/app/, wherever the package is installed)
      banner: {
        js: 'const __libUrl = (p) => require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", p)).href;'
      },
      plugins: [metaUrl]
    });
  } catch (e) {
    console.error(`build: the read worker's bundle failed (${e.message}); reader threads import lib/ instead`);
    rmSync(out, {force: true});
  }
}
