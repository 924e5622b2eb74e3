/**
 * Actor mentions from a pack's names and aliases: the fallback used when no event coder is given.
 * Longest alias first, whole words only, case as written (an alias written in lower case may start with a
 * capital, so "the Kremlin" matches "The Kremlin"; a capitalized one must be capitalized: "West" is not "west").
 *
 * @module
 */

import type {ActorMention} from "../domain/index.js";
import {institutionAfter} from "./institutions.js";
import {periodOn} from "./name-periods.js";
import {spellingVariants} from "./transliterate.js";

/** An alias of an actor, as a pack or the store lists it; a leader's within the dates of an office (from/to). */
export interface ActorAlias {
  code: string;
  alias: string;
  from?: string;
  to?: string;
}

/** A mention of an actor in the text (src/domain/mention.ts). */
export type {ActorMention};

/** A compiled alias list: build once with {@link buildGazetteer}, use for every sentence. */
export interface Gazetteer {
  /** The mentions in a text; `date` (YYYY-MM-DD) picks the actor of a name that has several by period. */
  find(text: string, date?: string): ActorMention[];
}

/** Where an alias may start: a character that is not the continuation of a word. */
const START = /(?<![\p{L}\p{N}])\S/gu;

/** An alias's or a text position's first two characters, case folded (the alias's own case is checked by its pattern). */
function bucketKey(s: string): string {
  return s.slice(0, 2).toLowerCase().replace(/\s/g, " ");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiles aliases into one matcher. Aliases of two letters or fewer, and non-letter codes, are ignored. */
export function buildGazetteer(aliases: readonly ActorAlias[]): Gazetteer {
  // Each text's aliases: the first, or several of different actors when every one has a period ("António Costa").
  const byText = new Map<string, ActorAlias[]>();
  for (const a of aliases) {
    const variants = [a.alias.trim(), ...spellingVariants(a.alias.trim())];
    if (/^the\s/i.test(variants[0]!)) variants.push(variants[0]!.replace(/^the\s+/i, ""));
    const dated = !!(a.from || a.to);
    for (const v of variants) {
      if (v.length < 2 || !/\p{L}/u.test(v)) continue;
      const had = byText.get(v);
      const entry = {code: a.code, alias: a.alias, ...(a.from ? {from: a.from} : {}), ...(a.to ? {to: a.to} : {})};
      if (!had) byText.set(v, [entry]);
      else if (dated && had.every((h) => h.from || h.to)) had.push(entry);
    }
  }
  const keys = [...byText.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (keys.length === 0) return {find: () => []};
  // One pattern per alias's first two letters (case folded), tried only where a word starts with them: one regex
  // over a thousand aliases tries every alternative at every position (≈ 40 times slower on 250 actors).
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const key = bucketKey(k);
    const g = groups.get(key);
    if (g) g.push(k);
    else groups.set(key, [k]);
  }
  const buckets = new Map<string, RegExp>();
  for (const [key, group] of groups) {
    const pattern = group
      .map((k) => {
        const first = k[0]!;
        const rest = escape(k.slice(1)).replace(/\s+/g, "\\s+");
        const lower = first.toLowerCase();
        const upper = first.toUpperCase();
        // Abbreviations ("US", "EU") and capitalized names ("West", "Central Asia") keep their case, so "west of" and
        // "us" name nothing; a name written in lower case ("the Kremlin", "al-Qaeda") may start a sentence capitalized.
        const head = first === lower && lower !== upper ? `[${escape(lower)}${escape(upper)}]` : escape(first);
        // A capitalized one-word name or adjective also names its people: "Kazakhs", "Russians", "Afghans".
        const plural = /^\p{Lu}\p{Ll}+$/u.test(k) && !k.endsWith("s") ? "s?" : "";
        return head + rest + plural;
      })
      .join("|");
    buckets.set(key, new RegExp(`(?:${pattern})(?![\\p{L}\\p{N}])`, "uy"));
  }
  const lookup = new Map<string, ActorAlias[]>();
  for (const [k, v] of byText) lookup.set(k.toLowerCase().replace(/\s+/g, " "), v);
  return {
    find(text: string, date?: string): ActorMention[] {
      const out: ActorMention[] = [];
      const starts = new RegExp(START);
      const at = (i: number) => {
        const re = buckets.get(bucketKey(text.slice(i, i + 2)));
        if (!re) return null;
        re.lastIndex = i;
        return re.exec(text);
      };
      for (let s = starts.exec(text); s !== null; s = starts.exec(text)) {
        let m = at(s.index);
        if (!m) continue;
        // A longer name starting inside this one and running past it wins: "the Gulf Cooperation Council" over
        // "the Gulf".
        const end = m.index + m[0].length;
        const inner = new RegExp(START.source, "gu");
        inner.lastIndex = m.index + 1;
        for (let t = inner.exec(text); t !== null && t.index < end; t = inner.exec(text)) {
          const longer = at(t.index);
          if (longer && t.index + longer[0].length > end && longer[0].length > m[0].length) {
            m = longer;
            break;
          }
        }
        starts.lastIndex = m.index + m[0].length;
        const said = m[0].toLowerCase().replace(/\s+/g, " ");
        const hits = lookup.get(said) ?? (said.endsWith("s") ? lookup.get(said.slice(0, -1)) : undefined);
        const hit = hits && (hits.length === 1 ? hits[0] : periodOn(hits, date));
        if (!hit) continue;
        // An all-caps abbreviation must match exactly ("us" is a pronoun, "US" a state).
        if (
          hit.alias.length <= 4 &&
          hit.alias === hit.alias.toUpperCase() &&
          m[0] !== hit.alias &&
          m[0] !== hit.alias.replace(/^the\s+/i, "")
        )
          continue;
        // "the Astana International Forum", "Air Astana" and "the Paris Agreement" are not the state.
        if (institutionAfter(text, m.index + m[0].length, m.index)) continue;
        out.push({start: m.index, end: m.index + m[0].length, text: m[0], code: hit.code, entry: hit.alias});
      }
      return out;
    }
  };
}
