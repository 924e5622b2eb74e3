import type {Hono} from "hono";
import {z} from "zod";
import {countSources, resolveActorCode, listSources} from "../../app/catalog.js";
import {
  ingestText,
  queryClaims,
  queryFigures,
  queryEvents,
  readingContext,
  sourceDetail,
  type IngestFormat
} from "../../app/ingest.js";
import {IsoDate, type Issue, parsePeriod} from "../../domain/index.js";
import {requireToken} from "../auth.js";
import {ApiError, invalid} from "../errors.js";
import type {Env} from "../env.js";
import {Paging} from "../paging.js";
import {query} from "../validate.js";
import {bodyLimit} from "../limits.js";

/** Largest document POST /api/ingest accepts. */
export const MAX_INGEST_BYTES = 5 * 1024 * 1024;

export const EventsQuery = Paging.extend({
  dyad: z
    .string()
    .regex(/^[^-,\s]+[-,][^-,\s]+$/, "Expected two actors such as KAZ-RUS")
    .optional(),
  actor: z.string().min(1).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  code: z
    .string()
    .regex(/^\d{2,4}$/, "Expected two to four digits of a CAMEO code such as 05 or 042")
    .optional(),
  source: z.string().min(1).optional()
});
export const ClaimsQuery = Paging.extend({
  speaker: z.string().min(1).optional(),
  about: z.string().min(1).optional(),
  kind: z.enum(["assessment", "forecast", "recommendation"]).optional(),
  source: z.string().min(1).optional()
});
export const FiguresQuery = Paging.extend({
  actor: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  year: z.coerce.number().int().min(1800).max(2200).optional(),
  source: z.string().min(1).optional()
});
export const IngestBody = z.object({
  text: z.string().min(1, "Expected the document's text"),
  format: z.enum(["auto", "text", "html", "markdown"]).default("auto"),
  name: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  /** A day, or only the month or the year when that is all that is known. */
  date: z
    .string()
    .refine((d) => parsePeriod(d) !== undefined, {message: "Expected a date as YYYY-MM-DD, YYYY-MM or YYYY"})
    .optional()
});

function tooLarge(bytes: number): ApiError {
  return new ApiError(
    413,
    "too_large",
    `Document too large: ${bytes} bytes, the limit is ${MAX_INGEST_BYTES} bytes (5 MB)`,
    [],
    {connection: "close"}
  );
}

/** Events, claims, sources and ingesting a document. */
/** Documents from this size (bytes) on are read on a reader thread (about 15 ms of reading and more). */
const READ_ON_THREAD_BYTES = 32 * 1024;

