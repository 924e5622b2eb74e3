import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {basename, extname, join} from "node:path";
import {IssueError, type Issue, type Result, type Scenario} from "../domain/index.js";
import {
  bdm,
  BDM_DEFAULTS,
  normalizeParam,
  parseBdmCsv,
  parseKtabCsv,
  parseKtabXml,
  parseScenario,
  parseSmpJson,
  runScenario,
  runSmp,
  runSmpOnWorkers,
  SMP_PARAM_VALUES,
  smpPositionRows,
  type BdmActor,
  type BdmResult,
  type MonteCarloResult,
  type SmpParamName,
  type SmpParams,
  type SmpResult,
  type SmpScenario
} from "../simulate/index.js";
import type {Store} from "../store/index.js";
import {PROJECT_ROOT} from "./init.js";

/** Where the shipped scenarios live. */
export const SCENARIO_DIR = join(PROJECT_ROOT, "scenarios");

import {firstInvalidUtf8} from "./utf8.js";

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new IssueError(r.issues);
  return r.value;
}

/** Largest scenario or issue file read (bytes). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Most rounds of the expected-utility model (each round is O(actors²)). */
export const MAX_BDM_ROUNDS = 10_000;

/** Reads an input file as UTF-8 text: a missing file, a folder, a device, a huge file or bad bytes get a message. */
function readText(path: string): string {
  if (!existsSync(path))
    throw new IssueError([{code: "missing_file", message: `Cannot read "${path}": no such file`, file: path}]);
  const st = statSync(path);
  if (st.isDirectory())
    throw new IssueError([
      {code: "not_a_file", message: `Cannot read "${path}": it is a folder, expected a file`, file: path}
    ]);
  if (!st.isFile())
    throw new IssueError([
      {
        code: "not_a_file",
        message: `Cannot read "${path}": not a regular file (a device, a socket or a pipe)`,
        file: path
      }
    ]);
  if (st.size > MAX_INPUT_BYTES)
    throw new IssueError([
      {
        code: "too_large",
        message: `Cannot read "${path}": ${st.size} bytes, above the ${MAX_INPUT_BYTES}-byte limit for an input file`,
        file: path
      }
    ]);
  const bytes = readFileSync(path);
  const at = firstInvalidUtf8(bytes);
  if (at < bytes.length) {
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    throw new IssueError([
      {
        code: "bad_encoding",
        message: `Cannot read "${path}": invalid UTF-8 byte 0x${bytes[at]!.toString(16).padStart(2, "0")} at offset ${at}: convert the file to UTF-8`,
        file: path,
        line
      }
    ]);
  }
  return bytes.toString("utf8");
}

/** The shipped scenarios: id (file name without extension), name, description. */
export function listScenarios(): {id: string; name: string; description?: string; file: string}[] {
  if (!existsSync(SCENARIO_DIR)) return [];
  return readdirSync(SCENARIO_DIR)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => {
      const s = unwrap(parseScenario(readFileSync(join(SCENARIO_DIR, f), "utf8"), {file: `scenarios/${f}`}));
      return {
        id: f.replace(/\.(ya?ml|json)$/, ""),
        name: s.name,
        ...(s.description ? {description: s.description} : {}),
        file: `scenarios/${f}`
      };
    });
}

/** Loads a scenario from a file path, or a shipped scenario by id ("leave-csto"). Throws issues with file:line. */
export function loadScenario(pathOrId: string): Scenario {
  const shipped = ["yaml", "yml", "json"].map((e) => join(SCENARIO_DIR, `${pathOrId}.${e}`)).find(existsSync);
  const path = existsSync(pathOrId) ? pathOrId : shipped;
  if (!path) {
    const ids = listScenarios().map((s) => s.id);
    throw new IssueError([
      {
        code: "missing_file",
        message: `Cannot find scenario "${pathOrId}": no such file and no shipped scenario of that id; shipped: ${ids.join(", ")}`
      }
    ]);
  }
  const file = path === shipped ? `scenarios/${basename(path)}` : path;
  return unwrap(parseScenario(readText(path), {file}));
}

