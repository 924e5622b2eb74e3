import {z} from "zod";

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

export {parsePeriod, type Period, periodEnd, periodText} from "./plain.js";
