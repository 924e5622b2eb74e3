/**
 * Readers for the PETRARCH/TABARI dictionary formats (actors, agents, verbs, discards). Pure: text in.
 *
 * @module
 */
export * from "./lines.js";
export * from "./actors.js";
export * from "./agents.js";
export * from "./verbs.js";
export * from "./discards.js";