/** Parses a scenario given as text (the API's request body). */
export function scenarioFromText(text: string, file = "request"): Scenario {
  return unwrap(parseScenario(text, {file}));
}

export interface SimulateOptions {
  runs?: number;
  seed?: number;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Include the tidy per-run share rows (large). Default false. */
  rows?: boolean;
  /** Compare against this scenario instead of the baseline (same vectors and horizon). */
  against?: Scenario;
}

/**
 * Runs a scenario's Monte Carlo with its baseline (or `against`) over worker threads. The same seed gives the same
 * result with any number of workers.
 */
export async function simulateScenario(scenario: Scenario, options: SimulateOptions = {}): Promise<MonteCarloResult> {
  return runScenario(scenario, {
    rows: options.rows ?? false,
    ...(options.runs !== undefined ? {runs: options.runs} : {}),
    ...(options.seed !== undefined ? {seed: options.seed} : {}),
    ...(options.workers !== undefined ? {workers: options.workers} : {}),
    ...(options.against ? {against: options.against} : {}),
    ...(options.onProgress ? {onProgress: options.onProgress} : {})
  });
}

/** Which bargaining model: KTAB's spatial model of politics, or Bueno de Mesquita's expected utility. */
export type BargainModel = "smp" | "eu";

export interface BargainOptions {
  model?: BargainModel;
  seed?: string;
  /** SMP parameters as name=value strings ("victoryProbModel=Quartic"); EU: rounds=N. */
  params?: readonly string[];
  /**
   * SMP: worker threads for each turn's per-actor work (0: this thread). Default: the available
   * cores from {@link SMP_WORKERS_FROM} actors up, this thread below (starting workers costs more
   * than a small run). The result is the same to the bit either way.
   */
  workers?: number;
}

/** From this many actors `bargain` runs the SMP on worker threads by default. */
export const SMP_WORKERS_FROM = 250;

export type BargainOutcome =
  | {model: "smp"; file: string; result: SmpResult; rows: ReturnType<typeof smpPositionRows>}
  | {model: "eu"; file: string; result: BdmResult; rounds: number};

/** Reads an issue file by extension: KTAB CSV or XML, our JSON/YAML, or a BDM actors CSV for the EU model. */
export function readBargainInput(path: string, model: BargainModel): SmpScenario | BdmActor[] {
  const text = readText(path);
  const ext = extname(path).toLowerCase();
  if (model === "eu") {
    if (ext === ".csv" && /^\s*\uFEFF?actor\s*,/i.test(text)) return unwrap(parseBdmCsv(text, {file: path}));
    const smp = readSmp(text, ext, path);
    if (smp.dimensions.length !== 1) {
      throw new IssueError([
        {
          code: "bad_dimensions",
          message: `Cannot run the expected-utility model on "${path}": it needs one dimension, found ${smp.dimensions.length}`,
          file: path
        }
      ]);
    }
    return smp.actors.map((a) => ({
      name: a.name,
      capability: a.capability,
      position: a.positions[0]!,
      salience: a.saliences[0]!
    }));
  }
  return readSmp(text, ext, path);
}

function readSmp(text: string, ext: string, file: string): SmpScenario {
  if (ext === ".csv") return unwrap(parseKtabCsv(text, {file}));
  if (ext === ".xml") return unwrap(parseKtabXml(text, {file}));
  if ([".json", ".yaml", ".yml"].includes(ext)) return unwrap(parseSmpJson(text, {file}));
  throw new IssueError([
    {
      code: "unknown_format",
      message: `Cannot read "${file}": expected a .csv, .xml, .json or .yaml issue file, found "${ext || "no extension"}"`,
      file
    }
  ]);
}

