/**
 * Clusters of reports: the reports (pack entries, coded article sentences, GDELT rows) of one
 * happening, counted once. Two rules, switched by `rule`:
 *
 * - "reader" (the default): the reader's clusters (src/read/cluster.ts: one dyad, one CAMEO root, a
 *   date window, shared wording); a report in no cluster is a happening of its own. The cluster is
 *   dated by its earliest report.
 * - "dyad-day": every report of the focal state and a vector on one day, whichever document it
 *   comes from, is taken as a report of the same happening (the rule used before the reader
 *   clustered reports; coarser: two happenings on one day merge).
 *
 * The store aggregates in SQL for speed; {@link clusterReports} defines the clusters and is checked
 * against it.
 *
 * @module
 */
import type {Event} from "../domain/index.js";

/**
 * What the clustering reads of one report: an {@link Event}'s fields (GDELT's NumSources and NumMentions
 * when present), dated, with the reader's cluster id when the report is in a cluster with others.
 */
export type EventReport = Pick<Event, "id" | "sourceId" | "source" | "target" | "goldstein"> &
  Partial<Pick<Event, "url" | "numSources" | "numMentions">> & {
    date: string;
    quad: number;
    cluster?: string;
  };

/** How reports are grouped into happenings. */
export type ClusterRule = "reader" | "dyad-day";

/** One cluster, as the event dimension reads it. */
export interface EventCluster {
  /** The vector (the other side of the dyad from the focal state). */
  vector: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Reports (event rows) in the cluster. */
  reports: number;
  /** Distinct documents among them (a report's url, else its source id). */
  documents: number;
  /** The largest GDELT NumSources among its rows (0 when none has one). */
  gdeltSources: number;
  /** The sum of GDELT NumMentions over its rows (0 when none has one). */
  mentions: number;
  /** Sum of the reports' Goldstein weights. */
  goldsteinSum: number;
  /** Reports per quad class 1–4. */
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  /** Up to a few report ids, for the explanation (the store lists the rest). */
  ids?: string[];
}

/** How a report's document is identified: its own URL when it has one, else the document it was read from. */
export function reportDocument(r: Pick<EventReport, "sourceId" | "url">): string {
  return r.url && r.url !== "" ? r.url : r.sourceId;
}

/**
 * Groups the reports between `focal` and each of `vectors` (either direction) into clusters: one
 * per vector and day. Reports of other dyads are ignored. Sorted by vector, then date.
 */
export function clusterReports(
  reports: readonly EventReport[],
  {
    focal,
    vectors,
    keepIds = 0,
    rule = "reader"
  }: {focal: string; vectors: readonly string[]; keepIds?: number; rule?: ClusterRule}
): EventCluster[] {
  const set = new Set(vectors);
  const clusters = new Map<string, EventCluster & {docs: Set<string>}>();
  for (const r of reports) {
    const vector =
      r.source === focal && set.has(r.target)
        ? r.target
        : r.target === focal && set.has(r.source)
          ? r.source
          : undefined;
    if (vector === undefined) continue;
    const key =
      rule === "dyad-day" ? `${vector}|${r.date}` : `${vector}|${r.cluster ?? `report:${r.id}:${r.sourceId}`}`;
    let c = clusters.get(key);
    if (!c) {
      c = {
        vector,
        date: r.date,
        reports: 0,
        documents: 0,
        gdeltSources: 0,
        mentions: 0,
        goldsteinSum: 0,
        quad1: 0,
        quad2: 0,
        quad3: 0,
        quad4: 0,
        docs: new Set(),
        ...(keepIds > 0 ? {ids: []} : {})
      };
      clusters.set(key, c);
    }
    if (r.date < c.date) c.date = r.date;
    c.reports += 1;
    c.docs.add(reportDocument(r));
    c.gdeltSources = Math.max(c.gdeltSources, r.numSources ?? 0);
    c.mentions += r.numMentions ?? 0;
    c.goldsteinSum += r.goldstein;
    if (r.quad === 1) c.quad1++;
    else if (r.quad === 2) c.quad2++;
    else if (r.quad === 3) c.quad3++;
    else c.quad4++;
    if (c.ids && c.ids.length < keepIds) c.ids.push(r.id);
  }
  return [...clusters.values()]
    .map(({docs, ...c}) => ({...c, documents: docs.size}))
    .sort((a, b) => a.vector.localeCompare(b.vector) || a.date.localeCompare(b.date));
}
