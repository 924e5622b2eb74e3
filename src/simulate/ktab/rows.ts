/**
 * Tidy rows from an SMP run, for tables, charts and the store.
 *
 * @module
 */
import type {SmpResult} from "./smp.js";

/** One actor's position on one dimension in one state, with its probability of prevailing. */
export interface SmpPositionRow {
  turn: number;
  actor: string;
  dimension: string;
  /** 0–100 scale. */
  position: number;
  probability: number;
}

/** Flattens a run's states into one row per turn, actor and dimension. */
export function smpPositionRows(result: SmpResult): SmpPositionRow[] {
  const rows: SmpPositionRow[] = [];
  for (const s of result.states) {
    result.actors.forEach((actor, i) => {
      result.dimensions.forEach((dimension, d) => {
        rows.push({turn: s.turn, actor, dimension, position: s.positions[i]![d]!, probability: s.probabilities[i]!});
      });
    });
  }
  return rows;
}
