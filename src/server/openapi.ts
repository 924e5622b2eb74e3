/**
 * The OpenAPI 3.1 description of the HTTP API, generated from the same zod schemas the routes validate with
 * (`z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Routes that are registered but not
 * described here still appear, with their path parameters, so the document never silently misses an endpoint.
 *
 * @module
 * @example
 * ```ts
 * const doc = openApiDocument(app.routes);
 * doc.paths["/api/actors/{code}"].get.parameters; // [{name: "code", in: "path", required: true, …}]
 * ```
 */
import {z} from "zod";
import {
  Actor,
  Claim,
  Corridor,
  Event,
  Forecast,
  IsoDate,
  MeasureRecord,
  Membership,
  Scenario
} from "../domain/index.js";
import {Paging} from "./paging.js";
import {ActorsQuery, MembershipsQuery, TimelineQuery} from "./routes/catalog.js";
import {ClaimsQuery, EventsQuery, IngestBody} from "./routes/documents.js";
import {MeasureQuery} from "./routes/measures.js";
import {EvidenceQuery, ForecastsQuery, ResolveBody} from "./routes/evidence.js";
import {BargainRequest, SimulationRequest} from "./routes/simulations.js";

/** One documented operation. `path` is written the Hono way (`/api/actors/:code`). */
export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  /** The query schema the route validates with. */
  query?: z.ZodType;
  /** The JSON body schema the route validates with. */
  body?: z.ZodType;
  /** The schema of a 200/201 answer, when known. */
  response?: z.ZodType;
  /** Success status (default 200). */
  status?: number;
  /** Needs `Authorization: Bearer <token>`. */
  auth?: boolean;
  /** Descriptions of the path parameters. */
  params?: Record<string, string>;
}

const list = (item: z.ZodType) => z.object({items: z.array(item)});
const paged = (item: z.ZodType) =>
  z.object({items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int()});
const ActorOut = Actor.extend({lat: z.number().nullable(), lon: z.number().nullable()});
const MembershipOut = Membership.extend({
  id: z.string(),
  actorName: z.string(),
  orgName: z.string(),
  to: IsoDate.nullable()
});

/** The documented operations. Add yours beside the route (importing its zod schemas from the route file). */
export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness and the store in use",
    tag: "meta",
    response: z.object({ok: z.boolean(), store: z.string()})
  },
  {method: "get", path: "/api/openapi.json", summary: "This description (OpenAPI 3.1)", tag: "meta"},
  {
    method: "get",
    path: "/api/actors",
    summary: "Actors of the catalog, optionally of one kind",
    tag: "catalog",
    query: ActorsQuery,
    response: list(ActorOut)
  },
  {
    method: "get",
    path: "/api/actors/:code",
    summary: 'One actor by code or alias ("the Kremlin" → RUS), with its memberships',
    tag: "catalog",
    params: {code: "An actor code or any of its aliases"},
    response: ActorOut.extend({matched: z.string(), memberships: z.array(MembershipOut)})
  },
  {
    method: "get",
    path: "/api/memberships",
    summary: "Memberships valid at a date, of an organization or an actor",
    tag: "catalog",
    query: MembershipsQuery,
    response: list(MembershipOut)
  },
  {
    method: "get",
    path: "/api/corridors",
    summary: "Transport and energy corridors and the states they cross",
    tag: "catalog",
    response: list(Corridor)
  },
  {
    method: "get",
    path: "/api/timeline",
    summary: "The knowledge packs' timeline events, oldest first (paged)",
    tag: "catalog",
    query: TimelineQuery,
    response: paged(Event)
  },
  {
    method: "get",
    path: "/api/events",
    summary:
      "Coded events filtered by dyad, actor, CAMEO code, period and source (paged); a date the text gives only to the month or the year is its first day with `precision` saying which (`2024-03-01`, month), and the CSV and Parquet answers write it as the period (`2024-03`, `2024`)",
    tag: "documents",
    query: EventsQuery,
    response: paged(Event)
  },
  {
    method: "get",
    path: "/api/claims",
    summary: "Expert claims by speaker, actor and kind, with their quotes",
    tag: "documents",
    query: ClaimsQuery,
    response: z.object({items: z.array(Claim), limit: z.number().int(), offset: z.number().int()})
  },
  {
    method: "get",
    path: "/api/sources",
    summary:
      "Stored documents with their event and claim counts, newest first; a date stated only to the month or the year is written as the period (`2022-03`, `2022`), and `datePrecision` says which (day, month, year)",
    tag: "documents",
    query: Paging
  },
  {
    method: "get",
    path: "/api/sources/:id",
    summary: "One document: its text, sentences, actor mentions (offsets into the text), events, stances and claims",
    tag: "documents",
    params: {id: "The source id (from the content hash)"}
  },
  {
    method: "post",
    path: "/api/ingest",
    summary:
      "Read and store a document (JSON {text, …}, multipart with a file, or a text/* body); idempotent by content hash",
    tag: "documents",
    auth: true,
    status: 201,
    body: IngestBody
  },
  {
    method: "get",
    path: "/api/scenarios",
    summary: "The shipped scenarios: id, name, description, file",
    tag: "simulations",
    response: list(z.object({id: z.string(), name: z.string(), description: z.string().optional(), file: z.string()}))
  },
  {
    method: "get",
    path: "/api/scenarios/:id",
    summary: "One shipped scenario, with its defaults filled in",
    tag: "simulations",
    params: {id: "The scenario's id (its file name without extension)"},
    response: Scenario
  },
  {
    method: "get",
    path: "/api/issues",
    summary: "The shipped bargaining issues about Kazakhstan (scenarios/issues/)",
    tag: "simulations"
  },
  {
    method: "get",
    path: "/api/issues/:id",
    summary:
      "A bargaining issue's inputs built from the store: each actor's position (from stances), salience and capability (from the measures), each with its origin (store, prior, edited) and provenance",
    tag: "simulations",
    params: {id: "The issue's id, e.g. csto-membership"}
  },
  {
    method: "post",
    path: "/api/issues/:id/bargain",
    summary:
      "Run the expected-utility model on an issue's inputs with edits ({set: [{actor, field, value}], rounds}): positions by round and the predicted outcome",
    tag: "simulations",
    params: {id: "The issue's id, e.g. csto-membership"},
    body: BargainRequest
  },
  {
    method: "get",
    path: "/api/scenarios/:id/inputs",
    summary:
      "A shipped scenario's inputs as the lab shows them: each parameter with meaning, unit, range and source, and the starting point with the year and sources of each dimension (?start=measured|file)",
    tag: "simulations",
    params: {id: "The scenario's id (its file name without extension)"}
  },
  {
    method: "post",
    path: "/api/simulations",
    summary:
      "Start a run of a shipped scenario (scenarioId) or of a whole scenario beside its baseline (or againstId), from the measured start by default, with the sensitivity analysis; poll GET /api/simulations/{id}",
    tag: "simulations",
    auth: true,
    status: 202,
    body: SimulationRequest,
    response: z.object({
      id: z.string(),
      status: z.string(),
      progress: z.object({done: z.number().int(), total: z.number().int()})
    })
  },
  {
    method: "get",
    path: "/api/simulations/:id",
    summary:
      "A simulation job: status, progress {phase, done, total}, and once done the result: bands of the scenario, of the baseline and of the effect (scenario − baseline) per measure and year, the start's provenance, the sensitivity indices, the parameters and a plain-words summary",
    tag: "simulations",
    params: {id: "The job id returned by POST /api/simulations"}
  }
];

