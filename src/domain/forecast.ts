import {z} from "zod";
import {IsoDate} from "./ids.js";

/** open: before its horizon and unresolved; true / false: resolved; expired: past its horizon with nothing to resolve it. */
export const ForecastStatus = z.enum(["open", "true", "false", "expired"]);
export type ForecastStatus = z.infer<typeof ForecastStatus>;

/**
 * What a forecast predicts, in terms the store can check:
 * - membership: `actor` joins or leaves `org`;
 * - event: an event between `actors` of a quad class (1–4) happens;
 * - measure: `vector`'s share of the focal state's balance goes `up` or `down`;
 * - other: nothing checkable was recognised (it can only be resolved by a person, or expire).
 */
export const ForecastOutcome = z.discriminatedUnion("kind", [
  z.object({kind: z.literal("membership"), actor: z.string(), org: z.string(), change: z.enum(["join", "leave"])}),
  z.object({
    kind: z.literal("event"),
    actors: z.array(z.string()).min(2),
    quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
  }),
  z.object({kind: z.literal("measure"), focal: z.string(), vector: z.string(), direction: z.enum(["up", "down"])}),
  z.object({kind: z.literal("other")})
]);
export type ForecastOutcome = z.infer<typeof ForecastOutcome>;

/** How a forecast was resolved: by the automatic check (a candidate) or by a person, with the evidence. */
export const Resolution = z.object({
  status: z.enum(["true", "false", "expired"]),
  by: z.enum(["auto", "person"]),
  /** When it was resolved (ISO 8601) and the date the evidence speaks of (YYYY-MM-DD). */
  at: z.string(),
  asOf: IsoDate.optional(),
  /** What shows it: membership rows, event ids, measure figures, or a person's words. */
  evidence: z.array(z.string()).min(1, "Expected at least one piece of evidence"),
  who: z.string().optional()
});
export type Resolution = z.infer<typeof Resolution>;

/** A claim about the future with its speaker, what it predicts, its horizon, status and the evidence of its resolution. */
export const Forecast = z.object({
  id: z.string(),
  claimId: z.string(),
  sourceId: z.string(),
  speaker: z.string(),
  publisher: z.string().optional(),
  /** The date the forecast was made (its document's date; a month- or year-only document's last day), when known. */
  made: IsoDate.optional(),
  quote: z.string(),
  actors: z.array(z.string()),
  /** The modal cue that sets the probability ("will", "may", "is unlikely"), when one was found. */
  modality: z.string().optional(),
  /** The implied probability that `outcome` happens by the horizon (see docs/methods.md), when a cue was found. */
  probability: z.number().min(0).max(1).optional(),
  outcome: ForecastOutcome,
  /** The last day the forecast speaks of. */
  horizon: IsoDate.optional(),
  /** "explicit" when the text names it, "default" when it is the documented default after `made`. */
  horizonKind: z.enum(["explicit", "default", "unknown"]),
  status: ForecastStatus,
  /** The current resolution: an automatic one (`by: "auto"`, awaiting a person's confirmation) or a person's. */
  resolution: Resolution.optional(),
  /** Earlier resolutions this one replaced, oldest first: nothing is lost when a person overrides. */
  history: z.array(Resolution).default([])
});
export type Forecast = z.infer<typeof Forecast>;
