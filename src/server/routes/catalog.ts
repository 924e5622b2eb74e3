import type {Hono} from "hono";
import {z} from "zod";
import {ActorKind, IsoDate, IssueError} from "../../domain/index.js";
import {
  cameoCodes,
  listActors,
  listCorridors,
  listMemberships,
  resolveActor,
  resolveActorCode,
  timeline
} from "../../app/catalog.js";
import {ApiError} from "../errors.js";
import type {Env} from "../env.js";
import {page, Paging, whole} from "../paging.js";
import {query} from "../validate.js";

export const ActorsQuery = z.object({kind: ActorKind.optional()});
export const MembershipsQuery = z.object({
  at: IsoDate.optional(),
  org: z.string().min(1).optional(),
  actor: z.string().min(1).optional()
});
export const TimelineQuery = Paging.extend({
  actor: z.string().min(1).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional()
});

/** Actors, memberships, corridors and the pack timeline. */
export function catalogRoutes(app: Hono<Env>): void {
  app.get("/api/actors", async (c) => {
    const q = query(c, ActorsQuery);
    return c.json(whole(await listActors(c.get("deps").store, q.kind ? {kind: q.kind} : {})));
  });

  app.get("/api/actors/:code", async (c) => {
    const store = c.get("deps").store;
    const code = c.req.param("code");
    const matches = await resolveActor(store, code).catch((e: unknown) => {
      // The same words as the CLI: `Cannot resolve actor "Kremln": …; did you mean RUS (alias "the Kremlin")?`
      if (e instanceof IssueError) throw new ApiError(404, "not_found", e.message, e.issues);
      throw e;
    });
    const [actor] = await listActors(store, {codes: [matches[0]!.code]});
    if (!actor) throw new ApiError(404, "not_found", `No actor matches "${code}"`);
    return c.json({
      ...actor,
      matched: matches[0]!.matched,
      memberships: await listMemberships(store, {actor: actor.code})
    });
  });

  app.get("/api/memberships", async (c) => {
    const q = query(c, MembershipsQuery);
    const store = c.get("deps").store;
    const org = q.org ? await resolveActorCode(store, q.org, {field: "org"}) : undefined;
    const actor = q.actor ? await resolveActorCode(store, q.actor, {field: "actor"}) : undefined;
    return c.json(
      whole(
        await listMemberships(store, {
          ...(q.at ? {at: q.at} : {}),
          ...(org ? {org} : {}),
          ...(actor ? {actor} : {})
        })
      )
    );
  });

  // The CAMEO codes with their names, Goldstein weights and quad classes (fixed: cached by the browser for a day).
  app.get("/api/cameo", (c) => {
    c.header("cache-control", "public, max-age=86400");
    return c.json(whole(cameoCodes()));
  });

  app.get("/api/corridors", async (c) => c.json(whole(await listCorridors(c.get("deps").store))));

  app.get("/api/timeline", async (c) => {
    const q = query(c, TimelineQuery);
    if (q.from && q.to && q.from > q.to) {
      throw new ApiError(422, "invalid_request", `Invalid period: from "${q.from}" is after to "${q.to}"`, [
        {code: "bad_period", message: `from "${q.from}" is after to "${q.to}"`, path: ["from"]}
      ]);
    }
    const store = c.get("deps").store;
    const actor = q.actor ? await resolveActorCode(store, q.actor, {field: "actor"}) : undefined;
    const events = await timeline(store, {
      ...(actor ? {actor} : {}),
      ...(q.from ? {from: q.from} : {}),
      ...(q.to ? {to: q.to} : {})
    });
    return c.json(page(events, q));
  });
}
