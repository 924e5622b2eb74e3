/**
 * GDELT event rows: the one row record every import path produces ({@link GdeltRow}), and the shape
 * of the row rule ({@link GdeltRule}) that says which columns fill it and when a value is valid. The
 * rule itself is data in `src/read/gdelt.ts` (`GDELT_RULE`); the JavaScript parser, the byte scanner
 * and the engines' SQL are all derived from it, so they accept and reject the same rows.
 *
 * @module
 */

/**
 * The kinds of value a GDELT column holds, each with one validity test:
 * - `id`: GLOBALEVENTID, 1 to 15 digits;
 * - `date`: SQLDATE, 8 digits that make a real date (YYYYMMDD);
 * - `cameo`: EventCode, 2 to 4 digits with a root from 01 to 20;
 * - `quad`: QuadClass, one digit 1 to 4;
 * - `goldstein`: GoldsteinScale, a decimal number (`-?digits[.digits]`) from -10 to 10;
 * - `count`: NumMentions, NumSources, NumArticles: 1 to 9 digits;
 * - `text`: anything (actor and type codes, the source URL).
 */
export type GdeltValueKind = "id" | "date" | "cameo" | "quad" | "goldstein" | "count" | "text";

/**
 * What a blank value means: `bad` (the row is bad), `skip` (the row is not a dyadic event: skipped,
 * not bad), `absent` (the field is left out), `derive` (the quad class from the event code's root;
 * the Goldstein weight from the event code's CAMEO entry, bad when the code has none).
 */
export type GdeltBlank = "bad" | "skip" | "absent" | "derive";

/** The fields of {@link GdeltRow} that come from columns. */
export type GdeltFieldName =
  | "id"
  | "date"
  | "code"
  | "goldstein"
  | "quad"
  | "source"
  | "target"
  | "sourceAgent"
  | "targetAgent"
  | "numMentions"
  | "numSources"
  | "numArticles"
  | "url";

/** One field of a GDELT row: where it is, what it holds, what a blank means. */
export interface GdeltField {
  field: GdeltFieldName;
  /**
   * 0-based columns, the first non-blank wins (an actor's country code, else its actor code). Absent
   * when the column depends on the row's width ({@link GdeltField.byWidth}).
   */
  columns?: readonly number[];
  /** Column by row width (SOURCEURL: the last column of 58- and 61-column rows; 57-column rows have none). */
  byWidth?: Readonly<Record<number, number>>;
  /** The column's name in the GDELT codebooks (for messages). */
  codebook: string;
  kind: GdeltValueKind;
  blank: GdeltBlank;
  /** The issue code of a bad value. */
  issue?: string;
}

/** The GDELT row rule: accepted widths per format, the fields (checked in this order) and each kind's test. */
export interface GdeltRule {
  widths: Readonly<Record<"gdelt1" | "gdelt2", readonly number[]>>;
  fields: readonly GdeltField[];
  /**
   * The whole-value pattern of each checked kind (regular expressions without anchors, in the syntax
   * JavaScript and the engines share), and the range of `goldstein`.
   */
  patterns: Readonly<Record<Exclude<GdeltValueKind, "text">, string>>;
  goldsteinRange: readonly [number, number];
}

/**
 * One GDELT row as every path reads it (the JavaScript parser, the byte scanner) and the bulk loads
 * append it: valid values only; optional fields are null when blank.
 */
export interface GdeltRow {
  /** GLOBALEVENTID digits. */
  id: string;
  /** SQLDATE as the integer YYYYMMDD (a real date). */
  sqldate: number;
  source: string;
  target: string;
  sourceAgent: string | null;
  targetAgent: string | null;
  code: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  /** The code's PLOVER category, or null. */
  plover: string | null;
  /** GDELT's NumMentions, NumSources, NumArticles (null when blank). */
  numMentions: number | null;
  numSources: number | null;
  numArticles: number | null;
  url: string | null;
}
