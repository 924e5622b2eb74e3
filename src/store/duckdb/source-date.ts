import {PeriodPrecision, periodText} from "../../domain/index.js";

/**
 * A source's stored date as the surfaces show it: "2022-03-14", or "2022-03" / "2022" for a month or a year (the
 * column holds the period's first day, `date_precision` its precision; NULL is a day's), with the precision.
 */
export function storedDate(
  date: unknown,
  precision: unknown
): {date: string | null; datePrecision: PeriodPrecision | null} {
  if (date == null) return {date: null, datePrecision: null};
  const p = PeriodPrecision.safeParse(precision ?? "day");
  const datePrecision = p.success ? p.data : "day";
  return {date: periodText(String(date), datePrecision), datePrecision};
}
