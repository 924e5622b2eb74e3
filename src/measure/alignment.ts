/**
 * Alignment from UN General Assembly roll calls: per year (and per issue tag) between the focal
 * state and each vector, the agreement on the three-point scale, the share of identical votes, the
 * Signorino–Ritter S-score and Cohen's κ.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import {blocMembersAt, DEFAULT_BLOCS, type Blocs} from "./blocs.js";
import {yearRanges, yearsBetween, type Evidence, type MeasureRecord, type MeasureResult} from "./records.js";

/** A vote as stored: 1 yes, 2 abstain, 3 no (Voeten's coding). */
export interface Vote {
  rcid: number;
  year: number;
  /** YYYY-MM-DD of the roll call (for bloc membership). */
  date: string;
  country: string;
  vote: number;
}

/** Options for {@link alignment}. */
export interface AlignmentOptions {
  focal: string;
  vectors: readonly string[];
  from: number;
  to: number;
  /** Issue tags per roll call; when given, figures per issue are added. Defaults to none. */
  issues?: readonly {rcid: number; issue: string}[];
  /** Vectors that are blocs, with their members over time. Defaults to {@link DEFAULT_BLOCS} (the EU). */
  blocs?: Blocs;
  /** Return the roll calls behind each figure. Defaults to false. */
  explain?: boolean;
  /** Fewer jointly voted roll calls than this in a year: the year's figures are null, with a warning. Defaults to 10 (parameter alignment.min_n). */
  minN?: number;
  /** UN ideal points (Bailey, Strezhnev & Voeten) per country and year, for the distance series. */
  idealPoints?: readonly IdealPoint[];
}

/** A country's UN ideal point in a year, with the number of votes behind it. */
export interface IdealPoint {
  country: string;
  year: number;
  value: number;
  n: number;
  source?: string;
}

/** The alignment measures, in the order they are reported. */
export const ALIGNMENT_MEASURES = ["agreement", "identical", "s_score", "kappa"] as const;

/** Position on the three-point scale: yes 1, abstain 0.5, no 0. */
export function votePosition(vote: number): number {
  return vote === 1 ? 1 : vote === 2 ? 0.5 : 0;
}

const LABEL = ["", "yes", "abstain", "no"];

/** The category (0 yes, 1 abstain, 2 no) nearest to a position; halfway points go to abstain. */
function category(position: number): number {
  return position > 0.75 ? 0 : position < 0.25 ? 2 : 1;
}

interface Tally {
  n: number;
  agree: number;
  same: number;
  a: [number, number, number];
  b: [number, number, number];
}

function tally(): Tally {
  return {n: 0, agree: 0, same: 0, a: [0, 0, 0], b: [0, 0, 0]};
}

function add(t: Tally, pa: number, pb: number): void {
  const ca = category(pa);
  const cb = category(pb);
  t.n += 1;
  t.agree += 1 - Math.abs(pa - pb);
  if (ca === cb) t.same += 1;
  t.a[ca] = t.a[ca]! + 1;
  t.b[cb] = t.b[cb]! + 1;
}

/** The four measures of a tally (null when empty; κ null when chance agreement is 1). */
function measuresOf(t: Tally): Record<(typeof ALIGNMENT_MEASURES)[number], number | null> {
  if (t.n === 0) return {agreement: null, identical: null, s_score: null, kappa: null};
  const agreement = t.agree / t.n;
  const identical = t.same / t.n;
  let pe = 0;
  for (let k = 0; k < 3; ++k) pe += (t.a[k]! / t.n) * (t.b[k]! / t.n);
  // Signorino & Ritter (1999) S = 1 − 2·d/d_max with d the mean absolute distance; d_max = 1 on this scale.
  return {agreement, identical, s_score: 1 - 2 * (1 - agreement), kappa: pe < 1 ? (identical - pe) / (1 - pe) : null};
}

/**
 * Computes the alignment of `focal` with each vector from roll-call votes. A bloc's position on a
 * roll call is the mean position of its members at that date that voted (and its category the one
 * nearest that mean); a roll call counts when the focal state and the vector both voted.
 */
