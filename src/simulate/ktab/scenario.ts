/**
 * The input of the Spatial Model of Politics: actors with a capability, and a position and a
 * salience on each dimension, all on KTAB's 0–100 scale.
 *
 * @module
 */
import type {SmpParams} from "./params.js";

/** One actor of an SMP scenario. */
export interface SmpActor {
  /** Short name, unique within the scenario. */
  name: string;
  /** Free text; may be empty. */
  description: string;
  /** Capability ("power", "influence"): a positive number. */
  capability: number;
  /** Position on each dimension, 0–100. */
  positions: number[];
  /** Salience of each dimension, 0–100, summing to at most 100. */
  saliences: number[];
}

/** An SMP scenario, as read from KTAB's CSV or XML or from our JSON/YAML. */
export interface SmpScenario {
  name: string;
  description: string;
  /** Dimension names, one per position column. */
  dimensions: string[];
  actors: SmpActor[];
  /**
   * Ideal-accommodation matrix: `accommodation[i][j]` is the rate at which i's ideal moves toward
   * j's position. Absent means the identity (ideals track positions), as in every KTAB CSV input.
   */
  accommodation?: number[][];
  /** Parameters given by the input file (KTAB XML `ModelParameters`, our `params`). */
  params?: Partial<SmpParams>;
  /** Seed given by the input file (KTAB XML `prngSeed`), as a decimal string. */
  seed?: string;
}
