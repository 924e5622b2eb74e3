import {validAt} from "../domain/index.js";
import type {Pack, PackMembership} from "./pack.js";

/** Options for {@link membersAt}. */
export interface MembersAtOptions {
  /** Roles to count. Defaults to member and founder (observers and partners left out). */
  roles?: readonly string[];
}

const DEFAULT_ROLES = ["member", "founder"] as const;

/**
 * The memberships of organization `org` valid on `date` (YYYY-MM-DD, `to` exclusive), one per actor,
 * sorted by actor code.
 *
 * @example
 * ```ts
 * membersAt(pack, "CSTO", {at: "2022-01-01"}).map((m) => m.actor); // ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
 * ```
 */
export function membersAt(
  pack: Pick<Pack, "memberships">,
  org: string,
  {at, roles = DEFAULT_ROLES}: MembersAtOptions & {at: string}
): PackMembership[] {
  const byActor = new Map<string, PackMembership>();
  for (const m of pack.memberships) {
    if (m.org === org && roles.includes(m.role) && validAt(m, at) && !byActor.has(m.actor)) byActor.set(m.actor, m);
  }
  return [...byActor.values()].sort((a, b) => (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
}
