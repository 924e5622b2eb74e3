/**
 * Imports GDELT event files into the store as a stream: one Source per file (keyed by the file's
 * sha256, so importing it again changes nothing), events through the DuckDB appender, memory flat
 * whatever the file's size. Bad rows are skipped with a warning naming the file and line; with
 * `strict`, the first bad row fails the file and nothing of it is stored.
 *
 * @module
 */
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {basename} from "node:path";
import {IssueError, type Issue} from "../domain/index.js";
import {
  cameoInfo,
  countColumns,
  detectGdeltFormat,
  GDELT_WIDTHS,
  parseGdeltLine,
  type GdeltFormat
} from "../read/index.js";
import type {Store} from "../store/index.js";
import {putBulkSource, sourceIdByHash, startGdeltLoad} from "../store/gdelt.js";

/** Options for {@link importGdelt}. */
export interface GdeltImportOptions {
  /** "gdelt1" or "gdelt2"; detected from the first line's column count when absent. */
  format?: GdeltFormat;
  /** Fail the whole file on its first bad row (default false: skip bad rows with warnings). */
  strict?: boolean;
  /** The time recorded with the source (ISO 8601). */
  now: string;
  /** The name used in issues (defaults to the path). */
  file?: string;
  /** Called every `progressEvery` rows and at the end. */
  onProgress?: (p: {rows: number; events: number; bytes: number}) => void;
  progressEvery?: number;
  /** At most this many warnings are kept (the rest are counted). Defaults to 100. */
  maxWarnings?: number;
  /**
   * Caps DuckDB's memory during the import ("256MB"), restored afterwards: the uncommitted rows of a
   * large file then spill to disk and the process's memory stays flat. Defaults to DuckDB's own limit.
   */
  memoryLimit?: string;
}

export interface GdeltImportResult {
  sourceId: string;
  status: "stored" | "duplicate";
  format?: GdeltFormat;
  /** Lines read (excluding blank lines). */
  rows: number;
  events: number;
  /** Rows without both actors (not dyadic events). */
  skipped: number;
  /** Bad rows (each has a warning, up to maxWarnings). */
  bad: number;
  warnings: Issue[];
}

/** The source id of a GDELT file with this content hash. */
export function gdeltSourceId(hash: string): string {
  return `gdelt:${hash.slice(0, 16)}`;
}

/** sha256 of a file, streamed. */
export async function hashFile(path: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) h.update(chunk as Buffer);
  return h.digest("hex");
}

/** Node's Buffer has these (undocumented in @types/node): decoding without the argument checks of toString(). */
interface FastBuffer extends Buffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

const TAB = 9;
const NL = 10;
const CR = 13;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYYMMDD digits at buf[s..s+8) as an integer when it is a real date, else -1. */
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

