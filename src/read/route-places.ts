/**
 * Where a route or a journey starts is a place, not a side of the act (issue 10's false events, session 27): "agreed a
 * single tariff for container trains from the Chinese border to the Black Sea" is no act toward China, "Mr Nurtleu,
 * who arrived from Hanoi on Monday" none toward Vietnam. English tells a point on a state's edge by the state's
 * adjective before a noun of place ("the Chinese border", "the Caspian coast") and an arrival's origin by "from" after
 * the verb of arriving. A route between cities keeps its states, which the golds read as the service's partners ("a
 * weekly container train from Xi'an to Budapest" is Kazakhstan's plan with China and Hungary), as do "from" after any
 * other verb ("a letter from Putin", "withdrew its guards from Tajikistan") and where a journey leads ("flew from
 * Astana to Samarkand").
 *
 * Pure: upper-case words and Penn tags in, a yes or no out; read by src/read/coder.ts's articleTargets.
 *
 * @module
 */
import {words} from "./word-set.js";

/** Words inside a place's noun phrase between "from" and the name: determiners, adjectives, names. */
const PLACE_PHRASE = words(/^(DT|JJ|NNP|NNPS|CC|,)$/);
/** Verbs of arriving (English): what follows their "from" is where the journey started. */
const ARRIVING = words(/^(ARRIVE|ARRIVES|ARRIVED|ARRIVING)$/);
/** Nouns of a place on a state's edge (English): "the Chinese border", "the Afghan frontier", "the Caspian coast". */
const EDGE = /^(BORDER|BORDERS|FRONTIER|FRONTIERS|BORDERLANDS?|COAST|COASTS|COASTLINE|SHORE|SHORES)$/;

/**
 * Whether the actor named at tokens `first`..`last` is where a route or a journey starts: after "from" (past a few
 * words of its noun phrase) and before a noun of a state's edge, or right after "from" after a verb of arriving (past
 * an adverb or a place of its own: "arrived in Bangkok from Hanoi").
 */
export function routeOrigin(upper: readonly string[], tags: readonly string[], first: number, last: number): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 4 && PLACE_PHRASE.test(tags[k] ?? "") && upper[k] !== "FROM") --k;
  if (upper[k] !== "FROM") return false;
  if (EDGE.test(upper[last + 1] ?? "")) return true;
  // ("arrived from Hanoi", "arrived late from Hanoi", "arrived in Bangkok from Hanoi")
  if (k !== first - 1) return false;
  for (let v = k - 1; v >= Math.max(0, k - 5); --v) {
    if (ARRIVING.test(upper[v]!)) return true;
    if (!/^(RB|IN|DT|NNP|NNPS|JJ)$/.test(tags[v] ?? "")) return false;
  }
  return false;
}
