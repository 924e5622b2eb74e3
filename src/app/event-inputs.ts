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
  EVENT_DIMENSION_DEFAULTS,
  PARAMETER_SPECS,
  resolveParams,
  type BalanceEvents,
  type Evidence,
  type EventMonthAggregate
} from "../measure/index.js";
import type {EventClusterQuery, Store} from "../store/index.js";
import type {EvidenceParams} from "./evidence.js";
import type {MeasureQuery} from "./measures.js";

/** Most clusters listed one by one in an explanation (the rest are counted in a warning). */
const MAX_EXPLAINED = 500;

/** The clusters behind the event dimension, each with its reports and documents, as evidence. */
export async function clusterEvidence(
  store: Store,
  q: MeasureQuery,
  params: EvidenceParams,
  period: {from: string; to: string}
): Promise<{evidence: Evidence[]; warnings: Issue[]}> {
  const {rows, total} = await store.events.eventClusterList(clusterQuery(store, q, params, period), MAX_EXPLAINED);
  const evidence: Evidence[] = [];
  for (const c of rows) {
    const ids = await store.events.clusterMembers(c.key, {focal: q.focal, vector: c.vector, date: c.date});
    const reports = await store.events.eventsByIds(ids.slice(0, 50));
    const docs = [...new Set(reports.map((e) => (e.url ? e.url : e.sourceId)))];
    const mean = c.goldsteinSum / c.reports;
    evidence.push({
      vector: c.vector,
      year: Number(c.date.slice(0, 4)),
      month: c.date.slice(0, 7),
      kind: "event",
      ref: c.key.startsWith("report:") ? c.key : `cluster:${c.key}`,
      source: docs.join(" "),
      value: mean,
      dimension: "events",
      detail:
        `${c.date} ${q.focal}–${c.vector}: ${c.reports} report${c.reports === 1 ? "" : "s"} in ${c.documents} document${c.documents === 1 ? "" : "s"}, ` +
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
  q: Pick<MeasureQuery, "focal" | "vectors" | "from" | "to" | "params" | "sensitivity">
): Promise<BalanceEvents> {
  const params = resolveParams(q.params);
  const mu = params["events.mention_weight"] ?? EVENT_DIMENSION_DEFAULTS.mentionWeight;
  const spec = PARAMETER_SPECS.find((s) => s.name === "events.mention_weight")!;
  const weights = [...new Set(q.sensitivity ? [mu, spec.min, spec.max] : [mu])];
  const rule = "reader" as const;
  const byMentionWeight = new Map<number, readonly EventMonthAggregate[]>();
  for (const mentionWeight of weights)
    byMentionWeight.set(
      mentionWeight,
      await store.events.eventMonths(
        clusterQuery(store, q as MeasureQuery, {mentionWeight}, {from: `${q.from}-01-01`, to: `${q.to}-12-31`})
      )
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
