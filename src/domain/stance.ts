import {z} from "zod";

/** A speaker's positive or negative position toward an actor, with the quote. */
export const Stance = z.object({
  id: z.string(),
  sourceId: z.string(),
  /** Actor code or person name of who holds the stance. */
  speaker: z.string(),
  target: z.string(),
  /** -1 (hostile) … +1 (friendly). */
  polarity: z.number().min(-1).max(1),
  quote: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  rule: z.string().optional()
});
export type Stance = z.infer<typeof Stance>;
