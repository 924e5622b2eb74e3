/**
 * Imports GDELT event files into the store as a stream: one Source per file (keyed by the file's
 * sha256, so importing it again changes nothing), events through the DuckDB appender, memory flat
 * whatever the file's size. Bad rows are skipped with a warning naming the file and line; with
 * `strict`, the first bad row fails the file and nothing of it is stored.
 *
 * @module
 */
import {DuckDBDateValue} from "@duckdb/node-api";
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {basename} from "node:path";
import {StringDecoder} from "node:string_decoder";
import {IssueError, type Issue} from "../domain/index.js";
import {cameoInfo, detectGdeltFormat, parseGdeltLine, type GdeltFormat} from "../read/index.js";
import type {Store} from "../store/index.js";

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

/** Lines of a file as a stream (UTF-8, "\n" or "\r\n"), with their 1-based numbers. */
async function* lines(path: string, onBytes: (n: number) => void): AsyncGenerator<string[]> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) {
    onBytes((chunk as Buffer).length);
    const text = carry + decoder.write(chunk as Buffer);
    const parts = text.split("\n");
    carry = parts.pop()!;
    yield parts;
  }
  const rest = carry + decoder.end();
  if (rest) yield [rest];
}

const DAY_MS = 86400000;

/**
 * Imports one GDELT events file. Returns what was stored; throws an {@link IssueError} when the
 * file is not a GDELT events file, or (with `strict`) at its first bad row.
 */
export async function importGdelt(store: Store, path: string, options: GdeltImportOptions): Promise<GdeltImportResult> {
  const file = options.file ?? path;
  const hash = await hashFile(path);
  const sourceId = gdeltSourceId(hash);
  const existing = await store.all(`SELECT id FROM sources WHERE hash = ?`, [hash]);
  if (existing.length > 0) {
    return {sourceId: String(existing[0]!.id), status: "duplicate", rows: 0, events: 0, skipped: 0, bad: 0, warnings: []};
  }
  const maxWarnings = options.maxWarnings ?? 100;
  const every = options.progressEvery ?? 100000;
  const warnings: Issue[] = [];
  let format = options.format;
  let rows = 0;
  let events = 0;
  let skipped = 0;
  let bad = 0;
  let bytes = 0;
  let lineNo = 0;
  let lastDate = "";
  let lastDays = 0;
  const ploverOf = new Map<string, string | null>();

  await store.transaction(async () => {
    await store.run(`INSERT INTO sources (id, hash, title, origin, format, ingested_at) VALUES (?, ?, ?, ?, ?, ?)`, [
      sourceId, hash, `GDELT events ${basename(path)}`, path, format ?? "gdelt", options.now
    ]);
    const app = await store.appender("events");
    try {
      for await (const batch of lines(path, (n) => (bytes += n))) {
        for (const text of batch) {
          lineNo++;
          if (text === "" || text === "\r") continue;
          if (!format) {
            format = detectGdeltFormat(text);
            if (!format) {
              throw new IssueError([{
                code: "not_gdelt", file, line: lineNo,
                message: `Cannot read "${basename(path)}" as GDELT events: expected 57, 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated columns, found ${text.split("\t").length}`
              }]);
            }
          }
          rows++;
          const r = parseGdeltLine(text, {format, file, line: lineNo});
          if (r.kind === "skip") {
            if (r.reason === "no-dyad") skipped++;
            else rows--;
            continue;
          }
          if (r.kind === "issue") {
            if (options.strict) throw new IssueError([r.issue]);
            bad++;
            if (warnings.length < maxWarnings) warnings.push(r.issue);
            continue;
          }
          const e = r.row;
          if (e.date !== lastDate) {
            lastDate = e.date;
            lastDays = Date.UTC(Number(e.date.slice(0, 4)), Number(e.date.slice(5, 7)) - 1, Number(e.date.slice(8, 10))) / DAY_MS;
          }
          let plover = ploverOf.get(e.code);
          if (plover === undefined) {
            plover = cameoInfo(e.code)?.plover ?? null;
            ploverOf.set(e.code, plover);
          }
          app.appendVarchar(`gdelt:${e.id}`);
          app.appendVarchar(sourceId);
          app.appendDate(new DuckDBDateValue(lastDays));
          app.appendVarchar(e.source);
          app.appendVarchar(e.target);
          if (e.sourceAgent) app.appendVarchar(e.sourceAgent);
          else app.appendNull();
          if (e.targetAgent) app.appendVarchar(e.targetAgent);
          else app.appendNull();
          app.appendVarchar(e.code);
          app.appendDouble(e.goldstein);
          app.appendTinyInt(e.quad);
          if (plover) app.appendVarchar(plover);
          else app.appendNull();
          app.appendNull(); // sentence
          app.appendNull(); // start
          app.appendNull(); // end
          app.appendVarchar("gdelt");
          app.appendNull(); // label
          if (e.url) app.appendVarchar(e.url);
          else app.appendNull();
          app.endRow();
          events++;
          if (events % every === 0) options.onProgress?.({rows, events, bytes});
        }
      }
      app.closeSync();
    } catch (e) {
      try {
        app.closeSync();
      } catch {
        // the transaction is rolled back anyway
      }
      throw e;
    }
    if (bad > warnings.length) {
      warnings.push({code: "more_bad_rows", file, message: `Skipped ${bad - warnings.length} more bad rows not listed here`});
    }
    await store.run(`UPDATE sources SET format = ?, dropped = ? WHERE id = ?`, [
      format ?? "gdelt", JSON.stringify({rows, events, skipped, bad}), sourceId
    ]);
  });
  options.onProgress?.({rows, events, bytes});
  return {sourceId, status: "stored", ...(format ? {format} : {}), rows, events, skipped, bad, warnings};
}
