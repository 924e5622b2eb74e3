/**
 * Names for codes, so a page can say "Kazakhstan" where it said "KAZ" and "Express intent to cooperate"
 * where it said "030": actor names from /api/actors and CAMEO names from /api/cameo, each fetched once
 * per page load. Call {@link loadNames} before drawing, then the synchronous lookups.
 *
 * @module
 * @example
 * ```ts
 * await loadNames();
 * h("h1", {}, `${actorName("KAZ")}: balance among its vectors`); // "Kazakhstan: …"
 * h("td", {}, cameoLabel("0874"));                              // "0874 Retreat or surrender militarily"
 * ```
 */
import {getJson, type Page} from "./api.js";

interface ActorRow {
  code: string;
  name: string;
  kind: string;
}
interface CameoRow {
  code: string;
  label: string;
  goldstein: number;
  quad: number;
}

const actors = new Map<string, ActorRow>();
const cameo = new Map<string, CameoRow>();
let loaded: Promise<void> | undefined;

/** Fetches the actor and CAMEO names once (failures leave the codes as they are). */
export function loadNames(): Promise<void> {
  loaded ??= Promise.all([
    getJson<Page<ActorRow>>("actors")
      .then((p) => p.items.forEach((a) => actors.set(a.code, a)))
      .catch(() => undefined),
    getJson<Page<CameoRow>>("cameo")
      .then((p) => p.items.forEach((c) => cameo.set(c.code, c)))
      .catch(() => undefined)
  ]).then(() => undefined);
  return loaded;
}

/** An actor's name ("Kazakhstan" for KAZ); the code itself when unknown. */
export function actorName(code: string): string {
  return actors.get(code)?.name ?? code;
}

/** "Kazakhstan (KAZ)": the name with its code, for places where the code is needed too. */
export function actorNameWithCode(code: string): string {
  const name = actors.get(code)?.name;
  return name && name !== code ? `${name} (${code})` : code;
}

/** A short name for tight spots (labels on a chart): the name when it is short, else the code. */
export function actorShortName(code: string, max = 14): string {
  const name = actors.get(code)?.name;
  return name && name.length <= max ? name : code;
}

/** A CAMEO code's name ("Express intent to cooperate"), falling back to its parent code's; undefined when unknown. */
export function cameoName(code: string): string | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const row = cameo.get(c);
    if (row) return sentenceCase(row.label);
  }
  return undefined;
}

/** "057 Sign formal agreement": a CAMEO code with its name. */
export function cameoLabel(code: string): string {
  const name = cameoName(code);
  return name ? `${code} ${name}` : code;
}

/** Root labels are upper case in the table ("MAKE PUBLIC STATEMENT"): print them as a sentence. */
function sentenceCase(s: string): string {
  return s === s.toUpperCase() ? s.charAt(0) + s.slice(1).toLowerCase() : s;
}
