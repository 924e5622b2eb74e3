import {z} from "zod";
import {ActorCode, Citation} from "./ids.js";

/** A transport or energy route and the states it crosses, in order. */
export const Corridor = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "Expected a kebab-case id"),
  name: z.string().min(1),
  kind: z.enum(["rail", "road", "multimodal", "pipeline", "sea"]).default("multimodal"),
  states: z.array(ActorCode).min(2),
  /** Who sponsors or leads it (CHN for the Belt and Road). */
  sponsor: ActorCode.optional(),
  citation: Citation
});
export type Corridor = z.infer<typeof Corridor>;
