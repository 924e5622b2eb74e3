/**
 * The construction-coverage matrix's dates (docs/coverage.md): the forms of a date phrase ("on 3 May 2024", "on
 * Monday", "last week", "in March" …) for an article's date, and the year-month each denotes. Pure: the dates are
 * computed from the article's date given, never from a clock.
 *
 * @module
 */
import {type Rng} from "./coverage-random.js";

/** The forms of a date (a date is placed after the object unless the construction fronts it). */
export const DATE_FORMS = [
  "day-month-year",
  "day-month",
  "month-day-year",
  "weekday",
  "last-week",
  "in-month",
  "earlier-this-month"
] as const;
export type DateForm = (typeof DATE_FORMS)[number];

const MONTHS = "January February March April May June July August September October November December".split(" ");
const WEEKDAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");

/** Article dates (days late enough in the month that "last week" stays in it or plainly leaves it). */
export const ARTICLE_DATES = ["2024-06-19", "2024-10-17", "2025-03-20", "2023-11-23"] as const;

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d;
};

/** A date phrase in `form` for an article of `article` (ISO date), and the year-month it denotes. */
export function datePhrase(form: DateForm, article: string, rng: Rng): {text: string; month: string} {
  const [y, m] = article.split("-").map(Number) as [number, number];
  switch (form) {
    case "day-month":
    case "day-month-year":
    case "month-day-year": {
      const d = addDays(article, -(5 + Math.floor(rng() * 40)));
      const day = d.getUTCDate();
      const mon = MONTHS[d.getUTCMonth()]!;
      return {
        text:
          form === "day-month"
            ? `on ${day} ${mon}`
            : form === "day-month-year"
              ? `on ${day} ${mon} ${d.getUTCFullYear()}`
              : `on ${mon} ${day}, ${d.getUTCFullYear()}`,
        month: ymd(d).slice(0, 7)
      };
    }
    case "weekday": {
      const d = addDays(article, -(1 + Math.floor(rng() * 5)));
      return {text: `on ${WEEKDAYS[d.getUTCDay()]}`, month: ymd(d).slice(0, 7)};
    }
    case "last-week":
      return {text: "last week", month: ymd(addDays(article, -7)).slice(0, 7)};
    case "in-month": {
      const back = 1 + Math.floor(rng() * Math.min(3, m - 1));
      return {text: `in ${MONTHS[m - 1 - back]}`, month: `${y}-${String(m - back).padStart(2, "0")}`};
    }
    case "earlier-this-month":
      return {text: "earlier this month", month: article.slice(0, 7)};
  }
}
