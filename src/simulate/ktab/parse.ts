/**
 * One entry point for every SMP input format, chosen by file extension or, failing that, by content.
 *
 * @module
 */
import type {Result} from "../../domain/issue.js";
import {parseKtabCsv} from "./parse-csv.js";
import {parseKtabXml} from "./parse-xml.js";
import {parseSmpJson} from "./parse-json.js";
import type {SmpScenario} from "./scenario.js";

/** The formats {@link parseSmpInput} reads. */
export type SmpInputFormat = "ktab-csv" | "ktab-xml" | "json";

/** Options of {@link parseSmpInput}. */
export interface ParseSmpInputOptions {
  /** File name for issues; its extension picks the format (.csv, .xml, .json, .yaml, .yml). */
  file?: string;
  /** Force a format. Default: from the extension, else from the content. */
  format?: SmpInputFormat;
}

/** Guesses the format of an SMP input from its name, then its first non-blank character. */
export function detectSmpFormat(text: string, file?: string): SmpInputFormat {
  const ext = file?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === "csv") return "ktab-csv";
  if (ext === "xml") return "ktab-xml";
  if (ext === "json" || ext === "yaml" || ext === "yml") return "json";
  const first = text.replace(/^\uFEFF/, "").trimStart()[0];
  if (first === "<") return "ktab-xml";
  if (first === "{" || /^\s*(name|dimensions|actors)\s*:/m.test(text)) return "json";
  return "ktab-csv";
}

/**
 * Parses an SMP scenario in any supported format (KTAB CSV, KTAB XML, our JSON/YAML).
 *
 * @param text the file's content
 * @param options file name and optional format
 */
export function parseSmpInput(text: string, options: ParseSmpInputOptions = {}): Result<SmpScenario> {
  const format = options.format ?? detectSmpFormat(text, options.file);
  const o = options.file === undefined ? {} : {file: options.file};
  return format === "ktab-csv"
    ? parseKtabCsv(text, o)
    : format === "ktab-xml"
      ? parseKtabXml(text, o)
      : parseSmpJson(text, o);
}
