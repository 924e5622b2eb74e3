import {
  DuckDBDateValue,
  DuckDBInstance,
  listValue,
  type DuckDBConnection,
  type DuckDBAppender,
  type DuckDBValue
} from "./engine.js";
import {AsyncLocalStorage} from "node:async_hooks";
import {mkdirSync} from "node:fs";
import {dirname} from "node:path";
import {IssueError} from "../../domain/index.js";
import {MIGRATIONS, SCHEMA_VERSION} from "./schema.js";

/**
 * A value that can be bound to a SQL parameter (`undefined` is bound as NULL); a list of strings is bound as one
 * LIST value (`IN (SELECT unnest(?::VARCHAR[]))`: one parameter for thousands of keys, where a `?` per key made
 * DuckDB bind and plan a statement of that many parameters).
 */
export type SqlValue = string | number | boolean | null | undefined | bigint | readonly string[];

/** A row as returned by {@link DuckDB.all}: JSON-friendly values (DATE as "YYYY-MM-DD"). */
export type Row = Record<string, unknown>;

/**
 * A connection to the embedded DuckDB store. The only class in the store: it has an identity
 * (one file) and a lifecycle (open, migrate, close). Queries live in sibling files as functions
 * that take a DuckDB.
 *
 * Two connections: reads (and single statements outside a transaction) run on the reader; every
 * transaction runs on the writer, one at a time through a queue. Which transaction a statement
 * belongs to is carried by the async context, not by a flag on the store: a request that is not
 * inside a transaction never joins someone else's, and its failure cannot abort another's writes.
 */
export class DuckDB {
  readonly path: string;
  readonly engine = "duckdb";
  private readonly instance: DuckDBInstance;
  private readonly con: DuckDBConnection;
  private readonly writer: DuckDBConnection;
  /** Serializes transactions: one writer connection, one transaction at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The transaction the current async context runs in (its connection), if any. */
  private readonly current = new AsyncLocalStorage<DuckDBConnection>();
  /** Commits so far (by this process): a cheap version for caches that only this process writes to. */
  private commits = 0;
  /**
   * The appenders opened in the running transaction. When it fails they are cleared before the rollback: an
   * appender whose flush failed keeps its rows and flushes them when it is garbage-collected, into whatever
   * transaction then runs on the writer (which it aborts, or into which it slips rows of a rolled-back one).
   */
  private readonly opened = new Set<DuckDBAppender>();
  /** Each table's columns (name and type, in the table's order) as {@link appendRows} needs them. */
  private readonly layouts = new Map<string, readonly {name: string; type: string}[]>();

  private constructor(path: string, instance: DuckDBInstance, con: DuckDBConnection, writer: DuckDBConnection) {
    this.path = path;
    this.instance = instance;
    this.con = con;
    this.writer = writer;
  }

  /** How many transactions this process has committed (changes on every write through this Store). */
  get writeCount(): number {
    return this.commits;
  }

