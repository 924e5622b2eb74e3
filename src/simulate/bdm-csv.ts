import {fail, ok, parseCsv, type Issue, type Result} from "../domain/index.js";
import type {BdmActor} from "./bdm.js";

/** Options for {@link parseBdmCsv}. */
export interface ParseBdmCsvOptions {
  /** File name used in issues. Defaults to none. */
  file?: string;
}

const COLUMNS = ["Actor", "Capability", "Position", "Salience"] as const;

/**
 * Parses an actors table for {@link bdm}: a header with the columns Actor, Capability, Position and Salience (any
 * order, any case, extra columns ignored), then one actor per line. Pure: text in, actors or issues out.
 * Every bad row gives an issue with its file, line and column; blank lines are skipped.
 * @example
 * ```ts
 * const r = parseBdmCsv("Actor,Capability,Position,Salience\nUK,0.16,10,0.9\n", {file: "eu.csv"});
 * ```
 */
export function parseBdmCsv(text: string, {file}: ParseBdmCsvOptions = {}): Result<BdmActor[]> {
  const parsed = parseCsv(text, file === undefined ? {} : {file});
  if (parsed.issues.length > 0) return fail(parsed.issues);
  const records = parsed.records.filter((r) => r.cells.some((c) => c.value.trim() !== ""));
  const issues: Issue[] = [];
  const at = (line: number, column?: number) => ({file, line, ...(column !== undefined ? {column} : {})});
  if (records.length === 0)
    return fail([{code: "empty_file", message: "Cannot read actors: the file is empty", ...at(1)}]);
  const header = records[0]!.cells.map((f) => f.value.trim().toLowerCase());
  const index: Record<string, number> = {};
  for (const column of COLUMNS) {
    const i = header.indexOf(column.toLowerCase());
    if (i < 0) {
      issues.push({
        code: "missing_column",
        message: `Missing column "${column}" in header: expected ${COLUMNS.join(", ")}`,
        ...at(records[0]!.line, 1)
      });
    }
    index[column] = i;
  }
  if (issues.length > 0) return fail(issues);
  const actors: BdmActor[] = [];
  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    const line = record.line;
    const fields = record.cells.map((c) => ({text: c.value, column: c.column}));
    if (fields.length < header.length) {
      issues.push({code: "bad_row", message: `Expected ${header.length} fields: got ${fields.length}`, ...at(line, 1)});
      continue;
    }
    const field = (column: (typeof COLUMNS)[number]) => fields[index[column]!]!;
    const name = field("Actor");
    if (name.text.trim() === "") {
      issues.push({code: "missing_value", message: `Missing actor name in column "Actor"`, ...at(line, name.column)});
      continue;
    }
    const before = issues.length;
    const capability = readNumber(field("Capability"), "Capability", 0, Infinity, at(line), issues);
    const position = readNumber(field("Position"), "Position", -Infinity, Infinity, at(line), issues);
    const salience = readNumber(field("Salience"), "Salience", 0, 1, at(line), issues);
    const actorName = name.text.trim();
    const first = seen.get(actorName);
    if (first !== undefined) {
      issues.push({
        code: "duplicate_id",
        message: `Duplicate actor "${actorName}": already defined on line ${first}`,
        ...at(line, name.column)
      });
    }
    seen.set(actorName, first ?? line);
    if (issues.length === before) actors.push({name: actorName, capability, position, salience});
  }
  if (issues.length > 0) return fail(issues);
  if (actors.length < 2) {
    return fail([
      {
        code: "too_few_actors",
        message: `Cannot run the model: expected at least 2 actors: got ${actors.length}`,
        ...at(1)
      }
    ]);
  }
  return ok(actors);
}

function readNumber(
  field: CsvField,
  column: string,
  min: number,
  max: number,
  where: {file?: string; line: number},
  issues: Issue[]
): number {
  const text = field.text.trim();
  const value = text === "" ? NaN : Number(text);
  const position = {...where, column: field.column};
  if (!Number.isFinite(value)) {
    issues.push({
      code: "bad_number",
      message: `Cannot parse number "${text}" in column "${column}": expected a number`,
      ...position
    });
  } else if (value < min || value > max) {
    const expected = max === Infinity ? `a number >= ${min}` : `a number from ${min} to ${max}`;
    issues.push({
      code: "out_of_range",
      message: `Value "${text}" in column "${column}" is out of range: expected ${expected}`,
      ...position
    });
  }
  return value;
}

interface CsvField {
  text: string;
  /** 1-based character column where the field starts. */
  column: number;
}
