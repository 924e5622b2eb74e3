/**
 * The forecast registry shared by `multivector forecasts` and /api/forecasts: every claim of kind
 * "forecast" becomes a forecast (speaker, publisher, what it predicts, horizon, status); resolution
 * candidates are proposed automatically from later memberships, events and the balance's shares;
 * a person confirms or overrides them, and every resolution keeps its evidence (the one it replaced
 * goes to the forecast's history).
 *
 * @module
 */
import {IssueError, parsePeriod, periodEnd, type Forecast, type Resolution} from "../domain/index.js";
import {resolutionCandidate, scoreForecasts, type ForecastScore, type ResolveShare} from "../measure/index.js";
import {readForecast} from "../read/forecast-outcome.js";
import type {ForecastQuery, Store} from "../store/index.js";
import {measureBalance, MEASURE_DEFAULTS, resolveMeasureQuery} from "./measures.js";
import {measureNowcast} from "./evidence.js";

export interface SyncOptions {
  /** Today (YYYY-MM-DD), read by the caller: horizons on or before it are past. */
  asOf: string;
  /** The time recorded with automatic resolutions (ISO 8601). */
  now: string;
  /** The focal state whose balance "distance itself from" forecasts speak of. Defaults to KAZ. */
  focal?: string;
}

export interface SyncReport {
  added: number;
  resolved: number;
  forecasts: Forecast[];
}

/** The shares a measure forecast is checked against: the structural balance by year and the nowcast by month. */
async function shareSeries(store: Store, focal: string): Promise<ResolveShare[]> {
  const q = await resolveMeasureQuery(store, {focal});
  const out: ResolveShare[] = [];
  const b = await measureBalance(store, q);
  for (const r of b.items)
    if (r.measure === "share" && r.dimension === "combined" && r.value !== null)
      out.push({focal, vector: r.vector, period: String(r.year), share: r.value, kind: "structural"});
  const n = await measureNowcast(store, {focal});
  for (const r of n.items)
    if (r.measure === "nowcast_share" && r.value !== null && r.month)
      out.push({focal, vector: r.vector, period: r.month, share: r.value, kind: "nowcast"});
  return out;
}

/** Reads new forecast claims into the registry and proposes resolutions for those no person has resolved. */
export async function syncForecasts(store: Store, options: SyncOptions): Promise<SyncReport> {
  const focal = options.focal ?? MEASURE_DEFAULTS.focal;
  const claims = await store.documents.listForecastClaims();
  const existing = new Map((await store.forecasts.listForecasts()).map((f) => [f.claimId, f]));
  const organizations = new Set(
    (await store.catalog.listActors()).filter((a) => a.kind !== "state" && a.kind !== "non-state").map((a) => a.code)
  );
  const changed: Forecast[] = [];
  let added = 0;
  let resolved = 0;
  const all: Forecast[] = [];
  const memberships = await store.catalog.listMemberships();
  let shares: ResolveShare[] | undefined;
  for (const c of claims) {
    let f = existing.get(c.claimId);
    if (!f) {
      // A month- or year-only document's forecast is made at the period's end: nothing within the period counts as
      // later than it, and a default horizon runs from the end.
      const made = c.date ? periodEnd(parsePeriod(c.date)?.date ?? c.date, c.datePrecision) : undefined;
      const r = readForecast(c.quote, {
        about: c.about,
        organizations,
        focal,
        ...(made ? {made} : {}),
        ...(c.horizon ? {horizon: c.horizon} : {})
      });
      f = {
        id: `f:${c.claimId}`,
        claimId: c.claimId,
        sourceId: c.sourceId,
        speaker: c.speaker,
        ...(c.publisher ? {publisher: c.publisher} : {}),
        ...(made ? {made} : {}),
        quote: c.quote,
        actors: c.about,
        ...(r.modality ? {modality: r.modality} : {}),
        ...(r.probability !== undefined ? {probability: r.probability} : {}),
        outcome: r.outcome,
        ...(r.horizon ? {horizon: r.horizon} : {}),
        horizonKind: r.horizonKind,
        status: "open",
        history: []
      };
      added++;
      changed.push(f);
    }
    if (f.resolution?.by !== "person") {
      const o = f.outcome;
      if (o.kind === "measure") shares ??= await shareSeries(store, focal);
      const made = f.made ?? "0000-01-01";
      const events =
        o.kind === "event"
          ? await store.events.listEvents({
              dyad: [o.actors[0]!, o.actors[1]!],
              from: made,
              ...(f.horizon ? {to: f.horizon} : {}),
              limit: 1000
            })
          : [];
      const eventCoverage =
        o.kind === "event" && f.horizon
          ? (await store.events.countEvents({actor: o.actors[0]!, from: made, to: f.horizon})) > 0 &&
            (await store.events.countEvents({actor: o.actors[1]!, from: made, to: f.horizon})) > 0
          : false;
      const cand = resolutionCandidate(f, {
        asOf: options.asOf,
        now: options.now,
        memberships: memberships.map((m) => ({id: m.id, actor: m.actor, org: m.org, from: m.from, to: m.to ?? null})),
        events: events.flatMap((e) =>
          e.date
            ? [{id: e.id, date: e.date, source: e.source, target: e.target, quad: e.quad, sourceId: e.sourceId}]
            : []
        ),
        eventCoverage,
        shares: shares ?? []
      });
      if (
        cand &&
        (cand.status !== f.resolution?.status || cand.evidence.join("\n") !== f.resolution?.evidence.join("\n"))
      ) {
        f = {
          ...f,
          status: cand.status,
          resolution: cand,
          history: f.resolution ? [...f.history, f.resolution] : f.history
        };
        resolved++;
        if (!changed.includes(f)) changed.push(f);
        else changed[changed.length - 1] = f;
      }
    }
    all.push(f);
  }
  if (changed.length > 0) await store.transaction(() => store.forecasts.putForecasts(changed));
  return {added, resolved, forecasts: all};
}

