import {z} from "zod";

/** An actor code: ISO 3166 alpha-3 for states (KAZ), an upper-case code for organizations (CSTO, C5+1) or groups (ISIS). */
export const ActorCode = z.string().regex(/^[A-Z][A-Z0-9+]{1,11}$/, "Expected an actor code such as KAZ, CSTO or C5+1");
export type ActorCode = z.infer<typeof ActorCode>;

/** A calendar date as YYYY-MM-DD, checked to exist (no 2022-02-30). */
export const IsoDate = z.string().refine(isIsoDate, {message: "Expected a date as YYYY-MM-DD"});
export type IsoDate = z.infer<typeof IsoDate>;

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1]!;
}

/** The vector a focal state's ties are counted under: a power or bloc code. */
export type VectorId = ActorCode;

/** A citation: where a row's fact comes from. `source` is a seed file name or a dataset id; `quote` the passage or row. */
export const Citation = z.object({
  source: z.string().min(1, "Expected a source"),
  quote: z.string().min(1, "Expected a quoted passage or a dataset row")
});
export type Citation = z.infer<typeof Citation>;
