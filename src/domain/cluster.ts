import {z} from "zod";
import {IsoDate} from "./ids.js";

/**
 * One happening reported several times: events from the pack's timeline, articles and GDELT that share a
 * dyad (either direction for mutual acts), a CAMEO root and a date window, and, when both have sentences, some
 * wording. Measures count clusters, not reports; each report keeps its own row and points at its cluster.
 */
export const Cluster = z.object({
  /** Stable id: "c:" + the id of its earliest member (by date, then id). */
  id: z.string(),
  source: z.string(),
  target: z.string(),
  /** CAMEO root (two digits) shared by the members. */
  root: z.string().regex(/^(0[1-9]|1\d|20)$/),
  /** The earliest and latest member dates. */
  from: IsoDate,
  to: IsoDate,
  /** Member event ids, earliest first. */
  events: z.array(z.string()).min(1),
  /** Distinct source ids (documents, GDELT files, the pack) among the members. */
  sources: z.array(z.string()).min(1),
  /** Why the members were joined: "dyad+root+window", "+wording" when sentences share words. */
  rule: z.string()
});
export type Cluster = z.infer<typeof Cluster>;
