/**
 * A coded event made from its two sides, its code and the rule that read it (src/read/coder.ts and the readers it
 * runs), and the pairs of sides a group's joint act gives.
 *
 * @module
 */
import type {QuadClass} from "../domain/index.js";
import {cameoInfo} from "./cameo.js";
import type {CodedEvent} from "./coder.js";
import type {Token} from "./tokenize.js";
import type {ActorRef} from "./verbs.js";

/** The event of `src` toward `tgt` with `code`, read by `rule`, spanning tokens `a` to `b` of its sentence. */
export function makeEvent(
  src: ActorRef,
  tgt: ActorRef,
  code: string,
  rule: string,
  a: Token | undefined,
  b: Token | undefined
): CodedEvent {
  const info = cameoInfo(code);
  const quad =
    info?.quad ??
    ((): QuadClass => {
      const root = Number(code.slice(0, 2));
      return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    })();
  return {
    source: src.actor,
    target: tgt.actor,
    ...(src.agent ? {sourceAgent: src.agent} : {}),
    ...(tgt.agent ? {targetAgent: tgt.agent} : {}),
    code,
    goldstein: info?.goldstein ?? 0,
    quad,
    ...(info?.plover ? {plover: info.plover} : {}),
    rule,
    ...(a && a.start >= 0 ? {start: a.start} : {}),
    ...(b && b.end >= 0 ? {end: b.end} : {})
  };
}

/**
 * The pairs a joint act of a group gives in the article reader. Two members: each toward the other (a mutual act).
 * Three or more ("Kyrgyzstan, Tajikistan and Uzbekistan signed …", "the three presidents met"): the first-named
 * member toward each of the others, one event per other member, not every ordered pair (a trilateral is two events,
 * not six). The first-named member is the one the sentence tells the act of (the host, the initiator or the
 * story's own state, as reports list them); the pairs among the others are left out, so a measure over dyads counts
 * a summit of N once per partner of its first member.
 */
export function groupPairs<T extends {actor: string}>(members: readonly T[]): [T, T][] {
  const distinct: T[] = [];
  for (const m of members) if (!distinct.some((d) => d.actor === m.actor)) distinct.push(m);
  const out: [T, T][] = [];
  if (distinct.length === 2) {
    out.push([distinct[0]!, distinct[1]!], [distinct[1]!, distinct[0]!]);
    return out;
  }
  for (const t of distinct.slice(1)) out.push([distinct[0]!, t]);
  return out;
}
