/**
 * Clustering of reports: the same happening told by the pack's timeline, two articles and a GDELT row is
 * one happening, not four. Events join a cluster when they share the dyad (either direction for mutual
 * acts: consult, cooperate, fight), the CAMEO root and the modality, when their date windows overlap, and,
 * when both carry words (a sentence or a label), when those words overlap enough. Pure: events in, clusters out.
 *
 * @module
 * @example
 * ```ts
 * const clusters = clusterEvents(events); // [{id: "c:pack:cau-launched", events: [...], sources: [...], ...}]
 * ```
 */
import type {Cluster, Event} from "../domain/index.js";

/** What clustering reads of an event. */
export type ClusterableEvent = Pick<Event, "id" | "sourceId" | "source" | "target" | "code"> &
  Partial<Pick<Event, "date" | "precision" | "sentence" | "label">> & {
    modality?: string;
  };

/** The parameters of {@link clusterEvents} (documented in docs/reading.md, "Clusters"). */
export interface ClusterOptions {
  /** Days either side of a day-precise date within which two reports may be one happening. Default 3. */
  windowDays: number;
  /** Days before an article's date that an event dated by the article (no date of its own) may lie. Default 31. */
  articleDays: number;
  /**
   * Least share of shared content words (Jaccard, actor names and stop words left out) between two reports that
   * both carry words. Default 0.12. Reports without words (GDELT rows) join on dyad, root and window alone.
   */
  minWordOverlap: number;
  /** CAMEO roots read as mutual (either direction is the same happening): consult, cooperate, fight. */
  mutualRoots: readonly string[];
}

export const CLUSTER_DEFAULTS: ClusterOptions = {
  windowDays: 3,
  articleDays: 31,
  minWordOverlap: 0.12,
  mutualRoots: ["03", "04", "05", "06", "19"]
};

const DAY = 86_400_000;

function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
}

/** The days (inclusive, as day numbers) an event's report may refer to, from its date and precision. */
export function dateWindow(e: ClusterableEvent, o: ClusterOptions = CLUSTER_DEFAULTS): [number, number] | undefined {
  if (!e.date) return undefined;
  const d = dayOf(e.date);
  const y = Number(e.date.slice(0, 4)),
    m = Number(e.date.slice(5, 7));
  switch (e.precision ?? "day") {
    case "month":
      return [Date.UTC(y, m - 1, 1) / DAY, Date.UTC(y, m, 0) / DAY];
    case "year":
      return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
    case "article":
      return [d - o.articleDays, d];
    case "unknown":
      return undefined;
    default:
      return [d - o.windowDays, d + o.windowDays];
  }
}

const STOP = new Set(
  "the and for with that this from have has had was were will would been into over also their they them its his her said says about after before between during which while where when than then there these those other such more most some many much very just only under upon again against toward towards within without".split(
    " "
  )
);

/** Content words of a report (lower case, four letters or more, no stop words). */
export function contentWords(text: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? []) if (!STOP.has(w)) out.add(w.slice(0, 7));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / (a.size + b.size - n);
}

/**
 * Groups reports of one happening. Returns the clusters of two or more events (an event alone is its own
 * happening and needs no record), each with the earliest member first; ids are "c:" + that member's id.
 */
