/**
 * Scenario files (YAML or JSON) → a checked {@link Scenario}, or issues that point at `file:line:column`.
 * The text is parsed with `yaml` (a JSON document is YAML too) keeping node ranges, validated with the zod schema,
 * then checked for what a schema cannot say (known vectors, organizations, corridors and parameters).
 *
 * @module
 */
import {isMap, isPair, isScalar, LineCounter, parseDocument, type Document} from "yaml";
import {
  Dimension,
  fail,
  ok,
  Scenario,
  Shock,
  Strategy,
  type Issue,
  type Result,
  type Uncertain
} from "../domain/index.js";
import {CORRIDORS, corridorKey, ORGANIZATIONS} from "./forces/index.js";
import {MONTE_CARLO_DEFAULTS, recordCount} from "./monte-carlo.js";
import {PARAM_NAMES} from "./params.js";

/** Options for {@link parseScenario}. */
export interface ParseScenarioOptions {
  /** File name used in issues. Defaults to none. */
  file?: string;
}

type Path = readonly (string | number)[];

const PREFIX = "Invalid scenario";

/**
 * Parses and validates a scenario file. Pure: text in, `Result<Scenario>` out; every issue carries the file, the
 * line and column of the offending value, and its field path.
 * @example
 * ```ts
 * const r = parseScenario(text, {file: "scenarios/leave-csto.yaml"});
 * if (!r.ok) console.error(r.issues.map(formatIssue).join("\n"));
 * // scenarios/x.yaml:7:7: Invalid scenario: runs must be <= 100000: current value is 500000 (at runs)
 * ```
 */
export function parseScenario(text: string, {file}: ParseScenarioOptions = {}): Result<Scenario> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const where = (offset: number | undefined) => {
    if (offset === undefined) return {file};
    const {line, col} = lineCounter.linePos(offset);
    return {file, line, column: col};
  };
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((e) => ({
        code: "bad_syntax",
        message: `Cannot parse scenario: ${firstLine(e.message)}`,
        ...where(e.pos[0])
      }))
    );
  }
  if (doc.contents === null) {
    return fail([{code: "empty_file", message: "Cannot read scenario: the file is empty", file, line: 1, column: 1}]);
  }
  let data: unknown;
  try {
    // yaml refuses documents whose aliases expand past 100 references (an "alias bomb").
    data = doc.toJS({maxAliasCount: 100});
  } catch (e) {
    return fail([
      {
        code: "bad_syntax",
        message: `Cannot parse ${file ? `"${file}"` : "the document"}: ${String((e as Error).message ?? e).split("\n")[0]}`,
        ...(file ? {file} : {})
      }
    ]);
  }
  const locate = (path: Path, key = false) => where(offsetOf(doc, path, key));
  const parsed = Scenario.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((z): Issue[] => {
      const path = z.path.map((p) => (typeof p === "number" ? p : String(p)));
      if (z.code === "unrecognized_keys") {
        return z.keys.map((k) => ({
          code: z.code,
          message: `${PREFIX}: unknown field "${k}"${suggest(k, knownKeys(path))}`,
          ...locate([...path, k], true),
          path: [...path, k]
        }));
      }
      return [
        {
          code: z.code,
          message: `${PREFIX}: ${describe(z as unknown as ZodLike, path, valueAt(data, path))}`,
          ...locate(path),
          path
        }
      ];
    });
    return fail(issues);
  }
  const {errors, warnings} = check(parsed.data);
  const numbers = recordCount(parsed.data, parsed.data.runs);
  if (numbers > MONTE_CARLO_DEFAULTS.maxRecords) {
    errors.push({
      code: "too_big",
      message: `${PREFIX}: runs × 2 arms × (horizon + 1) × (vectors + 6) must be <= ${MONTE_CARLO_DEFAULTS.maxRecords}: current value is ${numbers}`,
      path: ["runs"]
    });
  }
  const place = (i: Omit<Issue, "file">): Issue => ({...i, ...locate(i.path ?? [], i.code === "unknown_key")});
  if (errors.length > 0) return fail(errors.map(place));
  return ok(parsed.data, warnings.map(place));
}

/** The message for one zod issue, in our words: what is wrong with which field, and the current value. */
type ZodLike = {code: string; message: string} & Record<string, unknown>;

