// Stress of the SMP's worker team: the whole dummyData-a160 run again and again on a pool of 2 workers (and every
// third time on a pool of 3), each result compared with runSmp's by its JSON. A race between the threads (a range
// taken twice or with the wrong work's arrays, a lost wake-up) shows as a different result, an error or a hang;
// this loop is what caught the ticket race of session 8 (at its 18th run; docs/benchmarks.md). Not a speed figure.
// Exits non-zero on any difference or error.
// Run: node --import tsx bench/ktab-stress.ts [runs] (default 30; or `npm run bench -- ktab-stress`, 30 runs).
import {readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {pathToFileURL} from "node:url";
import {parseKtabCsv, runSmp, KTAB_DEFAULT_SEED} from "../src/simulate/ktab/index.js";
import {createScenarioPool} from "../src/simulate/worker-pool.js";

/** Runs a160 `runs` times on 2 workers (and every third time on 3); returns the failures, each with its run. */
export async function stressKtabTeam(runs: number): Promise<string[]> {
  const parsed = parseKtabCsv(readFileSync(new URL("../data/ktab/dummyData-a160.csv", import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error("data/ktab/dummyData-a160.csv does not parse");
  const scenario = parsed.value;
  const options = {seed: KTAB_DEFAULT_SEED};
  const expected = JSON.stringify(runSmp(scenario, options));
  const pools = {2: createScenarioPool({workers: 2}), 3: createScenarioPool({workers: 3})};
  const failures: string[] = [];
  let compared = 0;
  const t0 = performance.now();
  try {
    for (let run = 1; run <= runs; run++) {
      for (const workers of run % 3 === 0 ? ([2, 3] as const) : ([2] as const)) {
        try {
          const got = JSON.stringify(await pools[workers].smp(scenario, options));
          compared++;
          if (got !== expected) failures.push(`run ${run}, ${workers} workers: result differs from runSmp's`);
        } catch (error) {
          failures.push(`run ${run}, ${workers} workers: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (failures.length > 0) break;
    }
  } finally {
    await Promise.all(Object.values(pools).map((pool) => pool.close()));
  }
  for (const failure of failures) console.log(`FAILED  ${failure}`);
  console.log(
    `a160 ${runs} runs on 2 workers (every third also on 3): ${compared} results compared with runSmp's, ` +
      `${failures.length} failed; ${((performance.now() - t0) / 1000).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)}`
  );
  return failures;
}

/** `npm run bench -- ktab-stress`. */
export async function bench(runs = 30): Promise<void> {
  if ((await stressKtabTeam(runs)).length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 30);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench/ktab-stress.ts: the run count must be a positive integer, found "${process.argv[2]}"`);
    process.exit(2);
  }
  await bench(runs);
}
