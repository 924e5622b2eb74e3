/**
 * Reader for our own SMP scenario format, in JSON or YAML:
 *
 * ```yaml
 * name: China SOE reform
 * description: optional
 * dimensions: [Policy]
 * actors:
 *   - {name: XJ, description: Xi Jinping, capability: 100, positions: [30], saliences: [30]}
 * params: {victoryProbModel: Linear}   # optional, any of the nine
 * seed: "15455440707583219804"          # optional
 * accommodation: [[1, 0, 0], ...]       # optional ideal-accommodation matrix
 * ```
 *
 * Positions and saliences are on KTAB's 0–100 scale.
 *
 * @module
 */
import {isNode, LineCounter, parseDocument, type Document} from "yaml";
import {fail, ok, type Issue, type Result} from "../../domain/issue.js";
import {checkActorCount, checkActors, issueAt, type Cell, type RawActor} from "./cells.js";
import {normalizeParam, paramName, SMP_PARAM_VALUES, type SmpParamName, type SmpParams} from "./params.js";
import type {ParseKtabOptions} from "./parse-csv.js";
import type {SmpScenario} from "./scenario.js";

const PARAM_NAMES = Object.keys(SMP_PARAM_VALUES) as SmpParamName[];

/**
 * Parses an SMP scenario in our JSON/YAML format.
 *
 * @param text JSON or YAML
 * @param options the file name for issues
 * @returns the scenario, or issues with file, line, column and field path
 */
export function parseSmpJson(text: string, options: ParseKtabOptions = {}): Result<SmpScenario> {
  const file = options.file;
  const lc = new LineCounter();
  const doc = parseDocument(text, {lineCounter: lc, prettyErrors: false, uniqueKeys: true});
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = lc.linePos(e.pos[0]);
    return fail([
      issueAt(
        "bad_syntax",
        `Cannot parse JSON/YAML: ${e.message.split("\n")[0]}`,
        {line: at.line, column: at.col},
        file
      )
    ]);
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
  const issues: Issue[] = [];
  const where = (path: (string | number)[]): {line: number; column?: number} => locate(doc, lc, path);
  const at = (code: string, message: string, path: (string | number)[]): void => {
    issues.push({...issueAt(code, message, where(path), file), path});
  };

  if (!isRecord(data))
    return fail([issueAt("invalid_type", "Expected an object with name, dimensions and actors", {line: 1}, file)]);
  const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
  if (typeof data.name !== "string" || data.name.trim() === "")
    at("invalid_type", `Missing "name": expected a string`, ["name"]);
  const dims = data.dimensions;
  let dimensions: string[] = [];
  if (!Array.isArray(dims) || dims.length === 0 || !dims.every((d) => typeof d === "string")) {
    at("invalid_type", `"dimensions" must be a non-empty list of names`, ["dimensions"]);
  } else {
    dimensions = dims as string[];
  }
  const actors = data.actors;
  const raw: RawActor[] = [];
  if (!Array.isArray(actors)) {
    at("invalid_type", `"actors" must be a list`, ["actors"]);
  } else {
    issues.push(...checkActorCount(actors.length, where(["actors"]), file).map((x) => ({...x, path: ["actors"]})));
    actors.forEach((a: unknown, i) => {
      if (!isRecord(a)) {
        at("invalid_type", `Actor ${i + 1} must be an object with name, capability, positions and saliences`, [
          "actors",
          i
        ]);
        return;
      }
      const cell = (path: (string | number)[], v: unknown): Cell => ({
        text: v === null || v === undefined ? "" : str(v) || JSON.stringify(v),
        ...where(["actors", i, ...path])
      });
      const vec = (key: "positions" | "saliences"): Cell[] => {
        const v = a[key];
        if (!Array.isArray(v) || (dimensions.length > 0 && v.length !== dimensions.length)) {
          const found = Array.isArray(v) ? `${v.length} ${key}` : `no list of ${key}`;
          at(
            "dimension_count",
            `Actor "${str(a.name)}" has ${found}: expected ${dimensions.length}, one per dimension`,
            ["actors", i, key]
          );
          return [];
        }
        return v.map((x: unknown, d) => cell([key, d], x));
      };
      raw.push({
        line: where(["actors", i]).line,
        name: cell(["name"], a.name),
        description: cell(["description"], a.description),
        capability: cell(["capability"], a.capability),
        positions: vec("positions"),
        saliences: vec("saliences")
      });
    });
  }
  const checked = checkActors(raw, dimensions, file);
  issues.push(...checked.issues);

  const scenario: SmpScenario = {
    name: str(data.name).trim(),
    description: str(data.description).trim(),
    dimensions,
    actors: checked.actors
  };
  if (data.params !== undefined) {
    if (!isRecord(data.params)) {
      at("invalid_type", `"params" must be an object`, ["params"]);
    } else {
      const params: Partial<SmpParams> = {};
      for (const [k, v] of Object.entries(data.params)) {
        const name = paramName(k);
        if (!name) {
          at("unknown_param", `Unknown parameter "${k}": expected one of ${PARAM_NAMES.join(", ")}`, ["params", k]);
          continue;
        }
        const value = typeof v === "string" ? normalizeParam(name, v) : undefined;
        if (value === undefined) {
          at(
            "bad_param",
            `Unknown ${name} "${str(v)}": expected one of ${SMP_PARAM_VALUES[name].map((x) => `"${x}"`).join(", ")}`,
            ["params", k]
          );
        } else {
          (params as Record<string, string>)[name] = value;
        }
      }
      scenario.params = params;
    }
  }
  if (data.seed !== undefined) {
    const t = str(data.seed).trim();
    if (
      !/^\d+$/.test(t) ||
      BigInt(t) === 0n ||
      BigInt(t) > 0xffffffffffffffffn ||
      (typeof data.seed === "number" && !Number.isSafeInteger(data.seed))
    ) {
      at(
        "bad_seed",
        `Cannot use "${t}" as the seed: expected a whole number from 1 to 18446744073709551615 (write large seeds as strings)`,
        ["seed"]
      );
    } else {
      scenario.seed = BigInt(t).toString();
    }
  }
  if (data.accommodation !== undefined) {
    const m = data.accommodation;
    const n = raw.length;
    if (
      !Array.isArray(m) ||
      m.length !== n ||
      !m.every((r) => Array.isArray(r) && r.length === n && r.every((x) => typeof x === "number" && x >= 0 && x <= 1))
    ) {
      at("invalid_type", `"accommodation" must be a ${n}×${n} matrix of numbers from 0 to 1`, ["accommodation"]);
    } else {
      scenario.accommodation = m as number[][];
    }
  }
  return issues.length > 0 ? fail(issues) : ok(scenario);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Line and column of the node at a path, or of its closest existing parent. */
function locate(doc: Document, lc: LineCounter, path: (string | number)[]): {line: number; column?: number} {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const p = lc.linePos(node.range[0]);
      return {line: p.line, column: p.col};
    }
  }
  return {line: 1};
}
