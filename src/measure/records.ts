/**
 * The tidy record every measure returns (one number per focal state, vector, year and measure), the
 * evidence behind it, and the result that carries both with warnings.
 *
 * @module
 */
import type {Break, Coverage, Issue, MeasureRecord, Parameter, Stability} from "../domain/index.js";

/** One measured figure: the domain's {@link MeasureRecord} (src/domain/measure-record.ts). */
export type {MeasureRecord};

/** A row behind a figure: a vote, an indicator or an event, with where it comes from. */
export interface Evidence {
  vector: string;
  year: number;
  kind: "vote" | "indicator" | "event";
  /** The row's id: "unvotes:rcid=1234", an indicator id, an event id. */
  ref: string;
  /** Its source: "dataset:unvotes", an indicator's cite_source, an event's source id. */
  source: string;
  /** What it contributed, in words ("KAZ yes, RUS abstain: agreement 0.5"). */
  detail: string;
  value?: number;
  dimension?: string;
  month?: string;
}

/** What a measure returns. */
export interface MeasureResult {
  records: MeasureRecord[];
  warnings: Issue[];
  /** Present when asked for (`explain`). */
  evidence?: Evidence[];
  /** Per year, what the figures rest on (balance, influence). */
  coverage?: Coverage[];
  /** Each change of coverage between consecutive years. */
  breaks?: Break[];
  /** Every parameter with the value used, so that a figure can be reproduced. */
  parameters?: Parameter[];
  /** Per year, how the headline holds up when each parameter is moved over its range. */
  stability?: Stability[];
}

/** "1992, 1995–1997, 2020–2024": years as compact ranges. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) ++j;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/** The years from `from` to `to` inclusive. */
export function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; ++y) out.push(y);
  return out;
}
