import type {Hono} from "hono";
import {z} from "zod";
import {IssueError} from "../../domain/index.js";
import {BusyError} from "../../app/measure-pool.js";
import {MEASURE_NAMES, measure, measureJson, type MeasureName} from "../../app/measures.js";
import {ApiError} from "../errors.js";
import {computeEtag, matchesIfNoneMatch} from "../etag.js";
import {invalid} from "../errors.js";
import type {Env} from "../env.js";
import {query} from "../validate.js";
import {checkMeasureQuery, checkResponseSize} from "../limits.js";

const Year = z
  .string()
  .regex(/^\d{4}$/, "Expected a year such as 1992")
  .transform(Number);

/** The query of GET /api/measures/:measure; a bad field gives a 422 naming it. */
export const MeasureQuery = z.object({
  focal: z.string().min(1, "Expected an actor code such as KAZ").optional(),
  vectors: z.string().optional(),
  from: Year.optional(),
  to: Year.optional(),
  triangle: z.string().optional(),
  /** "name=value", repeatable (the query's last value is validated here; all are read in the route). */
  param: z
    .string()
    .regex(/^[^=]+=[^=]+$/, "Expected name=value such as mix=0.3")
    .optional(),
  coverage: z.string().optional(),
  bloc_composition: z.string().optional(),
  /** Comma-separated dimensions of the balance: economic, political, security (default) and events. */
  dimensions: z.string().optional(),
  sensitivity: z
    .enum(["true", "false", "1", "0"])
    .transform((v) => v === "true" || v === "1")
    .optional(),
  explain: z
    .enum(["true", "false", "1", "0"])
    .transform((v) => v === "true" || v === "1")
    .optional()
});

/** The query's `param=name=value` (repeatable) as parameter values; a bad one is a 422 naming `param`. */
export function queryParams(c: {
  req: {method: string; path: string; queries: (name: string) => string[] | undefined};
}): Record<string, number> {
  const params: Record<string, number> = {};
  for (const p of c.req.queries("param") ?? []) {
    const m = /^([^=]+)=([^=]+)$/.exec(p);
    const value = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(value))
      throw invalid(`${c.req.method} ${c.req.path}: Invalid query`, [
        {
          code: "bad_parameter",
          message: `Expected name=value with a number, such as mix=0.3, found "${p}"`,
          path: ["param"]
        }
      ]);
    params[m[1]!.trim()] = value;
  }
  return params;
}

/**
 * GET /api/measures/alignment|influence|relations|balance: tidy records `{focal, vector, year,
 * measure, value, …}` with warnings (and evidence with `explain=true`), the same records as
 * `multivector measure … --json`. Responses carry a strong ETag; `If-None-Match` gives a 304.
 */
export function measureRoutes(app: Hono<Env>): void {
  for (const name of MEASURE_NAMES) {
    app.get(`/api/measures/${name}`, async (c) => {
      const q = query(c, MeasureQuery);
      checkMeasureQuery(q);
      const params = queryParams(c);
      const raw = {
        ...(q.focal !== undefined ? {focal: q.focal} : {}),
        ...(q.vectors !== undefined ? {vectors: q.vectors} : {}),
        ...(q.from !== undefined ? {from: q.from} : {}),
        ...(q.to !== undefined ? {to: q.to} : {}),
        ...(q.triangle !== undefined ? {triangle: q.triangle} : {}),
        ...(q.coverage !== undefined ? {coverage: q.coverage} : {}),
        ...(q.bloc_composition !== undefined ? {blocComposition: q.bloc_composition} : {}),
        ...(q.dimensions !== undefined ? {dimensions: q.dimensions} : {}),
        ...(q.sensitivity !== undefined ? {sensitivity: q.sensitivity} : {}),
        params,
        explain: q.explain ?? false
      };
      const deps = c.get("deps");
      // On a served store the measure pool computes off the request thread; in-process apps (tests) compute here.
      // The pool sends the body's bytes and tag made on its thread.
      const answer = await (
        deps.measures
          ? deps.measures.measureBody(name as MeasureName, raw)
          : measure(deps.store, name as MeasureName, raw).then((out) => {
              const body = JSON.stringify(measureJson(out));
              return {body, etag: computeEtag(body)};
            })
      ).catch((e: unknown) => {
        // Bad actors, periods and vector lists are bad query fields: a 422 that names them.
        if (e instanceof IssueError) throw invalid(`${c.req.method} ${c.req.path}: Invalid query`, e.issues);
        if (e instanceof BusyError)
          throw new ApiError(503, "busy", e.message, [], {"retry-after": String(e.retryAfter)});
        throw e;
      });
      const {body, etag} = answer;
      checkResponseSize(
        typeof body === "string" ? Buffer.byteLength(body) : body.byteLength,
        "ask for fewer vectors or years, or leave out explain"
      );
      const headers = {etag, "cache-control": "no-cache"};
      if (matchesIfNoneMatch(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
      return c.body(body as string | Uint8Array<ArrayBuffer>, 200, {
        ...headers,
        "content-type": "application/json; charset=utf-8"
      });
    });
  }
}
