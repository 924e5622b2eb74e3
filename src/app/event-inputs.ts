/**
 * What the event dimension reads from the store, shared by `measure events|nowcast` and the balance
 * with `--dimensions …,events`: the store's query (rule, mention weight), the monthly sums for each
 * mention weight the balance needs, and the clusters behind the figures with their reports and
 * documents, as evidence.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import {
  attributeEventMonths,
  EVENT_DIMENSION_DEFAULTS,
  eventCounterparts,
  PARAMETER_SPECS,
  resolveParams,
  eventParts,
  type BalanceEvents,
  type EventPart,
  type Evidence,
  type EventMonthAggregate
} from "../measure/index.js";
import type {EventClusterQuery, Store} from "../store/index.js";
import type {EvidenceParams} from "./evidence.js";
import {blocsOf} from "./measure-panel.js";
import {loadMembershipSpans, type MeasureQuery} from "./measures.js";

/**
 * Who an event's counterpart stands for (src/measure/event-attribution.ts): the vectors, their blocs'
 * members (dated or fixed, as the query says) and the organizations some vectors belong to. `counterparts`
 * are the codes the store is asked for; `attribute` folds its monthly sums into the vectors'.
 */
export async function eventAttribution(
  store: Store,
  q: Pick<MeasureQuery, "focal" | "vectors" | "params" | "blocComposition">
): Promise<{
  counterparts: string[];
  attribute: (rows: readonly EventMonthAggregate[]) => EventMonthAggregate[];
  parts: (counterpart: string, month: string) => EventPart[];
}> {
  const blocs = blocsOf(q.blocComposition);
  const memberships = await loadMembershipSpans(store);
  const share = resolveParams(q.params)["events.organization_share"] ?? 1;
  const options = {focal: q.focal, vectors: q.vectors, blocs, memberships, share};
  return {
    counterparts: eventCounterparts(q.focal, q.vectors, blocs, memberships),
    attribute: (rows) => attributeEventMonths(rows, options),
    parts: (counterpart, month) => eventParts(counterpart, month, options)
  };
}

/** Most clusters listed one by one in an explanation (the rest are counted in a warning). */
const MAX_EXPLAINED = 500;

/** The clusters behind the event dimension, each with its reports and documents, as evidence. */
export async function clusterEvidence(
  store: Store,
  q: MeasureQuery,
  params: EvidenceParams,
  period: {from: string; to: string}
): Promise<{evidence: Evidence[]; warnings: Issue[]}> {
  const {counterparts, parts} = await eventAttribution(store, q);
  const {rows, total} = await store.events.eventClusterList(
    {...clusterQuery(store, q, params, period), vectors: counterparts},
    MAX_EXPLAINED
  );
  const evidence: Evidence[] = [];
  for (const c of rows) {
    const ids = await store.events.clusterMembers(c.key, {focal: q.focal, vector: c.vector, date: c.date});
    const reports = await store.events.eventsByIds(ids.slice(0, 50));
    const docs = [...new Set(reports.map((e) => (e.url ? e.url : e.sourceId)))];
    const mean = c.goldsteinSum / c.reports;
    // One entry per vector the cluster counts for: a bloc's member or an organization names the vector and the share.
    const counted = parts(c.vector, c.date.slice(0, 7));
    const via = (p: EventPart) =>
      p.via === "vector"
        ? ""
        : p.via === "member"
          ? ` (counts for ${q.vectors[p.vector]}: ${c.vector} is a member)`
          : ` (counts for ${q.vectors[p.vector]} × ${+p.factor.toFixed(4)}: ${c.vector}, an organization it belongs to)`;
    // A cluster that counts for no vector (an organization all of them belong to) is behind no figure.
    for (const p of counted)
      evidence.push({
        vector: q.vectors[p.vector]!,
        year: Number(c.date.slice(0, 4)),
        month: c.date.slice(0, 7),
        kind: "event",
        ref: c.key.startsWith("report:") ? c.key : `cluster:${c.key}`,
        source: docs.join(" "),
        value: mean,
        dimension: "events",
        detail:
          `${c.date} ${q.focal}–${c.vector}${via(p)}: ${c.reports} report${c.reports === 1 ? "" : "s"} in ${c.documents} document${c.documents === 1 ? "" : "s"}, ` +
          `mean Goldstein ${mean.toFixed(2)}: ` +
          reports
            .map(
              (e) =>
                `${e.id} ${e.source}→${e.target} CAMEO ${e.code}${e.sentence ? ` "${e.sentence.slice(0, 160)}"` : ""}`
            )
            .join("; ")
      });
  }
  const warnings: Issue[] =
    total > MAX_EXPLAINED
      ? [
          {
            code: "evidence_truncated",
            message: `Listed ${MAX_EXPLAINED} of ${total} clusters: narrow the period or the vectors to see the rest`,
            path: ["explain"]
          }
        ]
      : [];
  return {evidence, warnings};
}

/**
 * The store's query for the event dimension: the reader's clusters unless the parameters say otherwise
 * (every events engine keeps them beside its events).
 */
export function clusterQuery(
  store: Store,
  q: MeasureQuery,
  params: EvidenceParams,
  period: {from?: string; to?: string}
): EventClusterQuery {
  return {
    focal: q.focal,
    vectors: q.vectors,
    ...period,
    rule: params.clusterRule ?? "reader",
    mentionWeight: params.mentionWeight ?? EVENT_DIMENSION_DEFAULTS.mentionWeight
  };
}

/** The balance's event inputs for a query: the monthly sums at the mention weight in use and, with the sensitivity, at the ends of its range. */
export async function loadBalanceEvents(
  store: Store,
  q: Pick<MeasureQuery, "focal" | "vectors" | "from" | "to" | "params" | "sensitivity" | "blocComposition">
): Promise<BalanceEvents> {
  // The balance's events block attributes the counterparts itself (the sensitivity moves the share).
  const {counterparts} = await eventAttribution(store, q);
  const params = resolveParams(q.params);
  const mu = params["events.mention_weight"] ?? EVENT_DIMENSION_DEFAULTS.mentionWeight;
  const spec = PARAMETER_SPECS.find((s) => s.name === "events.mention_weight")!;
  const weights = [...new Set(q.sensitivity ? [mu, spec.min, spec.max] : [mu])];
  const rule = "reader" as const;
  const byMentionWeight = new Map<number, readonly EventMonthAggregate[]>();
  for (const mentionWeight of weights)
    byMentionWeight.set(
      mentionWeight,
      await store.events.eventMonths({
        ...clusterQuery(store, q as MeasureQuery, {mentionWeight}, {from: `${q.from}-01-01`, to: `${q.to}-12-31`}),
        vectors: counterparts
      })
    );
  return {byMentionWeight, rule};
}

/** The clusters behind the balance's event dimension (the evidence of `--explain`). */
export async function balanceEventEvidence(
  store: Store,
  q: MeasureQuery
): Promise<{evidence: Evidence[]; warnings: Issue[]}> {
  const mentionWeight = resolveParams(q.params)["events.mention_weight"];
  return clusterEvidence(store, q, mentionWeight !== undefined ? {mentionWeight} : {}, {
    from: `${q.from}-01-01`,
    to: `${q.to}-12-31`
  });
}
