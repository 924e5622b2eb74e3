import {isIsoDate, type Citation, type Issue} from "../domain/index.js";
import type {CsvCell, CsvRecord} from "../domain/index.js";

/** Every actor code of actors.csv with its kind (undefined when the row's kind is invalid). */
export type KindOf = ReadonlyMap<string, string | undefined>;

/** A column of a pack file: its name and whether the header must have it. */
export interface ColumnSpec {
  readonly name: string;
  readonly optional?: boolean;
}

/** A data row with its cells looked up by column name. Private to the packs folder. */
export interface Row {
  readonly line: number;
  readonly file: string;
  /** The row's first cell, for issues about the whole row. */
  readonly first: CsvCell;
  cell(name: string): CsvCell | undefined;
}

/** The header of a file checked against its columns, and its data rows (ragged rows left out and reported). */
export function tableRows(
  records: readonly CsvRecord[],
  columns: readonly ColumnSpec[],
  file: string,
  issues: Issue[]
): Row[] {
  const [header, ...data] = records;
  if (header === undefined) {
    issues.push({code: "empty_file", message: "File is empty: expected a header row", file, line: 1, column: 1});
    return [];
  }
  const index = new Map<string, number>();
  const known = columns.map((c) => c.name);
  header.cells.forEach((cell, k) => {
    const name = cell.value.trim();
    const where = {file, line: cell.line, column: cell.column};
    if (!known.includes(name)) {
      issues.push({
        code: "unknown_column",
        message: `Unknown column "${name}" in header: expected one of ${known.join(", ")}`,
        ...where
      });
    } else if (index.has(name)) {
      issues.push({code: "duplicate_column", message: `Duplicate column "${name}" in header`, ...where});
    } else index.set(name, k);
  });
  const missing = columns.filter((c) => !c.optional && !index.has(c.name));
  for (const c of missing) {
    issues.push({
      code: "missing_column",
      message: `Missing column "${c.name}" in header: expected ${known.join(", ")}`,
      file,
      line: header.line,
      column: 1
    });
  }
  if (missing.length > 0) return [];
  const rows: Row[] = [];
  for (const record of data) {
    const first = record.cells[0]!;
    if (record.cells.length !== header.cells.length) {
      issues.push({
        code: "wrong_column_count",
        message: `Wrong number of fields: row has ${record.cells.length}, header has ${header.cells.length}`,
        file,
        line: record.line,
        column: first.column
      });
      continue;
    }
    rows.push({
      line: record.line,
      file,
      first,
      cell: (name) => {
        const k = index.get(name);
        return k === undefined ? undefined : record.cells[k];
      }
    });
  }
  return rows;
}

/** Reads typed values out of a row, pushing an issue for every bad one. */
export class RowReader {
  constructor(
    private readonly row: Row,
    private readonly issues: Issue[]
  ) {}

  private report(code: string, message: string, cell: CsvCell | undefined): void {
    const c = cell ?? this.row.first;
    this.issues.push({code, message, file: this.row.file, line: c.line, column: c.column});
  }

  /** The trimmed value, or undefined when the column is absent or the cell empty. */
  optional(name: string): string | undefined {
    const v = this.row.cell(name)?.value.trim();
    return v === undefined || v === "" ? undefined : v;
  }

  /** A required value; reports `missing_value` when empty. */
  required(name: string): string | undefined {
    const v = this.optional(name);
    if (v === undefined) this.report("missing_value", `Missing value in column "${name}"`, this.row.cell(name));
    return v;
  }

  /** A value checked by a predicate; reports `bad_value` with `expected` when it fails. */
  check(name: string, value: string | undefined, ok: (v: string) => boolean, expected: string): string | undefined {
    if (value === undefined) return undefined;
    if (ok(value)) return value;
    this.report("bad_value", `Invalid value "${value}" in column "${name}": expected ${expected}`, this.row.cell(name));
    return undefined;
  }

  /** One of a fixed set of values. */
  oneOf<T extends string>(name: string, options: readonly T[], {optional = false} = {}): T | undefined {
    const v = optional ? this.optional(name) : this.required(name);
    return this.check(name, v, (x) => (options as readonly string[]).includes(x), `one of ${options.join(", ")}`) as
      T | undefined;
  }