export interface ResolveInput {
  status: "true" | "false";
  evidence: readonly string[];
  /** Who resolved it (a name, or "api"). */
  who?: string;
  /** ISO 8601 time of the resolution. */
  now: string;
}

/** A person confirms or overrides a forecast's resolution; the resolution it replaces goes to its history. */
export async function resolveForecast(store: Store, id: string, input: ResolveInput): Promise<Forecast> {
  const evidence = input.evidence.map((e) => e.trim()).filter((e) => e !== "");
  if (evidence.length === 0)
    throw new IssueError([
      {
        code: "missing_evidence",
        message: `Cannot resolve forecast "${id}": expected evidence (what shows the outcome), found none`,
        path: ["evidence"]
      }
    ]);
  const [f] = await store.forecasts.listForecasts({id});
  if (!f) {
    const known = (await store.forecasts.listForecasts()).map((x) => x.id);
    const near = known.filter((k) => k.includes(id) || id.includes(k.replace(/^f:/, ""))).slice(0, 3);
    throw new IssueError([
      {
        code: "not_found",
        message: `Cannot resolve forecast "${id}": no forecast has this id${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : ": list them with `multivector forecasts`"}`,
        path: ["id"]
      }
    ]);
  }
  const resolution: Resolution = {
    status: input.status,
    by: "person",
    at: input.now,
    evidence,
    ...(input.who ? {who: input.who} : {})
  };
  const next: Forecast = {
    ...f,
    status: input.status,
    resolution,
    history: f.resolution ? [...f.history, f.resolution] : f.history
  };
  await store.transaction(() => store.forecasts.putForecasts([next]));
  return next;
}

/** The registry with the speakers' and publishers' scores. */
export async function forecastRegistry(
  store: Store,
  options: SyncOptions & {query?: ForecastQuery}
): Promise<{forecasts: Forecast[]; scores: ForecastScore[]; added: number; resolved: number}> {
  const sync = await syncForecasts(store, options);
  const listed =
    options.query && Object.keys(options.query).length > 0
      ? await store.forecasts.listForecasts(options.query)
      : await store.forecasts.listForecasts();
  return {
    forecasts: listed,
    scores: scoreForecasts(await store.forecasts.listForecasts()),
    added: sync.added,
    resolved: sync.resolved
  };
}
