import type {Command} from "commander";
import {runBacktest} from "../../app/backtest.js";
import {bargainIssue, editInputs, issueInputs, type IssueOutcome} from "../../app/bargain-issue.js";
import {withStore} from "../../app/context.js";
import {bandLabel, runLab, type LabResult} from "../../app/lab.js";
import {START_MODES, type StartMode} from "../../app/scenario-start.js";
import {bargain, listScenarios, loadScenario, parseBargainParams, type BargainModel} from "../../app/simulate.js";
import {printJson, table, UsageError} from "../output.js";
import {optionsOf} from "../options.js";
import {progressBar} from "../progress.js";

function positiveInt(flag: string, v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`Invalid value for ${flag}: expected an integer from 1 to ${max}, found "${v}"`);
  return n;
}

/** `bargain`, `simulate` and `scenarios`. */
export function registerSimulate(program: Command): void {
  program
    .command("bargain")
    .description("run a bargaining model on an issue file (KTAB CSV/XML, our JSON/YAML, or a BDM actors CSV)")
    .argument("[file]")
    .option(
      "--issue <id>",
      "a Kazakh issue built from the store instead of a file (scenarios/issues/, e.g. csto-membership): positions from stances, capabilities from the measures, each input cited"
    )
    .option(
      "--set <actor.field=value>",
      "with --issue: edit an input before running (RUS.position=80, KAZ.salience=0.7), repeatable",
      (v: string, all: string[]) => [...all, v],
      [] as string[]
    )
    .option(
      "--model <model>",
      "smp (KTAB's spatial model of politics) or eu (Bueno de Mesquita's expected utility)",
      "smp"
    )
    .option("--seed <n>", "PRNG seed (SMP; default KTAB's 15455440707583219804)")
    .option(
      "--workers <k>",
      "SMP: worker threads for each turn's per-actor work, 0 = this thread (default: available cores from 250 actors); same result"
    )
    .option(
      "--param <name=value>",
      "model parameter, repeatable (victoryProbModel=Quartic, rounds=8 …)",
      (v: string, all: string[]) => [...all, v],
      [] as string[]
    )
    .action(async (file: string | undefined, _o, command: Command) => {
      const opts = optionsOf<{
        model: string;
        seed?: string;
        param: string[];
        issue?: string;
        set: string[];
        json?: boolean;
        store?: string;
        workers?: string;
      }>(command);
      if (opts.issue !== undefined) {
        if (file !== undefined) throw new UsageError("Give either an issue file or --issue <id>, not both");
        const rounds = parseBargainParams("eu", opts.param).rounds;
        const out = await withStore(opts, async (store) =>
          bargainIssue(editInputs(await issueInputs(store, opts.issue!), opts.set), rounds)
        );
        if (opts.json) return printJson(out);
        return void process.stdout.write(formatIssueOutcome(out));
      }
      if (file === undefined)
        throw new UsageError("Missing issue file: give a file, or --issue <id> (e.g. csto-membership)");
      if (opts.model !== "smp" && opts.model !== "eu")
        throw new UsageError(`Invalid value for --model: expected smp or eu, found "${opts.model}"`);
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
        throw new UsageError(
          `Invalid value for --workers: expected 0 (this thread) or an integer from 1 to 64, found "${opts.workers}"`
        );
      const out = await bargain(file, {
        model: opts.model as BargainModel,
        params: opts.param,
        ...(opts.seed ? {seed: opts.seed} : {}),
        ...(workers !== undefined ? {workers} : {})
      });
      if (opts.json)
        return printJson(
          out.model === "smp" ? {model: "smp", ...out.result, rows: out.rows} : {model: "eu", ...out.result}
        );
      if (out.model === "smp") {
        const r = out.result;
        const last = r.states[r.states.length - 1]!;
        process.stdout.write(
          `${r.scenario.name}: ${r.actors.length} actors, ${r.dimensions.length} dimension(s), ${r.states.length} states (${r.stopReason}), seed ${r.seed}, input ${r.inputHash}\n` +
            `parameters: ${Object.entries(r.params)
              .map(([k, v]) => `${k}=${v}`)
              .join(" ")}\n\n` +
            table(
              r.actors.map((a, i) => ({a, i})),
              [
                {header: "actor", value: ({a}) => a, max: 30},
                ...r.dimensions.map((d, k) => ({
                  header: `${d.slice(0, 14)} start`,
                  value: ({i}: {i: number}) => r.states[0]!.positions[i]![k]!,
                  right: true,
                  digits: 2
                })),
                ...r.dimensions.map((d, k) => ({
                  header: `${d.slice(0, 14)} final`,
                  value: ({i}: {i: number}) => last.positions[i]![k]!,
                  right: true,
                  digits: 2
                })),
                {header: "prob", value: ({i}) => last.probabilities[i]!, right: true, digits: 4}
              ]
            ) +
            `\n${r.bargains.length} bargains proposed; --json gives every state, position and bargain\n`
        );
      } else {
        const r = out.result;
        process.stdout.write(
          table(r.forecast, [
            {header: "round", value: (f) => f.round, right: true},
            {header: "weighted mean", value: (f) => f.mean, right: true, digits: 6},
            {header: "median voter", value: (f) => f.median, right: true, digits: 3}
          ]) + "\n"
        );
      }
    });

  program
    .command("scenarios")
    .description("list the shipped scenarios")
    .action(async (_o, command: Command) => {
      const opts = optionsOf(command);
      const list = listScenarios();
      if (opts.json) return printJson(list);
      process.stdout.write(
        table(list, [
          {header: "id", value: (s) => s.id},
          {header: "name", value: (s) => s.name},
          {header: "file", value: (s) => s.file}
        ]) + "\n"
      );
    });

  const simulate = (command: Command) =>
    command
      .option("--runs <n>", "number of runs (default: the scenario's)")
      .option("--workers <k>", "worker threads (default: available cores)")
      .option("--seed <n>", "seed (default: the scenario's)")
      .option(
        "--start <from>",
        "starting point: measured (latest year the store's measures cover, per dimension; priors only where no data) or file (the scenario file's priors)",
        "measured"
      )
      .option("--measured", "same as --start measured (the default)")
      .option("--samples <n>", "base samples of the sensitivity analysis (cost: samples × (inputs + 3) paired runs)")
      .option("--no-sensitivity", "skip the sensitivity analysis");

  simulate(
    program
      .command("simulate")
      .description(
        "run a scenario (file, or shipped id such as leave-csto) beside its baseline, with common random numbers, and report the effect, the levels and what drives them"
      )
      .argument("<scenario>")
      .option("--against <scenario>", "compare with another scenario instead of the baseline (same as `compare`)")
  ).action(async (name: string, _o, command: Command) => {
    const opts = optionsOf<SimulateFlags & {against?: string}>(command);
    await runSimulate(name, opts.against, opts);
  });

  program
    .command("backtest")
    .description(
      "start a shipped back-test (scenarios/backtests/, e.g. crimea-2014) from the measures of its start year, apply the shocks that happened, and score it against what was measured later, beside a persistence forecast"
    )
    .argument("<id>")
    .option("--runs <n>", "number of runs (default: the back-test's)")
    .action(async (id: string, _o, command: Command) => {
      const opts = optionsOf<{runs?: string; json?: boolean; store?: string}>(command);
      const runs = positiveInt("--runs", opts.runs, 100000);
      const out = await withStore(opts, (store) => runBacktest(store, id, runs ? {runs} : {}));
      if (opts.json) return printJson(out);
      const r = out.result;
      process.stdout.write(
        `${r.scenario}: start ${r.startYear} from the measures, ${r.runs} runs, seed ${r.seed}\n\n` +
          table(r.rows, [
            {header: "dimension", value: (x) => x.dimension},
            {header: "year", value: (x) => x.year},
            {header: "vector", value: (x) => x.vector},
            {header: "measured", value: (x) => x.observed, right: true, digits: 3},
            {header: `persistence (${r.startYear})`, value: (x) => x.persistence, right: true, digits: 3},
            {header: "model p50", value: (x) => x.p50, right: true, digits: 3},
            {header: "p05", value: (x) => x.p05, right: true, digits: 3},
            {header: "p95", value: (x) => x.p95, right: true, digits: 3}
          ]) +
          `\n\nMean absolute error of the shares: model ${r.maeModel.toFixed(4)}, persistence ${r.maePersistence.toFixed(4)}; ` +
          `skill 1 − model/persistence = ${r.skill.toFixed(3)} (${r.skill > 0 ? "beats" : "does not beat"} persistence); ` +
          `${Math.round(r.coverage * 100)}% of the measured shares inside the model's 5–95% band.\n` +
          `Compared: ${out.observed.map((o) => `${o.dimension} ${o.year} (${o.sources.join(", ")})`).join("; ")}\n` +
          out.warnings.map((w) => `warning: ${w.message}\n`).join("")
      );
    });

  simulate(
    program
      .command("compare")
      .description("run two scenarios with the same random draws and report the effect of the first against the second")
      .argument("<scenario>")
      .argument("<against>")
  ).action(async (name: string, against: string, _o, command: Command) => {
    await runSimulate(name, against, optionsOf<SimulateFlags>(command));
  });
}

