import type {Store} from "./store.js";

/** One column of a table of the store, as DuckDB describes it. */
export interface StoreColumn {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
}

/** Every column of every table of the store (main schema), in table and column order. */
export async function describeStoreTables(store: Store): Promise<StoreColumn[]> {
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
