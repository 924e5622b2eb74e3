/**
 * Imports GDELT event files into the store: one Source per file (keyed by the file's sha256, so
 * importing it again changes nothing). DuckDB's CSV reader parses the file and SQL maps the rows
 * (src/store/gdelt.ts); a file with a bad value, or one DuckDB's reader does not take as it is,
 * goes through the JavaScript parser and the appender instead, streamed with flat memory. Bad rows
 * are skipped with a warning naming the file and line; with `strict`, the first bad row fails the
 * file and nothing of it is stored.
 *
 * @module
 */
import {createHash} from "node:crypto";
import {isUtf8} from "node:buffer";
import {createReadStream, openSync, readSync, closeSync, statSync} from "node:fs";
import {basename} from "node:path";
import {IssueError, type Issue} from "../domain/index.js";
import {
  countColumns,
  detectGdeltFormat,
  gdeltCodeTable,
  GDELT_RULE,
  parseGdeltLine,
  type GdeltFormat
} from "../read/gdelt.js";
import {gdeltScanner, type GdeltScanner} from "../read/gdelt-scan.js";
import {GdeltCsvUnsupported, type Store} from "../store/index.js";
import {firstInvalidUtf8} from "./utf8.js";

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
  /**
   * "auto" (default): DuckDB's CSV reader parses the file and SQL maps the rows, falling back to the
   * JavaScript parser when a row needs it (a bad value to name, odd bytes); "js": the JavaScript parser only.
   */
  engine?: "auto" | "js";
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
  /** Valid rows whose event id (GLOBALEVENTID) was already stored, or repeated in the file: not added again. */
  known?: number;
  warnings: Issue[];
  /** Which path imported the file ("duckdb": DuckDB's CSV reader; "js": the JavaScript parser). */
  engine?: "duckdb" | "js";
}

/** The source id of a GDELT file with this quick key (size and first megabyte; see importGdelt). */
export function gdeltSourceId(hash: string): string {
  return `gdelt:${hash.slice(0, 16)}`;
}

/**
 * Thrown inside the import's transaction when every row is bad: nothing is stored (not even the source),
 * and the caller reports the file as failed with its first bad rows.
 */
function allBad(file: string, rows: number, listed: Issue[]): IssueError {
  return new IssueError([
    ...listed.filter((i) => i.code !== "more_bad_rows").slice(0, 10),
    {
      code: "no_valid_rows",
      file,
      message: `Cannot import "${basename(file)}": none of its ${rows} rows is a valid GDELT event, nothing was stored`
    }
  ]);
}

/** The first invalid UTF-8 byte of a line (undefined when it is valid), as a bad-row issue naming file, line and column. */
function badEncoding(buf: Buffer, s: number, e: number, file: string, line: number): Issue | undefined {
  const bytes = buf.subarray(s, e);
  if (isUtf8(bytes)) return undefined;
  const at = firstInvalidUtf8(bytes);
  return {
    code: "bad_encoding",
    file,
    line,
    column: at + 1,
    message: `Invalid UTF-8 byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} in column ${at + 1}: convert the file to UTF-8 (iconv -f latin1 -t utf-8)`
  };
}

/** True when the whole file is valid UTF-8 (read in 1 MB chunks, cut at line ends). */
async function utf8File(path: string): Promise<boolean> {
  let carry: Buffer | undefined;
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) {
    const buf = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const cut = buf.lastIndexOf(NL) + 1;
    if (!isUtf8(buf.subarray(0, cut))) return false;
    carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : undefined;
  }
  return carry === undefined || isUtf8(carry);
}

/** Thrown inside the import's transaction when the full hash shows the file is already stored. */
class Duplicate extends Error {
  constructor(readonly sourceId: string) {
    super(`duplicate of ${sourceId}`);
  }
}

/** A quick key for a file: sha256 of its size and first megabyte. */
async function quickKey(path: string): Promise<string> {
  const h = createHash("sha256");
  h.update(String(statSync(path).size));
  for await (const chunk of createReadStream(path, {start: 0, end: (1 << 20) - 1})) h.update(chunk as Buffer);
  return h.digest("hex");
}

/** sha256 of a file, streamed. */
export async function hashFile(path: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) h.update(chunk as Buffer);
  return h.digest("hex");
}

