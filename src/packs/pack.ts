import type {Actor, Citation, Corridor, Indicator, Membership} from "../domain/index.js";

/** A membership row of a pack: a domain {@link Membership} with the row's id. */
export interface PackMembership extends Membership {
  id: string;
}

/** A timeline entry of a pack: who did what (a CAMEO code) to whom, when, and the passage that says so. */
export interface PackEvent {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** Actor codes. */
  source: string;
  target: string;
  /** CAMEO code (Goldstein weight and quad class are derived downstream). */
  code: string;
  label: string;
  citation: Citation;
}

/** A knowledge pack: actors (with their aliases folded in), memberships, corridors, a timeline and indicators. */
export interface Pack {
  /** The pack's name: the last segment of its directory ("central-asia"). */
  name: string;
  actors: Actor[];
  memberships: PackMembership[];
  corridors: Corridor[];
  timeline: PackEvent[];
  indicators: Indicator[];
}

/** The files a pack may hold, in the order they are read. Only `actors.csv` is required. */
export const PACK_FILES = [
  "actors.csv",
  "aliases.csv",
  "memberships.csv",
  "corridors.csv",
  "timeline.csv",
  "indicators.csv"
] as const;
export type PackFile = (typeof PACK_FILES)[number];