interface SimulateFlags {
  runs?: string;
  workers?: string;
  seed?: string;
  start: string;
  measured?: boolean;
  samples?: string;
  sensitivity: boolean;
  json?: boolean;
  store?: string;
}

async function runSimulate(name: string, againstName: string | undefined, opts: SimulateFlags): Promise<void> {
  const runs = positiveInt("--runs", opts.runs, 100000);
  const workers = positiveInt("--workers", opts.workers, 64);
  const samples = positiveInt("--samples", opts.samples, 4096);
  if (opts.seed !== undefined && !/^\d+$/.test(opts.seed))
    throw new UsageError(`Invalid value for --seed: expected a non-negative integer, found "${opts.seed}"`);
  const mode = opts.measured ? "measured" : opts.start;
  if (!START_MODES.includes(mode as StartMode))
    throw new UsageError(`Invalid value for --start: expected measured or file, found "${mode}"`);
  const scenario = loadScenario(name);
  const against = againstName ? loadScenario(againstName) : undefined;
  const bars = {runs: progressBar("runs", "runs"), sensitivity: progressBar("sensitivity", "paired runs")};
  const lab = await withStoreIf(mode === "measured", opts, (store) =>
    runLab(store, scenario, {
      start: mode as StartMode,
      ...(against ? {against} : {}),
      ...(runs ? {runs} : {}),
      ...(workers ? {workers} : {}),
      ...(opts.seed !== undefined ? {seed: Number(opts.seed)} : {}),
      sensitivity: opts.sensitivity ? (samples ? {samples} : true) : false,
      onProgress: (phase, done, total) => {
        if (phase === "sensitivity") bars.runs.stop();
        bars[phase].update(done, total);
      }
    })
  ).finally(() => {
    bars.runs.stop();
    bars.sensitivity.stop();
  });
  if (opts.json) return printJson(lab);
  process.stdout.write(formatLab(lab));
}

