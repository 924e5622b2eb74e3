/**
 * Measures: events, indicators and UN votes → indices (alignment, influence, relations, balance). Pure.
 *
 * @module
 * @example
 * ```ts
 * import {balance} from "../measure/index.js";
 * balance({RUS: 2, CHN: 1, USA: 1}).entropy; // 0.946…
 * ```
 */
export * from "./balance.js";
export * from "./records.js";
export * from "./blocs.js";
export * from "./alignment.js";
export * from "./influence.js";
export * from "./triangle.js";
export * from "./balance-series.js";
export * from "./relations.js";
