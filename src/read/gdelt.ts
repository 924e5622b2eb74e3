/**
 * GDELT event rows → our events. GDELT 1.0 daily files have 58 tab-separated columns (57 in the
 * historical backfiles, without SOURCEURL); GDELT 2.0 exports have 61. No header row. One line is
 * one event: CAMEO code, Goldstein weight, quad class, date (SQLDATE), the two actors' country
 * codes (or their actor codes when the country is blank), their type codes as agents, how widely
 * it was reported (NumMentions, NumSources, NumArticles) and the source URL: {@link GDELT_RULE}.
 *
 * @module
 * @example
 * ```ts
 * const r = parseGdeltLine(line, {format: "gdelt2"});
 * if (r.kind === "row") r.row; // {id: "881990833", sqldate: 20181024, source: "EUR", …}
 * ```
 */
import type {Event, GdeltField, GdeltRow, GdeltRule, Issue} from "../domain/index.js";
import {isIsoDate, quadClassOf} from "../domain/plain.js";
import {cameoInfo} from "./cameo.js";

export type GdeltFormat = "gdelt1" | "gdelt2";

/**
 * The one GDELT row rule: which columns fill which field of {@link GdeltRow}, what each holds, and what a
 * blank means (see {@link GdeltValueKind} and {@link GdeltBlank} in src/domain/gdelt.ts). Fields are checked
 * in this order: the first bad value names the row's issue. {@link parseGdeltLine}, the byte scanner
 * ({@link scanGdeltLine}) and the engines' SQL (src/store/duckdb/gdelt.ts) are all derived from it.
 */
export const GDELT_RULE: GdeltRule = {
  widths: {gdelt1: [57, 58], gdelt2: [61]},
  fields: [
    {field: "id", columns: [0], codebook: "GLOBALEVENTID", kind: "id", blank: "bad", issue: "bad_id"},
    {field: "date", columns: [1], codebook: "SQLDATE", kind: "date", blank: "bad", issue: "bad_date"},
    {field: "code", columns: [26], codebook: "EventCode", kind: "cameo", blank: "bad", issue: "bad_code"},
    {
      field: "goldstein",
      columns: [30],
      codebook: "GoldsteinScale",
      kind: "goldstein",
      blank: "derive",
      issue: "bad_number"
    },
    {field: "quad", columns: [29], codebook: "QuadClass", kind: "quad", blank: "derive", issue: "bad_quad"},
    {field: "numMentions", columns: [31], codebook: "NumMentions", kind: "count", blank: "absent", issue: "bad_number"},
    {field: "numSources", columns: [32], codebook: "NumSources", kind: "count", blank: "absent", issue: "bad_number"},
    {field: "numArticles", columns: [33], codebook: "NumArticles", kind: "count", blank: "absent", issue: "bad_number"},
    {field: "source", columns: [7, 5], codebook: "Actor1CountryCode or Actor1Code", kind: "text", blank: "skip"},
    {field: "target", columns: [17, 15], codebook: "Actor2CountryCode or Actor2Code", kind: "text", blank: "skip"},
    {field: "sourceAgent", columns: [12], codebook: "Actor1Type1Code", kind: "text", blank: "absent"},
    {field: "targetAgent", columns: [22], codebook: "Actor2Type1Code", kind: "text", blank: "absent"},
    {field: "url", byWidth: {58: 57, 61: 60}, codebook: "SOURCEURL", kind: "text", blank: "absent"}
  ],
  patterns: {
    id: "[0-9]{1,15}",
    date: "[0-9]{8}",
    cameo: "(0[1-9]|1[0-9]|20)[0-9]{0,2}",
    quad: "[1-4]",
    goldstein: "-?[0-9]+(\\.[0-9]+)?",
    count: "[0-9]{1,9}"
  },
  goldsteinRange: [-10, 10]
};

/** Column counts accepted per format. */
export const GDELT_WIDTHS: Record<GdeltFormat, readonly number[]> = GDELT_RULE.widths;

