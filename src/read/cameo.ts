import type {QuadClass} from "../domain/index.js";
import {quadClassOf} from "../domain/plain.js";
import {CAMEO_TABLE} from "./cameo-table.js";

/** What the CAMEO table says about a code. */
export interface CameoInfo {
  code: string;
  label: string;
  goldstein: number;
  quad: QuadClass;
  /** PLOVER event category (CAMEO2PLOVER 2021), when the table maps the code or its parent. */
  plover?: string;
}

/**
 * Looks up a CAMEO code's label, Goldstein weight (GDELT's lookup), quad class and PLOVER category.
 * A code missing from the table falls back to its parent (0874 → 087 → 08). Undefined when nothing matches.
 */
export function cameoInfo(code: string): CameoInfo | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const row = CAMEO_TABLE[c];
    if (!row) continue;
    let plover = row[2];
    for (let p = c; !plover && p.length >= 2; p = p.slice(0, -1)) plover = CAMEO_TABLE[p]?.[2] ?? null;
    return {code, label: row[0], goldstein: row[1], quad: quadClassOf(code), ...(plover ? {plover} : {})};
  }
  return undefined;
}

/** Every code of the CAMEO table with its label, in code order (the dashboard names codes with it). */
export function cameoCodes(): CameoInfo[] {
  return Object.keys(CAMEO_TABLE)
    .sort()
    .map((c) => cameoInfo(c)!);
}
