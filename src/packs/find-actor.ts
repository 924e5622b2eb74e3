import {editDistance, normalizeName, type Actor, type Alias} from "../domain/index.js";
import type {Pack} from "./pack.js";

/** Options for {@link findActor}. */
export interface FindActorOptions {
  /**
   * A date (YYYY-MM-DD) or year (YYYY): aliases limited to a period (a leader's years in office)
   * match only when their period covers the date or overlaps the year. Defaults to none: every alias matches.
   */
  at?: string;
}

/** A "did you mean" candidate from {@link suggestActors}. */
export interface ActorSuggestion {
  code: string;
  name: string;
  /** The code, name or alias that came nearest. */
  matched: string;
  /** Edit distance between the normalized query and `matched`. */
  distance: number;
}

interface Entry {
  actor: Actor;
  key: string;
  text: string;
  /** 0 code, 1 name, 2 alias: lower wins when several actors share a key. */
  rank: number;
  alias?: Alias;
}

const INDEX = new WeakMap<readonly Actor[], Entry[]>();

function entries(actors: readonly Actor[]): Entry[] {
  let list = INDEX.get(actors);
  if (list === undefined) {
    list = actors.flatMap((actor): Entry[] => [
      {actor, key: normalizeName(actor.code), text: actor.code, rank: 0},
      {actor, key: normalizeName(actor.name), text: actor.name, rank: 1},
      ...actor.aliases.map((alias) => ({actor, key: normalizeName(alias.alias), text: alias.alias, rank: 2, alias}))
    ]);
    list.sort((a, b) => a.rank - b.rank);
    INDEX.set(actors, list);
  }
  return list;
}

/** The half-open period [from, to) that `at` denotes: one day, or a whole year. */
function period(at: string): [string, string] {
  if (/^\d{4}$/.test(at)) return [`${at}-01-01`, `${Number(at) + 1}-01-01`];
  return [at, `${at}\u0000`];
}

function aliasValidAt(alias: Alias | undefined, at: string | undefined): boolean {
  if (alias === undefined || at === undefined) return true;
  const [start, end] = period(at);
  return (alias.from === undefined || alias.from < end) && (alias.to === undefined || start < alias.to);
}

/**
 * Resolves an actor code, name or alias to the pack's actor, ignoring case, diacritics
 * (Türkiye = Turkiye), punctuation and a leading "the " ("the Kremlin" = "Kremlin").
 * Codes win over names, names over aliases. With `at`, leaders' aliases match only in office.
 *
 * @example
 * ```ts
 * findActor(pack, "the Kremlin")?.code; // "RUS"
 * findActor(pack, "Tokayev", {at: "2020"})?.code; // "KAZ"
 * ```
 */
export function findActor(pack: Pick<Pack, "actors">, query: string, {at}: FindActorOptions = {}): Actor | undefined {
  const key = normalizeName(query);
  if (key === "") return undefined;
  return entries(pack.actors).find((e) => e.key === key && aliasValidAt(e.alias, at))?.actor;
}

/**
 * The `n` actors whose code, name or alias is nearest to `query` by edit distance (after the same
 * normalization as {@link findActor}), nearest first, for "did you mean" hints. Candidates further than
 * max(2, a third of the query's length) are left out, so nonsense gets no suggestion; when the nearest is one edit
 * away, only as near ones are offered ("Kremln": the Kremlin, not every four-letter name two edits away among 250
 * actors).
 *
 * @example
 * ```ts
 * suggestActors(pack, "Kazakstan")[0]?.name; // "Kazakhstan"
 * ```
 */
export function suggestActors(pack: Pick<Pack, "actors">, query: string, n = 3): ActorSuggestion[] {
  const key = normalizeName(query);
  const limit = Math.max(2, Math.floor(key.length / 3));
  const best = new Map<string, ActorSuggestion>();
  for (const e of entries(pack.actors)) {
    const distance = editDistance(key, e.key);
    if (distance > limit) continue;
    const prev = best.get(e.actor.code);
    if (prev === undefined || distance < prev.distance) {
      best.set(e.actor.code, {code: e.actor.code, name: e.actor.name, matched: e.text, distance});
    }
  }
  const sorted = [...best.values()].sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, "en"));
  const nearest = sorted[0]?.distance ?? 0;
  return sorted.filter((s) => s.distance <= (nearest <= 1 ? nearest : nearest + 1)).slice(0, n);
}
