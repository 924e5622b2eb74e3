import type {StoreColumn} from "../ports.js";
import type {DuckDB} from "./connection.js";

/** Every column of every table of the store (main schema), in table and column order. */
export async function describeStoreTables(store: DuckDB): Promise<StoreColumn[]> {
  const rows = await store.all(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
      WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`
  );
  return rows.map((r) => ({
    table: String(r.table_name),
    column: String(r.column_name),
    type: String(r.data_type),
    nullable: String(r.is_nullable) === "YES"
  }));
}
