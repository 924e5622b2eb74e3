/**
 * The structural measures (balance, influence) as pure functions of their inputs, and their answer for any
 * period cut from one computation over a wider one (the focal state's panel). Used by the measures use case
 * and by the measure workers, which keep a panel per query and answer each period from it.
 *
 * A panel answers a period exactly: the records, evidence and stability of a year do not depend on the
 * period asked (they are computed from the same ties with the same margins); warnings, breaks and coverage
 * do (a warning names the years of the period, the first year has no break), so they come from a run over
 * exactly the period without the sensitivity sweep and the evidence, the costly parts.
 * `test/measure-panel.test.ts` checks that the two give the same answer.
 *
 * @module
 */
import {
  balanceSeries,
  DEFAULT_BLOCS,
  EU_MEMBERS,
  influence,
  type BalanceEvents,
  type Blocs,
  type MeasureResult,
  type MembershipSpan,
  type TieIndex
} from "../measure/index.js";
import type {MeasureName, MeasureOutput, MeasureQuery} from "./measures.js";

/** The EU's 27 members since 2020-02-01, as members in every year ("fixed:EU27"). */
export const EU27_FIXED: Blocs = {
  EU: EU_MEMBERS.filter((m) => m.to === undefined).map((m) => ({member: m.member, from: "1900-01-01"}))
};

/** The blocs of a composition rule. */
export function blocsOf(composition: MeasureQuery["blocComposition"]): Blocs {
  return composition === "fixed:EU27" ? EU27_FIXED : DEFAULT_BLOCS;
}

/** The measures computed from the focal state's structural ties. */
export const STRUCTURAL_MEASURES = ["balance", "influence"] as const;
export type StructuralMeasure = (typeof STRUCTURAL_MEASURES)[number];

/** What a structural measure reads: the focal state's ties, indexed, and the memberships of organizations. */
export interface StructuralInputs {
  index: TieIndex;
  memberships: readonly MembershipSpan[];
  /** The event dimension's monthly sums (only when the query's balance rests on events). */
  events?: BalanceEvents;
}

/** Runs a structural measure over the query's period. */
export function computeStructural(name: StructuralMeasure, inputs: StructuralInputs, q: MeasureQuery): MeasureResult {
  const common = {
    focal: q.focal,
    vectors: q.vectors,
    from: q.from,
    to: q.to,
    explain: q.explain,
    params: q.params,
    blocs: blocsOf(q.blocComposition),
    memberships: [...inputs.memberships]
  };
  if (name === "influence") return influence(inputs.index, common);
  return balanceSeries(inputs.index, {
    ...common,
    ...(q.dimensions ? {dimensions: q.dimensions} : {}),
    ...(inputs.events ? {events: inputs.events} : {}),
    coverage: q.coverage,
    sensitivity: q.sensitivity,
    ...(q.triangle ? {triangle: q.triangle} : {})
  });
}

/** The period a panel covers for a query: `base` (the default period) widened to the query's. */
export function panelPeriod(q: MeasureQuery, base: {from: number; to: number}): {from: number; to: number} {
  return {from: Math.min(q.from, base.from), to: Math.max(q.to, base.to)};
}

/** The key of a query's panel: everything that changes an answer except the period. */
export function panelKey(name: StructuralMeasure, q: MeasureQuery, period: {from: number; to: number}): string {
  return JSON.stringify([
    name,
    q.focal,
    q.vectors,
    q.triangle ?? null,
    Object.entries(q.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    q.coverage,
    q.dimensions ?? null,
    q.blocComposition,
    q.sensitivity,
    q.explain,
    period.from,
    period.to
  ]);
}

/**
 * A query's answer from its panel (computed over a period that holds the query's) and an exact run over the
 * query's period without the sensitivity sweep and the evidence ({@link exactQuery}).
 */
export function fromPanel(panel: MeasureResult, exact: MeasureResult, q: MeasureQuery): MeasureResult {
  const inPeriod = (x: {year: number}) => x.year >= q.from && x.year <= q.to;
  return {
    records: panel.records.filter(inPeriod),
    warnings: exact.warnings,
    ...(panel.evidence ? {evidence: panel.evidence.filter(inPeriod)} : {}),
    ...(exact.coverage ? {coverage: exact.coverage} : {}),
    ...(exact.breaks ? {breaks: exact.breaks} : {}),
    ...(exact.parameters ? {parameters: exact.parameters} : {}),
    ...(panel.stability ? {stability: panel.stability.filter(inPeriod)} : {})
  };
}

/** The query of the exact run that goes with a panel: the same period, no sensitivity sweep, no evidence. */
export function exactQuery(q: MeasureQuery): MeasureQuery {
  return {...q, sensitivity: false, explain: false};
}

/** A measure's output from its result (evidence only when the query asked for it). */
export function output(name: MeasureName, query: MeasureQuery, r: MeasureResult): MeasureOutput {
  return {
    measure: name,
    query,
    items: r.records,
    warnings: r.warnings,
    ...(query.explain ? {evidence: r.evidence ?? []} : {}),
    ...(r.coverage ? {coverage: r.coverage} : {}),
    ...(r.breaks ? {breaks: r.breaks} : {}),
    ...(r.parameters ? {parameters: r.parameters} : {}),
    ...(r.stability ? {stability: r.stability} : {})
  };
}

/** The JSON form of a measure's output: what `--json` prints and the API returns (the same object). */
export function measureJson(out: MeasureOutput): Record<string, unknown> {
  return {
    measure: out.measure,
    query: out.query,
    items: out.items,
    warnings: out.warnings,
    ...(out.coverage ? {coverage: out.coverage} : {}),
    ...(out.breaks ? {breaks: out.breaks} : {}),
    ...(out.parameters ? {parameters: out.parameters} : {}),
    ...(out.stability ? {stability: out.stability} : {}),
    ...(out.names ? {names: out.names} : {}),
    ...(out.evidence ? {evidence: out.evidence} : {})
  };
}
