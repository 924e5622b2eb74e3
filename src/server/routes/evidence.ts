import type {Hono} from "hono";
import {z} from "zod";
import {
  eventCluster,
  measureDiscourse,
  measureEvents,
  measureNowcast,
  type EvidenceOutput
} from "../../app/evidence.js";
import {forecastRegistry, resolveForecast} from "../../app/forecasts.js";
import {ForecastStatus, IsoDate, IssueError} from "../../domain/index.js";
import {requireToken} from "../auth.js";
import {ApiError, invalid} from "../errors.js";
import type {Env} from "../env.js";
import {body, query} from "../validate.js";
import {checkMeasureQuery, checkResponseSize} from "../limits.js";
import {MeasureQuery, queryParams} from "./measures.js";

const Num = (check: (n: number) => boolean, expected: string) =>
  z
    .string()
    .refine((s) => s.trim() !== "" && Number.isFinite(Number(s)) && check(Number(s)), `Expected ${expected}`)
    .transform(Number);

/** The query of GET /api/measures/events|nowcast|discourse: a measure query and the parameters of the event dimension. */
export const EvidenceQuery = MeasureQuery.extend({
  mentionWeight: Num((n) => n >= 0, "a number >= 0").optional(),
  eventWeight: Num((n) => n >= 0 && n <= 1, "a number between 0 and 1").optional(),
  window: Num((n) => Number.isInteger(n) && n >= 1 && n <= 24, "a whole number of months from 1 to 24").optional(),
  z: Num((n) => n >= 0, "a number >= 0").optional(),
  rule: z.enum(["reader", "dyad-day"]).optional()
});

export const ForecastsQuery = z.object({
  status: ForecastStatus.optional(),
  speaker: z.string().min(1).optional(),
  asOf: IsoDate.optional()
});

export const ResolveBody = z.object({
  status: z.enum(["true", "false"]),
  evidence: z.array(z.string().min(1, "Expected evidence text")).min(1, "Expected at least one piece of evidence"),
  who: z.string().min(1).optional()
});

function rethrow(c: {req: {method: string; path: string}}) {
  return (e: unknown): never => {
    if (e instanceof IssueError) throw invalid(`${c.req.method} ${c.req.path}: Invalid query`, e.issues);
    throw e;
  };
}

/**
 * GET /api/measures/events|nowcast|discourse (the evidence measures, as `multivector measure … --json`),
 * GET /api/forecasts (the registry with scores; automatic resolutions are proposed on the way),
 * POST /api/forecasts/:id/resolve (token: a person confirms or overrides, with evidence),
 * GET /api/events/:id/cluster (the reports behind an event).
 */
export function evidenceRoutes(app: Hono<Env>): void {
  for (const name of ["events", "nowcast", "discourse"] as const) {
    app.get(`/api/measures/${name}`, async (c) => {
      const q = query(c, EvidenceQuery);
      checkMeasureQuery(q);
      const raw = {
        ...(q.focal !== undefined ? {focal: q.focal} : {}),
        ...(q.vectors !== undefined ? {vectors: q.vectors} : {}),
        ...(q.from !== undefined ? {from: q.from} : name === "events" ? {from: 2000} : {}),
        ...(q.to !== undefined ? {to: q.to} : {}),
        // The balance's parameters and bloc rule hold here too (events.min_clusters, events.organization_share, mix …).
        params: queryParams(c),
        ...(q.bloc_composition !== undefined ? {blocComposition: q.bloc_composition} : {}),
        explain: q.explain ?? false
      };
      const params = {
        ...(q.mentionWeight !== undefined ? {mentionWeight: q.mentionWeight} : {}),
        ...(q.eventWeight !== undefined ? {eventWeight: q.eventWeight} : {}),
        ...(q.window !== undefined ? {window: q.window} : {}),
        ...(q.z !== undefined ? {z: q.z} : {}),
        ...(q.rule !== undefined ? {clusterRule: q.rule} : {})
      };
      const store = c.get("deps").store;
      const out: EvidenceOutput<unknown> = await (
        name === "events"
          ? measureEvents(store, raw, params)
          : name === "nowcast"
            ? measureNowcast(store, raw, params)
            : measureDiscourse(store, raw)
      ).catch(rethrow(c));
      const text = JSON.stringify(out);
      checkResponseSize(Buffer.byteLength(text), "ask for fewer vectors or years, or leave out explain");
      return c.body(text, 200, {"content-type": "application/json; charset=utf-8", "cache-control": "no-cache"});
    });
  }

  app.get("/api/forecasts", async (c) => {
    const q = query(c, ForecastsQuery);
    const now = new Date().toISOString();
    const r = await forecastRegistry(c.get("deps").store, {
      asOf: q.asOf ?? now.slice(0, 10),
      now,
      query: {...(q.status ? {status: q.status} : {}), ...(q.speaker ? {speaker: q.speaker} : {})}
    });
    return c.json(r);
  });

  app.post("/api/forecasts/:id/resolve", requireToken, async (c) => {
    const b = await body(c, ResolveBody);
    const f = await resolveForecast(c.get("deps").store, c.req.param("id"), {
      status: b.status,
      evidence: b.evidence,
      who: b.who ?? "api",
      now: new Date().toISOString()
    }).catch((e: unknown) => {
      if (e instanceof IssueError && e.issues[0]?.code === "not_found")
        throw new ApiError(404, "not_found", e.issues[0].message);
      if (e instanceof IssueError) throw invalid(`POST ${c.req.path}: Invalid body`, e.issues);
      throw e;
    });
    return c.json(f);
  });

  app.get("/api/events/:id/cluster", async (c) => {
    const id = c.req.param("id");
    const r = await eventCluster(c.get("deps").store, id);
    if (!r) throw new ApiError(404, "not_found", `No event "${id}"`);
    return c.json(r);
  });
}
