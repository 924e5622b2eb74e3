import {DuckDBInstance, type DuckDBConnection, type DuckDBAppender, type DuckDBValue} from "@duckdb/node-api";
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
 */
export class DuckDB {
  readonly path: string;
  readonly engine = "duckdb";
  private readonly instance: DuckDBInstance;
  private readonly con: DuckDBConnection;
  /** Serializes transactions: one connection, one transaction at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private inTransaction = false;

  private constructor(path: string, instance: DuckDBInstance, con: DuckDBConnection) {
    this.path = path;
    this.instance = instance;
    this.con = con;
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
    const store = new DuckDB(path, instance, await instance.connect());
    await store.migrate();
    return store;
  }

  /** The schema version recorded in the file. */
  async version(): Promise<number> {
    const rows = await this.all(`SELECT max(version)::INTEGER AS v FROM schema_version`);
    return Number(rows[0]?.v ?? 0);
  }

  private async migrate(): Promise<void> {
    await this.con.run(
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

  /** Runs a statement with positional `?` parameters. */
  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.con.run(sql, bind(params));
  }

  /** Runs a query and returns its rows as plain objects. */
  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const reader = await this.con.runAndReadAll(sql, bind(params));
    return reader.getRowObjectsJson() as T[];
  }

  /**
   * Runs `fn` inside one transaction: all of its writes land, or none do. Transactions are
   * serialized; nesting joins the outer one.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn();
    const next = this.queue.then(async () => {
      this.inTransaction = true;
      await this.con.run("BEGIN TRANSACTION");
      try {
        const value = await fn();
        await this.con.run("COMMIT");
        return value;
      } catch (e) {
        await this.con.run("ROLLBACK");
        throw e;
      } finally {
        this.inTransaction = false;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** An appender for bulk loads (the fastest path from JS); call `closeSync()` when done. */
  async appender(table: string): Promise<DuckDBAppender> {
    return this.con.createAppender(table);
  }

  close(): void {
    try {
      this.con.closeSync();
      this.instance.closeSync();
    } catch {
      // already closed
    }
  }
}

function bind(params: readonly SqlValue[]): DuckDBValue[] {
  return params.map((p) => (p === undefined ? null : p)) as DuckDBValue[];
}
