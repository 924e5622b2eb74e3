import {z} from "zod";
import {isIsoDate} from "./ids.js";

/**
 * How precise a stated date is: a day, a month or a year. A date of month or year precision is kept as the first
 * day of its period ("March 2022" → 2022-03-01, month); it is written as the period itself ("2022-03", "2022") and
 * never stands for a day. A season ("Spring 2023") is no month: it is read as its year.
 */
export const PeriodPrecision = z.enum(["day", "month", "year"]);
export type PeriodPrecision = z.infer<typeof PeriodPrecision>;

/**
 * How precise an event's date is. "day", "month", "year": the sentence (or the record, or a month- or year-only
 * article) says so, and `date` is the first day of that month or year; "article": the sentence gives no date and
 * the article's date (a day) stands in for it; "unknown": neither the sentence nor the article gives a date, and
 * `date` is absent.
 */
export const DatePrecision = z.enum([...PeriodPrecision.options, "article", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

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
