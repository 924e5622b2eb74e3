/**
 * The evidence measures shared by `multivector measure events|nowcast|discourse` and
 * GET /api/measures/events|nowcast|discourse: the event dimension per vector and month, the nowcast
 * of the balance after its last structural year, and the experts' stance by vector and quarter.
 *
 * @module
 */
import {IssueError, type Event, type Issue} from "../domain/index.js";
import {
  DEFAULT_BLOCS,
  discourse,
  EVENT_DIMENSION_DEFAULTS,
  discourseRecords,
  eventDimension,
  eventDimensionRecords,
  nowcast,
  nowcastRecords,
  resolveParams,
  type DiscourseCell,
  type EventCoverage,
  type Evidence,
  type EventMonth,
  type MeasureRecord,
  type Nowcast
} from "../measure/index.js";
import type {EventClusterQuery, Store} from "../store/index.js";
import {clusterEvidence, clusterQuery, eventAttribution} from "./event-inputs.js";
import {measureBalance, resolveMeasureQuery, type MeasureQuery, type RawMeasureQuery} from "./measures.js";

/** Parameters of the event dimension and the nowcast, as a person sets them (CLI flags, query string). */
export interface EvidenceParams {
  /** μ: one GDELT mention in independent sources (default 0.1). */
  mentionWeight?: number;
  /** How reports are grouped into happenings: "reader" (default) or "dyad-day". */
  clusterRule?: "reader" | "dyad-day";
  /** λ: the events dimension's weight in the balance (default 0.25). */
  eventWeight?: number;
  /** Trailing months of the event share in the nowcast (default 3). */
  window?: number;
  /** Band half-width in standard deviations (default 1.645). */
  z?: number;
}

/** What the evidence measures return: tidy records, warnings, and the evidence when asked for. */
export interface EvidenceOutput<T> {
  measure: "events" | "nowcast" | "discourse";
  query: MeasureQuery;
  items: MeasureRecord[];
  warnings: Issue[];
  detail: T;
  evidence?: Evidence[];
}

/** Resolves the query with the event period's own default end: the year of the latest event in the store. */
async function eventQuery(store: Store, raw: RawMeasureQuery): Promise<MeasureQuery> {
  const latest = await store.events.latestEventDate();
  const to = raw.to ?? (latest ? Math.max(Number(latest.slice(0, 4)), raw.from ?? 0) : undefined);
  return resolveMeasureQuery(store, {...raw, ...(to !== undefined ? {to} : {})});
}

/** The event dimension of the balance: per vector and month, volume, tone, quad classes and share over clusters of reports. */
export async function measureEvents(
  store: Store,
  raw: RawMeasureQuery,
  params: EvidenceParams = {}
): Promise<EvidenceOutput<{coverage: EventCoverage[]; months: EventMonth[]}>> {
  const q = await eventQuery(store, raw);
  const period = {from: `${q.from}-01-01`, to: `${q.to}-12-31`};
  const {counterparts, attribute} = await eventAttribution(store, q);
  const d = eventDimension(
    attribute(await store.events.eventMonths({...clusterQuery(store, q, params, period), vectors: counterparts})),
    {focal: q.focal, vectors: q.vectors}
  );
  const out: EvidenceOutput<{coverage: EventCoverage[]; months: EventMonth[]}> = {
    measure: "events",
    query: q,
    items: eventDimensionRecords(d, q.focal),
    warnings: d.warnings,
    detail: {coverage: d.coverage, months: d.months}
  };
  if (q.explain) {
    const e = await clusterEvidence(store, q, params, period);
    out.evidence = e.evidence;
    out.warnings.push(...e.warnings);
  }
  return out;
}

/** The latest structural year of the balance and its combined shares, or undefined when the balance has none. */
export async function structuralAnchor(
  store: Store,
  q: MeasureQuery
): Promise<{year: number; shares: Record<string, number>} | undefined> {
  const b = await measureBalance(store, {...q, explain: false});
  const shares = b.items.filter((r) => r.measure === "share" && r.dimension === "combined" && r.value !== null);
  // The latest year that is not partial (a partial year rests on half the metrics or fewer: carrying
  // it forward would carry its coverage gap, not the balance), unless there is no other.
  const partial = new Set((b.coverage ?? []).filter((c) => c.partial).map((c) => c.year));
  const full = shares.filter((r) => !partial.has(r.year));
  const year = Math.max(...(full.length > 0 ? full : shares).map((r) => r.year));
  if (!Number.isFinite(year)) return undefined;
  return {
    year,
    shares: Object.fromEntries(
      q.vectors.map((v) => [v, shares.find((r) => r.year === year && r.vector === v)?.value ?? 0])
    )
  };
}

/**
 * The nowcast: the balance's latest structural year carried forward month by month by the event
 * dimension's change, to the latest event in the store, with its band.
 */
