/**
 * The vocabulary of Multivector: one zod schema per concept, with its TypeScript type inferred,
 * and the issue/result types every stage reports with.
 *
 * @module
 * @example
 * ```ts
 * import {Actor, formatIssue} from "../domain/index.js";
 * const r = Actor.safeParse({code: "KAZ", name: "Kazakhstan", kind: "state"});
 * ```
 */
export * from "./issue.js";
export * from "./ids.js";
export * from "./actor.js";
export * from "./membership.js";
export * from "./corridor.js";
export * from "./source.js";
export * from "./event.js";
export * from "./cluster.js";
export * from "./stance.js";
export * from "./claim.js";
export * from "./figure.js";
export {Forecast, ForecastOutcome, ForecastStatus, Resolution} from "./forecast.js";
export * from "./indicator.js";
export * from "./scenario.js";
export * from "./names.js";
export {Provenance, MetricCoverage, Coverage, Break} from "./coverage.js";
export {Parameter, ParameterValues, Stability} from "./parameter.js";
export {cellOf, columnsOf, rowsOf, toCsv, type Cell, type ColumnType, type Page, type TableColumn} from "./table.js";
