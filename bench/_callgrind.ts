/**
 * The callgrind invocation shared by the counting tools (`bench/_reader-count.ts`, `bench/_jit-count.ts`): a child
 * Node process run under valgrind's callgrind with V8 made deterministic (`--predictable --hash-seed=1
 * --random-seed=1`: no background compiling, single-threaded garbage collection, the optimizing compiler's code
 * installed at the same point of every run), counting only between the child's own {@link counting} calls
 * (`--instr-atstart=no`). Not a benchmark of `npm run bench` (its name starts with `_`).
 *
 * @module
 */
import {spawn, spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** The V8 flags that make a run deterministic (given before a run's own). */
export const DETERMINISTIC = ["--predictable", "--hash-seed=1", "--random-seed=1"] as const;

/** What to count: a script (with its arguments) run by this Node under callgrind. */
export interface CallgrindRun {
  /** The script and its arguments (after Node's own flags). */
  script: string[];
  /** V8 flags given to the child before the script (after the deterministic ones). */
  v8Flags?: readonly string[];
  /**
   * The thread counted: `"first"` the process's first thread (the reading thread: `--predictable` starts no compiler
   * threads), `"all"` every thread of the process together.
   */
  threads: "first" | "all";
  /** Named in the error when the count fails. */
  label: string;
}

/** The instructions callgrind counted in `run` between the child's `counting("on")` and `counting("off")`. */
export function callgrindCount(run: CallgrindRun): number {
  const dir = mkdtempSync(join(tmpdir(), "callgrind-count-"));
  try {
    const r = spawnSync(
      "valgrind",
      [
        "--tool=callgrind",
        "--instr-atstart=no",
        `--separate-threads=${run.threads === "first" ? "yes" : "no"}`,
        "--smc-check=all-non-file",
        `--callgrind-out-file=${join(dir, "cg.out")}`,
        process.execPath,
        ...DETERMINISTIC,
        ...(run.v8Flags ?? []),
        ...process.execArgv,
        ...run.script
      ],
      {encoding: "utf8"}
    );
    if (r.status !== 0) throw new Error(`counting ${run.label} failed (${r.status}): ${r.stderr.slice(-800)}`);
    // (with separate threads, one file per thread: the first thread's ends in -01)
    const file = run.threads === "first" ? readdirSync(dir).find((f) => f.endsWith("-01")) : "cg.out";
    const totals = file ? /^totals:\s+(\d+)/m.exec(readFileSync(join(dir, file), "utf8")) : null;
    if (!totals) throw new Error(`no count for ${run.label} (files: ${readdirSync(dir).join(", ")})`);
    return Number(totals[1]);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** In the child: switches callgrind's counting of this process on or off (resolves when done). */
export function counting(on: "on" | "off"): Promise<unknown> {
  return new Promise((done) =>
    spawn("callgrind_control", ["-i", on, String(process.pid)], {stdio: "ignore"}).on("exit", done)
  );
}
