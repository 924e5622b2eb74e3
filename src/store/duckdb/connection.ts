import {DuckDBInstance, type DuckDBConnection, type DuckDBAppender, type DuckDBValue} from "@duckdb/node-api";
import {AsyncLocalStorage} from "node:async_hooks";
import {mkdirSync} from "node:fs";
import {dirname} from "node:path";
import {IssueError} from "../../domain/index.js";
import {MIGRATIONS, SCHEMA_VERSION} from "./schema.js";

/** A value that can be bound to a SQL parameter (`undefined` is bound as NULL). */
export type SqlValue = string | number | boolean | null | undefined | bigint;

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
   * Inserts rows into `table` with multi-row statements (up to `batch` rows each): one statement per
   * batch instead of one per row, inside the caller's transaction. The bound values are cast by DuckDB
   * as in a single-row INSERT.
   */
  async insertRows(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    batch = 256
  ): Promise<void> {
    if (rows.length === 0) return;
    const cols = columns.map((c) => `"${c}"`).join(", ");
    const one = `(${columns.map(() => "?").join(", ")})`;
    for (let i = 0; i < rows.length; i += batch) {
      const part = rows.slice(i, i + batch);
      await this.run(
        `INSERT INTO ${table} (${cols}) VALUES ${Array.from({length: part.length}, () => one).join(", ")}`,
        part.flat()
      );
    }
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
        let value: T;
        try {
          value = await fn();
        } catch (e) {
          await this.writer.run("ROLLBACK").catch(() => undefined);
          throw e;
        }
        try {
          await this.writer.run("COMMIT");
        } catch (e) {
          await this.writer.run("ROLLBACK").catch(() => undefined);
          throw e;
        }
        this.commits++;
        return value;
      })
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** An appender for bulk loads (the fastest path from JS), on the current transaction's connection; call `closeSync()` when done. */
  async appender(table: string, schema?: string, catalog?: string): Promise<DuckDBAppender> {
    return this.connection().createAppender(table, schema ?? null, catalog ?? null);
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

function bind(params: readonly SqlValue[]): DuckDBValue[] {
  return params.map((p) => (p === undefined ? null : p)) as DuckDBValue[];
}
