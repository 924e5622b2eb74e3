/**
 * Expert stance by vector: from the attributed stances read in analyses, per vector and quarter,
 * who said what about it, the balance of positive and negative judgements, and the quotes.
 *
 * - A judgement is positive when its polarity is > 0, negative when < 0 (0 is neutral: counted, not
 *   in the balance).
 * - balance = (positive − negative) / (positive + negative), −1 … +1; null when there is no signed
 *   judgement (no data is not zero).
 * - speakerMean: the mean over speakers of each speaker's mean polarity, so that one talkative
 *   speaker weighs as much as one terse one.
 * - The quarter is the publication date's (YYYY-Qn); a year-only document goes to its year ("2023", no quarter);
 *   documents without a date go to "undated".
 *
 * @module
 */
import type {MeasureRecord} from "./records.js";

/** What the discourse reads of a stance: the stance and its document's date and publisher. */
export interface DiscourseStance {
  id: string;
  sourceId: string;
  speaker: string;
  target: string;
  polarity: number;
  quote: string;
  /** The document's publication date (YYYY-MM-DD; YYYY-MM or YYYY for a month- or year-only document), when known. */
  date?: string;
  publisher?: string;
  title?: string;
}

export interface DiscourseOptions {
  focal: string;
  vectors: readonly string[];
  /** Other codes that count as a vector (a bloc's members, say): vector → codes. */
  members?: Readonly<Record<string, readonly string[]>>;
  /** Keep at most this many quotes per vector and quarter (most extreme first). Defaults to 20. */
  maxQuotes?: number;
}

/** One judgement behind a figure. */
export interface DiscourseQuote {
  stanceId: string;
  sourceId: string;
  speaker: string;
  target: string;
  polarity: number;
  quote: string;
  date?: string;
  publisher?: string;
}

/** One vector and quarter. */
export interface DiscourseCell {
  vector: string;
  /** YYYY-Qn, YYYY for year-only documents, or "undated". */
  quarter: string;
  positive: number;
  negative: number;
  neutral: number;
  balance: number | null;
  meanPolarity: number;
  speakerMean: number;
  speakers: {speaker: string; n: number; mean: number}[];
  quotes: DiscourseQuote[];
  /** Quotes left off by `maxQuotes`. */
  more: number;
}

/** The quarter of a date: "2023-Q2"; the year alone ("2023") for a year-only date; "undated" without a date. */
export function quarterOf(date: string | undefined): string {
  if (date && /^\d{4}$/.test(date)) return date;
  if (!date || !/^\d{4}-\d{2}/.test(date)) return "undated";
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Per vector and quarter: the judgements, their balance and the quotes behind it. Sorted by vector order, then quarter. */
export function discourse(stances: readonly DiscourseStance[], options: DiscourseOptions): DiscourseCell[] {
  const maxQuotes = options.maxQuotes ?? 20;
  const owner = new Map<string, string>();
  for (const v of options.vectors) {
    owner.set(v, v);
    for (const m of options.members?.[v] ?? []) if (!owner.has(m) && m !== options.focal) owner.set(m, v);
  }
  const cells = new Map<string, DiscourseQuote[]>();
  for (const s of stances) {
    const vector = owner.get(s.target);
    if (vector === undefined) continue;
    const key = `${vector}|${quarterOf(s.date)}`;
    (cells.get(key) ?? (cells.set(key, []), cells.get(key)!)).push({
      stanceId: s.id,
      sourceId: s.sourceId,
      speaker: s.speaker,
      target: s.target,
      polarity: s.polarity,
      quote: s.quote,
      ...(s.date ? {date: s.date} : {}),
      ...(s.publisher ? {publisher: s.publisher} : {})
    });
  }
  const out: DiscourseCell[] = [];
  for (const [key, qs] of cells) {
    const [vector, quarter] = key.split("|") as [string, string];
    const positive = qs.filter((q) => q.polarity > 0).length;
    const negative = qs.filter((q) => q.polarity < 0).length;
    const bySpeaker = new Map<string, number[]>();
    for (const q of qs)
      (bySpeaker.get(q.speaker) ?? (bySpeaker.set(q.speaker, []), bySpeaker.get(q.speaker)!)).push(q.polarity);
    const speakers = [...bySpeaker]
      .map(([speaker, ps]) => ({speaker, n: ps.length, mean: ps.reduce((a, b) => a + b, 0) / ps.length}))
      .sort((a, b) => b.n - a.n || a.speaker.localeCompare(b.speaker));
    const sorted = [...qs].sort(
      (a, b) => Math.abs(b.polarity) - Math.abs(a.polarity) || a.stanceId.localeCompare(b.stanceId)
    );
    out.push({
      vector,
      quarter,
      positive,
      negative,
      neutral: qs.length - positive - negative,
      balance: positive + negative > 0 ? (positive - negative) / (positive + negative) : null,
      meanPolarity: qs.reduce((a, q) => a + q.polarity, 0) / qs.length,
      speakerMean: speakers.reduce((a, s) => a + s.mean, 0) / speakers.length,
      speakers,
      quotes: sorted.slice(0, maxQuotes),
      more: Math.max(0, sorted.length - maxQuotes)
    });
  }
  const order = new Map(options.vectors.map((v, i) => [v, i]));
  return out.sort((a, b) => order.get(a.vector)! - order.get(b.vector)! || a.quarter.localeCompare(b.quarter));
}

/** The discourse as tidy records: balance, mean polarity and judgement count per vector and quarter. */
export function discourseRecords(cells: readonly DiscourseCell[], focal: string): MeasureRecord[] {
  const out: MeasureRecord[] = [];
  for (const c of cells) {
    const year = c.quarter === "undated" ? 0 : Number(c.quarter.slice(0, 4));
    const n = c.positive + c.negative + c.neutral;
    const base = {focal, vector: c.vector, year, quarter: c.quarter, dimension: "discourse", n};
    out.push({...base, measure: "stance_balance", value: c.balance});
    out.push({...base, measure: "stance_mean", value: c.meanPolarity});
    out.push({...base, measure: "stance_speaker_mean", value: c.speakerMean});
  }
  return out;
}
