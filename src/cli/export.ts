import type {Command} from "commander";
import {renameSync, writeFileSync} from "node:fs";
import {toCsv, type Page} from "../domain/index.js";
import {UsageError} from "./output.js";

/** What a list or measure can be printed as. */
export const FORMATS = ["table", "json", "csv", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

/** The flags {@link withFormat} adds. */
export interface FormatFlags {
  format?: string;
  out?: string;
  json?: boolean;
  csv?: boolean;
}

/** Adds `--format table|json|csv|parquet` and `--out <file>` to a list or measure command. */
export function withFormat(command: Command): Command {
  return command
    .option("--format <format>", `print as ${FORMATS.join(", ")} (parquet needs --out)`)
    .option("--out <file>", "write to this file instead of standard output");
}

/** The format asked for: `--format`, or the older `--json` / `--csv` flags; "table" by default. */
export function formatOf(opts: FormatFlags): Format {
  const asked = [
    ...(opts.format !== undefined ? [opts.format] : []),
    ...(opts.json ? ["json"] : []),
    ...(opts.csv ? ["csv"] : [])
  ];
  const distinct = [...new Set(asked)];
  if (distinct.length > 1)
    throw new UsageError(`Invalid options: choose one output format, found ${distinct.join(" and ")}`);
  const f = distinct[0] ?? "table";
  if (!(FORMATS as readonly string[]).includes(f))
    throw new UsageError(`Invalid value for --format: expected one of ${FORMATS.join(", ")}, found "${f}"`);
  if (f === "parquet" && !opts.out)
    throw new UsageError(`--format parquet writes a binary file: add --out <file>, such as --out events.parquet`);
  return f as Format;
}

/** A page of a list that is not paged: every item, `limit` equal to the total. */
export function wholePage<T>(items: T[]): Page<T> {
  return {items, total: items.length, limit: items.length, offset: 0};
}

function isPage(value: unknown): value is Page<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as Page<unknown>).items) &&
    typeof (value as Page<unknown>).total === "number"
  );
}

/**
 * The JSON printed: `--format json` gives a list as its page `{items, total, limit, offset}`; the older
 * `--json` flag gives a list as the bare array of its items, the shape scripts written against it read
 * (the corpus scorer among them). Measures and single records are the same object either way.
 */
export function jsonValue(opts: FormatFlags, json: unknown): unknown {
  const legacy = opts.json === true && opts.format === undefined;
  return legacy && isPage(json) ? json.items : json;
}

/** What {@link emit} prints. */
export interface Output<T> {
  /** The export's name (`events`, `claims`, `measures` …: its columns are in docs/data.md). */
  name: string;
  /** The rows of the table, CSV and Parquet formats. */
  items: readonly T[];
  /** The JSON value: the page `{items, total, limit, offset}` for lists, the API's body for measures. */
  json: unknown;
  /** The human table (with its footer). */
  table: () => string;
}

function writeOut(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Prints a list or measure in the format asked for (`--format`, `--out`): the one output layer of
 * every list and measure, so their JSON, CSV and Parquet agree with the API's.
 */
export async function emit<T>(opts: FormatFlags, out: Output<T>): Promise<void> {
  const format = formatOf(opts);
  if (format === "parquet") {
    // Loaded only when asked for: DuckDB's writer is not needed to print a table.
    const {writeParquetExport} = await import("../app/exports.js");
    const file = opts.out!;
    const tmp = `${file}.${process.pid}.tmp`;
    await writeParquetExport(tmp, out.name, out.items);
    renameSync(tmp, file);
    process.stderr.write(`wrote ${out.items.length} rows to ${file}\n`);
    return;
  }
  let text: string;
  if (format === "json") text = `${JSON.stringify(jsonValue(opts, out.json), null, 2)}\n`;
  else if (format === "csv") {
    const {tabulate} = await import("../app/exports.js");
    const {columns, rows} = tabulate(out.name, out.items);
    text = toCsv(columns, rows);
  } else text = `${out.table()}\n`;
  if (opts.out) {
    writeOut(opts.out, text);
    process.stderr.write(`wrote ${format === "table" ? "a table" : `${out.items.length} rows`} to ${opts.out}\n`);
  } else process.stdout.write(text);
}
