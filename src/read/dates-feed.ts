/**
 * A feed's day lines: a channel's web preview, a live page or a news list sets its posts under lines that give a day
 * and a month alone ("January 12", "12 January"), with no year (the form shows the year only for posts of another
 * year than the reader's). Each post is of its line's day: "held talks … in Termez today" is of the line above the
 * post, "postponed from December" is the December before it. A page with no date of its own is of its newest post's
 * day.
 *
 * The year is the page's to tell: the latest year its sentences date to the month or the day (as for any undated page,
 * src/read/dates.ts `estimateReferenceYear`), or the year after a year whose total the page tells as done ("Trade …
 * reached $1.6 billion in 2025": a year's total is told once the year is over). A page that tells neither gives its
 * day lines no year, and its posts no date.
 *
 * @module
 */
import {isIsoDate} from "../domain/plain.js";
import type {Article} from "./article.js";
import {estimateReferenceYear, iso, MONTH, monthIndex, type ResolvedDate} from "./dates.js";

/** A day line alone: "January 12", "12 January", "Jan. 12" (no weekday, no year, nothing else on the line). */
const DAY_LINE = new RegExp(String.raw`^\s*(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})\s*$`, "i");
/**
 * A year's total told as done: a verb of a total, a figure, "in 2025" ("Trade reached $1.6 billion in 2025", "exports
 * amounted to about 800,000 tonnes in 2024"). Not "in the first half of 2025" (part of a year), nor "reached an
 * agreement in 2025" (no figure).
 */
const YEAR_TOTAL =
  /\b(?:reached|amounted\s+to|totall?ed|stood\s+at|exceeded|rose\s+to|grew\s+to|fell\s+to|dropped\s+to|increased\s+to|decreased\s+to|came\s+to)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|roughly|just\s+(?:over|under)|a\s+record(?:\s+of)?)\s+)?(?:[$€£¥]|US\$)?\s?\d[\d.,]*(?:\s*%|\s+(?:per\s*cent|percent|[\p{Ll}]+)){0,3}\s+in\s+((?:19|20)\d{2})\b(?![-–/]|\s*[-–]\s*\d)/giu;

/** A feed's day: the line's text, the date, and where its posts start in the article's body. */
export interface FeedDay {
  text: string;
  date: string;
  /** Offset in the article's body from which the sentences are this day's posts. */
  from: number;
}

/**
 * The year a page with no date of its own is of, from its text (see the module's note): undefined when it tells none.
 */
export function feedYear(texts: readonly string[]): number | undefined {
  let best = estimateReferenceYear(texts);
  for (const t of texts)
    for (const m of t.matchAll(YEAR_TOTAL)) {
      const y = Number(m[1]) + 1;
      if (best === undefined || y > best) best = y;
    }
  return best;
}

/**
 * The day lines of a page with no date of its own, each with its date, in the page's order; undefined when the page
 * sets fewer than two, or its text tells no year. The lines run the same way, oldest first (a channel's preview) or
 * newest first (a news list); the newest is of the year the text tells, and a line of a later month and day than the
 * one after it in time is of the year before ("December 30", then "January 2").
 */
export function feedDays(article: Article): FeedDay[] | undefined {
  const lines: {text: string; month: number; day: number; src: number}[] = [];
  const consider = (text: string, src: number) => {
    const m = DAY_LINE.exec(text);
    if (!m) return;
    const month = monthIndex((m[1] ?? m[4])!);
    const day = Number(m[2] ?? m[3]);
    if (day < 1 || day > 31) return;
    lines.push({text: text.trim(), month, day, src});
  };
  for (const d of article.dropped) consider(d.text, d.start);
  for (const p of article.paragraphs) consider(p.text, p.srcStart);
  if (lines.length < 2) return undefined;
  lines.sort((a, b) => a.src - b.src);
  const year = feedYear(article.paragraphs.map((p) => p.text));
  if (year === undefined) return undefined;
  const key = (l: {month: number; day: number}) => l.month * 100 + l.day;
  // (in time order, newest last: each line of a later month and day than the one after it is of the year before)
  const inTime = (timed: typeof lines) => {
    const years: number[] = timed.map(() => year);
    for (let k = timed.length - 2; k >= 0; --k)
      years[k] = key(timed[k]!) > key(timed[k + 1]!) ? years[k + 1]! - 1 : years[k + 1]!;
    return timed.map((l, k) => ({l, date: iso(years[k]!, l.month, l.day)}));
  };
  const span = (d: {date: string}[]) => Date.parse(d.at(-1)!.date) - Date.parse(d[0]!.date);
  // (the lines run oldest first or newest first, whichever makes the shorter time: "December 30", "January 2" are
  // three days, not a year less three)
  const oldestFirst = inTime(lines);
  const newestFirst = inTime([...lines].reverse());
  const reversed = span(newestFirst) < span(oldestFirst);
  const dated = reversed ? newestFirst.reverse() : oldestFirst;
  if (dated.some((d) => !isIsoDate(d.date))) return undefined;
  return dated.map(({l, date}) => {
    // (its posts start at the first paragraph after the line)
    const next = article.paragraphs.find((p) => p.srcStart >= l.src);
    return {text: l.text, date, from: next ? next.start : article.body.length};
  });
}

/** The newest day of a feed's lines (the page's date when it states none). */
export function newestFeedDay(days: readonly FeedDay[]): FeedDay {
  return days.reduce((a, b) => (b.date > a.date ? b : a));
}

/**
 * The dates of a feed's posts: each sentence (with its offset in the body) after a day line is of that line's day
 * (rule "feed-day", precision day), its own date read against that day ("today", "from December"). Undefined before the
 * first line.
 */
export function feedDates(
  days: readonly FeedDay[],
  sentences: readonly {start: number; text: string}[],
  resolve: (text: string, day: string) => ResolvedDate | undefined
): (ResolvedDate | undefined)[] {
  return sentences.map((s) => {
    let day: FeedDay | undefined;
    for (const d of days) if (d.from <= s.start && (!day || d.from >= day.from)) day = d;
    if (!day || s.text.trim() === day.text) return undefined;
    const own = resolve(s.text, day.date);
    if (own && own.precision !== "article") return own;
    return {date: day.date, precision: "day", text: day.text, rule: "feed-day"};
  });
}
