// Equivalence of the SMP on worker threads with the SMP on one thread: every run on pools of 1, 2 and 3 workers
// must give runSmp's result to the byte (JSON). Not a speed figure: the check behind "identical" in
// docs/benchmarks.md. Exits non-zero on any difference.
// Cases: each bargaining model × interpolation × rule set (one deterministic, two stochastic, with their voting
// rule, third-party commitment and PCE model) on synthetic scenarios of 12 to 90 actors and 1 to 3 dimensions (one
// with accommodation), 4 turns; then KTAB's dummyData_3Dim (small), dummyData-a160 (whole run) and a stochastic
// a160 of 6 turns.
// Run: node --import tsx bench/ktab-eq.ts (or `npm run bench -- ktab-eq`). Env: KTAB_EQ_WORKERS (default 1,2,3).
import {readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {pathToFileURL} from "node:url";
import {parseKtabCsv, runSmp, KTAB_DEFAULT_SEED} from "../src/simulate/ktab/index.js";
import type {RunSmpOptions, SmpScenario} from "../src/simulate/ktab/index.js";
import type {SmpParams} from "../src/simulate/ktab/params.js";
import {createScenarioPool, type ScenarioPool} from "../src/simulate/worker-pool.js";
import {syntheticSmp} from "./ktab.js";

const data = new URL("../data/ktab/", import.meta.url);

/** One case: a scenario, the options of its run, and a label. */
interface EqCase {
  label: string;
  scenario: SmpScenario;
  options: RunSmpOptions;
}

const RULE_SETS: Pick<SmpParams, "votingRule" | "thirdPartyCommit" | "stateTransitions" | "pceModel">[] = [
  {votingRule: "Prop", thirdPartyCommit: "SemiCommit", stateTransitions: "Deterministic", pceModel: "Conditional"},
  {votingRule: "Binary", thirdPartyCommit: "NoCommit", stateTransitions: "Stochastic", pceModel: "MarkovUniform"},
  {votingRule: "PropCbc", thirdPartyCommit: "FullCommit", stateTransitions: "Stochastic", pceModel: "MarkovIncentive"}
];
const SIZES: [actors: number, dimensions: number, seed: number][] = [
  [12, 1, 3],
  [30, 2, 5],
  [45, 3, 9],
  [90, 2, 4]
];

function ktabInput(name: string): SmpScenario {
  const parsed = parseKtabCsv(readFileSync(new URL(name, data), "utf8"), {file: name});
  if (!parsed.ok) throw new Error(`data/ktab/${name} does not parse`);
  return parsed.value;
}

/** The cases, in the order they run. */
export function ktabEqCases(): EqCase[] {
  const cases: EqCase[] = [];
  for (const bargnModel of ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"] as const)
    for (const interVecBrgn of ["S2P2", "S1P1", "S2PMax"] as const)
      for (const rules of RULE_SETS)
        for (const [actors, dimensions, seed] of SIZES) {
          const scenario = syntheticSmp(actors, dimensions, seed);
          // one size with a sparse accommodation matrix (the others: KTAB's default, the identity)
          const withAccommodation =
            actors === 30
              ? {
                  ...scenario,
                  accommodation: Array.from({length: actors}, (_, i) =>
                    Array.from({length: actors}, (_, j) => (i === j ? 0.7 : (i + j) % 7 === 0 ? 0.05 : 0))
                  )
                }
              : scenario;
          cases.push({
            label: `${bargnModel} ${interVecBrgn} ${rules.votingRule}/${rules.stateTransitions} ${actors}x${dimensions}`,
            scenario: withAccommodation,
            options: {maxIterations: 4, seed: 7, params: {bargnModel, interVecBrgn, ...rules}}
          });
        }
  cases.push({label: "dummyData_3Dim", scenario: ktabInput("dummyData_3Dim.csv"), options: {seed: KTAB_DEFAULT_SEED}});
  const a160 = ktabInput("dummyData-a160.csv");
  cases.push({label: "dummyData-a160", scenario: a160, options: {seed: KTAB_DEFAULT_SEED}});
  cases.push({
    label: "dummyData-a160 stochastic",
    scenario: a160,
    options: {seed: 11, maxIterations: 6, params: {stateTransitions: "Stochastic", pceModel: "MarkovIncentive"}}
  });
  return cases;
}

/** Runs every case on one thread and on each pool; returns the number of runs compared and of differences. */
export async function checkKtabEquivalence(
  workers = (process.env.KTAB_EQ_WORKERS ?? "1,2,3").split(",").map(Number)
): Promise<{runs: number; different: string[]}> {
  const pools: ScenarioPool[] = workers.map((n) => createScenarioPool({workers: n}));
  const cases = ktabEqCases();
  const different: string[] = [];
  let runs = 0;
  let bytes = 0;
  const t0 = performance.now();
  try {
    for (const c of cases) {
      const expected = JSON.stringify(runSmp(c.scenario, c.options));
      bytes += expected.length;
      for (const [k, pool] of pools.entries()) {
        const got = JSON.stringify(await pool.smp(c.scenario, c.options));
        runs++;
        if (got !== expected) {
          different.push(`${c.label} on ${workers[k]} workers`);
          console.log(`DIFFERENT  ${c.label} on ${workers[k]} workers`);
        }
      }
    }
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
  }
  console.log(
    `${cases.length} cases (3 bargaining models × 3 interpolations × 3 rule sets × 4 synthetic sizes, ` +
      `dummyData_3Dim, a160, a160 stochastic), each on one thread and on pools of ${workers.join(", ")} workers: ` +
      `${runs} pool runs compared by their JSON (${(bytes / 1e6).toFixed(1)} MB of one-thread results), ` +
      `${different.length} different; ${((performance.now() - t0) / 1000).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)}`
  );
  return {runs, different};
}

/** `npm run bench -- ktab-eq`. */
export async function bench(): Promise<void> {
  const {different} = await checkKtabEquivalence();
  if (different.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bench();
}
