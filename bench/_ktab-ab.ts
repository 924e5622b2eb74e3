// Two (or more) checkouts of the project side by side in one process: a160 on pools of 1 and 2 workers of each tree,
// every round running all the arms in a rotated order, so that the machine's load falls alike on each. Prints per
// tree the median of the rounds' 1w/2w wall ratios, the wall per run and the process CPU per run (all threads), and
// whether every result equals the first tree's runSmp (by its JSON). A script run by hand (not part of `npm run
// bench`): the A/B behind the SMP figures of docs/benchmarks.md.
// Run: TREES=before=/tmp/old-checkout,after=. ROUNDS=20 WARM=8 nice -n 10 node --import tsx bench/_ktab-ab.ts
// (a tree is a directory holding src/ and node_modules/, e.g. `git worktree add` or `git archive` of a commit).
import {readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {resolve} from "node:path";
import {pathToFileURL} from "node:url";

interface Tree {
  smp1: (scenario: unknown, options: unknown) => Promise<unknown>;
  smp2: (scenario: unknown, options: unknown) => Promise<unknown>;
  close: () => Promise<void>;
  scenario: unknown;
  options: unknown;
}

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};

const spec = (process.env.TREES ?? "").split(",").filter(Boolean);
if (spec.length === 0 || spec.some((s) => !s.includes("="))) {
  console.error(`bench/_ktab-ab.ts: TREES must be name=directory,… (found "${process.env.TREES ?? ""}")`);
  process.exit(2);
}
const names: string[] = [];
const trees: Record<string, Tree> = {};
let expected: string | undefined;
const csv = readFileSync(new URL("../data/ktab/dummyData-a160.csv", import.meta.url), "utf8");
for (const entry of spec) {
  const [name, dir] = entry.split("=") as [string, string];
  const root = pathToFileURL(resolve(dir) + "/").href;
  const ktab = await import(new URL("src/simulate/ktab/index.ts", root).href);
  const {createScenarioPool} = await import(new URL("src/simulate/worker-pool.ts", root).href);
  const parsed = ktab.parseKtabCsv(csv);
  if (!parsed.ok) throw new Error(`${dir}: dummyData-a160.csv does not parse`);
  const options = {seed: ktab.KTAB_DEFAULT_SEED};
  expected ??= JSON.stringify(ktab.runSmp(parsed.value, options));
  const p1 = createScenarioPool({workers: 1});
  const p2 = createScenarioPool({workers: 2});
  names.push(name);
  trees[name] = {
    smp1: (s, o) => p1.smp(s, o),
    smp2: (s, o) => p2.smp(s, o),
    close: async () => void (await Promise.all([p1.close(), p2.close()])),
    scenario: parsed.value,
    options
  };
}

const arms = names.flatMap((name) => [`${name}:1`, `${name}:2`]);
const wall: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
let identical = true;
const runArm = async (arm: string, keep: boolean): Promise<number> => {
  const [name, workers] = arm.split(":") as [string, string];
  const tree = trees[name]!;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await (workers === "1" ? tree.smp1 : tree.smp2)(tree.scenario, tree.options);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (JSON.stringify(result) !== expected) identical = false;
  if (keep) {
    (wall[arm] ??= []).push(ms);
    (cpu[arm] ??= []).push((c.user + c.system) / 1000);
  }
  return ms;
};

for (let w = 0; w < Number(process.env.WARM ?? 8); w++) for (const arm of arms) await runArm(arm, false);
const rounds = Number(process.env.ROUNDS ?? 20);
const ratios: Record<string, number[]> = {};
const loads = [loadavg()[0]!];
for (let r = 0; r < rounds; r++) {
  // rotate the order by one each round and reverse it every other round
  const order = [...arms.slice(r % arms.length), ...arms.slice(0, r % arms.length)];
  if (r % 2) order.reverse();
  const got: Record<string, number> = {};
  for (const arm of order) got[arm] = await runArm(arm, true);
  for (const name of names) (ratios[name] ??= []).push(got[`${name}:1`]! / got[`${name}:2`]!);
  loads.push(loadavg()[0]!);
}
for (const tree of Object.values(trees)) await tree.close();
for (const name of names) {
  const [w1, w2] = [wall[`${name}:1`]!, wall[`${name}:2`]!];
  console.log(
    `${name.padEnd(8)} 1w/2w median ${median(ratios[name]!).toFixed(3)} (best runs' ratio ${(Math.min(...w1) / Math.min(...w2)).toFixed(3)}); ` +
      `wall per run 1w ${median(w1).toFixed(1)} 2w ${median(w2).toFixed(1)} ms; ` +
      `process CPU per run 1w ${median(cpu[`${name}:1`]!).toFixed(0)} 2w ${median(cpu[`${name}:2`]!).toFixed(0)} ms; ` +
      `rounds ${ratios[name]!.map((x) => x.toFixed(2)).join(" ")}`
  );
}
console.log(
  `identical to the first tree's runSmp: ${identical}; ${rounds} rounds, load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`
);