export async function measureNowcast(
  store: Store,
  raw: RawMeasureQuery,
  params: EvidenceParams = {}
): Promise<EvidenceOutput<Nowcast | null>> {
  // The structural period is the balance's (to defaults to its last year); the nowcast runs after it.
  const q = await resolveMeasureQuery(store, raw);
  const anchor = await structuralAnchor(store, q);
  if (!anchor)
    return {
      measure: "nowcast",
      query: q,
      items: [],
      warnings: [
        {
          code: "no_data",
          message: `No structural balance for "${q.focal}" up to ${q.to}: there is nothing to carry forward`,
          path: ["focal"]
        }
      ],
      detail: null
    };
  const latest = await store.events.latestEventDate();
  const to = latest ?? `${anchor.year}-12-31`;
  const {counterparts, attribute} = await eventAttribution(store, q);
  const d = eventDimension(
    attribute(await store.events.eventMonths({...clusterQuery(store, q, params, {to}), vectors: counterparts})),
    {focal: q.focal, vectors: q.vectors}
  );
  const n = nowcast(d.months, {
    focal: q.focal,
    anchor,
    ...(params.eventWeight !== undefined ? {eventWeight: params.eventWeight} : {}),
    ...(params.window !== undefined ? {window: params.window} : {}),
    ...(params.z !== undefined ? {z: params.z} : {}),
    // The balance's rule: no figure moved by fewer clusters than events.min_clusters.
    minClusters: resolveParams(q.params)["events.min_clusters"] ?? 3
  });
  const out: EvidenceOutput<Nowcast | null> = {
    measure: "nowcast",
    query: {...q, from: anchor.year, to: Number((n.months.at(-1)?.month ?? String(anchor.year)).slice(0, 4))},
    items: nowcastRecords(n, q.focal),
    warnings: n.warnings,
    detail: n
  };
  if (q.explain) {
    const e = await clusterEvidence(store, q, params, {from: `${anchor.year + 1}-01-01`, to});
    out.evidence = e.evidence;
    out.warnings.push(...e.warnings);
  }
  return out;
}

/** Experts' stance by vector and quarter, from the stances read in ingested analyses, with the quotes. */
export async function measureDiscourse(store: Store, raw: RawMeasureQuery): Promise<EvidenceOutput<DiscourseCell[]>> {
  const q = await resolveMeasureQuery(store, raw);
  const members: Record<string, string[]> = {};
  for (const v of q.vectors) {
    const m = DEFAULT_BLOCS[v];
    if (m) members[v] = [...new Set(m.map((x) => x.member))];
  }
  const targets = [...new Set([...q.vectors, ...Object.values(members).flat()])];
  const stances = await store.documents.listStancesToward(targets);
  const cells = discourse(stances, {focal: q.focal, vectors: q.vectors, members});
  const warnings: Issue[] = [];
  const silent = q.vectors.filter((v) => !cells.some((c) => c.vector === v));
  if (silent.length > 0)
    warnings.push({
      code: "no_data",
      message: `No expert judgement about ${silent.join(", ")} in the stored documents: no discourse figure for ${silent.length === 1 ? "it" : "them"}`,
      path: ["vectors"]
    });
  return {measure: "discourse", query: q, items: discourseRecords(cells, q.focal), warnings, detail: cells};
}

/** The reports behind one event: the cluster it belongs to (or the event alone), with their documents. */
export interface EventClusterView {
  event: Event;
  cluster: {id: string; rule: string; from: string; to: string};
  reports: Event[];
  /** Distinct documents among the reports: the source each was read from and its own URL when it has one. */
  documents: {sourceId: string; url?: string; title?: string; publisher?: string; date?: string}[];
}

/** The cluster of reports behind an event (undefined when there is no event with this id). */
export async function eventCluster(store: Store, id: string): Promise<EventClusterView | undefined> {
  const [event] = await store.events.eventsByIds([id]);
  if (!event) return undefined;
  let cluster = {id: `report:${event.id}`, rule: "alone", from: event.date ?? "", to: event.date ?? ""};
  let ids = [event.id];
  if (event.date) {
    try {
      const found = (await store.events.listClusters({actor: event.source, from: event.date, to: event.date})).find(
        (c) => c.events.includes(event.id)
      );
      if (found) {
        cluster = {id: found.id, rule: found.rule, from: found.from, to: found.to};
        ids = found.events;
      }
    } catch (e) {
      // An events engine without the reader's clusters: the dyad-day rule.
      if (!(e instanceof IssueError)) throw e;
      const vector = event.source;
      ids = await store.events.clusterMembers(event.date, {focal: event.target, vector, date: event.date});
      cluster = {id: event.date, rule: "dyad-day", from: event.date, to: event.date};
    }
  }
  const reports = await store.events.eventsByIds(ids.slice(0, 200));
  const documents: EventClusterView["documents"] = [];
  const seen = new Set<string>();
  for (const r of reports) {
    const key = r.url ? `${r.sourceId}|${r.url}` : r.sourceId;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = await store.documents.getSourceRow(r.sourceId);
    documents.push({
      sourceId: r.sourceId,
      ...(r.url ? {url: r.url} : {}),
      ...(s?.title ? {title: String(s.title)} : {}),
      ...(s?.publisher ? {publisher: String(s.publisher)} : {}),
      ...(s?.date ? {date: String(s.date).slice(0, 10)} : {})
    });
  }
  return {event, cluster, reports, documents};
}
