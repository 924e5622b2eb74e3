import type {Hono} from "hono";
import type {Env} from "../env.js";
import {etag} from "../etag.js";
import {openApiDocument} from "../openapi.js";

/** GET /api/openapi.json: the OpenAPI 3.1 description of every route this app registered. */
export function openapiRoutes(app: Hono<Env>): void {
  let cached: {count: number; doc: unknown} | undefined;
  app.get("/api/openapi.json", etag(), (c) => {
    if (!cached || cached.count !== app.routes.length)
      cached = {count: app.routes.length, doc: openApiDocument(app.routes)};
    return c.json(cached.doc);
  });
}
