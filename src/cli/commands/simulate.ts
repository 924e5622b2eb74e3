import type {Command} from "commander";
import {
  bargain,
  listScenarios,
  loadScenario,
  simulateScenario,
  startFromMeasures,
  withStore,
  type BargainModel
} from "../../app/index.js";
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
    .argument("<file>")
    .option(
      "--model <model>",
      "smp (KTAB's spatial model of politics) or eu (Bueno de Mesquita's expected utility)",
      "smp"
    )
    .option("--seed <n>", "PRNG seed (SMP; default KTAB's 15455440707583219804)")
    .option(
      "--param <name=value>",
      "model parameter, repeatable (victoryProbModel=Quartic, rounds=8 …)",
      (v: string, all: string[]) => [...all, v],
      [] as string[]
    )
    .action(async (file: string, _o, command: Command) => {
      const opts = optionsOf<{model: string; seed?: string; param: string[]}>(command);
      if (opts.model !== "smp" && opts.model !== "eu")
        throw new UsageError(`Invalid value for --model: expected smp or eu, found "${opts.model}"`);
      const out = bargain(file, {
        model: opts.model as BargainModel,
        params: opts.param,
        ...(opts.seed ? {seed: opts.seed} : {})
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

  program
    .command("simulate")
    .description("run a scenario (file, or shipped id such as leave-csto) many times and report quantile bands")
    .argument("<scenario>")
    .option("--runs <n>", "number of runs (default: the scenario's)")
    .option("--workers <k>", "worker threads (default: available cores)")
    .option("--seed <n>", "seed (default: the scenario's)")
    .option("--measured", "start from the influence measured in the store instead of the scenario's own figures")
    .action(async (name: string, _o, command: Command) => {
      const opts = optionsOf<{runs?: string; workers?: string; seed?: string; measured?: boolean}>(command);
      const runs = positiveInt("--runs", opts.runs, 100000);
      const workers = positiveInt("--workers", opts.workers, 64);
      if (opts.seed !== undefined && !/^\d+$/.test(opts.seed))
        throw new UsageError(`Invalid value for --seed: expected a non-negative integer, found "${opts.seed}"`);
      let scenario = loadScenario(name);
      if (opts.measured) {
        const m = await withStore(opts, (store) => startFromMeasures(store, scenario));
        scenario = m.scenario;
        process.stderr.write(
          `Starting influence measured from the store: ${Object.entries(m.years)
            .map(([d, y]) => `${d} ${y}`)
            .join(", ")}` +
            (m.kept.length ? `; kept from the scenario file: ${m.kept.join(", ")}` : "") +
            "\n"
        );
      }
      const bar = progressBar("runs", "runs");
      const result = await simulateScenario(scenario, {
        ...(runs ? {runs} : {}),
        ...(workers ? {workers} : {}),
        ...(opts.seed !== undefined ? {seed: Number(opts.seed)} : {}),
        onProgress: bar.update
      }).finally(() => bar.stop());
      if (opts.json) return printJson(result);
      const end = result.horizon;
      const at = (t: number) => result.bands.filter((b) => b.t === t);
      const label = (b: {measure: string; vector?: string}) => (b.vector ? `share ${b.vector}` : b.measure);
      process.stdout.write(
        `${result.scenario}: ${result.runs} runs, horizon ${result.horizon}, seed ${result.seed}\n\n` +
          table(at(end), [
            {header: `at t=${end}`, value: label},
            {header: "start p50", value: (b) => at(0).find((s) => label(s) === label(b))?.p50, right: true, digits: 3},
            {header: "p05", value: (b) => b.p05, right: true, digits: 3},
            {header: "p25", value: (b) => b.p25, right: true, digits: 3},
            {header: "p50", value: (b) => b.p50, right: true, digits: 3},
            {header: "p75", value: (b) => b.p75, right: true, digits: 3},
            {header: "p95", value: (b) => b.p95, right: true, digits: 3}
          ]) +
          "\n" +
          (result.warnings.length ? result.warnings.map((w) => `warning: ${w.message}`).join("\n") + "\n" : "")
      );
    });
}