/** The rule's patterns as anchored regular expressions. */
const PATTERNS = Object.fromEntries(
  Object.entries(GDELT_RULE.patterns).map(([k, p]) => [k, new RegExp(`^(?:${p})$`)])
) as Record<keyof GdeltRule["patterns"], RegExp>;
const [GMIN, GMAX] = GDELT_RULE.goldsteinRange;

export type GdeltLineResult =
  {kind: "row"; row: GdeltRow} | {kind: "skip"; reason: "blank" | "header" | "no-dyad"} | {kind: "issue"; issue: Issue};

/** The format a line's column count says, or undefined. */
export function gdeltFormatOf(columns: number): GdeltFormat | undefined {
  if (GDELT_WIDTHS.gdelt2.includes(columns)) return "gdelt2";
  if (GDELT_WIDTHS.gdelt1.includes(columns)) return "gdelt1";
  return undefined;
}

/** Counts the tab-separated columns of a line without splitting it. */
export function countColumns(line: string): number {
  let n = 1;
  for (let i = line.indexOf("\t"); i !== -1; i = line.indexOf("\t", i + 1)) n++;
  return n;
}

export interface ParseLineOptions {
  format: GdeltFormat;
  file?: string;
  /** 1-based line number, for issues. */
  line?: number;
}

/** The column of a field in a row of this width (the first non-blank of its columns), or -1. */
function columnOf(f: GdeltField, fields: readonly string[]): number {
  if (f.byWidth) return f.byWidth[fields.length] ?? -1;
  for (const c of f.columns!) if (fields[c]) return c;
  return f.columns![0]!;
}

const EXPECTED: Record<string, string> = {
  id: "a GLOBALEVENTID of 1 to 15 digits",
  date: "a real date as YYYYMMDD",
  cameo: "a CAMEO code such as 042",
  quad: "1, 2, 3 or 4",
  goldstein: `a number from ${GDELT_RULE.goldsteinRange[0]} to ${GDELT_RULE.goldsteinRange[1]}`,
  count: "a whole number of up to 9 digits"
};

/**
 * Parses one line of a GDELT events file by {@link GDELT_RULE}. A line with the wrong number of
 * columns, or a bad value, gives an issue naming the file, line and column; a row without both
 * actors is skipped (it is not a dyadic event).
 */
export function parseGdeltLine(text: string, {format, file, line}: ParseLineOptions): GdeltLineResult {
  if (text.length === 0 || text === "\r") return {kind: "skip", reason: "blank"};
  if (text.endsWith("\r")) text = text.slice(0, -1);
  const f = text.split("\t");
  const where = {...(file ? {file} : {}), ...(line !== undefined ? {line} : {})};
  const widths = GDELT_RULE.widths[format];
  if (!widths.includes(f.length)) {
    if (/^globaleventid\b/i.test(text)) return {kind: "skip", reason: "header"};
    const expected = widths.join(" or ");
    return {
      kind: "issue",
      issue: {
        code: "bad_columns",
        message: `Cannot read GDELT row: expected ${expected} tab-separated columns (${format === "gdelt1" ? "GDELT 1.0" : "GDELT 2.0"}), found ${f.length}`,
        ...where
      }
    };
  }
  const row: Record<string, unknown> = {};
  let skip = false;
  for (const field of GDELT_RULE.fields) {
    const c = columnOf(field, f);
    const raw = c < 0 ? "" : f[c]!;
    const bad = (): GdeltLineResult => ({
      kind: "issue",
      issue: {
        code: field.issue ?? "bad_value",
        message:
          field.kind === "date"
            ? `Cannot parse date "${raw}" in column "${field.codebook}": expected ${EXPECTED.date}`
            : field.kind === "cameo"
              ? `Cannot read event code "${raw}" in column "${field.codebook}": expected ${EXPECTED.cameo}`
              : field.kind === "quad"
                ? `Cannot read quad class "${raw}" in column "${field.codebook}": expected ${EXPECTED.quad}`
                : field.kind === "goldstein"
                  ? `Cannot parse Goldstein value "${raw}" in column "${field.codebook}": expected ${EXPECTED.goldstein}`
                  : `Cannot read "${raw}" in column "${field.codebook}": expected ${EXPECTED[field.kind] ?? "a value"}`,
        ...where,
        column: (c < 0 ? 0 : c) + 1
      }
    });
    if (raw === "") {
      if (field.blank === "bad") return bad();
      if (field.blank === "skip") skip = true;
      else if (field.blank === "absent") row[field.field] = null;
      else if (field.kind === "quad") row.quad = quadClassOf(row.code as string);
      else {
        const weight = cameoInfo(row.code as string)?.goldstein;
        if (weight === undefined) return bad();
        row.goldstein = weight;
      }
      continue;
    }
    switch (field.kind) {
      case "text":
        row[field.field] = raw;
        break;
      case "date": {
        const iso = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
        if (!PATTERNS.date.test(raw) || !isIsoDate(iso)) return bad();
        row.sqldate = Number(raw);
        break;
      }
      case "goldstein": {
        const v = Number(raw);
        if (!PATTERNS.goldstein.test(raw) || v < GMIN || v > GMAX) return bad();
        row.goldstein = v;
        break;
      }
      case "quad":
      case "count":
        if (!PATTERNS[field.kind].test(raw)) return bad();
        row[field.field] = Number(raw);
        break;
      default:
        if (!PATTERNS[field.kind].test(raw)) return bad();
        row[field.field] = raw;
    }
  }
  if (skip) return {kind: "skip", reason: "no-dyad"};
  row.plover = cameoInfo(row.code as string)?.plover ?? null;
  return {kind: "row", row: row as unknown as GdeltRow};
}

