// The balance for every state × 5 vectors × 30 years (1990–2019) from the bundled CoW trade, CoW IGO
// and ATOP indicators, against the 2 s target. Also times alignment for KAZ over 1992–2019.
// Run: `node --import tsx bench/measures.ts` or `npm run bench -- measures`.
import {cpus, loadavg} from "node:os";
import {fileURLToPath} from "node:url";
import {measureAlignment} from "../src/app/measures.js";
import {seedAtop, seedCowIgo, seedCowTrade, seedUnVotes} from "../src/app/datasets.js";
import {balanceSeries, indexTies} from "../src/measure/index.js";
import {openStore, type Store} from "../src/store/index.js";

const VECTORS = ["RUS", "CHN", "USA", "EU", "TUR"];
const FROM = 1990;
const TO = 2019;
const TARGET_MS = 2000;

function ms(t0: number): number {
  return performance.now() - t0;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

/** Seeds a throwaway store (not timed), then times reading, indexing and the balance of every state. */
export async function bench(): Promise<void> {
  const store = await openStore({store: ":memory:"});
  try {
    const now = "2026-01-01T00:00:00.000Z";
    let t = performance.now();
    for (const seed of [seedCowTrade, seedCowIgo, seedAtop]) await seed(store, {now});
    const seedMs = ms(t);
    t = performance.now();
    await seedUnVotes(store, {now});
    const votesMs = ms(t);

    t = performance.now();
    const ties = await store.indicators.listTies({from: FROM, to: TO, quotes: false});
    const readMs = ms(t);
    const states = [...new Set(ties.filter((x) => x.partner === null).map((x) => x.actor))].sort();
    // Five rounds each (the first warms the JIT up); the table shows the median.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const indexRuns: number[] = [];
    const balanceRuns: number[] = [];
    const sensitivityRuns: number[] = [];
    let records = 0;
    for (let round = 0; round < 5; ++round) {
      t = performance.now();
      const index = indexTies(ties);
      indexRuns.push(ms(t));
      t = performance.now();
      records = 0;
      for (const focal of states) {
        const vectors = VECTORS.filter((v) => v !== focal);
        records += balanceSeries(index, {focal, vectors, from: FROM, to: TO, sensitivity: []}).records.length;
      }
      balanceRuns.push(ms(t));
      t = performance.now();
      for (const focal of states) {
        const vectors = VECTORS.filter((v) => v !== focal);
        balanceSeries(index, {focal, vectors, from: FROM, to: TO});
      }
      sensitivityRuns.push(ms(t));
    }
    const indexMs = median(indexRuns);
    const balanceMs = median(balanceRuns);
    const sensitivityMs = median(sensitivityRuns);
    t = performance.now();
    await measureAlignment(store, {focal: "KAZ", vectors: VECTORS, from: 1992, to: TO, explain: false});
    const alignMs = ms(t);

    const total = indexMs + balanceMs;
    const f = (x: number) => x.toFixed(0);
    console.log(
      `${states.length} states × ${VECTORS.length} vectors × ${TO - FROM + 1} years (${FROM}–${TO}); ${ties.length} indicator rows; ${records} records`
    );
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")} (figures scale with the load)\n`
    );
    printTable(
      ["step", "ours (ms)", "target (ms)", "ratio to target"],
      [
        ["balance, all states (index + compute)", f(total), f(TARGET_MS), (total / TARGET_MS).toFixed(3)],
        ["  of which indexing the ties", f(indexMs), "", ""],
        ["  of which the balance of every state", f(balanceMs), "", ""],
        [
          "balance, all states, with ±50% sensitivity",
          f(indexMs + sensitivityMs),
          f(TARGET_MS),
          ((indexMs + sensitivityMs) / TARGET_MS).toFixed(3)
        ],
        ["reading the ties from DuckDB (all states)", f(readMs), "", ""],
        ["alignment KAZ × 5 vectors, 1992–2019 (store)", f(alignMs), "", ""],
        ["seeding CoW trade + IGO + ATOP (once)", f(seedMs), "", ""],
        ["seeding 870k UN votes (once)", f(votesMs), "", ""]
      ]
    );
  } finally {
    store.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bench();
