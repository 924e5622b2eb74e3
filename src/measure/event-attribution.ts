/**
 * Which vector an event's counterpart stands for, by the same rules as the structural dimensions:
 *
 * - a vector itself (RUS, or the EU's own institutions for the EU);
 * - a member state of a bloc vector on the event's date (DEU → EU), the bloc's dated or fixed
 *   composition as everywhere else (`--bloc-composition`);
 * - an organization (CSTO, SCO, EAEU, OTS, NATO …) whose full members (founders and members, not
 *   observers or partners) on that date include some of the vectors but not all: its events count for
 *   those member vectors, split equally, times `events.organization_share`. An interaction through the
 *   CSTO is a tie through an organization shared with Russia, as the institutions and defence-organization
 *   metrics count it; an organization every vector belongs to (the UN, the OSCE when all are in it)
 *   says nothing about the balance and is left out, as the institutions' exclusivity leaves it out.
 *
 * Every other counterpart is not one of the vectors and is not asked for.
 *
 * @module
 */
import {blocMembersAt, type Blocs} from "./blocs.js";
import type {EventMonthAggregate} from "./events-dimension.js";
import type {MembershipSpan} from "./influence.js";

/** One vector's part of an event with a counterpart. */
export interface EventPart {
  /** Index into the vectors. */
  vector: number;
  /** The part of the event's weight (1 for a vector or a bloc member; 1/k of the share for an organization of k vectors). */
  factor: number;
  via: "vector" | "member" | "organization";
}

const FULL = new Set(["member", "founder"]);

/** The counterparts of the focal state to ask the store for: the vectors, their blocs' members over time, and the organizations some vectors belong to. */
export function eventCounterparts(
  focal: string,
  vectors: readonly string[],
  blocs: Blocs,
  memberships: readonly MembershipSpan[]
): string[] {
  const out = new Set(vectors);
  for (const v of vectors) for (const m of blocs[v] ?? []) out.add(m.member);
  const vectorSet = new Set(vectors);
  const blocOf = new Map<string, string>();
  for (const v of vectors) for (const m of blocs[v] ?? []) blocOf.set(m.member, v);
  for (const s of memberships)
    if (FULL.has(s.role) && (vectorSet.has(s.actor) || blocOf.has(s.actor)) && !vectorSet.has(s.org)) out.add(s.org);
  out.delete(focal);
  return [...out].sort();
}

/** What attributing an event needs: the focal state, the vectors, the blocs' members, the memberships, the organization share. */
export interface AttributionOptions {
  focal: string;
  vectors: readonly string[];
  blocs: Blocs;
  memberships: readonly MembershipSpan[];
  share: number;
}

/** A vector's month with nothing counted yet. */
export function emptyEventMonth(vector: string, month: string): EventMonthAggregate {
  return {vector, month, clusters: 0, reports: 0, documents: 0, volume: 0, toneSum: 0, quadSum: [0, 0, 0, 0]};
}

/**
 * A counterpart's parts among the vectors in a month (YYYY-MM): dated on the month's 15th. `share` is
 * `events.organization_share` (0 leaves organizations' events out).
 */
export function eventParts(counterpart: string, month: string, options: AttributionOptions): EventPart[] {
  const {focal, vectors, blocs, memberships, share} = options;
  const k = vectors.indexOf(counterpart);
  if (k >= 0) return [{vector: k, factor: 1, via: "vector"}];
  const date = `${month}-15`;
  for (let j = 0; j < vectors.length; ++j) {
    const members = blocs[vectors[j]!];
    if (members && blocMembersAt(members, date).includes(counterpart)) return [{vector: j, factor: 1, via: "member"}];
  }
  if (share <= 0) return [];
  const inOrg = new Set(
    memberships
      .filter((s) => s.org === counterpart && FULL.has(s.role) && s.from <= date && (!s.to || date <= s.to))
      .map((s) => s.actor)
  );
  if (inOrg.size === 0) return [];
  const parts: number[] = [];
  vectors.forEach((v, j) => {
    if (v === focal) return;
    const members = blocs[v];
    if (inOrg.has(v) || (members && blocMembersAt(members, date).some((m) => inOrg.has(m)))) parts.push(j);
  });
  const others = vectors.filter((v) => v !== focal).length;
  if (parts.length === 0 || parts.length === others) return [];
  return parts.map((j) => ({vector: j, factor: share / parts.length, via: "organization" as const}));
}

/**
 * The store's monthly sums per counterpart folded into sums per vector by {@link eventParts} (volume,
 * tone and quad sums times each part's factor; clusters, reports and documents counted for each vector
 * the event reaches), for the monthly series and the nowcast: one rule with the balance's event dimension.
 */
export function attributeEventMonths(
  rows: readonly EventMonthAggregate[],
  options: AttributionOptions
): EventMonthAggregate[] {
  const cells = new Map<string, EventMonthAggregate>();
  for (const r of rows) {
    for (const p of eventParts(r.vector, r.month, options)) {
      const vector = options.vectors[p.vector]!;
      const key = `${r.month}|${vector}`;
      let c = cells.get(key);
      if (!c) cells.set(key, (c = emptyEventMonth(vector, r.month)));
      c.clusters += r.clusters;
      c.reports += r.reports;
      c.documents += r.documents;
      c.volume += p.factor * r.volume;
      c.toneSum += p.factor * r.toneSum;
      for (let q = 0; q < 4; ++q) c.quadSum[q]! += p.factor * r.quadSum[q]!;
    }
  }
  return [...cells.values()].sort((a, b) => a.month.localeCompare(b.month) || a.vector.localeCompare(b.vector));
}
