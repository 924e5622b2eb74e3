// Speed and agreement of our SMP port against KTAB's C++ `smpc` on KTAB's own inputs.
// Run: node --import tsx bench/ktab.ts   (or import {benchKtab} from a bench driver)
import {readFileSync} from "node:fs";
import {pathToFileURL} from "node:url";
import {compareWithKtabLog, parseKtabCsv, parseKtabLog, runSmp, KTAB_DEFAULT_SEED} from "../src/simulate/ktab/index.js";

const data = new URL("../data/ktab/", import.meta.url);

/** Inputs, their reference log, and the median wall time of KTAB's smpc (Release -O2) on this machine kind. */
const CASES: {input: string; log: string; ktabSeconds: number}[] = [
  {input: "dummyData_3Dim.csv", log: "20170530_ref-dummyData_3Dim.txt", ktabSeconds: 0.07},
  {input: "SOE-Pol-Comp.csv", log: "20170530_ref-SOE-Pol-Comp.txt", ktabSeconds: 0.43},
  {input: "SOE-Policy.csv", log: "reference-runs/ref-SOE-Policy.filtered.txt", ktabSeconds: 2.23},
  {input: "dummyData_6Dim.csv", log: "reference-runs/ref-dummyData_6Dim.filtered.txt", ktabSeconds: 3.23},
  {input: "SOE-Competitive.csv", log: "reference-runs/ref-SOE-Competitive.filtered.txt", ktabSeconds: 7.7},
  {input: "dummyData-a040.csv", log: "reference-runs/ref-dummyData-a040.filtered.txt", ktabSeconds: 7.61},
  {input: "dummyData-a080.csv", log: "reference-runs/ref-dummyData-a080.filtered.txt", ktabSeconds: 80.5},
  {input: "dummyData-a160.csv", log: "reference-runs/ref-dummyData-a160.filtered.txt", ktabSeconds: 1221}
];

/** One row of the benchmark table. */
export interface KtabBenchRow {
  input: string;
  actors: number;
  dimensions: number;
  states: number;
  ourSeconds: number;
  ktabSeconds: number;
  /** KTAB's time divided by ours. */
  speedup: number;
  matchesKtab: boolean;
}

/** Runs every KTAB input once (best of `repeats`), checks it against KTAB's log, and returns the rows. */
export function benchKtabRows(repeats = 1): KtabBenchRow[] {
  const rows: KtabBenchRow[] = [];
  for (const c of CASES) {
    const parsed = parseKtabCsv(readFileSync(new URL(c.input, data), "utf8"), {file: c.input});
    if (!parsed.ok) throw new Error(`${c.input} does not parse`);
    let best = Infinity;
    let result = runSmp(parsed.value, {seed: KTAB_DEFAULT_SEED});
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      result = runSmp(parsed.value, {seed: KTAB_DEFAULT_SEED});
      best = Math.min(best, (performance.now() - t0) / 1000);
    }
    const cmp = compareWithKtabLog(result, parseKtabLog(readFileSync(new URL(c.log, data), "utf8")));
    rows.push({
      input: c.input,
      actors: parsed.value.actors.length,
      dimensions: parsed.value.dimensions.length,
      states: result.states.length,
      ourSeconds: best,
      ktabSeconds: c.ktabSeconds,
      speedup: c.ktabSeconds / best,
      matchesKtab: cmp.match
    });
  }
  return rows;
}

/** Prints the benchmark table: input, actors, states, our seconds, KTAB's seconds, ratio. */
export async function benchKtab(): Promise<void> {
  const rows = benchKtabRows(Number(process.env.KTAB_BENCH_REPEATS ?? 3));
  const header = ["input", "actors", "dims", "states", "ours (s)", "KTAB (s)", "KTAB/ours", "matches KTAB"];
  const body = rows.map((r) => [
    r.input,
    String(r.actors),
    String(r.dimensions),
    String(r.states),
    r.ourSeconds.toFixed(3),
    String(r.ktabSeconds),
    `${r.speedup.toFixed(0)}×`,
    r.matchesKtab ? "yes" : "NO"
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const b of body) console.log(line(b));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchKtab();
}
