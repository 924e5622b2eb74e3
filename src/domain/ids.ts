import {z} from "zod";
import {isIsoDate} from "./plain.js";

/** An actor code: ISO 3166 alpha-3 for states (KAZ), an upper-case code for organizations (CSTO, C5+1) or groups (ISIS). */
export const ActorCode = z.string().regex(/^[A-Z][A-Z0-9+]{1,11}$/, "Expected an actor code such as KAZ, CSTO or C5+1");
export type ActorCode = z.infer<typeof ActorCode>;

/** A calendar date as YYYY-MM-DD, checked to exist (no 2022-02-30). */
export const IsoDate = z.string().refine(isIsoDate, {message: "Expected a date as YYYY-MM-DD"});
export type IsoDate = z.infer<typeof IsoDate>;

export {isIsoDate};

/** The vector a focal state's ties are counted under: a power or bloc code. */
export type VectorId = ActorCode;

/** A citation: where a row's fact comes from. `source` is a seed file name or a dataset id; `quote` the passage or row. */
export const Citation = z.object({
  source: z.string().min(1, "Expected a source"),
  quote: z.string().min(1, "Expected a quoted passage or a dataset row")
});
export type Citation = z.infer<typeof Citation>;