/** YYYY-MM-DD of a SQLDATE integer. */
export function gdeltIsoDate(sqldate: number): string {
  const d = String(sqldate);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

/** Our event for a GDELT row of a source. */
export function gdeltRowToEvent(row: GdeltRow, sourceId: string): Event {
  return {
    id: `gdelt:${row.id}`,
    sourceId,
    date: gdeltIsoDate(row.sqldate),
    source: row.source,
    target: row.target,
    ...(row.sourceAgent ? {sourceAgent: row.sourceAgent} : {}),
    ...(row.targetAgent ? {targetAgent: row.targetAgent} : {}),
    code: row.code,
    goldstein: row.goldstein,
    quad: row.quad,
    ...(row.plover ? {plover: row.plover} : {}),
    rule: "gdelt",
    ...(row.url ? {url: row.url} : {}),
    ...(row.numMentions !== null ? {numMentions: row.numMentions} : {}),
    ...(row.numSources !== null ? {numSources: row.numSources} : {}),
    ...(row.numArticles !== null ? {numArticles: row.numArticles} : {})
  };
}

/** The format of a GDELT file from its first non-blank line (undefined when it is neither). */
export function detectGdeltFormat(firstLine: string): GdeltFormat | undefined {
  return gdeltFormatOf(countColumns(firstLine.replace(/\r$/, "")));
}

/** One accepted CAMEO event code with what the mapping adds to it (for the SQL import path). */
export interface GdeltCodeInfo {
  code: string;
  /** PLOVER category, or null. */
  plover: string | null;
  /** The Goldstein weight used when the row's GoldsteinScale is blank, or null when the code has none. */
  goldstein: number | null;
}

/**
 * Every event code {@link parseGdeltLine} accepts (2–4 digits, root 01–20) with its PLOVER category
 * and fallback Goldstein weight, as {@link gdeltRowToEvent} and parseGdeltLine use them: the SQL
 * import path joins on this table so both paths map rows the same way.
 */
export function gdeltCodeTable(): GdeltCodeInfo[] {
  const out: GdeltCodeInfo[] = [];
  const add = (code: string) => {
    const info = cameoInfo(code);
    out.push({code, plover: info?.plover ?? null, goldstein: info?.goldstein ?? null});
  };
  for (let root = 1; root <= 20; root++) {
    const r = String(root).padStart(2, "0");
    add(r);
    for (let a = 0; a <= 9; a++) {
      add(`${r}${a}`);
      for (let b = 0; b <= 9; b++) add(`${r}${a}${b}`);
    }
  }
  return out;
}
