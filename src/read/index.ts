/**
 * The reader: text and GDELT rows in, events, stances and claims out. Pure: strings and
 * dictionaries in, records out.
 *
 * @module
 * @example
 * ```ts
 * cameoInfo("0874"); // {code: "0874", label: "…", goldstein: …, quad: 2, plover: "…"}
 * ```
 */
export * from "./cameo.js";