/** A small integer (GLOBALEVENTID) from digits, or -1. */
function intAt(buf: Buffer, s: number, e: number): number {
  if (e <= s || e - s > 15) return -1;
  let v = 0;
  for (let i = s; i < e; i++) {
    const c = buf[i]! - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** A CAMEO code (2–4 digits, root 01–20) at buf[s..e), or undefined. */
function codeAt(buf: Buffer, s: number, e: number): string | undefined {
  const n = e - s;
  if (n < 2 || n > 4) return undefined;
  for (let i = s; i < e; i++) if (buf[i]! < 48 || buf[i]! > 57) return undefined;
  const root = (buf[s]! - 48) * 10 + (buf[s + 1]! - 48);
  return root >= 1 && root <= 20 ? (buf as FastBuffer).latin1Slice(s, e) : undefined;
}

/**
 * Imports one GDELT events file. Returns what was stored; throws an {@link IssueError} when the
 * file is not a GDELT events file, or (with `strict`) at its first bad row.
 *
 * The hot loop works on bytes: it finds the tabs of each line, checks the column count, the date,
 * the event code, the quad class and the Goldstein value, and decodes only the columns we keep.
 * A line that fails a check is decoded and handed to {@link parseGdeltLine}, so messages come from
 * one place.
 */
export async function importGdelt(store: Store, path: string, options: GdeltImportOptions): Promise<GdeltImportResult> {
  const file = options.file ?? path;
  const hash = await hashFile(path);
  const existing = await sourceIdByHash(store, hash);
  if (existing) return {sourceId: existing, status: "duplicate", rows: 0, events: 0, skipped: 0, bad: 0, warnings: []};
  const sourceId = gdeltSourceId(hash);
  const maxWarnings = options.maxWarnings ?? 100;
  const every = options.progressEvery ?? 100000;
  const warnings: Issue[] = [];
  let format = options.format;
  let widths: readonly number[] = format ? GDELT_WIDTHS[format] : [];
  let rows = 0;
  let skipped = 0;
  let bad = 0;
  let bytes = 0;
  let lineNo = 0;
  let nextProgress = every;
  const plovers = new Map<string, string | null>();
  const tabs = new Int32Array(70);

  let restore: string | undefined;
  if (options.memoryLimit) {
    restore = String((await store.all(`SELECT current_setting('memory_limit') AS v`))[0]?.v ?? "");
    await store.run(`SET memory_limit = '${options.memoryLimit.replace(/'/g, "")}'`);
  }
  try {
    return await load();
  } finally {
    if (restore) await store.run(`SET memory_limit = '${restore.replace(/'/g, "")}'`);
  }

  async function load(): Promise<GdeltImportResult> {
    const events = await store.transaction(async () => {
      const load = await startGdeltLoad(store, sourceId);
      const ploverOf = (code: string) => {
        let p = plovers.get(code);
        if (p === undefined) {
          p = cameoInfo(code)?.plover ?? null;
          plovers.set(code, p);
        }
        return p;
      };
      const badLine = (buf: Buffer, s: number, e: number) => {
        const text = buf.toString("utf8", s, e);
        const r = parseGdeltLine(text, {format: format!, file, line: lineNo});
        if (r.kind === "skip") {
          if (r.reason === "no-dyad") skipped++;
          else rows--;
          return;
        }
        if (r.kind === "issue") {
          if (options.strict) throw new IssueError([r.issue]);
          bad++;
          if (warnings.length < maxWarnings) warnings.push(r.issue);
          return;
        }
        const x = r.row;
        load.append({
          gid: x.id,
          sqldate: Number(x.date.replaceAll("-", "")),
          source: x.source,
          target: x.target,
          sourceAgent: x.sourceAgent ?? null,
          targetAgent: x.targetAgent ?? null,
          code: x.code,
          goldstein: x.goldstein,
          quad: x.quad,
          plover: ploverOf(x.code),
          url: x.url ?? null
        });
      };
      const line = (buf: Buffer, s: number, e: number) => {
        lineNo++;
        if (e > s && buf[e - 1] === CR) e--;
        if (e === s) return;
        if (!format) {
          const text = buf.toString("utf8", s, e);
          format = detectGdeltFormat(text);
          if (!format) {
            throw new IssueError([
              {
                code: "not_gdelt",
                file,
                line: lineNo,
                message: `Cannot read "${basename(path)}" as GDELT events: expected 57, 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated columns, found ${countColumns(text)}`
              }
            ]);
          }
          widths = GDELT_WIDTHS[format];
        }
        rows++;
        let n = 0;
        for (let i = s; i < e; i++) {
          if (buf[i] === TAB) {
            if (n === 69) return badLine(buf, s, e);
            tabs[n++] = i;
          }
        }
        const width = n + 1;
        if (!widths.includes(width)) return badLine(buf, s, e);
        // Field k spans (k === 0 ? s : tabs[k-1] + 1) .. (k === n ? e : tabs[k]).
        const a = (k: number) => (k === 0 ? s : tabs[k - 1]! + 1);
        const b = (k: number) => (k === n ? e : tabs[k]!);
        const gidEnd = b(0);
        const gid = intAt(buf, s, gidEnd);
        const date = dateAt(buf, a(1), b(1));
        const code = codeAt(buf, a(26), b(26));
        const q = b(29) - a(29) === 1 ? buf[a(29)]! - 48 : -1;
        const gs = (buf as FastBuffer).latin1Slice(a(30), b(30));
        const goldstein = gs === "" ? NaN : Number(gs);
        if (gid < 0 || date < 0 || !code || q < 1 || q > 4 || !(goldstein >= -10 && goldstein <= 10))
          return badLine(buf, s, e);
        const source =
          b(7) > a(7) ? (buf as FastBuffer).latin1Slice(a(7), b(7)) : (buf as FastBuffer).latin1Slice(a(5), b(5));
        const target =
          b(17) > a(17) ? (buf as FastBuffer).latin1Slice(a(17), b(17)) : (buf as FastBuffer).latin1Slice(a(15), b(15));
        if (!source || !target) {
          skipped++;
          return;
        }
        load.append({
          gid: (buf as FastBuffer).latin1Slice(s, gidEnd),
          sqldate: date,
          source,
          target,
          sourceAgent: b(12) > a(12) ? (buf as FastBuffer).latin1Slice(a(12), b(12)) : null,
          targetAgent: b(22) > a(22) ? (buf as FastBuffer).latin1Slice(a(22), b(22)) : null,
          code,
          goldstein,
          quad: q,
          plover: ploverOf(code),
          url: (width === 58 || width === 61) && b(n) > a(n) ? (buf as FastBuffer).utf8Slice(a(n), b(n)) : null
        });
      };
      try {
        let carry: Buffer | undefined;
        for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) {
          bytes += (chunk as Buffer).length;
          const buf = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
          let s = 0;
          for (let i = buf.indexOf(NL, 0); i !== -1; i = buf.indexOf(NL, s)) {
            line(buf, s, i);
            s = i + 1;
          }
          carry = s < buf.length ? buf.subarray(s) : undefined;
          if (carry) carry = Buffer.from(carry);
          if (rows >= nextProgress) {
            nextProgress = rows + every;
            options.onProgress?.({rows, events: rows - skipped - bad, bytes});
          }
        }
        if (carry && carry.length) {
          line(carry, 0, carry.length);
        }
        if (!format) {
          throw new IssueError([
            {code: "empty_file", file, message: `Cannot read "${basename(path)}" as GDELT events: the file is empty`}
          ]);
        }
        const n = load.finish();
        await putBulkSource(store, {
          id: sourceId,
          hash,
          title: `GDELT events ${basename(path)}`,
          origin: path,
          format,
          now: options.now,
          stats: {rows, events: n, skipped, bad}
        });
        return n;
      } catch (e) {
        load.abort();
        throw e;
      }
    });
    if (bad > warnings.length) {
      warnings.push({
        code: "more_bad_rows",
        file,
        message: `Skipped ${bad - warnings.length} more bad rows not listed here`
      });
    }
    options.onProgress?.({rows, events, bytes});
    return {sourceId, status: "stored", ...(format ? {format} : {}), rows, events, skipped, bad, warnings};
  }
}
