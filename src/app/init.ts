import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {IssueError, type Event} from "../domain/index.js";
import {loadPack, type Pack, type PackEvent} from "../packs/index.js";
import {cameoInfo} from "../read/cameo.js";
import type {Store} from "../store/index.js";
import {sha256} from "./hash.js";
import {PROJECT_ROOT} from "./root.js";

export {PROJECT_ROOT};

/** The built-in Central Asia pack. */
export const DEFAULT_PACK_DIR = join(PROJECT_ROOT, "packs", "central-asia");

/** A step of seeding, for progress reporting. */
export type SeedProgress = (message: string) => void;

/** Extra datasets loaded by `init` after the pack (UN votes, trade …): each is idempotent. */
export type DatasetSeeder = (
  store: Store,
  options: {now: string; onProgress?: SeedProgress}
) => Promise<{name: string; status: "loaded" | "unchanged"; rows: number}>;

/** Registered dataset seeders (measures add theirs here). */
import {MEASURE_SEEDERS} from "./datasets.js";
export const DATASET_SEEDERS: DatasetSeeder[] = [...MEASURE_SEEDERS];

export interface SeedResult {
  pack: string;
  status: "seeded" | "unchanged";
  counts: Record<string, number>;
  datasets: {name: string; status: "loaded" | "unchanged"; rows: number}[];
}

export interface SeedOptions {
  /** Pack directory; defaults to the built-in Central Asia pack. */
  packDir?: string;
  /** The time recorded with what is written (ISO 8601); the caller reads the clock. */
  now: string;
  onProgress?: SeedProgress;
  /** Also load the registered datasets (default true). */
  datasets?: boolean;
}

/** The source id under which a pack's timeline events are stored. */
export function packSourceId(name: string): string {
  return `pack:${name}`;
}

/** Turns a pack's timeline entry into a stored event, with Goldstein weight and quad class from the CAMEO table. */
export function packEventToEvent(e: PackEvent, packName: string): Event {
  const info = cameoInfo(e.code);
  if (!info) throw new Error(`packEventToEvent: unknown CAMEO code "${e.code}" in ${e.id}`);
  return {
    id: `${packName}:${e.id}`,
    sourceId: packSourceId(packName),
    date: e.date,
    source: e.source,
    target: e.target,
    code: e.code,
    goldstein: info.goldstein,
    quad: info.quad,
    ...(info.plover ? {plover: info.plover} : {}),
    sentence: e.citation.quote,
    rule: `pack:${packName}/timeline.csv#${e.id}`,
    label: e.label,
    url: e.citation.source
  };
}

/** Hashes the files of a pack directory, so that seeding twice with the same pack changes nothing. */
export function hashPackDir(dir: string): string {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".csv"))
    .sort();
  return sha256(names.map((n) => `${n}\n${readFileSync(join(dir, n), "utf8")}`).join("\n"));
}

/** Loads and validates a pack; throws an {@link IssueError} listing every problem when it is invalid. */
export function readPack(dir: string = DEFAULT_PACK_DIR): Pack {
  const result = loadPack(dir);
  if (!result.ok) throw new IssueError(result.issues);
  return result.value;
}

/**
 * Creates and seeds the store from a pack (and the registered datasets). Running it twice with the
 * same pack changes nothing; a changed pack replaces the previous one in one transaction.
 */
export async function seedStore(store: Store, options: SeedOptions): Promise<SeedResult> {
  const dir = options.packDir ?? DEFAULT_PACK_DIR;
  const pack = readPack(dir);
  const hash = hashPackDir(dir);
  const counts = {
    actors: pack.actors.length,
    aliases: pack.actors.reduce((n, a) => n + a.aliases.length, 0),
    memberships: pack.memberships.length,
    corridors: pack.corridors.length,
    timeline: pack.timeline.length,
    indicators: pack.indicators.length
  };
  const previous = await store.catalog.packHash(pack.name);
  let status: SeedResult["status"] = "unchanged";
  // The timeline is checked too: a store whose events live in a new ClickHouse database needs it again.
  const timelineMissing =
    pack.timeline.length > 0 && (await store.events.countEvents({sourceId: packSourceId(pack.name)})) === 0;
  if (previous !== hash || timelineMissing) {
    options.onProgress?.(`Seeding pack "${pack.name}"`);
    const events = pack.timeline.map((e) => packEventToEvent(e, pack.name));
    await store.transaction(async () => {
      await store.catalog.putActors(pack.actors);
      await store.catalog.putMemberships(pack.memberships);
      await store.catalog.putCorridors(pack.corridors);
      await store.events.deleteEventsOf(packSourceId(pack.name));
      await store.events.insertEvents(events);
      await store.indicators.deletePackIndicators();
      await store.indicators.putIndicators(pack.indicators);
      await store.documents.replacePackSource({
        id: packSourceId(pack.name),
        hash,
        title: `Knowledge pack "${pack.name}"`,
        origin: `packs/${pack.name}`,
        now: options.now
      });
      await store.catalog.recordPack(pack.name, hash, options.now);
    });
    status = "seeded";
  }
  const datasets = [];
  if (options.datasets !== false) {
    for (const seed of DATASET_SEEDERS)
      datasets.push(await seed(store, {now: options.now, onProgress: options.onProgress}));
  }
  return {pack: pack.name, status, counts, datasets};
}