export function clusterEvents(events: readonly ClusterableEvent[], options: Partial<ClusterOptions> = {}): Cluster[] {
  const o = {...CLUSTER_DEFAULTS, ...options};
  const mutual = new Set(o.mutualRoots);
  // Candidates: dated events, grouped by modality, root and dyad (unordered for mutual roots).
  const groups = new Map<string, {e: ClusterableEvent; w: [number, number]; words: Set<string>; wid: number}[]>();
  // Each distinct set of words by a number, and whether two of them overlap enough, compared once per pair of sets
  // (copies and rewrites of one report carry the same words: the pairs of a large group are mostly repeats).
  const wordIds = new Map<string, number>();
  const near = new Map<number, boolean>();
  for (const e of events) {
    const w = dateWindow(e, o);
    if (!w || e.source === e.target) continue;
    const root = e.code.slice(0, 2);
    const pair = mutual.has(root) ? [e.source, e.target].sort().join("|") : `${e.source}>${e.target}`;
    const key = `${e.modality ?? "asserted"}|${root}|${pair}`;
    const list = groups.get(key) ?? [];
    const words = stripActors(contentWords(e.sentence ?? e.label), e);
    const wordKey = [...words].sort().join(" ");
    let wid = wordIds.get(wordKey);
    if (wid === undefined) wordIds.set(wordKey, (wid = wordIds.size));
    list.push({e, w, words, wid});
    groups.set(key, list);
  }
  const out: Cluster[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.w[0] - b.w[0] || a.e.id.localeCompare(b.e.id));
    const n = list.length;
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    // Why each root (at the time) was joined: 0 not, DYAD by dyad, root and window, WORDED by wording too.
    const why = new Uint8Array(n);
    // (The fields the sweep reads, one array each: the events come in several shapes, read back and in hand, which
    // made every field read in the loop a slow one; most pairs of a large group are skipped after three of them.)
    const from = list.map((x) => x.w[0]),
      to = list.map((x) => x.w[1]),
      worded = list.map((x) => x.words.size > 0),
      year = list.map((x) => x.e.precision === "year"),
      sentence = list.map((x) => x.e.sentence),
      sourceId = list.map((x) => x.e.sourceId),
      wid = list.map((x) => x.wid);
    // Sweep by window start: only windows that overlap are compared.
    for (let i = 0; i < n; ++i) {
      const said = sentence[i],
        by = sourceId[i];
      for (let j = i + 1; j < n && from[j]! <= to[i]!; ++j) {
        // One sentence coded twice (two verbs) is one report, not two.
        if (said !== undefined && by === sourceId[j] && said === sentence[j]) continue;
        const both = worded[i]! && worded[j]!;
        const ra = find(i),
          rb = find(j);
        // (Two reports already in one cluster whose root is already joined by wording: the pair would change
        // nothing, so its words are not compared. Many copies of one report make this most pairs.)
        if (ra === rb && both && why[ra] === WORDED) continue;
        // A year-precise report names no particular happening unless its words say which.
        if (both || year[i]! || year[j]!) {
          const x = wid[i]!,
            y = wid[j]!;
          const pair = x < y ? x * 2 ** 26 + y : y * 2 ** 26 + x;
          let close = near.get(pair);
          if (close === undefined)
            near.set(pair, (close = jaccard(list[i]!.words, list[j]!.words) >= o.minWordOverlap));
          if (!close) continue;
        }
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        why[Math.min(ra, rb)] = both ? WORDED : DYAD;
      }
    }
    const members = new Map<number, number[]>();
    list.forEach((_, i) => {
      const r = find(i);
      const at = members.get(r);
      if (at) at.push(i);
      else members.set(r, [i]);
    });
    for (const [r, idx] of members) {
      if (idx.length < 2) continue;
      const ms = idx
        .map((i) => list[i]!.e)
        .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id.localeCompare(b.id)));
      const first = ms[0]!;
      out.push({
        id: `c:${first.id}`,
        source: first.source,
        target: first.target,
        root: first.code.slice(0, 2),
        from: first.date!,
        to: ms.reduce((m, e) => (e.date! > m ? e.date! : m), first.date!),
        events: ms.map((e) => e.id),
        sources: [...new Set(ms.map((e) => e.sourceId))],
        rule: idx.some((i) => why[i] === WORDED) || why[r] === WORDED ? "dyad+root+window+wording" : "dyad+root+window"
      });
    }
  }
  return out.sort((a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id));
}

/** How a report joined its cluster (see the sweep in {@link clusterEvents}). */
const DYAD = 1,
  WORDED = 2;

/** Leaves the actors' own codes out of the words (they are the dyad, already shared). */
function stripActors(words: Set<string>, e: ClusterableEvent): Set<string> {
  for (const c of [e.source, e.target]) words.delete(c.toLowerCase());
  return words;
}