export function alignment(votes: readonly Vote[], options: AlignmentOptions): MeasureResult {
  const {focal, vectors, from, to, explain = false} = options;
  const blocs = options.blocs ?? DEFAULT_BLOCS;
  const minN = options.minN ?? 10;
  // Roll calls are keyed on rcid and date: the Voeten data reuse a few rcids for votes decades apart.
  const byRc = new Map<string, {rcid: number; year: number; date: string; votes: Map<string, number>}>();
  for (const v of votes) {
    if (v.year < from || v.year > to) continue;
    const key = `${v.rcid}|${v.date}`;
    let rc = byRc.get(key);
    if (!rc) byRc.set(key, (rc = {rcid: v.rcid, year: v.year, date: v.date, votes: new Map()}));
    rc.votes.set(v.country, v.vote);
  }
  const issuesOf = new Map<number, string[]>();
  for (const i of options.issues ?? []) {
    const list = issuesOf.get(i.rcid);
    if (list) list.push(i.issue);
    else issuesOf.set(i.rcid, [i.issue]);
  }
  const tallies = new Map<string, Tally>(); // key: vector|year|issue ("" for all)
  const evidence: Evidence[] = [];
  const get = (key: string) => tallies.get(key) ?? (tallies.set(key, tally()), tallies.get(key)!);
  for (const rc of [...byRc.values()].sort((a, b) => a.rcid - b.rcid || a.date.localeCompare(b.date))) {
    const rcid = rc.rcid;
    const fv = rc.votes.get(focal);
    if (fv === undefined) continue;
    const pa = votePosition(fv);
    for (const vector of vectors) {
      const pb = positionOf(vector, rc, blocs, focal);
      if (pb === undefined) continue;
      add(get(`${vector}|${rc.year}|`), pa, pb);
      for (const issue of issuesOf.get(rcid) ?? []) add(get(`${vector}|${rc.year}|${issue}`), pa, pb);
      if (explain) {
        const vb = rc.votes.get(vector);
        evidence.push({
          vector,
          year: rc.year,
          kind: "vote",
          ref: `unvotes:rcid=${rcid}`,
          source: "dataset:unvotes",
          value: 1 - Math.abs(pa - pb),
          detail: `${rc.date}: ${focal} ${LABEL[fv]}, ${vector} ${vb !== undefined ? LABEL[vb] : `members' mean ${round(pb)}`}: agreement ${round(1 - Math.abs(pa - pb))}`
        });
      }
    }
  }
  const records: MeasureRecord[] = [];
  const warnings: Issue[] = [];
  const issueTags = [...new Set((options.issues ?? []).map((i) => i.issue))].sort();
  for (const vector of vectors) {
    const empty: number[] = [];
    const few: number[] = [];
    for (const year of yearsBetween(from, to)) {
      const t = tallies.get(`${vector}|${year}|`) ?? tally();
      if (t.n === 0) empty.push(year);
      else if (t.n < minN) few.push(year);
      const m = t.n < minN ? measuresOf(tally()) : measuresOf(t);
      for (const measure of ALIGNMENT_MEASURES) records.push({focal, vector, year, measure, value: m[measure], n: t.n});
      for (const issue of issueTags) {
        const ti = tallies.get(`${vector}|${year}|${issue}`);
        if (!ti) continue;
        const mi = measuresOf(ti.n < minN ? tally() : ti);
        for (const measure of ALIGNMENT_MEASURES)
          records.push({focal, vector, year, measure, value: mi[measure], issue, n: ti.n});
      }
    }
    if (empty.length > 0) {
      warnings.push({
        code: "no_data",
        message: `No UN roll calls in which "${focal}" and "${vector}" both voted in ${yearRanges(empty)}: values are null`,
        path: ["vectors", vector]
      });
    }
    if (few.length > 0) {
      warnings.push({
        code: "few_votes",
        message: `Fewer than ${minN} UN roll calls in which "${focal}" and "${vector}" both voted in ${yearRanges(few)} (alignment.min_n): values are null`,
        path: ["vectors", vector]
      });
    }
  }
  if (options.idealPoints) records.push(...idealPointRecords(options.idealPoints, options, blocs, minN, warnings));
  return explain ? {records, warnings, evidence} : {records, warnings};
}

/**
 * The ideal-point distance |x(focal) − x(vector)| per year (a bloc's point is its members' mean at the
 * end of the year), and its change from the year before (for the first year, from the year before the
 * window when its points are given). Ideal points resting on fewer than `minN` votes are left out (null).
 */
function idealPointRecords(
  points: readonly IdealPoint[],
  options: AlignmentOptions,
  blocs: Blocs,
  minN: number,
  warnings: Issue[]
): MeasureRecord[] {
  const {focal, vectors, from, to} = options;
  const at = new Map<string, IdealPoint>();
  for (const p of points) at.set(`${p.country}|${p.year}`, p);
  const pointOf = (country: string, year: number): number | undefined => {
    const p = at.get(`${country}|${year}`);
    if (p && p.n >= minN) return p.value;
    const members = blocs[country];
    if (!members || p) return undefined;
    const xs = blocMembersAt(members, `${year}-12-31`)
      .filter((m) => m !== focal)
      .map((m) => at.get(`${m}|${year}`))
      .filter((q): q is IdealPoint => q !== undefined && q.n >= minN)
      .map((q) => q.value);
    return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : undefined;
  };
  const out: MeasureRecord[] = [];
  for (const vector of vectors) {
    // The change of the window's first year is from the year before it, when the points are given.
    const a0 = pointOf(focal, from - 1);
    const b0 = pointOf(vector, from - 1);
    let prev: number | null = a0 !== undefined && b0 !== undefined ? Math.abs(a0 - b0) : null;
    const empty: number[] = [];
    for (const year of yearsBetween(from, to)) {
      const a = pointOf(focal, year);
      const b = pointOf(vector, year);
      const d = a !== undefined && b !== undefined ? Math.abs(a - b) : null;
      if (d === null) empty.push(year);
      const n = at.get(`${focal}|${year}`)?.n;
      out.push({focal, vector, year, measure: "idealpoint_distance", value: d, ...(n !== undefined ? {n} : {})});
      out.push({
        focal,
        vector,
        year,
        measure: "idealpoint_distance_change",
        value: d !== null && prev !== null ? d - prev : null
      });
      prev = d;
    }
    if (empty.length)
      warnings.push({
        code: "no_data",
        message: `No UN ideal points (with at least ${minN} votes) for "${focal}" and "${vector}" in ${yearRanges(empty)}: distances are null`,
        path: ["vectors", vector]
      });
  }
  return out;
}

/** The vector's position on a roll call: its own vote, or its members' mean at that date; undefined if none voted. */
function positionOf(
  vector: string,
  rc: {date: string; votes: Map<string, number>},
  blocs: Blocs,
  focal: string
): number | undefined {
  const members = blocs[vector];
  if (!members) {
    const v = rc.votes.get(vector);
    return v === undefined ? undefined : votePosition(v);
  }
  let sum = 0;
  let n = 0;
  for (const m of blocMembersAt(members, rc.date)) {
    if (m === focal) continue;
    const v = rc.votes.get(m);
    if (v === undefined) continue;
    sum += votePosition(v);
    n += 1;
  }
  return n === 0 ? undefined : sum / n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