const MEASURES: Record<string, string> = {
  alignment: "UN General Assembly agreement rates and S-scores between the focal state and each vector, by year",
  influence:
    "Bandwidth, dependence and influence of each vector over the focal state, by dimension and year (FBIC-style)",
  relations: "Event-based relations (Goldstein sums, cooperation and conflict counts) per dyad and year",
  balance:
    "Shares per vector and dimension, normalized entropy, HHI, the dominant vector and the triangle position, by year"
};
for (const [name, summary] of Object.entries(MEASURES)) {
  OPERATIONS.push({
    method: "get",
    path: `/api/measures/${name}`,
    summary,
    tag: "measures",
    query: MeasureQuery,
    response: z.object({
      measure: z.string(),
      query: z.record(z.string(), z.unknown()),
      items: z.array(MeasureRecord),
      warnings: z.array(z.object({code: z.string(), message: z.string()}))
    })
  });
}

const EVIDENCE: Record<string, string> = {
  events:
    "The event dimension of the balance: per vector and month, the volume of interaction over clusters of reports (weighted by independent sources), its share, the mean Goldstein tone and net cooperation; `detail` has the months' coverage (a month without events is a gap, not zero); `explain=true` lists the clusters and their reports",
  nowcast:
    "NOWCAST, not a measurement: the latest structural year's combined shares carried forward month by month by the event dimension's change, with a band (low/high) from the event series' own variability; records are named nowcast_*",
  discourse:
    "Expert stance by vector and quarter: judgements for and against each vector in the stored analyses, their balance, the speakers and the quotes (in `detail`)"
};
for (const [name, summary] of Object.entries(EVIDENCE)) {
  OPERATIONS.push({
    method: "get",
    path: `/api/measures/${name}`,
    summary,
    tag: "measures",
    query: EvidenceQuery,
    response: z.object({
      measure: z.string(),
      query: z.record(z.string(), z.unknown()),
      items: z.array(MeasureRecord),
      warnings: z.array(z.object({code: z.string(), message: z.string()})),
      detail: z.unknown()
    })
  });
}
OPERATIONS.push(
  {
    method: "get",
    path: "/api/forecasts",
    summary:
      "The forecast registry: every forecast claim with speaker, publisher, what it predicts, the probability its wording implies, the horizon (explicit or default), its status and the evidence of its resolution (automatic candidates are proposed on the way); the speakers' and publishers' scores with their counts",
    tag: "forecasts",
    query: ForecastsQuery,
    response: z.object({forecasts: z.array(Forecast), scores: z.array(z.record(z.string(), z.unknown()))})
  },
  {
    method: "post",
    path: "/api/forecasts/:id/resolve",
    summary:
      "A person confirms or overrides a forecast's resolution, with the evidence; the resolution it replaces is kept in its history",
    tag: "forecasts",
    body: ResolveBody,
    response: Forecast,
    auth: true,
    params: {id: "The forecast's id (from GET /api/forecasts)"}
  },
  {
    method: "get",
    path: "/api/events/:id/cluster",
    summary:
      "The cluster of reports behind an event: the happening's reports (pack, articles, GDELT rows) and their documents",
    tag: "events",
    params: {id: "An event id"}
  }
);

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(
      z.object({code: z.string(), message: z.string(), path: z.array(z.union([z.string(), z.number()])).optional()})
    )
  })
});