/** Parses `name=value` parameter flags for the chosen model. */
export function parseBargainParams(
  model: BargainModel,
  params: readonly string[]
): {smp: Partial<SmpParams>; rounds: number} {
  const issues: Issue[] = [];
  const smp: Partial<Record<SmpParamName, string>> = {};
  let rounds: number = BDM_DEFAULTS.rounds;
  for (const p of params) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(p);
    if (!m) {
      issues.push({code: "bad_param", message: `Cannot read parameter "${p}": expected name=value`, path: ["param"]});
      continue;
    }
    const [, name, value] = m as unknown as [string, string, string];
    if (model === "eu") {
      if (name === "rounds" && /^\d+$/.test(value)) {
        rounds = Number(value);
        if (rounds < 1 || rounds > MAX_BDM_ROUNDS) {
          issues.push({
            code: "limit_exceeded",
            message: `Invalid parameter rounds=${value}: expected 1 to ${MAX_BDM_ROUNDS} (limit MAX_BDM_ROUNDS)`,
            path: ["rounds"]
          });
          continue;
        }
      } else
        issues.push({
          code: "bad_param",
          message: `Unknown parameter "${name}" for the expected-utility model: expected rounds=<integer>`,
          path: ["param"]
        });
      continue;
    }
    const key = (Object.keys(SMP_PARAM_VALUES) as SmpParamName[]).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) {
      issues.push({
        code: "bad_param",
        message: `Unknown SMP parameter "${name}": expected one of ${Object.keys(SMP_PARAM_VALUES).join(", ")}`,
        path: ["param"]
      });
      continue;
    }
    const v = normalizeParam(key, value);
    if (!v) {
      issues.push({
        code: "bad_param",
        message: `Invalid value "${value}" for ${key}: expected one of ${SMP_PARAM_VALUES[key].join(", ")}`,
        path: ["param"]
      });
      continue;
    }
    smp[key] = v;
  }
  if (issues.length) throw new IssueError(issues);
  return {smp: smp as Partial<SmpParams>, rounds};
}

/** Most actors of the expected-utility model (each round compares every pair of actors). */
export const MAX_BDM_ACTORS = 1000;

/** Inputs the expected-utility model cannot read a result from: refused with a message instead of NaN or a crash. */
function checkBdmInput(actors: readonly BdmActor[], file: string): void {
  const fail = (code: string, message: string) => {
    throw new IssueError([{code, message: `Cannot run the expected-utility model on "${file}": ${message}`, file}]);
  };
  if (actors.length < 2) fail("too_few_actors", `it needs at least two actors, found ${actors.length}`);
  if (actors.length > MAX_BDM_ACTORS)
    fail("limit_exceeded", `${actors.length} actors, at most ${MAX_BDM_ACTORS} (limit MAX_BDM_ACTORS)`);
  if (new Set(actors.map((a) => a.position)).size === 1)
    fail(
      "degenerate_input",
      `every actor holds the same position (${actors[0]!.position}): there is nothing to bargain over`
    );
  if (!actors.some((a) => a.capability * a.salience > 0))
    fail("degenerate_input", "no actor has both capability and salience above 0: no actor can move the outcome");
}

/** Runs a bargaining model on an issue file. */
export async function bargain(
  path: string,
  {model = "smp", seed, params = [], workers}: BargainOptions = {}
): Promise<BargainOutcome> {
  const p = parseBargainParams(model, params);
  const input = readBargainInput(path, model);
  if (model === "eu") {
    checkBdmInput(input as BdmActor[], path);
    return {model, file: path, result: bdm(input as BdmActor[], {rounds: p.rounds}), rounds: p.rounds};
  }
  if (seed !== undefined && !/^\d+$/.test(seed)) {
    throw new IssueError([
      {code: "bad_seed", message: `Invalid seed "${seed}": expected a non-negative integer`, path: ["seed"]}
    ]);
  }
  const scenario = input as SmpScenario;
  const options = {params: p.smp, ...(seed !== undefined ? {seed} : {})};
  const threads = workers ?? (scenario.actors.length >= SMP_WORKERS_FROM ? undefined : 0);
  const result =
    threads === 0
      ? runSmp(scenario, options)
      : await runSmpOnWorkers(scenario, {...options, ...(threads !== undefined ? {workers: threads} : {})});
  return {model, file: path, result, rows: smpPositionRows(result)};
}
