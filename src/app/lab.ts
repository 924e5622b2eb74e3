/**
 * The scenario lab's use case, shared by `multivector simulate`, POST /api/simulations and the dashboard: resolve
 * the starting point (measured by default), run the scenario beside its baseline (or another scenario) with common
 * random numbers, run the sensitivity analysis, and say in plain words what was assumed.
 *
 * @module
 */
import type {Issue, Scenario, Uncertain} from "../domain/index.js";
import {
  armsOf,
  createScenarioPool,
  MAGNITUDE_INFO,
  PARAM_DEFAULTS,
  PARAM_INFO,
  paramsUsed,
  STRATEGY_DEFAULTS,
  STRATEGY_INFO,
  type Band,
  type MonteCarloResult,
  type SensitivityResult
} from "../simulate/index.js";
import type {Store} from "../store/index.js";
import {resolveStart, type ScenarioStart, type StartMode} from "./scenario-start.js";

/** One input of a run as the lab shows it next to its field. */
export interface ParameterRow {
  /** `param:volatility`, `strategy:threshold`, `shock:0:magnitude`. */
  key: string;
  label: string;
  meaning: string;
  unit: string;
  /** What the runs use: the scenario's value or distribution, or the default. */
  value: Uncertain;
  set: "scenario" | "default";
  /** The plausible range the sensitivity explores when the scenario gives no distribution. */
  range?: readonly [number, number];
  /** A citation, or "assumption: …". */
  source: string;
}

export interface LabOptions {
  runs?: number;
  seed?: number;
  workers?: number;
  /** Where the starting figures come from. Default "measured" (needs a store; priors where it has no data). */
  start?: StartMode;
  /** Compare against this scenario instead of the baseline. */
  against?: Scenario;
  /** Run the sensitivity analysis (default true) with this many base samples. */
  sensitivity?: boolean | {samples?: number};
  onProgress?: (phase: "runs" | "sensitivity", done: number, total: number) => void;
}

export interface LabResult {
  scenario: Scenario;
  start: ScenarioStart;
  /** The compared scenario's start, when comparing. */
  againstStart?: ScenarioStart;
  result: MonteCarloResult;
  sensitivity?: SensitivityResult;
  parameters: ParameterRow[];
  /** What was assumed and what came out, in plain words, one sentence each. */
  summary: string[];
  warnings: Issue[];
}

/** The inputs of a scenario's runs, documented. */
export function describeParameters(scenario: Scenario): ParameterRow[] {
  const rows: ParameterRow[] = [];
  for (const name of paramsUsed(scenario)) {
    const info = PARAM_INFO[name];
    const given = scenario.params[name];
    rows.push({
      key: `param:${name}`,
      label: info.label,
      meaning: info.meaning,
      unit: info.unit,
      value: given ?? PARAM_DEFAULTS[name],
      set: given === undefined ? "default" : "scenario",
      range: info.range,
      source: info.source
    });
  }
  const {kind} = scenario.strategy;
  if (kind !== "none") {
    for (const name of kind === "hedge" ? (["threshold", "rate"] as const) : (["rate"] as const)) {
      const info = STRATEGY_INFO[name];
      const given = scenario.strategy[name];
      rows.push({
        key: `strategy:${name}`,
        label: `${kind} ${name}`,
        meaning: info.meaning,
        unit: info.unit,
        value: given ?? STRATEGY_DEFAULTS[name],
        set: given === undefined ? "default" : "scenario",
        range: info.range,
        source: info.source
      });
    }
  }
  scenario.shocks.forEach((s, i) => {
    const info = MAGNITUDE_INFO[s.kind];
    rows.push({
      key: `shock:${i}:magnitude`,
      label: `${info.label} (${s.kind} ${s.target})`,
      meaning: info.meaning,
      unit: info.unit,
      value: s.magnitude,
      set: "scenario",
      source: s.note ? `scenario: ${s.note}` : "scenario"
    });
  });
  return rows;
}

/** "0.35", "uniform 0.4–0.7", "normal 0.3 ± 0.1". */
export function formatUncertain(v: Uncertain): string {
  const f = (x: number) => String(+x.toPrecision(3));
  if (typeof v === "number") return f(v);
  if ("uniform" in v) return `uniform ${f(v.uniform[0])}–${f(v.uniform[1])}`;
  return `normal ${f(v.normal[0])} ± ${f(v.normal[1])}`;
}

