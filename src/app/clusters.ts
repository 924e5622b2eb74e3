/**
 * Keeps the store's clusters of reports up to date: after documents are stored, their events and the stored
 * events of the same dyads around the same dates (the pack's timeline, other articles, GDELT rows) are
 * clustered again ({@link clusterEvents}) and the clusters recorded.
 *
 * @module
 */
import type {Cluster, Event} from "../domain/index.js";
import {CLUSTER_DEFAULTS, clusterEvents, type ClusterableEvent, type ClusterOptions} from "../read/cluster.js";
import type {Store} from "../store/index.js";

/**
 * Re-clusters the events of these sources with their stored neighbours; returns the clusters that involve them.
 * `stored`: the events of these sources as they were just stored (the ingest has them), instead of reading them
 * back: neither one query per source nor among the candidates (where a batch's own events were most of the rows).
 */
export async function clusterAround(
  store: Store,
  sourceIds: readonly string[],
  options: Partial<ClusterOptions> = {},
  stored?: readonly ClusterableEvent[]
): Promise<Cluster[]> {
  const o = {...CLUSTER_DEFAULTS, ...options};
  const own =
    stored ?? (await Promise.all(sourceIds.map((id) => store.events.listEvents({sourceId: id, limit: 100000})))).flat();
  const dated = own.filter((e) => e.date);
  if (dated.length === 0) return [];
  const dyads = new Map<string, readonly [string, string]>();
  for (const e of dated) {
    const pair = [e.source, e.target].sort() as [string, string];
    dyads.set(pair.join("|"), pair);
  }
  const dates = dated.map((e) => e.date!).sort();
  // A year-precise date may reach to the year's end; an article-dated one a month back.
  const pad = Math.max(o.windowDays, o.articleDays) + 366;
  const range = {from: dates[0]!, to: dates.at(-1)!, pad};
  const mine = new Set(own.map((e) => e.id));
  // The events in hand are candidates as they are (each is dated, of one of the dyads, inside the range); the store
  // gives the others. Clustering does not depend on the order of its input.
  const candidates: ClusterableEvent[] = stored
    ? [
        ...dated,
        ...(await store.events.clusterCandidates([...dyads.values()], {...range, exceptSources: sourceIds})).filter(
          (e) => !mine.has(e.id)
        )
      ]
    : await store.events.clusterCandidates([...dyads.values()], range);
  const clusters = clusterEvents(candidates, o);
  await store.transaction(() =>
    store.events.putClusters(
      candidates.map((e) => e.id),
      clusters
    )
  );
  return clusters.filter((c) => c.events.some((id) => mine.has(id)));
}
