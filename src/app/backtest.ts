/**
 * The back-test use case (`multivector backtest crimea-2014`): start a shipped back-test scenario
 * (scenarios/backtests/) from the measures of its start year, run it with the shocks that happened, and score it
 * against what the store measures for the later years, beside a naive persistence forecast.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {IssueError, type Issue} from "../domain/index.js";
import {backtest, parseScenario, type BacktestResult, type ObservedShares} from "../simulate/index.js";
import type {Store} from "../store/index.js";
import {SCENARIO_DIR} from "./simulate.js";
import {measuredShares, resolveStart, type ScenarioStart} from "./scenario-start.js";

/** Where the shipped back-tests live. */
export const BACKTEST_DIR = join(SCENARIO_DIR, "backtests");

export interface BacktestOutcome {
  id: string;
  start: ScenarioStart;
  /** The measured years compared, per dimension, with their sources. */
  observed: (ObservedShares & {sources: string[]})[];
  result: BacktestResult;
  warnings: Issue[];
}

/** The shipped back-tests' ids. */
export function listBacktests(): string[] {
  if (!existsSync(BACKTEST_DIR)) return [];
  return readdirSync(BACKTEST_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ""))
    .sort();
}

/** Runs a shipped back-test against the store's measures. */
export async function runBacktest(
  store: Store,
  id: string,
  options: {runs?: number; seed?: number} = {}
): Promise<BacktestOutcome> {
  const file = ["yaml", "yml"].map((e) => join(BACKTEST_DIR, `${id}.${e}`)).find(existsSync);
  if (!file) {
    throw new IssueError([
      {
        code: "missing_file",
        message: `No shipped back-test "${id}": expected one of ${listBacktests().join(", ")}`
      }
    ]);
  }
  const parsed = parseScenario(readFileSync(file, "utf8"), {file: `scenarios/backtests/${id}.yaml`});
  if (!parsed.ok) throw new IssueError(parsed.issues);
  const start = await resolveStart(store, parsed.value, "measured");
  const from = parsed.value.startYear!;
  const measuredAtStart = new Set(
    start.dimensions.filter((d) => d.origin === "measured" && d.year === from).map((d) => d.dimension)
  );
  const observed = (await measuredShares(store, parsed.value, from, from + parsed.value.horizon)).filter((o) =>
    measuredAtStart.has(o.dimension)
  ) as BacktestOutcome["observed"];
  if (observed.length === 0) {
    throw new IssueError([
      {
        code: "no_data",
        message: `Cannot run back-test "${id}": the store measures no dimension both in ${from} and in ${from + 1}–${from + parsed.value.horizon}`
      }
    ]);
  }
  const result = backtest(start.scenario, observed, options);
  return {id, start, observed, result, warnings: start.warnings};
}