/** The first non-blank line of a file (within its first megabyte) and whether it ends in CRLF. */
function firstLine(path: string): {text: string; crlf: boolean} | undefined {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(1 << 20);
    const n = readSync(fd, buf, 0, buf.length, 0);
    let s = 0;
    for (let i = buf.indexOf(NL, 0); i !== -1 && i < n; i = buf.indexOf(NL, s)) {
      const crlf = i > s && buf[i - 1] === CR;
      const e = crlf ? i - 1 : i;
      if (e > s) return {text: buf.toString("utf8", s, e), crlf};
      s = i + 1;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** sha256 of a file, its non-blank lines (not "" nor "\r") and its size, streamed; stops early when `signal.abort`. */
async function scanFile(path: string, signal: {abort: boolean}): Promise<{hash: string; lines: number; bytes: number}> {
  const h = createHash("sha256");
  let lines = 0;
  let bytes = 0;
  let len = 0; // bytes of the current line so far
  let last = -1; // its last byte
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) {
    if (signal.abort) break;
    const buf = chunk as Buffer;
    h.update(buf);
    bytes += buf.length;
    let s = 0;
    for (let i = buf.indexOf(NL, 0); i !== -1; i = buf.indexOf(NL, s)) {
      const n = len + i - s;
      const end = i > s ? buf[i - 1]! : last;
      if (n > 1 || (n === 1 && end !== CR)) lines++;
      len = 0;
      last = -1;
      s = i + 1;
    }
    if (s < buf.length) {
      len += buf.length - s;
      last = buf[buf.length - 1]!;
    }
  }
  if (len > 1 || (len === 1 && last !== CR)) lines++;
  return {hash: h.digest("hex"), lines, bytes};
}

const NL = 10;
const CR = 13;

/**
 * Imports one GDELT events file. Returns what was stored; throws an {@link IssueError} when the
 * file is not a GDELT events file, or (with `strict`) at its first bad row.
 *
 * The hot loop works on bytes with the row rule's byte scanner ({@link gdeltScanner}, derived from
 * GDELT_RULE in src/read/gdelt.ts), which decodes only the columns we keep. A line it cannot take as
 * it is (a bad value, a blank to derive) is decoded and handed to {@link parseGdeltLine}, so
 * messages come from one place.
 */
export async function importGdelt(store: Store, path: string, options: GdeltImportOptions): Promise<GdeltImportResult> {
  const file = options.file ?? path;
  // The file is read once: its sha256 is computed while importing. A quick key (size and first MB) finds a
  // possible earlier import of the same file, which the full hash then confirms.
  const quick = await quickKey(path);
  const duplicate = {sourceId: "", status: "duplicate" as const, rows: 0, events: 0, skipped: 0, bad: 0, warnings: []};
  const candidate = await store.documents.sourceByQuickKey(quick);
  if (candidate) {
    const full = await hashFile(path);
    if (full === candidate.hash) return {...duplicate, sourceId: candidate.id};
  }
  const hasher = createHash("sha256");
  let hash = "";
  const sourceId = gdeltSourceId(quick);
  const maxWarnings = options.maxWarnings ?? 100;
  const every = options.progressEvery ?? 100000;
  const warnings: Issue[] = [];
  let format = options.format;
  let scanner: GdeltScanner | undefined = format ? gdeltScanner(format) : undefined;
  let rows = 0;
  let skipped = 0;
  let bad = 0;
  let known = 0;
  let bytes = 0;
  let lineNo = 0;
  let nextProgress = every;

  const restore = options.memoryLimit ? await store.limitMemory(options.memoryLimit) : undefined;
  try {
    if (options.engine !== "js" && store.events.insertGdeltCsv) {
      const fast = await nativeLoad();
      if (fast) return fast;
    }
    return await load();
  } finally {
    await restore?.();
  }

  /**
   * DuckDB's CSV reader parses the file and SQL maps its rows (src/store/gdelt.ts) while this thread
   * hashes the file and counts its lines. Lines with the wrong number of columns come back from
   * DuckDB's reject table with their line numbers and are read again by parseGdeltLine for the
   * message. Undefined (nothing stored) when the file needs the JavaScript path.
   */
  async function nativeLoad(): Promise<GdeltImportResult | undefined> {
    const first = firstLine(path);
    // CRLF files (DuckDB's new_line='\r\n' gave column errors on every line) and paths DuckDB would read as glob
    // patterns take the JS path.
    if (first === undefined || first.crlf || /[*?[\]{}]/.test(path)) return undefined;
    // Invalid UTF-8 must never reach DuckDB's CSV reader (it can fail inside the engine, not with a message):
    // such files take the JS path, which names each bad line.
    if (!(await utf8File(path))) return undefined;
    const fmt = options.format ?? detectGdeltFormat(first.text);
    if (!fmt) return undefined;
    const scan = {abort: false};
    let scanned: Promise<{hash: string; lines: number; bytes: number}> | undefined;
    let result: GdeltImportResult;
    try {
      result = await store.transaction(async () => {
        scanned = scanFile(path, scan);
        scanned.catch(() => undefined);
        const loaded = await store.events.insertGdeltCsv!({
          path,
          sourceId,
          format: fmt,
          rule: GDELT_RULE,
          codes: gdeltCodeTable(),
          maxRejects: maxWarnings + 1
        });
        let headers = 0;
        let nbad = 0;
        const listed: Issue[] = [];
        for (const r of loaded.rejects) {
          const x = parseGdeltLine(r.text, {format: fmt, file, line: r.line});
          if (x.kind === "skip" && x.reason === "header") headers++;
          else if (x.kind === "issue") {
            if (options.strict) throw new IssueError([x.issue]);
            nbad++;
            if (listed.length < maxWarnings) listed.push(x.issue);
          } else throw new GdeltCsvUnsupported(`line ${r.line} is not a column-count error`);
        }
        nbad += loaded.rejectCount - loaded.rejects.length;
        const done = await scanned;
        const nrows = done.lines - headers;
        const known = loaded.known ?? 0;
        const nskipped = nrows - loaded.events - nbad - known;
        const same = await store.documents.sourceIdByHash(done.hash);
        if (same) throw new Duplicate(same);
        if (nrows > 0 && nbad === nrows) throw allBad(file, nrows, listed);
        // Every event already stored (a copy with other line ends, a part of a stored file): nothing new.
        if (loaded.events === 0 && known > 0) throw new Duplicate("");
        await store.documents.putBulkSource({
          id: sourceId,
          hash: done.hash,
          title: `GDELT events ${basename(path)}`,
          origin: path,
          format: fmt,
          now: options.now,
          stats: {rows: nrows, events: loaded.events, skipped: nskipped, bad: nbad, known, quick}
        });
        if (nbad > listed.length) {
          listed.push({
            code: "more_bad_rows",
            file,
            message: `Skipped ${nbad - listed.length} more bad rows not listed here`
          });
        }
        options.onProgress?.({rows: nrows, events: loaded.events, bytes: done.bytes});
        return {
          sourceId,
          status: "stored" as const,
          format: fmt,
          rows: nrows,
          events: loaded.events,
          skipped: nskipped,
          bad: nbad,
          known,
          warnings: listed,
          engine: "duckdb" as const
        };
      });
    } catch (e) {
      scan.abort = true;
      await scanned?.catch(() => undefined);
      if (e instanceof Duplicate) return {...duplicate, sourceId: e.sourceId};
      if (e instanceof GdeltCsvUnsupported) return undefined;
      throw e;
    }
    return result;
  }

  async function load(): Promise<GdeltImportResult> {
    let events: number;
    try {
      events = await transaction();
    } catch (e) {
      if (e instanceof Duplicate) return {...duplicate, sourceId: e.sourceId};
      throw e;
    }
    if (bad > warnings.length) {
      warnings.push({
        code: "more_bad_rows",
        file,
        message: `Skipped ${bad - warnings.length} more bad rows not listed here`
      });
    }
    options.onProgress?.({rows, events, bytes});
    return {
      sourceId,
      status: "stored",
      ...(format ? {format} : {}),
      rows,
      events,
      skipped,
      bad,
      known,
      warnings,
      engine: "js"
    };
  }

  function transaction(): Promise<number> {
    return store.transaction(async () => {
      const load = await store.events.startGdeltLoad(sourceId);
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
        load.append(r.row);
      };
      let chunkValid = true;
      const line = (buf: Buffer, s: number, e: number) => {
        lineNo++;
        if (e > s && buf[e - 1] === CR) e--;
        if (e === s) return;
        if (!chunkValid) {
          // Invalid UTF-8 never reaches the engine: the row is bad, with its line and column.
          const enc = badEncoding(buf, s, e, file, lineNo);
          if (enc) {
            if (options.strict) throw new IssueError([enc]);
            rows++;
            bad++;
            if (warnings.length < maxWarnings) warnings.push(enc);
            return;
          }
        }
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
          scanner = gdeltScanner(format);
        }
        rows++;
        const got = scanner!.line(buf, s, e);
        if (got === "row") load.append(scanner!.row);
        else if (got === "skip") skipped++;
        else badLine(buf, s, e);
      };
      try {
        let carry: Buffer | undefined;
        for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) {
          bytes += (chunk as Buffer).length;
          hasher.update(chunk as Buffer);
          const buf = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
          chunkValid = isUtf8(buf);
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
          chunkValid = isUtf8(carry);
          line(carry, 0, carry.length);
        }
        if (!format) {
          throw new IssueError([
            {code: "empty_file", file, message: `Cannot read "${basename(path)}" as GDELT events: the file is empty`}
          ]);
        }
        const n = await load.finish();
        hash = hasher.digest("hex");
        const same = await store.documents.sourceIdByHash(hash);
        if (same) throw new Duplicate(same);
        known = Math.max(0, rows - skipped - bad - n);
        if (rows > 0 && bad === rows) throw allBad(file, rows, warnings);
        // Every event already stored (a copy with other line ends, a part of a stored file): nothing new.
        if (n === 0 && known > 0) throw new Duplicate("");
        await store.documents.putBulkSource({
          id: sourceId,
          hash,
          title: `GDELT events ${basename(path)}`,
          origin: path,
          format,
          now: options.now,
          stats: {rows, events: n, skipped, bad, known, quick}
        });
        return n;
      } catch (e) {
        await load.abort();
        throw e;
      }
    });
  }
}