function describe(z: ZodLike, path: Path, value: unknown): string {
  const label = labelOf(path);
  const current = value === undefined ? "" : `: current value is ${show(value)}`;
  switch (z.code) {
    case "too_big":
    case "too_small": {
      const big = z.code === "too_big";
      const bound = (big ? z.maximum : z.minimum) as number;
      const op = big ? (z.inclusive ? "<=" : "<") : z.inclusive ? ">=" : ">";
      if (z.origin === "array") {
        const count = Array.isArray(value) ? value.length : 0;
        return `${label} must have ${big ? "at most" : "at least"} ${bound} item${bound === 1 ? "" : "s"}: current count is ${count}`;
      }
      if (z.origin === "string") {
        return !big && bound === 1
          ? `${label} must not be empty`
          : `${label} must have ${op} ${bound} characters${current}`;
      }
      return `${label} must be ${op} ${bound}${current}`;
    }
    case "invalid_type":
      if (value === undefined) return `missing required field "${label}": expected ${article(String(z.expected))}`;
      return `${label} must be ${article(String(z.expected))}${current}`;
    case "invalid_value":
      return `${label} must be one of ${(z.values as unknown[]).map(show).join(", ")}${current}`;
    case "invalid_format":
      return `${label} ${show(value)} is not valid: ${lowerFirst(z.message)}`;
    case "invalid_union":
      return `${label} must be a number, {uniform: [low, high]} or {normal: [mean, sd]}${current}`;
    default:
      return `${label}: ${lowerFirst(z.message)}`;
  }
}

/** Checks a schema-valid scenario against what the dynamics know. */
function check(s: Scenario): {errors: Omit<Issue, "file">[]; warnings: Omit<Issue, "file">[]} {
  const errors: Omit<Issue, "file">[] = [];
  const warnings: Omit<Issue, "file">[] = [];
  const err = (code: string, message: string, path: Path) =>
    errors.push({code, message: `${PREFIX}: ${message}`, path});
  const warn = (code: string, message: string, path: Path) => warnings.push({code, message, path});
  const vectors = new Set<string>();
  s.vectors.forEach((v, i) => {
    if (vectors.has(v)) err("duplicate_id", `duplicate vector "${v}"`, ["vectors", i]);
    vectors.add(v);
  });
  const expectedVectors = `expected one of ${[...vectors].join(", ")}`;
  if (vectors.has(s.focal)) err("invalid_value", `focal "${s.focal}" must not be one of its own vectors`, ["focal"]);
  if (s.start) {
    for (const [v, dims] of Object.entries(s.start)) {
      if (!vectors.has(v)) err("unknown_key", `unknown vector "${v}" in start: ${expectedVectors}`, ["start", v]);
      for (const d of Object.keys(dims)) {
        if (!Dimension.safeParse(d).success) {
          err(
            "unknown_key",
            `unknown dimension "${d}" in start.${v}: expected economic, security, political or social`,
            ["start", v, d]
          );
        }
      }
    }
    for (const v of s.vectors) {
      if (!s.start[v]) warn("missing_start", `Vector "${v}" has no starting influence: its ties start at 0`, ["start"]);
    }
  }
  s.shocks.forEach((shock, i) => {
    const at = (field: string) => ["shocks", i, field];
    if (shock.at > s.horizon)
      warn(
        "never_hits",
        `Shock ${i} hits at step ${shock.at}, after the horizon ${s.horizon}: it has no effect`,
        at("at")
      );
    const concerned = shock.vector ?? shock.target;
    if ((shock.kind === "tie" || shock.kind === "sanctions") && !vectors.has(concerned)) {
      err(
        "unknown_actor",
        `unknown vector "${concerned}" in shock ${i}: ${expectedVectors}`,
        at(shock.vector ? "vector" : "target")
      );
    }
    if (shock.kind === "leave-org" || shock.kind === "join-org") {
      const member = s.memberships.includes(shock.target);
      if (!shock.vector && !ORGANIZATIONS[shock.target.toUpperCase()]) {
        err(
          "unknown_actor",
          `unknown organization "${shock.target}": set "vector" to its lead power (known: ${Object.keys(ORGANIZATIONS).join(", ")})`,
          at("target")
        );
      }
      if (shock.kind === "leave-org" && !member) {
        err("invalid_value", `cannot leave "${shock.target}": it is not in memberships`, at("target"));
      }
      if (shock.kind === "join-org" && member)
        warn("no_effect", `Shock ${i} joins "${shock.target}", already in memberships: it has no effect`, at("target"));
    }
    if (shock.kind === "corridor") {
      if (!shock.beneficiaries && !CORRIDORS[corridorKey(shock.target)]) {
        err(
          "unknown_actor",
          `unknown corridor "${shock.target}": set "beneficiaries" to the vectors it carries trade with`,
          at("target")
        );
      }
      checkRange(shock.magnitude, 0, Infinity, false, `corridor magnitude (capacity multiple)`, at("magnitude"), err);
      if (shock.duration !== undefined)
        warn("ignored", `Shock ${i}: a corridor is permanent, "duration" is ignored`, at("duration"));
    }
    if (shock.kind === "sanctions" || shock.kind === "war" || shock.kind === "leave-org") {
      checkRange(shock.magnitude, 0, 1, true, `${shock.kind} magnitude`, at("magnitude"), err);
    }
    checkUncertain(shock.magnitude, at("magnitude"), err);
    for (const [field, v] of [
      ["vector", shock.vector] as const,
      ...(shock.beneficiaries ?? []).map((b) => ["beneficiaries", b] as const)
    ]) {
      if (
        v !== undefined &&
        !vectors.has(v) &&
        shock.kind !== "war" &&
        shock.kind !== "leave-org" &&
        shock.kind !== "join-org"
      ) {
        warn("unknown_actor", `Shock ${i}: "${v}" is not one of the vectors: it has no effect`, at(field));
      }
    }
  });
  for (const [name, value] of Object.entries(s.params)) {
    if (!(PARAM_NAMES as string[]).includes(name)) {
      err("unknown_key", `unknown parameter "${name}": expected one of ${PARAM_NAMES.join(", ")}`, ["params", name]);
    }
    checkUncertain(value, ["params", name], err);
  }
  if (s.strategy.threshold !== undefined) {
    checkRange(s.strategy.threshold, 0, 1, false, "strategy threshold", ["strategy", "threshold"], err);
    checkUncertain(s.strategy.threshold, ["strategy", "threshold"], err);
  }
  if (s.strategy.rate !== undefined) {
    checkRange(s.strategy.rate, 0, 1, true, "strategy rate", ["strategy", "rate"], err);
    checkUncertain(s.strategy.rate, ["strategy", "rate"], err);
  }
  return {errors, warnings};
}