type Json = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (without `$schema`); dates checked by refinement become `format: date`. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): Json {
  const out = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === IsoDate) {
        ctx.jsonSchema.format = "date";
        ctx.jsonSchema.pattern = "^\\d{4}-\\d{2}-\\d{2}$";
      }
    }
  }) as Json;
  delete out.$schema;
  return out;
}

/** `/api/actors/:code` → `/api/actors/{code}`, and the parameter names. */
export function openApiPath(path: string): {path: string; params: string[]} {
  const params: string[] = [];
  const p = path.replace(/:([A-Za-z_][A-Za-z0-9_]*)(\{[^}]*\})?\??/g, (_, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return {path: p, params};
}

function queryParameters(schema: z.ZodType): Json[] {
  const s = jsonSchema(schema, "input");
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(props).map(([name, sch]) => ({name, in: "query", required: required.has(name), schema: sch}));
}

function operationObject(op: Operation | undefined, method: string, path: string): Json {
  const {params} = openApiPath(path);
  const status = String(op?.status ?? 200);
  const errors: Json = {
    "404": {$ref: "#/components/responses/Error"},
    "422": {$ref: "#/components/responses/Error"}
  };
  if (op?.auth)
    Object.assign(errors, {
      "401": {$ref: "#/components/responses/Error"},
      "403": {$ref: "#/components/responses/Error"}
    });
  return {
    operationId: `${method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : ""))}`,
    summary: op?.summary ?? `${method.toUpperCase()} ${path}`,
    tags: [op?.tag ?? path.split("/")[2] ?? "api"],
    parameters: [
      ...params.map((name) => ({
        name,
        in: "path",
        required: true,
        schema: {type: "string"},
        ...(op?.params?.[name] ? {description: op.params[name]} : {})
      })),
      ...(op?.query ? queryParameters(op.query) : [])
    ],
    ...(op?.body
      ? {requestBody: {required: true, content: {"application/json": {schema: jsonSchema(op.body, "input")}}}}
      : {}),
    ...(op?.auth ? {security: [{bearer: []}]} : {}),
    responses: {
      [status]: {
        description: "Success",
        content: {"application/json": {schema: op?.response ? jsonSchema(op.response) : {}}}
      },
      ...errors
    }
  };
}

/** Options for {@link openApiDocument}. */
export interface OpenApiOptions {
  /** Documented operations (default {@link OPERATIONS}). */
  operations?: readonly Operation[];
  version?: string;
}

/**
 * Builds the OpenAPI 3.1 document for the routes an app registered (`app.routes`): each /api route appears once,
 * described by its {@link Operation} when there is one.
 */
export function openApiDocument(routes: readonly {method: string; path: string}[], options: OpenApiOptions = {}): Json {
  const operations = options.operations ?? OPERATIONS;
  const seen = new Set<string>();
  const paths: Record<string, Record<string, Json>> = {};
  const add = (method: string, path: string) => {
    const key = `${method} ${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    const op = operations.find((o) => o.method === method && o.path === path);
    const p = openApiPath(path).path;
    (paths[p] ??= {})[method] = operationObject(op, method, path);
  };
  for (const r of routes) {
    const method = r.method.toLowerCase();
    if (
      !["get", "post", "put", "patch", "delete"].includes(method) ||
      !r.path.startsWith("/api/") ||
      r.path.includes("*")
    )
      continue;
    add(method, r.path);
  }
  if (routes.length === 0) for (const op of operations) add(op.method, op.path);
  return {
    openapi: "3.1.0",
    info: {
      title: "Multivector API",
      version: options.version ?? "0.1.0",
      description:
        "Kazakhstan's multi-vector balance: catalog, events, claims, measures and simulations. Errors are JSON `{error: {code, message, issues}}`; a 422 names each bad field."
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    servers: [{url: "/"}],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: {Error: jsonSchema(ErrorBody)},
      responses: {
        Error: {description: "An error", content: {"application/json": {schema: {$ref: "#/components/schemas/Error"}}}}
      },
      securitySchemes: {
        bearer: {type: "http", scheme: "bearer", description: "The write token printed by `multivector serve`"}
      }
    }
  };
}
