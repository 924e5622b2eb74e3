/**
 * GDELT event rows → our events. GDELT 1.0 daily files have 58 tab-separated columns (57 in the
 * historical backfiles, without SOURCEURL); GDELT 2.0 exports have 61. No header row. One line is
 * one event: CAMEO code, Goldstein weight, quad class, date (SQLDATE), the two actors' country
 * codes (or their actor codes when the country is blank), their type codes as agents, and the
 * source URL.
 *
 * @module
 * @example
 * ```ts
 * const r = parseGdeltLine(line, {format: "gdelt2"});
 * if (r.kind === "row") r.row; // {id: "881990833", date: "2018-10-24", source: "EUR", …}
 * ```
 */
import {isIsoDate, type Event, type Issue} from "../domain/index.js";
import {cameoInfo} from "./cameo.js";

export type GdeltFormat = "gdelt1" | "gdelt2";

/** Column positions (0-based) shared by GDELT 1.0 and 2.0 up to AvgTone, then the tails. */
export const GDELT_COLUMNS = {
  id: 0,
  date: 1,
  actor1Code: 5,
  actor1Country: 7,
  actor1Type: 12,
  actor2Code: 15,
  actor2Country: 17,
  actor2Type: 22,
  eventCode: 26,
  quadClass: 29,
  goldstein: 30
} as const;

/** Column counts accepted per format. */
export const GDELT_WIDTHS: Record<GdeltFormat, readonly number[]> = {gdelt1: [57, 58], gdelt2: [61]};

/** Names of the columns we read, as the GDELT codebooks spell them (for messages). */
const NAMES: Record<number, string> = {
  0: "GLOBALEVENTID",
  1: "SQLDATE",
  26: "EventCode",
  29: "QuadClass",
  30: "GoldsteinScale"
};

/** A GDELT row reduced to what we store. */
export interface GdeltRow {
  id: string;
  date: string;
  source: string;
  target: string;
  sourceAgent?: string;
  targetAgent?: string;
  code: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  url?: string;
}

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

/**
 * Parses one line of a GDELT events file. A line with the wrong number of columns, an impossible
 * date, or a bad event code or Goldstein value gives an issue naming the file, line and column;
 * a row without both actors is skipped (it is not a dyadic event).
 */
export function parseGdeltLine(text: string, {format, file, line}: ParseLineOptions): GdeltLineResult {
  if (text.length === 0 || text === "\r") return {kind: "skip", reason: "blank"};
  if (text.endsWith("\r")) text = text.slice(0, -1);
  const f = text.split("\t");
  const where = {...(file ? {file} : {}), ...(line !== undefined ? {line} : {})};
  const widths = GDELT_WIDTHS[format];
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
  const col = (i: number) => ({...where, column: i + 1});
  const raw = f[GDELT_COLUMNS.date]!;
  const date = raw.length === 8 ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : raw;
  if (!/^\d{8}$/.test(raw) || !isIsoDate(date)) {
    return {
      kind: "issue",
      issue: {
        code: "bad_date",
        message: `Cannot parse date "${raw}" in column "${NAMES[1]}": expected a real date as YYYYMMDD`,
        ...col(1)
      }
    };
  }
  const code = f[GDELT_COLUMNS.eventCode]!;
  if (!/^(0[1-9]|1\d|20)\d{0,2}$/.test(code)) {
    return {
      kind: "issue",
      issue: {
        code: "bad_code",
        message: `Cannot read event code "${code}" in column "${NAMES[26]}": expected a CAMEO code such as 042`,
        ...col(26)
      }
    };
  }
  const gRaw = f[GDELT_COLUMNS.goldstein]!;
  let goldstein = Number(gRaw);
  if (gRaw === "" || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
    const fallback = cameoInfo(code)?.goldstein;
    if (gRaw !== "" || fallback === undefined) {
      return {
        kind: "issue",
        issue: {
          code: "bad_number",
          message: `Cannot parse Goldstein value "${gRaw}" in column "${NAMES[30]}": expected a number from -10 to 10`,
          ...col(30)
        }
      };
    }
    goldstein = fallback;
  }
  const qRaw = f[GDELT_COLUMNS.quadClass]!;
  const quad =
    qRaw === ""
      ? Number(code.slice(0, 2)) <= 5
        ? 1
        : Number(code.slice(0, 2)) <= 9
          ? 2
          : Number(code.slice(0, 2)) <= 14
            ? 3
            : 4
      : Number(qRaw);
  if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) {
    return {
      kind: "issue",
      issue: {
        code: "bad_quad",
        message: `Cannot read quad class "${qRaw}" in column "${NAMES[29]}": expected 1, 2, 3 or 4`,
        ...col(29)
      }
    };
  }
  const source = f[GDELT_COLUMNS.actor1Country] || f[GDELT_COLUMNS.actor1Code]!;
  const target = f[GDELT_COLUMNS.actor2Country] || f[GDELT_COLUMNS.actor2Code]!;
  if (!source || !target) return {kind: "skip", reason: "no-dyad"};
  const sourceAgent = f[GDELT_COLUMNS.actor1Type];
  const targetAgent = f[GDELT_COLUMNS.actor2Type];
  const url = f.length === 58 ? f[57] : f.length === 61 ? f[60] : undefined;
  return {
    kind: "row",
    row: {
      id: f[0]!,
      date,
      source,
      target,
      ...(sourceAgent ? {sourceAgent} : {}),
      ...(targetAgent ? {targetAgent} : {}),
      code,
      goldstein,
      quad,
      ...(url ? {url} : {})
    }
  };
}

/** Our event for a GDELT row of a source. */
export function gdeltRowToEvent(row: GdeltRow, sourceId: string): Event {
  const plover = cameoInfo(row.code)?.plover;
  return {
    id: `gdelt:${row.id}`,
    sourceId,
    date: row.date,
    source: row.source,
    target: row.target,
    ...(row.sourceAgent ? {sourceAgent: row.sourceAgent} : {}),
    ...(row.targetAgent ? {targetAgent: row.targetAgent} : {}),
    code: row.code,
    goldstein: row.goldstein,
    quad: row.quad,
    ...(plover ? {plover} : {}),
    rule: "gdelt",
    ...(row.url ? {url: row.url} : {})
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