export function documentRoutes(app: Hono<Env>): void {
  app.get("/api/events", async (c) => {
    const q = query(c, EventsQuery);
    if (q.from && q.to && q.from > q.to) {
      throw new ApiError(422, "invalid_request", `Invalid period: from "${q.from}" is after to "${q.to}"`, [
        {code: "bad_period", message: `from "${q.from}" is after to "${q.to}"`, path: ["from"]}
      ]);
    }
    const store = c.get("deps").store;
    let dyad: [string, string] | undefined;
    if (q.dyad) {
      const [a, b] = q.dyad.split(/[-,]/) as [string, string];
      dyad = [await resolveActorCode(store, a, {field: "dyad"}), await resolveActorCode(store, b, {field: "dyad"})];
    }
    const actor = q.actor ? await resolveActorCode(store, q.actor, {field: "actor"}) : undefined;
    const r = await queryEvents(store, {
      ...(dyad ? {dyad} : {}),
      ...(actor ? {actor} : {}),
      ...(q.from ? {from: q.from} : {}),
      ...(q.to ? {to: q.to} : {}),
      ...(q.code ? {code: q.code} : {}),
      ...(q.source ? {sourceId: q.source} : {}),
      limit: q.limit,
      offset: q.offset
    });
    return c.json({items: r.items, total: r.total, limit: q.limit, offset: q.offset});
  });

  app.get("/api/claims", async (c) => {
    const q = query(c, ClaimsQuery);
    const store = c.get("deps").store;
    const about = q.about ? await resolveActorCode(store, q.about, {field: "about"}) : undefined;
    const r = await queryClaims(store, {
      ...(q.speaker ? {speaker: q.speaker} : {}),
      ...(about ? {about} : {}),
      ...(q.kind ? {kind: q.kind} : {}),
      ...(q.source ? {sourceId: q.source} : {}),
      limit: q.limit,
      offset: q.offset
    });
    return c.json({items: r.items, total: r.total, limit: q.limit, offset: q.offset});
  });

  app.get("/api/figures", async (c) => {
    const q = query(c, FiguresQuery);
    const store = c.get("deps").store;
    const actor = q.actor ? await resolveActorCode(store, q.actor, {field: "actor"}) : undefined;
    const r = await queryFigures(store, {
      ...(actor ? {actor} : {}),
      ...(q.unit ? {unit: q.unit} : {}),
      ...(q.year !== undefined ? {year: q.year} : {}),
      ...(q.source ? {sourceId: q.source} : {}),
      limit: q.limit,
      offset: q.offset
    });
    return c.json({items: r.items, total: r.total, limit: q.limit, offset: q.offset});
  });

  app.get("/api/sources", async (c) => {
    const q = query(c, Paging);
    const store = c.get("deps").store;
    return c.json({
      items: await listSources(store, {limit: q.limit, offset: q.offset}),
      total: await countSources(store),
      limit: q.limit,
      offset: q.offset
    });
  });

  app.get("/api/sources/:id", async (c) => {
    const id = c.req.param("id");
    const detail = await sourceDetail(c.get("deps").store, id);
    if (!detail) throw new ApiError(404, "not_found", `No source "${id}"`);
    return c.json(detail);
  });

  app.post("/api/ingest", requireToken, bodyLimit(MAX_INGEST_BYTES + 64 * 1024, "Document"), async (c) => {
    const length = Number(c.req.header("content-length") ?? NaN);
    if (Number.isFinite(length) && length > MAX_INGEST_BYTES + 64 * 1024) throw tooLarge(length);
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    let text: string | Uint8Array;
    let name = "request";
    let format: IngestFormat = "auto";
    const given: {title?: string; publisher?: string; author?: string; date?: string} = {};
    if (type.startsWith("application/json")) {
      let data: unknown;
      try {
        data = await c.req.json();
      } catch {
        throw invalid("POST /api/ingest: Invalid body", [{code: "invalid_json", message: "Expected a JSON body"}]);
      }
      const r = IngestBody.safeParse(data);
      if (!r.success) {
        throw invalid(
          "POST /api/ingest: Invalid body",
          r.error.issues.map((i) => ({code: i.code, message: i.message, path: i.path.map(String)}))
        );
      }
      text = r.data.text;
      format = r.data.format;
      if (r.data.name) name = r.data.name;
      for (const k of ["title", "publisher", "author", "date"] as const) if (r.data[k]) given[k] = r.data[k];
    } else if (type.startsWith("multipart/form-data")) {
      let form: Record<string, string | File | (string | File)[]>;
      try {
        form = await c.req.parseBody();
      } catch (e) {
        throw invalid("POST /api/ingest: Invalid form", [
          {
            code: "bad_multipart",
            message: `Cannot parse the multipart body: ${String((e as Error).message ?? e).split("\n")[0]}; send a form with a "file" field`
          }
        ]);
      }
      const file = form.file;
      if (!(file instanceof File)) {
        throw invalid("POST /api/ingest: Invalid form", [
          {code: "missing_file", message: `Expected a file in the field "file"`, path: ["file"]}
        ]);
      }
      if (file.size > MAX_INGEST_BYTES) throw tooLarge(file.size);
      text = new Uint8Array(await file.arrayBuffer());
      name = file.name || name;
      for (const k of ["title", "publisher", "author", "date"] as const)
        if (typeof form[k] === "string" && form[k]) given[k] = form[k] as string;
      if (typeof form.format === "string" && ["auto", "text", "html", "markdown"].includes(form.format))
        format = form.format as IngestFormat;
      if (given.date && !parsePeriod(given.date)) {
        throw invalid("POST /api/ingest: Invalid form", [
          {
            code: "bad_date",
            message: `Cannot parse date "${given.date}": expected YYYY-MM-DD, YYYY-MM or YYYY`,
            path: ["date"]
          }
        ]);
      }
    } else if (type.startsWith("text/") || type === "") {
      text = new Uint8Array(await c.req.arrayBuffer());
      if (type.startsWith("text/html")) format = "html";
      else if (type.startsWith("text/markdown")) format = "markdown";
      else if (type.startsWith("text/plain")) format = "text";
    } else {
      throw new ApiError(
        415,
        "unsupported_media_type",
        `Unsupported content type "${type}": send text/plain, text/html, text/markdown, application/json or multipart/form-data`
      );
    }
    const bytes = typeof text === "string" ? Buffer.byteLength(text) : text.length;
    if (bytes > MAX_INGEST_BYTES) throw tooLarge(bytes);
    const deps = c.get("deps");
    const store = deps.store;
    const outcome = await ingestText(store, text, {
      name,
      format,
      given,
      now: new Date().toISOString(),
      maxBytes: MAX_INGEST_BYTES,
      context: await readingContext(store),
      // A large document is read on a reader thread: the server keeps answering meanwhile.
      reader: bytes >= READ_ON_THREAD_BYTES ? (deps.readers?.() ?? false) : false
    });
    if (outcome.status === "failed") {
      const issues: Issue[] = outcome.issues;
      throw new ApiError(
        422,
        issues[0]?.code ?? "bad_input",
        `Cannot ingest the document: ${issues.map((i) => i.message).join("; ")}`,
        issues
      );
    }
    return c.json(outcome, outcome.status === "stored" ? 201 : 200);
  });
}
