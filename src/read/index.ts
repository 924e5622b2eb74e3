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
export * from "./article.js";
export * from "./html.js";
export * from "./markdown.js";
export * from "./sentences.js";
export * from "./dates.js";
export * from "./metadata.js";
export * from "./byline.js";
export * from "./gazetteer.js";
export * from "./voices.js";
export * from "./stances.js";
export * from "./claims.js";
export * from "./genre.js";
export * from "./figures.js";
export * from "./document-eval.js";
export * from "./why.js";
export * from "./document.js";
export * from "./gdelt.js";
export * from "./coder.js";
export * from "./dictionaries/index.js";
export * from "./code-eval.js";
export * from "./parse-tree.js";
export * from "./tokenize.js";
export * from "./code-map.js";
export {
  DEFAULT_HORIZON_YEARS,
  FORECAST_CUES,
  forecastHorizon,
  forecastOutcome,
  HORIZON_CUES,
  readForecast,
  type ReadForecast,
  type ReadForecastOptions
} from "./forecast-outcome.js";
export {
  CLUSTER_DEFAULTS,
  clusterEvents,
  contentWords,
  dateWindow,
  type ClusterOptions,
  type ClusterableEvent
} from "./cluster.js";
export {checkReaderLimits, READER_LIMITS, type ReaderLimits} from "./limits.js";
export {notAnEvent, type NotAnEvent} from "./modality.js";
export {insideInstitutionName, institutionAfter} from "./institutions.js";
export {transliterationVariants} from "./transliterate.js";
