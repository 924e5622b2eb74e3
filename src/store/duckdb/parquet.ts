import {DuckDBInstance} from "./engine.js";
import type {Cell, TableColumn} from "../../domain/index.js";

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * Writes a table to a Parquet file with DuckDB's own writer: an in-memory DuckDB gets a table of
 * the given column types, the rows are appended, and `COPY … TO … (FORMAT parquet)` writes the file.
 * The user's store is not touched.
 */
export async function writeParquet(
  file: string,
  columns: readonly TableColumn[],
  rows: readonly Cell[][]
): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  try {
    const defs = columns.length ? columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ") : `"empty" VARCHAR`;
    await con.run(`CREATE TABLE export (${defs})`);
    if (columns.length && rows.length) {
      const appender = await con.createAppender("export");
      for (const row of rows) {
        columns.forEach((c, i) => {
          const v = row[i] ?? null;
          if (v === null) appender.appendNull();
          else if (c.type === "BIGINT") appender.appendBigInt(BigInt(Math.trunc(Number(v))));
          else if (c.type === "DOUBLE") appender.appendDouble(Number(v));
          else if (c.type === "BOOLEAN") appender.appendBoolean(Boolean(v));
          else appender.appendVarchar(String(v));
        });
        appender.endRow();
      }
      appender.closeSync();
    }
    await con.run(`COPY export TO ${quoteLiteral(file)} (FORMAT parquet)`);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
