/**
 * The domain's plain functions, without its zod schemas: what the reader needs of the domain (results, calendar
 * dates and periods, a CAMEO code's quad class). The reader imports its values from here, so that a reader thread
 * (src/app/read-worker.ts) does not load zod and build every schema at its start (~0.1 s of CPU per thread);
 * src/domain/index.ts exports the same functions with the schemas.
 *
 * @module
 */
import type {QuadClass} from "./event.js";
import type {PeriodPrecision} from "./period.js";

export {fail, ok} from "./issue.js";

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1]!;
}

/** A date with its precision: `date` is YYYY-MM-DD, the first day of the month or year when less precise. */
export interface Period {
  date: string;
  precision: PeriodPrecision;
}

/**
 * A period as written: "2022-03-14" (day), "2022-03" (month), "2022" (year) → its first day and precision;
 * undefined when `s` is none of these or names no real date.
 */
export function parsePeriod(s: string): Period | undefined {
  const t = s.trim();
  if (isIsoDate(t)) return {date: t, precision: "day"};
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  if (m[2] === undefined) return {date: `${m[1]}-01-01`, precision: "year"};
  const date = `${m[1]}-${m[2]}-01`;
  return isIsoDate(date) ? {date, precision: "month"} : undefined;
}

/**
 * A date written as precisely as it is known: "2022-03-14", "2022-03" (month), "2022" (year). An absent precision
 * is a day's. The inverse of {@link parsePeriod}.
 */
export function periodText(date: string, precision: PeriodPrecision | undefined = "day"): string {
  const d = date.slice(0, 10);
  return precision === "year" ? d.slice(0, 4) : precision === "month" ? d.slice(0, 7) : d;
}

/**
 * The last day of a period (YYYY-MM-DD): the day itself, the month's last day, or 31 December. A forecast made in
 * "March 2022" is measured from 2022-03-31, so that nothing within the month counts as later than it.
 */
export function periodEnd(date: string, precision: PeriodPrecision | undefined = "day"): string {
  const d = date.slice(0, 10);
  if (precision === "year") return `${d.slice(0, 4)}-12-31`;
  if (precision !== "month") return d;
  const last = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).getUTCDate();
  return `${d.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}

/** The quad class of a CAMEO code, from its root. */
export function quadClassOf(code: string): QuadClass {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}
