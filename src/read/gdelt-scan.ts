/**
 * The byte scanner of GDELT rows: {@link GDELT_RULE} applied to the bytes of a line without decoding
 * it, for the bulk import's hot loop. It finds the tabs, checks the width and every field's value
 * with the same tests as {@link parseGdeltLine}, and decodes only the fields kept. A line it cannot
 * take as it is (a bad value, a blank to derive, a wrong width) is answered "check": the caller
 * hands it to parseGdeltLine, so messages and derived values come from one place.
 *
 * Pure: bytes in, a row out (the row object is reused from call to call: copy what you keep).
 *
 * @module
 * @example
 * ```ts
 * const scan = gdeltScanner("gdelt2");
 * if (scan.line(buf, start, end) === "row") load.append(scan.row);
 * ```
 */
import type {GdeltRow} from "../domain/index.js";
import {cameoInfo} from "./cameo.js";
import {GDELT_RULE, type GdeltFormat} from "./gdelt.js";

/** What {@link GdeltScanner.line} found: a valid row (in `row`), a row without both actors, or a line for parseGdeltLine. */
export type GdeltScanResult = "row" | "skip" | "check";

export interface GdeltScanner {
  /** The row of the last "row" answer (one object, overwritten by the next call). */
  readonly row: GdeltRow;
  /** Scans buf[start..end) (one line without its line end). */
  line(buf: Buffer, start: number, end: number): GdeltScanResult;
}

const TAB = 9;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const KIND = {id: 0, date: 1, cameo: 2, quad: 3, goldstein: 4, count: 5, text: 6} as const;
const BLANK = {bad: 0, skip: 1, absent: 2, derive: 3} as const;

type Slicing = Buffer & {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
};

/** YYYYMMDD digits at buf[s..e) as an integer when they make a real date, else -1. */
function dateAt(buf: Buffer, s: number, e: number): number {
  if (e - s !== 8) return -1;
  let v = 0;
  for (let i = s; i < e; i++) {
    const c = buf[i]! - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (m < 1 || m > 12 || d < 1) return -1;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]!) ? v : -1;
}

/** Whether buf[s..e) is 1 to `max` digits. */
function digits(buf: Buffer, s: number, e: number, max: number): boolean {
  if (e <= s || e - s > max) return false;
  for (let i = s; i < e; i++) if (buf[i]! < 48 || buf[i]! > 57) return false;
  return true;
}

/** Whether buf[s..e) is a CAMEO code: 2 to 4 digits, root 01 to 20. */
function cameoAt(buf: Buffer, s: number, e: number): boolean {
  if (e - s < 2 || !digits(buf, s, e, 4)) return false;
  const root = (buf[s]! - 48) * 10 + (buf[s + 1]! - 48);
  return root >= 1 && root <= 20;
}

/** Whether buf[s..e) is `-?digits(.digits)?`. */
function decimalAt(buf: Buffer, s: number, e: number): boolean {
  let i = s;
  if (buf[i] === 45) i++;
  const int0 = i;
  while (i < e && buf[i]! >= 48 && buf[i]! <= 57) i++;
  if (i === int0) return false;
  if (i === e) return true;
  if (buf[i] !== 46) return false;
  const frac0 = ++i;
  while (i < e && buf[i]! >= 48 && buf[i]! <= 57) i++;
  return i === e && i > frac0;
}

/** A scanner for rows of one format, compiled from {@link GDELT_RULE}. */
export function gdeltScanner(format: GdeltFormat): GdeltScanner {
  const widths = GDELT_RULE.widths[format];
  const maxWidth = Math.max(...widths);
  const fields = GDELT_RULE.fields;
  const n = fields.length;
  const names = fields.map((f) => f.field);
  const kinds = Int8Array.from(fields, (f) => KIND[f.kind]);
  const blanks = Int8Array.from(fields, (f) => BLANK[f.blank]);
  const first = Int16Array.from(fields, (f) => f.columns?.[0] ?? -1);
  const second = Int16Array.from(fields, (f) => f.columns?.[1] ?? -1);
  const byWidth = fields.map((f) => f.byWidth);
  const starts = new Int32Array(maxWidth + 1);
  const ends = new Int32Array(maxWidth + 1);
  const [gmin, gmax] = GDELT_RULE.goldsteinRange;
  const plovers = new Map<string, string | null>();
  const row: GdeltRow = {
    id: "",
    sqldate: 0,
    source: "",
    target: "",
    sourceAgent: null,
    targetAgent: null,
    code: "",
    goldstein: 0,
    quad: 1,
    plover: null,
    numMentions: null,
    numSources: null,
    numArticles: null,
    url: null
  };
  const out = row as unknown as Record<string, unknown>;
  const ploverOf = (code: string) => {
    let p = plovers.get(code);
    if (p === undefined) {
      p = cameoInfo(code)?.plover ?? null;
      plovers.set(code, p);
    }
    return p;
  };

  return {
    row,
    line(buf: Buffer, s: number, e: number): GdeltScanResult {
      const b = buf as Slicing;
      let width = 0;
      starts[0] = s;
      for (let i = s; i < e; i++) {
        if (buf[i] === TAB) {
          if (width === maxWidth) return "check";
          ends[width] = i;
          starts[++width] = i + 1;
        }
      }
      ends[width++] = e;
      if (!widths.includes(width)) return "check";
      let skip = false;
      for (let k = 0; k < n; k++) {
        let c = first[k]!;
        if (c < 0) c = byWidth[k]![width] ?? -1;
        else if (second[k]! >= 0 && ends[c] === starts[c]) c = second[k]!;
        const fs = c < 0 ? 0 : starts[c]!;
        const fe = c < 0 ? 0 : ends[c]!;
        if (fe === fs) {
          const blank = blanks[k]!;
          if (blank === BLANK.skip) skip = true;
          else if (blank === BLANK.absent) out[names[k]!] = null;
          else return "check"; // bad, or a value to derive: parseGdeltLine does both
          continue;
        }
        switch (kinds[k]) {
          case KIND.id:
            if (!digits(buf, fs, fe, 15)) return "check";
            out[names[k]!] = b.latin1Slice(fs, fe);
            break;
          case KIND.date: {
            const d = dateAt(buf, fs, fe);
            if (d < 0) return "check";
            row.sqldate = d;
            break;
          }
          case KIND.cameo:
            if (!cameoAt(buf, fs, fe)) return "check";
            out[names[k]!] = b.latin1Slice(fs, fe);
            break;
          case KIND.quad: {
            const q = fe - fs === 1 ? buf[fs]! - 48 : -1;
            if (q < 1 || q > 4) return "check";
            out[names[k]!] = q;
            break;
          }
          case KIND.goldstein: {
            if (!decimalAt(buf, fs, fe)) return "check";
            const v = Number(b.latin1Slice(fs, fe));
            if (!(v >= gmin && v <= gmax)) return "check";
            out[names[k]!] = v;
            break;
          }
          case KIND.count: {
            if (!digits(buf, fs, fe, 9)) return "check";
            let v = 0;
            for (let i = fs; i < fe; i++) v = v * 10 + buf[i]! - 48;
            out[names[k]!] = v;
            break;
          }
          default:
            out[names[k]!] = b.utf8Slice(fs, fe);
        }
      }
      if (skip) return "skip";
      row.plover = ploverOf(row.code);
      return "row";
    }
  };
}
