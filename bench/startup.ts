// Start-up (issue 16): `multivector --help` against the floor (`node -e 0`) and what the help truly
// needs (commander), compiled and through tsx; `npm start` to the printed URL on a seeded store
// against the compiled `serve` alone. Interleaved rounds in one run, medians, ratios.
import {spawn, spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir, loadavg} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "multivector.js");
const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 7);

function time(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {cwd: ROOT, env: {...process.env, ...env}, stdio: "ignore"});
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return performance.now() - t;
}

/** Seconds from spawning `args` until its stdout prints a URL; the process is then stopped by its pid. */
function untilUrl(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {...process.env, ...env},
      stdio: ["ignore", "pipe", "ignore"]
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += String(d);
      if (/http:\/\/\S+/.test(out)) {
        const ms = performance.now() - t;
        child.once("exit", () => resolve(ms));
        child.kill("SIGTERM");
      }
    });
    child.once("exit", (code) =>
      /http:/.test(out) ? undefined : reject(new Error(`${args.join(" ")} exited ${code}: ${out}`))
    );
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${(x / 1000).toFixed(3)} s`;

export async function bench(): Promise<void> {
  if (!existsSync(join(ROOT, "lib", "cli", "main.js")))
    spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], {stdio: "inherit"});
  const runs: Record<string, number[]> = {floor: [], commander: [], compiled: [], tsx: []};
  for (let i = 0; i < ROUNDS; i++) {
    runs.floor!.push(time(["-e", "0"]));
    runs.commander!.push(time(["--input-type=module", "-e", "await import('commander')"]));
    runs.compiled!.push(time([BIN, "--help"]));
    runs.tsx!.push(time([BIN, "--help"], {MULTIVECTOR_TSX: "1"}));
  }
  const [floor, commander, compiled, tsx] = ["floor", "commander", "compiled", "tsx"].map((k) => median(runs[k]!)) as [
    number,
    number,
    number,
    number
  ];
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} (shared machine); medians of ${ROUNDS} interleaved rounds\n`
  );
  console.log("| what | time | × node -e 0 | × commander alone | target |");
  console.log("| --- | --- | --- | --- | --- |");
  console.log(`| \`node -e 0\` (floor) | ${ms(floor)} | 1.00 | | |`);
  console.log(
    `| \`import("commander")\` (what --help needs) | ${ms(commander)} | ${(commander / floor).toFixed(2)} | 1.00 | |`
  );
  console.log(
    `| \`multivector --help\`, compiled | ${ms(compiled)} | ${(compiled / floor).toFixed(2)} | ${(compiled / commander).toFixed(2)} | ≤ 2× floor + commander's share: ${compiled <= 2 * floor + (commander - floor) ? "met" : "NOT met"} |`
  );
  console.log(
    `| \`multivector --help\`, tsx (development) | ${ms(tsx)} | ${(tsx / floor).toFixed(2)} | ${(tsx / commander).toFixed(2)} | |`
  );

  // npm start to the URL on a seeded store, against the compiled `serve` alone.
  const dir = mkdtempSync(join(tmpdir(), "mv-bench-start-"));
  try {
    const env = {MULTIVECTOR_STORE: join(dir, "store.duckdb"), PORT: "0"};
    spawnSync(process.execPath, [BIN, "init"], {cwd: ROOT, env: {...process.env, ...env}, stdio: "ignore"});
    const start: number[] = [];
    const serve: number[] = [];
    for (let i = 0; i < Math.max(3, Math.floor(ROUNDS / 2)); i++) {
      start.push(await untilUrl([join(ROOT, "scripts", "start.mjs")], env));
      serve.push(await untilUrl([join(ROOT, "lib", "cli", "main.js"), "serve", "--port", "0"], env));
    }
    const [s, v] = [median(start), median(serve)];
    console.log(
      `| \`npm start\` to the URL, seeded store | ${ms(s)} | | | ≤ 0.7 s: ${s <= 700 ? "met" : "NOT met"} (compiled serve alone ${ms(v)}, ratio ${(s / v).toFixed(2)}) |`
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