type Report = (code: string, message: string, path: Path) => void;

function checkUncertain(value: Uncertain, path: Path, err: Report): void {
  if (typeof value === "object" && "uniform" in value && value.uniform[0] > value.uniform[1]) {
    err("invalid_range", `uniform range [${value.uniform.join(", ")}] must have low <= high`, path);
  }
}

/** Checks a constant, or a uniform's bounds, against [low, high] (or (low, high] when `closed` is false). */
function checkRange(
  value: Uncertain,
  low: number,
  high: number,
  closed: boolean,
  label: string,
  path: Path,
  err: Report
): void {
  const bounds = typeof value === "number" ? [value] : "uniform" in value ? value.uniform : [];
  for (const x of bounds) {
    if (x > high || x < low || (!closed && x === low)) {
      const range =
        high === Infinity ? `> ${low}` : `${closed ? "from" : "above"} ${low} ${closed ? "to" : "up to"} ${high}`;
      err("out_of_range", `${label} must be ${range}: current value is ${x}`, path);
      return;
    }
  }
}

/** Offset of the node at `path` (or of its key when `key`), else of the nearest ancestor that exists. */
function offsetOf(doc: Document, path: Path, key: boolean): number | undefined {
  for (let n = path.length; n >= 0; --n) {
    const sub = path.slice(0, n);
    if (key && n === path.length && n > 0) {
      const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(sub[sub.length - 1])
        );
        const k = pair?.key;
        if (isScalar(k) && k.range) return k.range[0];
      }
      continue;
    }
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range))
      return node.range[0] as number;
  }
  return undefined;
}

/** The fields an object at `path` may have: the scenario, its strategy, or a shock. */
function knownKeys(path: Path): string[] {
  if (path.length === 0) return Object.keys(Scenario.shape);
  if (path.length === 1 && path[0] === "strategy") return Object.keys(Strategy.shape);
  if (path.length === 2 && path[0] === "shocks") return Object.keys(Shock.shape);
  return [];
}

/** `: did you mean "horizon"?` when a known key is within two edits of `key`, else "". */
function suggest(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best === undefined ? "" : `: did you mean "${best}"?`;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; ++i) {
    const row = [i];
    for (let j = 1; j <= b.length; ++j) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** "runs"; "shocks.0.magnitude" → "magnitude"; "vectors.1" → "vectors item 1". */
function labelOf(path: Path): string {
  if (path.length === 0) return "scenario";
  const last = path[path.length - 1]!;
  if (path[path.length - 2] === "normal") return last === 1 ? "normal sd" : "normal mean";
  if (typeof last === "number") return `${labelOf(path.slice(0, -1))} item ${last}`;
  return last;
}

function show(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

function article(expected: string): string {
  const names: Record<string, string> = {
    int: "an integer",
    number: "a number",
    string: "a string",
    array: "a list",
    object: "a mapping",
    boolean: "true or false",
    tuple: "a list"
  };
  return names[expected] ?? `a ${expected}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
