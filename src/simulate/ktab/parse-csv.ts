/**
 * Reader for KTAB's SMP CSV format (`SMPModel::csvRead`):
 *
 * ```text
 * scenario name, description, number of actors, number of dimensions,
 * Actor, Description, Power, Dim1 Position, Dim1 Salience, ...
 * name, description, capability, position, salience, ...      (one line per actor)
 * ```
 *
 * Positions and saliences are on a 0–100 scale; extra trailing fields (most KTAB files end each
 * line with a comma) are ignored.
 *
 * @module
 */
import {parseCsv} from "../../domain/csv.js";
import {fail, ok, type Issue, type Result} from "../../domain/issue.js";
import {checkActorCount, checkActors, issueAt, type Cell, type RawActor} from "./cells.js";
import type {SmpScenario} from "./scenario.js";

/** Options of {@link parseKtabCsv}. */
export interface ParseKtabOptions {
  /** File name used in issues. Default: none. */
  file?: string;
}

/** Splits CSV text into rows of cells with line and column (the project's one CSV reader, {@link parseCsv}). */
export function splitCsv(text: string): Cell[][] {
  return parseCsv(text).records.map((r) => r.cells.map((c) => ({text: c.value, line: c.line, column: c.column})));
}

const blankRow = (r: Cell[]): boolean => r.every((c) => c.text.trim() === "");

/**
 * Builds a scenario from rows laid out as KTAB's CSV (also used for KTAB's spreadsheet XML):
 * a metadata row, a header row, then one row per actor.
 */
export function scenarioFromRows(allRows: Cell[][], file?: string): Result<SmpScenario> {
  const rows = allRows.filter((r) => !blankRow(r));
  const where = (c: {line: number; column?: number}) => c;
  const issues: Issue[] = [];
  const meta = rows[0];
  if (!meta)
    return fail([
      issueAt(
        "empty_file",
        "File is empty: expected a line with scenario name, description, number of actors and number of dimensions",
        {line: 1},
        file
      )
    ]);

  const count = (index: number, what: string): number | undefined => {
    const cell = meta[index];
    if (!cell || cell.text.trim() === "") {
      issues.push(
        issueAt(
          "bad_header",
          `Missing the number of ${what} in the first line: expected "name, description, actors, dimensions"`,
          where(cell ?? {line: meta[0]!.line}),
          file
        )
      );
      return undefined;
    }
    const t = cell.text.trim();
    if (!/^\d+$/.test(t)) {
      issues.push(
        issueAt(
          "bad_header",
          `Cannot parse the number of ${what} "${t}" in the first line: expected a whole number`,
          cell,
          file
        )
      );
      return undefined;
    }
    return Number(t);
  };
  const numActors = count(2, "actors");
  const numDims = count(3, "dimensions");
  if (numDims !== undefined && numDims < 1) {
    issues.push(
      issueAt("bad_header", `The first line gives "${numDims}" dimensions: expected at least 1`, meta[3]!, file)
    );
  }
  if (numActors !== undefined) issues.push(...checkActorCount(numActors, meta[2]!, file));
  if (issues.length > 0 || numActors === undefined || numDims === undefined) return fail(issues);

  const header = rows[1];
  const width = 3 + 2 * numDims;
  if (!header)
    return fail([
      issueAt("bad_header", "Missing the column header line after the first line", {line: meta[0]!.line + 1}, file)
    ]);
  const headerCells = header.filter((c, i) => i < width || c.text.trim() !== "");
  if (headerCells.length < width) {
    return fail([
      issueAt(
        "bad_header",
        `The header line has ${headerCells.length} columns: expected ${width} for ${numDims} dimensions (actor, description, capability, then position and salience per dimension)`,
        header[0]!,
        file
      )
    ]);
  }
  const dimensions = Array.from({length: numDims}, (_, d) => header[3 + 2 * d]!.text.trim());

  const actorRows = rows.slice(2);
  const raw: RawActor[] = [];
  for (const r of actorRows) {
    const name = r[0]!;
    const nonEmpty = r.filter((c, i) => i < width || c.text.trim() !== "").length;
    if (nonEmpty < width) {
      issues.push(
        issueAt(
          "missing_field",
          `Actor "${name.text.trim()}" has ${nonEmpty} fields: expected ${width} (actor, description, capability, then position and salience per dimension)`,
          name,
          file
        )
      );
      continue;
    }
    raw.push({
      line: name.line,
      name,
      description: r[1]!,
      capability: r[2]!,
      positions: Array.from({length: numDims}, (_, d) => r[3 + 2 * d]!),
      saliences: Array.from({length: numDims}, (_, d) => r[4 + 2 * d]!)
    });
  }
  if (actorRows.length !== numActors) {
    issues.push(
      issueAt(
        "actor_count",
        `The first line declares ${numActors} actors but ${actorRows.length} actor lines follow the header`,
        meta[2]!,
        file
      )
    );
  }
  const checked = checkActors(raw, dimensions, file);
  issues.push(...checked.issues);
  if (issues.length > 0) return fail(issues);
  return ok({
    name: meta[0]!.text.trim(),
    description: meta[1]?.text.trim() ?? "",
    dimensions,
    actors: checked.actors
  });
}

/**
 * Parses a KTAB SMP CSV file.
 *
 * @param text the file's content
 * @param options the file name for issues
 * @returns the scenario, or issues with file, line and column
 */
export function parseKtabCsv(text: string, options: ParseKtabOptions = {}): Result<SmpScenario> {
  return scenarioFromRows(splitCsv(text), options.file);
}