async function withStoreIf<T>(
  open: boolean,
  opts: {store?: string},
  fn: (store: Parameters<typeof runLab>[0]) => Promise<T>
): Promise<T> {
  return open ? withStore(opts, (store) => fn(store)) : fn(undefined);
}

const signed = (x: number) => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(3);

/** The lab's result for a person: effect first, then the two levels, the start and what drives the effect. */
export function formatLab(lab: LabResult): string {
  const {result, start, sensitivity} = lab;
  const y0 = result.startYear;
  const end = result.horizon;
  const yearOf = (t: number) => (y0 !== undefined ? String(y0 + t) : `year ${t}`);
  const against = lab.againstStart
    ? `"${result.baseline.name}"`
    : "its baseline (the same world without the shocks, same strategy)";
  const key = (b: {measure: string; vector?: string}) => bandLabel(b);
  const at = (bands: LabResult["result"]["bands"], t: number) =>
    new Map(bands.filter((b) => b.t === t).map((b) => [key(b), b]));
  const eff = result.effect.filter((b) => b.t === end);
  const lvl = at(result.bands, end);
  const base = at(result.baseline.bands, end);
  const first = at(result.bands, 0);
  const out: string[] = [];
  out.push(
    `${result.scenario}: ${result.runs} runs, ${yearOf(0)}–${yearOf(end)} (${end} years, one step a year), seed ${result.seed}, against ${against}; both arms draw the same random numbers.`,
    "",
    `Effect in ${yearOf(end)} (scenario − ${lab.againstStart ? "the other scenario" : "baseline"}, run by run; 90% of runs between p05 and p95):`,
    table(eff, [
      {header: "measure", value: (b) => key(b)},
      {header: `${yearOf(0)}`, value: (b) => first.get(key(b))?.p50, right: true, digits: 3},
      {
        header: lab.againstStart ? "other p50" : "baseline p50",
        value: (b) => base.get(key(b))?.p50,
        right: true,
        digits: 3
      },
      {header: "scenario p50", value: (b) => lvl.get(key(b))?.p50, right: true, digits: 3},
      {header: "effect p05", value: (b) => signed(b.p05), right: true},
      {header: "p50", value: (b) => signed(b.p50), right: true},
      {header: "p95", value: (b) => signed(b.p95), right: true}
    ]),
    "",
    `Starting point (${start.mode === "measured" ? "--start measured" : "--start file"}):`,
    table(start.dimensions, [
      {header: "dimension", value: (d) => d.dimension},
      {header: "origin", value: (d) => (d.origin === "prior" ? "PRIOR" : "measured")},
      {header: "year", value: (d) => d.year ?? "–"},
      ...result.vectors.map((v) => ({
        header: v,
        value: (d: (typeof start.dimensions)[number]) => d.shares[v],
        right: true,
        digits: 3
      })),
      {header: "source", value: (d) => d.note, max: 70}
    ])
  );
  if (sensitivity) {
    const shown = sensitivity.outputs
      .filter((o) => o.output.startsWith("effect:") && Math.sqrt(o.variance) >= 1e-3)
      .sort((a, b) => b.variance - a.variance)
      .slice(0, 4);
    out.push(
      "",
      `What drives the effect in ${yearOf(end)} (Sobol' total index: share of the variance over runs due to each input with its interactions; ${sensitivity.samples} samples, ${sensitivity.evaluations} paired runs):`
    );
    for (const o of shown) {
      out.push(
        `  ${o.label} (sd ${Math.sqrt(o.variance).toFixed(3)}): ` +
          o.indices
            .filter((i) => i.total >= 0.02)
            .slice(0, 5)
            .map((i) => `${i.label} ${i.total.toFixed(2)}`)
            .join(", ")
      );
    }
    if (shown.length === 0) out.push("  no effect varies over the runs (sd < 0.001)");
  }
  out.push("", "In plain words:", ...lab.summary.map((s) => `  - ${s}`));
  if (lab.warnings.length) out.push("", ...lab.warnings.map((w) => `warning: ${w.message}`));
  return out.join("\n") + "\n";
}

