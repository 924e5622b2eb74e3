/**
 * DuckDB's Node API, loaded with `require`. The package is CommonJS: imported as an ES module, Node first reads each
 * of its files with its CommonJS export scanner (the index re-exports some sixty of them) and then loads them, which
 * took about twice the CPU of loading them alone (~215 against ~100 ms in a fresh process, 2026-12-04) at the start
 * of every command that opens a store. The values and types are the package's own.
 *
 * @module
 */
import {createRequire} from "node:module";
import type * as Api from "@duckdb/node-api";

const api = createRequire(import.meta.url)("@duckdb/node-api") as typeof Api;

export const {DuckDBDateValue, DuckDBInstance, listValue} = api;
export type DuckDBDateValue = Api.DuckDBDateValue;
export type DuckDBInstance = Api.DuckDBInstance;
export type {DuckDBAppender, DuckDBConnection, DuckDBValue} from "@duckdb/node-api";