  /** A YYYY-MM-DD date that exists. */
  date(name: string, {optional = false} = {}): string | undefined {
    const v = optional ? this.optional(name) : this.required(name);
    if (v === undefined || isIsoDate(v)) return v;
    this.report("bad_date", `Cannot parse date "${v}" in column "${name}": expected YYYY-MM-DD`, this.row.cell(name));
    return undefined;
  }

  /** A finite decimal number, optionally within [min, max]. */
  number(name: string, {optional = false, min = -Infinity, max = Infinity, integer = false} = {}): number | undefined {
    const v = optional ? this.optional(name) : this.required(name);
    if (v === undefined) return undefined;
    const x = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v) ? Number(v) : NaN;
    const kind = integer ? "a whole number" : "a decimal number";
    if (!Number.isFinite(x) || (integer && !Number.isInteger(x))) {
      this.report("bad_value", `Cannot parse number "${v}" in column "${name}": expected ${kind}`, this.row.cell(name));
      return undefined;
    }
    if (x < min || x > max) {
      this.report(
        "bad_value",
        `Number ${v} in column "${name}" is out of range: expected ${min} to ${max}`,
        this.row.cell(name)
      );
      return undefined;
    }
    return x;
  }

  /** The row's citation from its `source` and `quote` columns; reports `missing_citation` when either is empty. */
  citation(): Citation | undefined {
    const source = this.optional("source");
    const quote = this.row.cell("quote")?.value.trim() || undefined;
    for (const [name, v] of [
      ["source", source],
      ["quote", quote]
    ] as const) {
      if (v === undefined)
        this.report("missing_citation", `Row has no citation: column "${name}" is empty`, this.row.cell(name));
    }
    return source !== undefined && quote !== undefined ? {source, quote} : undefined;
  }

  /** A `to` date that must come after `from` (periods are half-open: `to` is exclusive). */
  period(from: string | undefined, to: string | undefined): void {
    if (from === undefined || to === undefined || to > from) return;
    this.report(
      "bad_period",
      `Period ends before it starts: column "to" is "${to}", expected a date after "${from}" in column "from"`,
      this.row.cell("to")
    );
  }

  /** Reports `duplicate_id` when `id` was seen before in this file; remembers it otherwise. */
  unique(name: string, id: string | undefined, seen: Map<string, number>): void {
    if (id === undefined) return;
    const before = seen.get(id);
    if (before === undefined) seen.set(id, this.row.line);
    else
      this.report(
        "duplicate_id",
        `Duplicate id "${id}" in column "${name}": first used on line ${before}`,
        this.row.cell(name)
      );
  }

  /**
   * Checks that `code` names an actor of the pack (and, when `kinds` is given, one of those kinds).
   * `kindOf` maps every code in actors.csv to its kind (undefined when the kind itself is bad);
   * with no `kindOf` at all (actors.csv missing) references are not checked, to avoid a cascade.
   */
  actor(
    name: string,
    code: string | undefined,
    kindOf: KindOf | undefined,
    kinds?: readonly string[]
  ): string | undefined {
    if (code === undefined || kindOf === undefined) return code;
    const kind = kindOf.get(code);
    const where = this.row.cell(name);
    if (!kindOf.has(code)) {
      this.report(
        "unknown_actor",
        `Unknown actor code "${code}" in column "${name}": no row in actors.csv has it`,
        where
      );
      return undefined;
    }
    if (kinds && kind !== undefined && !kinds.includes(kind)) {
      this.report(
        "bad_value",
        `Actor "${code}" in column "${name}" is a ${kind}: expected ${kinds.join(" or ")}`,
        where
      );
      return undefined;
    }
    return code;
  }

  /** A semicolon-separated list of actor codes; each unknown one is reported. */
  actors(name: string, kindOf: KindOf | undefined): string[] | undefined {
    const v = this.required(name);
    if (v === undefined) return undefined;
    const codes = v.split(";").map((s) => s.trim());
    const good = codes.map((c) => this.actor(name, c, kindOf));
    return good.every((c) => c !== undefined) ? (good as string[]) : undefined;
  }
}
