/**
 * Shared by the shock forces: when a shock is on, and the built-in defaults for well-known targets (which vector
 * an organization or corridor concerns). A scenario's `vector`, `beneficiaries` and `dimension` override them.
 *
 * @module
 */
import type {Dimension} from "../../domain/index.js";
import type {ResolvedShock} from "../params.js";

/** Lead vector and main dimension of organizations the focal state may join or leave. */
export const ORGANIZATIONS: Readonly<Record<string, {vector: string; dimension: Dimension}>> = {
  CSTO: {vector: "RUS", dimension: "security"},
  EAEU: {vector: "RUS", dimension: "economic"},
  CIS: {vector: "RUS", dimension: "political"},
  SCO: {vector: "CHN", dimension: "security"},
  BRICS: {vector: "CHN", dimension: "economic"},
  OTS: {vector: "TUR", dimension: "political"},
  NATO: {vector: "USA", dimension: "security"},
  "C5+1": {vector: "USA", dimension: "political"}
};

/** The state a corridor bypasses and the partners whose economic ties it carries, keyed by a normalised name. */
export const CORRIDORS: Readonly<Record<string, {bypasses?: string; partners: readonly string[]}>> = {
  middle: {bypasses: "RUS", partners: ["CHN", "TUR", "EU"]},
  transcaspian: {bypasses: "RUS", partners: ["CHN", "TUR", "EU"]},
  titr: {bypasses: "RUS", partners: ["CHN", "TUR", "EU"]},
  nstc: {partners: ["RUS", "IRN", "IND"]},
  northsouth: {partners: ["RUS", "IRN", "IND"]},
  beltandroad: {partners: ["CHN"]},
  bri: {partners: ["CHN"]}
};

/** Powers that apply secondary-sanctions pressure by default. */
export const SANCTIONERS: readonly string[] = ["EU", "USA"];

/** "Middle Corridor" → "middle"; "North–South Transport Corridor" → "northsouth"; "Trans-Caspian International Transport Route" → "transcaspian". */
export function corridorKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/corridor|transport|route|international/g, "")
    .replace(/[^a-z]/g, "");
}

/** The step at which a shock hits: `at`, with 0 meaning the first step. */
export function onset(shock: ResolvedShock): number {
  return Math.max(1, shock.at);
}

/** The first step at which a shock is over (Infinity when permanent). */
export function ending(shock: ResolvedShock): number {
  return shock.duration === undefined ? Infinity : onset(shock) + shock.duration;
}

/** True while the shock is on at step t. */
export function isActive(shock: ResolvedShock, t: number): boolean {
  return t >= onset(shock) && t < ending(shock);
}

export function clamp(x: number, low: number, high: number): number {
  return x < low ? low : x > high ? high : x;
}
