/**
 * The page-layout matrix's scoring (docs/layout-coverage.md): given a generated page (src/read/layout-coverage.ts)
 * and the reader's reading of it, whether the title, publisher, author and date are the page's, exactly as the
 * corpus's score_reader.py compares them (src/read/document-eval.ts's scoreDocuments for the stated fields; an author
 * given where the page names none is wrong too), whether any line of site chrome was read as a sentence of the body,
 * and whether the story's first sentence was read. Then the tables by part and form. Pure.
 *
 * @module
 */
import {normWs, scoreDocuments, type GoldDocument, type ReadingForEval} from "./document-eval.js";
import type {LayoutItem} from "./layout-coverage.js";

export const LAYOUT_FIELDS = ["title", "publisher", "author", "date"] as const;
export type LayoutField = (typeof LAYOUT_FIELDS)[number];

/** What the reader made of one page. */
export interface LayoutScore {
  item: LayoutItem;
  /** Each field right (the stated value exactly; null where the page states none). */
  right: Record<LayoutField, boolean>;
  /** What was read of each field. */
  read: Record<LayoutField, string | null>;
  /** Chrome lines read as sentences of the body. */
  chrome: string[];
  /** The story's first sentence was read. */
  lead: boolean;
}

/** Scores one page against its reading (undefined: the reader failed on it). */
export function scoreLayout(item: LayoutItem, reading: ReadingForEval | undefined): LayoutScore {
  const read = Object.fromEntries(LAYOUT_FIELDS.map((k) => [k, reading?.source[k] ?? null])) as LayoutScore["read"];
  const right = Object.fromEntries(LAYOUT_FIELDS.map((k) => [k, false])) as LayoutScore["right"];
  if (reading) {
    const gold: GoldDocument = {file: "x", metadata: item.expected, actors: [], events: [], claims: []};
    const s = scoreDocuments([gold], {x: item.text}, {x: reading});
    for (const k of LAYOUT_FIELDS)
      right[k] = item.expected[k] === null ? read[k] === null : s.metadata[k].hit === 1 && s.metadata[k].of === 1;
  }
  const sentences = (reading?.sentences ?? []).map((x) => normWs(x.text));
  const chrome = item.chrome.filter((c) => {
    const n = normWs(c);
    return n.length > 0 && sentences.some((t) => t.includes(n) || (n.includes(t) && t.length >= 12));
  });
  const lead = sentences.some((t) => t.includes(normWs(item.lead).slice(0, 60)));
  return {item, right, read, chrome, lead};
}

/** A row of a table: the pages in it and how many had each field right. */
export interface LayoutRow {
  key: string;
  pages: number;
  right: Record<LayoutField, number>;
  /** Pages with every field right. */
  all: number;
  /** Pages with a chrome line read as body. */
  chrome: number;
  /** Pages whose first sentence was lost. */
  leadLost: number;
}

/** Groups scored pages by `key` and sums each group. */
export function layoutRows(scores: readonly LayoutScore[], key: (s: LayoutScore) => string): LayoutRow[] {
  const rows = new Map<string, LayoutRow>();
  for (const s of scores) {
    const k = key(s);
    let r = rows.get(k);
    if (!r) {
      r = {key: k, pages: 0, right: {title: 0, publisher: 0, author: 0, date: 0}, all: 0, chrome: 0, leadLost: 0};
      rows.set(k, r);
    }
    r.pages++;
    for (const f of LAYOUT_FIELDS) if (s.right[f]) r.right[f]++;
    if (LAYOUT_FIELDS.every((f) => s.right[f])) r.all++;
    if (s.chrome.length) r.chrome++;
    if (!s.lead) r.leadLost++;
  }
  return [...rows.values()];
}

/** Pages right then and not now, and the reverse (the same generator: pages matched by id and text). */
export function compareLayouts(
  baseline: readonly LayoutScore[],
  now: readonly LayoutScore[]
): {lost: LayoutScore[]; gained: LayoutScore[]; unmatched: number} {
  const then = new Map(baseline.map((s) => [s.item.id, s]));
  const ok = (s: LayoutScore) => LAYOUT_FIELDS.every((f) => s.right[f]) && !s.chrome.length && s.lead;
  const out = {lost: [] as LayoutScore[], gained: [] as LayoutScore[], unmatched: 0};
  let matched = 0;
  for (const s of now) {
    const t = then.get(s.item.id);
    if (!t || t.item.text !== s.item.text) continue;
    matched++;
    if (ok(t) && !ok(s)) out.lost.push(s);
    if (!ok(t) && ok(s)) out.gained.push(s);
  }
  out.unmatched = baseline.length + now.length - 2 * matched;
  return out;
}