/** An issue's bargaining for a person: the inputs with their provenance, positions by round, the prediction. */
export function formatIssueOutcome(out: IssueOutcome): string {
  const {inputs, result} = out;
  const rounds = result.forecast.map((f) => f.round);
  const flag = (i: {origin: string}) => (i.origin === "prior" ? "*" : i.origin === "edited" ? "†" : "");
  return (
    `${inputs.name}: ${inputs.question}\nScale: ${inputs.scale}\nModel: expected utility (Bueno de Mesquita), ${out.rounds} rounds\n\n` +
    table(inputs.actors, [
      {header: "actor", value: (a) => a.code},
      {header: "position", value: (a) => `${a.position.value.toFixed(1)}${flag(a.position)}`, right: true},
      {header: "salience", value: (a) => `${a.salience.value.toFixed(2)}${flag(a.salience)}`, right: true},
      {header: "capability", value: (a) => `${a.capability.value.toFixed(3)}${flag(a.capability)}`, right: true},
      {header: "where the position comes from", value: (a) => a.position.provenance, max: 90}
    ]) +
    `\n* prior from the issue file (no data in the store); † edited. Capabilities: ${inputs.actors.find((a) => a.capability.origin === "store")?.capability.provenance ?? "priors"}.\n\nPositions by round:\n` +
    table(inputs.actors, [
      {header: "actor", value: (a) => a.code},
      ...rounds.map((r) => ({
        header: `round ${r}`,
        value: (a: (typeof inputs.actors)[number]) =>
          out.positions.find((p) => p.round === r && p.actor === a.code)?.position,
        right: true,
        digits: 1
      }))
    ]) +
    `\n\nPredicted outcome after ${out.rounds} rounds: ${out.predicted.mean.toFixed(1)} (capability × salience weighted mean; median voter ${out.predicted.median.toFixed(1)}) on the scale above.\n`
  );
}