/** Runs the lab: start, paired Monte Carlo, sensitivity, summary. One worker pool for all of it. */
export async function runLab(store: Store | undefined, raw: Scenario, options: LabOptions = {}): Promise<LabResult> {
  const mode = options.start ?? "measured";
  const start = await resolveStart(store, raw, mode);
  const againstStart = options.against ? await resolveStart(store, options.against, mode) : undefined;
  const scenario = start.scenario;
  armsOf(scenario, againstStart?.scenario); // fails early when the two cannot be compared
  const pool = createScenarioPool({...(options.workers !== undefined ? {workers: options.workers} : {})});
  try {
    const result = await pool.run(scenario, {
      rows: false,
      ...(options.runs !== undefined ? {runs: options.runs} : {}),
      ...(options.seed !== undefined ? {seed: options.seed} : {}),
      ...(againstStart ? {against: againstStart.scenario} : {}),
      onProgress: (d, n) => options.onProgress?.("runs", d, n)
    });
    const wantSensitivity = options.sensitivity ?? true;
    const sensitivity =
      wantSensitivity && !againstStart
        ? await pool.sensitivity(scenario, {
            ...(typeof wantSensitivity === "object" && wantSensitivity.samples
              ? {samples: wantSensitivity.samples}
              : {}),
            ...(options.seed !== undefined ? {seed: options.seed} : {}),
            onProgress: (d, n) => options.onProgress?.("sensitivity", d, n)
          })
        : undefined;
    const parameters = describeParameters(scenario);
    return {
      scenario,
      start,
      ...(againstStart ? {againstStart} : {}),
      result,
      ...(sensitivity ? {sensitivity} : {}),
      parameters,
      summary: summarize(scenario, start, result, parameters, sensitivity, againstStart),
      warnings: [...start.warnings, ...(againstStart?.warnings ?? []), ...result.warnings]
    };
  } finally {
    await pool.close();
  }
}

const signed = (x: number, digits = 3) => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(digits);

/** "security", "RUS share". */
export function bandLabel(b: {measure: string; vector?: string | undefined}): string {
  return b.vector ? `${b.vector} share` : b.measure;
}

function summarize(
  scenario: Scenario,
  start: ScenarioStart,
  result: MonteCarloResult,
  parameters: readonly ParameterRow[],
  sensitivity: SensitivityResult | undefined,
  against: ScenarioStart | undefined
): string[] {
  const out: string[] = [];
  const y0 = scenario.startYear;
  const yearOf = (t: number) => (y0 !== undefined ? `${y0 + t}` : `year ${t}`);
  const measured = start.dimensions.filter((d) => d.origin === "measured");
  const priors = start.dimensions.filter((d) => d.origin === "prior");
  out.push(
    `Starting point (${y0 ?? "year 0"}): ` +
      [
        ...measured.map((d) => `${d.dimension} measured in ${d.year} (${d.sources.join(", ") || "store"})`),
        ...priors.map((d) => `${d.dimension} from the scenario file's prior, not data`)
      ].join("; ") +
      "."
  );
  out.push(
    scenario.shocks.length
      ? `Shocks assumed: ${scenario.shocks
          .map(
            (s) =>
              `${s.kind} ${s.target} in ${yearOf(Math.max(1, s.at))} (${MAGNITUDE_INFO[s.kind].label} ${formatUncertain(s.magnitude)})`
          )
          .join("; ")}.`
      : "No shocks: the scenario is its own baseline."
  );
  const strat = scenario.strategy;
  out.push(
    strat.kind === "none"
      ? "The focal state follows no strategy."
      : `Strategy: ${strat.kind}${strat.kind === "hedge" ? ` when a vector passes ${formatUncertain(strat.threshold ?? STRATEGY_DEFAULTS.threshold)} of the combined ties` : ""}, rate ${formatUncertain(strat.rate ?? STRATEGY_DEFAULTS.rate)} per year — an assumption, applied in ${against ? "both scenarios" : "the baseline too"}, so the effect shows the shocks, not the strategy.`
  );
  const assumed = parameters.filter((p) => p.source.startsWith("assumption"));
  out.push(
    `${assumed.length} of ${parameters.length} inputs rest on assumptions, not data: ${assumed.map((p) => p.label).join(", ")}.`
  );
  const end = result.horizon;
  const effects = result.effect
    .filter((b) => b.t === end)
    .map((b) => ({b, size: Math.abs(b.p50)}))
    .sort((x, y) => y.size - x.size)
    .filter((x) => x.size >= 0.005)
    .slice(0, 4);
  const other = against ? `"${result.baseline.name}"` : "the baseline";
  out.push(
    effects.length
      ? `Effect in ${yearOf(end)} against ${other} (median, 90% of runs): ${effects
          .map(({b}) => `${bandLabel(b)} ${signed(b.p50)} [${signed(b.p05)} to ${signed(b.p95)}]`)
          .join("; ")}.`
      : `No measure moves by 0.005 or more in ${yearOf(end)} against ${other}.`
  );
  if (sensitivity) {
    for (const {b} of effects.slice(0, 2)) {
      const o = sensitivity.outputs.find((x) => x.output === `effect:${b.vector ? `share:${b.vector}` : b.measure}`);
      if (!o) continue;
      const top = o.indices.filter((i) => !i.group).slice(0, 2);
      const hedge = o.indices.find((i) => i.key === "group:hedge");
      out.push(
        `What drives the effect on ${bandLabel(b)}: ${top.map((i) => `${i.label} (${Math.round(i.total * 100)}% of its variance with interactions)`).join(", ")}` +
          (hedge ? `; the hedge rule accounts for ${Math.round(hedge.total * 100)}%` : "") +
          "."
      );
    }
  }
  return out;
}
