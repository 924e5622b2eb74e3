import {editDistance, IssueError, normalizeName, type Event} from "../domain/index.js";
import type {ActorMatch, Store} from "../store/index.js";
import {packSourceId} from "./init.js";
import {cameoCodes} from "../read/cameo.js";

export {cameoCodes};

/**
 * Up to `n` aliases nearest to `query` by edit distance, for "did you mean". When the nearest is one edit away,
 * only as near ones follow it (with 250 actors, every short code is three edits from a six-letter typo).
 */
export async function suggestActors(store: Store, query: string, n = 3): Promise<{code: string; alias: string}[]> {
  const q = normalizeName(query);
  const scored = (await store.catalog.allAliases())
    .map((a) => ({code: a.code, alias: a.alias, d: editDistance(q, a.norm)}))
    .sort((a, b) => a.d - b.d || a.alias.localeCompare(b.alias));
  const seen = new Set<string>();
  const out: {code: string; alias: string}[] = [];
  const nearest = scored[0]?.d ?? 0;
  const limit = Math.min(Math.max(2, Math.floor(q.length / 3)), nearest <= 1 ? nearest : Infinity);
  for (const s of scored) {
    if (s.d > limit) break;
    if (seen.has(s.code)) continue;
    seen.add(s.code);
    out.push({code: s.code, alias: s.alias});
    if (out.length === n) break;
  }
  return out;
}

/**
 * Resolves a code or alias to its actors. On a miss, throws an issue that suggests the nearest
 * names: `Cannot resolve actor "Kremln": no code or alias matches; did you mean RUS (alias "Kremlin")?`
 */
export async function resolveActor(
  store: Store,
  query: string,
  {at, field}: {at?: string; field?: string} = {}
): Promise<ActorMatch[]> {
  const found = await store.catalog.findActors(query, at ? {at} : {});
  if (found.length > 0) return found;
  const empty = (await store.catalog.countActors()) === 0;
  if (empty) {
    throw new IssueError([
      {
        code: "empty_store",
        message: `Cannot resolve actor "${query}": the store "${store.path}" holds no actors: run \`multivector init\` first`,
        ...(field ? {path: [field]} : {})
      }
    ]);
  }
  const suggestions = await suggestActors(store, query);
  const hint = suggestions.length
    ? `; did you mean ${suggestions.map((s) => (s.alias === s.code ? s.code : `${s.code} (alias "${s.alias}")`)).join(", ")}?`
    : "";
  throw new IssueError([
    {
      code: "unknown_actor",
      message: `Cannot resolve actor "${query}": no code or alias matches${hint}`,
      ...(field ? {path: [field]} : {})
    }
  ]);
}

/** Resolves to exactly one actor code (the first match). */
export async function resolveActorCode(
  store: Store,
  query: string,
  options: {at?: string; field?: string} = {}
): Promise<string> {
  return (await resolveActor(store, query, options))[0]!.code;
}

export interface TimelineQuery {
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** The timeline of the loaded packs: dated events with their quotes, oldest first. */
export async function timeline(store: Store, q: TimelineQuery = {}): Promise<Event[]> {
  const packs = await store.catalog.listPacks();
  const events: Event[] = [];
  for (const p of packs) {
    events.push(
      ...(await store.events.listEvents({
        sourceId: packSourceId(p),
        ...(q.actor ? {actor: q.actor} : {}),
        ...(q.from ? {from: q.from} : {}),
        ...(q.to ? {to: q.to} : {}),
        limit: q.limit ?? 10000
      }))
    );
  }
  return events.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id));
}

/** The actors of the store with their aliases, optionally of one kind or these codes. */
export function listActors(store: Store, q: {kind?: string; codes?: readonly string[]} = {}) {
  return store.catalog.listActors(q);
}

/** Memberships, optionally valid at a date, of one organisation or one actor. */
export function listMemberships(store: Store, q: {at?: string; org?: string; actor?: string} = {}) {
  return store.catalog.listMemberships(q);
}

/** The transport and energy corridors of the loaded packs. */
export function listCorridors(store: Store) {
  return store.catalog.listCorridors();
}

/** How many sources the store holds. */
export function countSources(store: Store) {
  return store.documents.countSources();
}

/** The stored sources, newest first, paged. */
export function listSources(store: Store, q: {limit?: number; offset?: number} = {}) {
  return store.documents.listSources(q);
}