  /** Opens (creating and migrating if needed) the store at `path`; ":memory:" for a throwaway one. */
  static async open(path: string): Promise<DuckDB> {
    if (path !== ":memory:") mkdirSync(dirname(path), {recursive: true});
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path);
    } catch (e) {
      const detail = String((e as Error).message ?? e).split("\n")[0];
      throw new IssueError([{code: "store_unavailable", message: `Cannot open store "${path}": ${detail}`}]);
    }
    const store = new DuckDB(path, instance, await instance.connect(), await instance.connect());
    await store.migrate();
    return store;
  }

  /** The schema version recorded in the file. */
  async version(): Promise<number> {
    const rows = await this.all(`SELECT max(version)::INTEGER AS v FROM schema_version`);
    return Number(rows[0]?.v ?? 0);
  }

  private async migrate(): Promise<void> {
    await this.writer.run(
      `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, description VARCHAR, applied_at VARCHAR)`
    );
    const current = await this.version();
    if (current > SCHEMA_VERSION) {
      this.close();
      throw new IssueError([
        {
          code: "store_too_new",
          message: `Cannot open store "${this.path}": it was written by a newer Multivector (schema version ${current}), this one reads up to version ${SCHEMA_VERSION}: upgrade Multivector or choose another store with --store`
        }
      ]);
    }
    for (const m of MIGRATIONS.filter((m) => m.version > current)) {
      await this.transaction(async () => {
        for (const sql of m.statements) await this.run(sql);
        await this.run(`INSERT INTO schema_version VALUES (?, ?, ?)`, [
          m.version,
          m.description,
          new Date().toISOString()
        ]);
      });
    }
  }

  /** The connection for a statement: the writer inside a transaction, the reader otherwise. */
  private connection(): DuckDBConnection {
    return this.current.getStore() ?? this.con;
  }

  /** True when the caller runs inside a transaction of this store. */
  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /** Runs a statement with positional `?` parameters. */
  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.connection().run(sql, bind(params));
    if (!this.inTransaction) this.commits++;
  }

  /**
   * Appends rows to `table` through a DuckDB appender on the current connection (inside the caller's
   * transaction): the fastest write from JavaScript, about ten times cheaper than bound INSERT
   * statements. `columns` names the values of each row; the table's other columns get NULL. Every value
   * is converted and checked first (an error names table, column and row, and nothing is appended). When
   * the flush fails (a duplicate key), the appender's buffer is cleared before the error is thrown: an
   * appender left holding rows would flush them into a later transaction when it is garbage-collected.
   */
  async appendRows(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const layout = await this.layout(table);
    const at = layout.map((c) => columns.indexOf(c.name));
    const unknown = columns.filter((c) => !layout.some((l) => l.name === c));
    if (unknown.length > 0) throw new Error(`Cannot append to ${table}: no column ${unknown.join(", ")}`);
    const kinds = layout.map((c) => c.type);
    // Convert everything before the appender sees a value.
    const cells: unknown[] = new Array(rows.length * layout.length);
    let k = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      for (let i = 0; i < layout.length; i++) {
        const j = at[i]!;
        cells[k++] = j < 0 ? null : cellValue(row[j], kinds[i]!, table, layout[i]!.name, r);
      }
    }
    const app = await this.appender(table);
    try {
      k = 0;
      for (let r = 0; r < rows.length; r++) {
        for (let i = 0; i < kinds.length; i++) {
          const v = cells[k++];
          if (v === null) app.appendNull();
          else
            switch (kinds[i]) {
              case "VARCHAR":
                app.appendVarchar(v as string);
                break;
              case "INTEGER":
                app.appendInteger(v as number);
                break;
              case "DOUBLE":
                app.appendDouble(v as number);
                break;
              case "TINYINT":
                app.appendTinyInt(v as number);
                break;
              case "BOOLEAN":
                app.appendBoolean(v as boolean);
                break;
              case "DATE":
                app.appendDate(v as DuckDBDateValue);
                break;
            }
        }
        app.endRow();
      }
      app.closeSync();
    } catch (e) {
      app.clear();
      try {
        app.closeSync();
      } catch {
        // nothing left to flush
      }
      throw e;
    }
  }

  private async layout(table: string): Promise<readonly {name: string; type: string}[]> {
    let layout = this.layouts.get(table);
    if (!layout) {
      const rows = await this.connection().runAndReadAll(
        `SELECT column_name AS name, data_type AS type FROM information_schema.columns
          WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position`,
        [table]
      );
      layout = rows.getRowObjectsJson().map((r) => ({name: String(r.name), type: String(r.type)}));
      if (layout.length === 0) throw new Error(`Cannot append to ${table}: no such table`);
      const other = layout.find((c) => !APPENDABLE.has(c.type));
      if (other) throw new Error(`Cannot append to ${table}: column ${other.name} has type ${other.type}`);
      this.layouts.set(table, layout);
    }
    return layout;
  }

  /** Runs a query and returns its rows as plain objects. */
  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const reader = await this.connection().runAndReadAll(sql, bind(params));
    return reader.getRowObjectsJson() as T[];
  }

  /**
   * Runs `fn` inside one transaction: all of its writes land, or none do, and the promise resolves
   * only once they are committed. Transactions are serialized through one writer queue; a call made
   * from inside `fn` (same async context) joins it, any other call waits its turn.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.current.getStore() === this.writer) return fn();
    const next = this.queue.then(() =>
      this.current.run(this.writer, async () => {
        await this.writer.run("BEGIN TRANSACTION");
        this.opened.clear();
        let value: T;
        try {
          value = await fn();
        } catch (e) {
          this.discardAppenders();
          await this.writer.run("ROLLBACK").catch(() => undefined);
          throw e;
        }
        try {
          await this.writer.run("COMMIT");
        } catch (e) {
          this.discardAppenders();
          await this.writer.run("ROLLBACK").catch(() => undefined);
          throw e;
        }
        this.opened.clear();
        this.commits++;
        return value;
      })
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * An appender for bulk loads (the fastest path from JS), on the current transaction's connection; call
   * `closeSync()` when done. Inside a transaction that fails, it is cleared (its rows dropped) before the rollback.
   */
  async appender(table: string, schema?: string, catalog?: string): Promise<DuckDBAppender> {
    const app = await this.connection().createAppender(table, schema ?? null, catalog ?? null);
    if (this.inTransaction) this.opened.add(app);
    return app;
  }

  /** Drops the rows the failed transaction's appenders still hold (clearing a closed appender is harmless). */
  private discardAppenders(): void {
    for (const app of this.opened) {
      try {
        app.clear();
        app.closeSync();
      } catch {
        // nothing left to flush
      }
    }
    this.opened.clear();
  }

  /**
   * Writes the write-ahead log into the file now (DuckDB's CHECKPOINT, what closing does), in the writers' queue:
   * a transaction asked for meanwhile waits for it, reads on the other connection go on beside it.
   */
  checkpoint(): Promise<void> {
    const next = this.queue.then(() => this.writer.run("CHECKPOINT"));
    this.queue = next.catch(() => undefined);
    return next.then(() => undefined);
  }

  close(): void {
    try {
      this.con.closeSync();
      this.writer.closeSync();
      this.instance.closeSync();
    } catch {
      // already closed
    }
  }
}

