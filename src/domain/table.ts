/**
 * A table for export: named, typed columns and rows of plain values. Every list and measure the
 * CLI and the API export (CSV, Parquet) goes through one table, so their columns agree; the columns
 * are documented in docs/data.md.
 *
 * @module
 */

/** A column's type, as DuckDB (and so Parquet) names it. Dates are VARCHAR "YYYY-MM-DD" (or "YYYY-MM", "YYYY" when that is all that is known). */
export type ColumnType = "VARCHAR" | "BIGINT" | "DOUBLE" | "BOOLEAN";

/** One exported column. */
export interface TableColumn {
  name: string;
  type: ColumnType;
  /** What it holds, in words (docs/data.md prints it). */
  description?: string;
}

/** A cell: what CSV prints and Parquet stores. Lists are joined with ";", objects written as JSON. */
export type Cell = string | number | boolean | null;

/** One page of a list, the shape every list has in JSON (CLI `--format json` and the API). */
export interface Page<T> {
  items: T[];
  /** How many items match, over all pages. */
  total: number;
  limit: number;
  offset: number;
}

/** A cell from any JSON value. */
export function cellOf(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v) && v.every((x) => x === null || ["string", "number", "boolean"].includes(typeof x)))
    return v.join(";");
  return JSON.stringify(v);
}

function typeOf(values: readonly Cell[]): ColumnType {
  const present = values.filter((v) => v !== null);
  if (present.length === 0) return "VARCHAR";
  if (present.every((v) => typeof v === "boolean")) return "BOOLEAN";
  if (present.every((v) => typeof v === "number")) {
    return present.every((v) => Number.isInteger(v)) ? "BIGINT" : "DOUBLE";
  }
  return "VARCHAR";
}

/**
 * The columns of `items`: the `known` ones first (in their order), then every other field found in
 * the items, in order of first appearance, with its type inferred from the values.
 */
export function columnsOf(items: readonly object[], known: readonly TableColumn[] = []): TableColumn[] {
  const names = new Set(known.map((c) => c.name));
  const extra: string[] = [];
  for (const item of items)
    for (const k of Object.keys(item))
      if (!names.has(k)) {
        names.add(k);
        extra.push(k);
      }
  return [
    ...known,
    ...extra.map((name) => ({
      name,
      type: typeOf(items.map((i) => cellOf((i as Record<string, unknown>)[name])))
    }))
  ];
}

/** The rows of `items` under `columns`, each a list of cells. */
export function rowsOf(items: readonly object[], columns: readonly TableColumn[]): Cell[][] {
  return items.map((i) => columns.map((c) => cellOf((i as Record<string, unknown>)[c.name])));
}

function csvCell(v: Cell): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header line; an empty cell is no value (never zero). */
export function toCsv(columns: readonly TableColumn[], rows: readonly Cell[][]): string {
  return (
    [columns.map((c) => csvCell(c.name)).join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\n") + "\n"
  );
}
