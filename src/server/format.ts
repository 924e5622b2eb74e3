import type {Context, MiddlewareHandler} from "hono";
import {randomBytes} from "node:crypto";
import {readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {toCsv} from "../domain/index.js";
import {tabulate, writeParquetExport} from "../app/exports.js";
import {ApiError} from "./errors.js";
import {matchesIfNoneMatch} from "./etag.js";

/** What a list or measure can be answered as. */
export const API_FORMATS = ["json", "csv", "parquet"] as const;
export type ApiFormat = (typeof API_FORMATS)[number];

/** The media type of each format. */
export const MEDIA_TYPES: Record<ApiFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  parquet: "application/vnd.apache.parquet"
};

const ACCEPTED: [RegExp, ApiFormat][] = [
  [/^application\/json$/, "json"],
  [/^text\/csv$/, "csv"],
  [/^application\/(vnd\.apache\.|x-)?parquet$/, "parquet"]
];

/**
 * The format a request asks for: `?format=` first, then the best of the `Accept` header's types
 * (by q, then order); JSON when neither says. A `?format=` we do not answer is a 422.
 */
export function requestedFormat(c: Context): ApiFormat {
  const q = c.req.query("format");
  if (q !== undefined) {
    if ((API_FORMATS as readonly string[]).includes(q)) return q as ApiFormat;
    throw new ApiError(
      422,
      "invalid_request",
      `Invalid value for format: expected one of ${API_FORMATS.join(", ")}, found "${q}"`,
      [{code: "invalid_value", message: `expected one of ${API_FORMATS.join(", ")}, found "${q}"`, path: ["format"]}]
    );
  }
  const accept = c.req.header("accept");
  if (!accept) return "json";
  let best: {format: ApiFormat; q: number} | undefined;
  for (const part of accept.split(",")) {
    const [type, ...params] = part.trim().toLowerCase().split(";");
    const weight = Number(
      params
        .map((p) => p.trim())
        .find((p) => p.startsWith("q="))
        ?.slice(2) ?? 1
    );
    const format = ACCEPTED.find(([re]) => re.test(type!.trim()))?.[1];
    if (format && weight > 0 && (!best || weight > best.q)) best = {format, q: weight};
  }
  return best?.format ?? "json";
}

/** The export whose documented columns a path's items have: `/api/events` → events, `/api/measures/*` → measures. */
export function exportNameOf(path: string): string | undefined {
  const m = /^\/api\/([a-z-]+)/.exec(path);
  return m?.[1];
}

/**
 * Middleware: answers a list's or measure's items as CSV or Parquet when `?format=csv|parquet` or
 * the Accept header asks (the route itself answers JSON; errors stay JSON). Register it first, so
 * caches and ETags below it see JSON. The converted answer has its own ETag and `Vary: Accept`.
 */
export function formatNegotiation(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const format = requestedFormat(c);
    if (format === "json") {
      await next();
      if (c.res.status === 200 && !/\baccept\b/i.test(c.res.headers.get("vary") ?? "")) {
        try {
          c.res.headers.append("vary", "accept");
        } catch {
          // An immutable response (a fetched one): left as it is.
        }
      }
      return;
    }
    await next();
    const res = c.res;
    if (res.status !== 200 || !(res.headers.get("content-type") ?? "").includes("json")) return;
    let bytes = new Uint8Array(await res.arrayBuffer());
    if (res.headers.get("content-encoding") === "gzip") bytes = new Uint8Array(gunzipSync(bytes));
    const body = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    const items = Array.isArray(body) ? body : (body as {items?: unknown})?.items;
    if (!Array.isArray(items))
      throw new ApiError(
        406,
        "not_acceptable",
        `${c.req.path} answers JSON only; CSV and Parquet are for lists and measures`
      );
    const name = exportNameOf(c.req.path);
    const jsonTag = res.headers.get("etag");
    const tag = jsonTag ? jsonTag.replace(/"$/, `-${format}"`) : undefined;
    const warnings = (body as {warnings?: unknown[]})?.warnings;
    const headers = new Headers({
      "content-type": MEDIA_TYPES[format],
      "content-disposition": `attachment; filename="${name ?? "export"}.${format}"`,
      vary: "accept, accept-encoding",
      "cache-control": "no-cache",
      ...(tag ? {etag: tag} : {}),
      ...(Array.isArray(warnings) ? {"x-warnings": String(warnings.length)} : {})
    });
    c.res = undefined as unknown as Response;
    if (tag && matchesIfNoneMatch(c.req.header("if-none-match"), tag)) {
      c.res = new Response(null, {status: 304, headers});
      return;
    }
    if (format === "csv") {
      const {columns, rows} = tabulate(name, items);
      c.res = new Response(toCsv(columns, rows), {status: 200, headers});
      return;
    }
    const file = join(tmpdir(), `multivector-export-${randomBytes(8).toString("hex")}.parquet`);
    try {
      await writeParquetExport(file, name, items);
      c.res = new Response(readFileSync(file), {status: 200, headers});
    } finally {
      rmSync(file, {force: true});
    }
  };
}
