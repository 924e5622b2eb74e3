import {z} from "zod";

export const ClaimKind = z.enum(["assessment", "forecast", "recommendation"]);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** An expert's assessment, forecast or recommendation, attributed and quoted. */
export const Claim = z.object({
  id: z.string(),
  sourceId: z.string(),
  speaker: z.string(),
  /** The speaker's affiliation or title, when stated. */
  affiliation: z.string().optional(),
  kind: ClaimKind,
  quote: z.string(),
  /** Actor codes the claim is about. */
  about: z.array(z.string()).default([]),
  /** For forecasts: the horizon (YYYY or YYYY-MM-DD) when stated. */
  horizon: z.string().optional(),
  /** For forecasts: resolved later as "true", "false" or left open. */
  resolution: z.enum(["open", "true", "false"]).optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  rule: z.string().optional()
});
export type Claim = z.infer<typeof Claim>;