const APPENDABLE = new Set(["VARCHAR", "INTEGER", "DOUBLE", "TINYINT", "BOOLEAN", "DATE"]);

/** A value converted for an appender column, or an error naming where it is and what was expected. */
function cellValue(v: SqlValue, type: string, table: string, column: string, row: number): unknown {
  if (v === null || v === undefined) return null;
  const bad = (expected: string) =>
    new Error(
      `Cannot store ${table}.${column} of row ${row + 1}: expected ${expected}, found ${JSON.stringify(String(v))}`
    );
  switch (type) {
    case "VARCHAR":
      return typeof v === "string" ? v : String(v);
    case "DOUBLE": {
      const n = Number(v);
      if (Number.isNaN(n) && !(typeof v === "number")) throw bad("a number");
      return n;
    }
    case "BOOLEAN":
      return Boolean(v);
    case "DATE": {
      const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(String(v));
      const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
      const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
      const last = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
      if (!m || mo < 1 || mo > 12 || d < 1 || d > last) throw bad("a date YYYY-MM-DD");
      return new DuckDBDateValue(daysFromCivil(y, mo, d));
    }
    default: {
      // INTEGER and TINYINT
      const n = Number(v);
      const [lo, hi] = type === "TINYINT" ? [-128, 127] : [-2147483648, 2147483647];
      if (!Number.isInteger(n) || n < lo || n > hi) throw bad(`an integer from ${lo} to ${hi}`);
      return n;
    }
  }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (any year: Date.UTC maps years 0–99 to 1900–1999). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function bind(params: readonly SqlValue[]): DuckDBValue[] {
  return params.map((p) => (p === undefined ? null : Array.isArray(p) ? listValue(p) : p)) as DuckDBValue[];
}
