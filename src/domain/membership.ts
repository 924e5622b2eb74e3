import {z} from "zod";
import {ActorCode, Citation, IsoDate} from "./ids.js";

export const MembershipRole = z.enum(["member", "observer", "partner", "founder"]);
export type MembershipRole = z.infer<typeof MembershipRole>;

/** An actor in an organization, with a role and a validity period (`to` absent = still valid). */
export const Membership = z.object({
  actor: ActorCode,
  org: ActorCode,
  role: MembershipRole,
  from: IsoDate,
  to: IsoDate.optional(),
  citation: Citation
});
export type Membership = z.infer<typeof Membership>;

/** True when the membership is valid on `date` (YYYY-MM-DD; `to` is exclusive). */
export function validAt(m: Pick<Membership, "from" | "to">, date: string): boolean {
  return m.from <= date && (m.to === undefined || date < m.to);
}
