/**
 * The day a news story tells. A news page tells its news by the day it happened, once, where it first tells it ("Serbian
 * Foreign Minister Marko Djuric on Thursday hosted …", "the ministers met in Bangkok on Tuesday", "On 20-21 May 2024, …
 * took part in the meeting …"), and tells the rest of the story in the sentences after it with no day of their own
 * ("The two ministers signed an agreement on tourism.", "Kulubaev also asked Austria to open an embassy."): those acts
 * are of the story's day, not of the day the page came out (often the next). The story's day is a day told within the
 * two weeks before the page (a date older than that is background: "opened its embassy in 2022", "on 22 December
 * 2022"), in a sentence's own clause (not a relative clause's: "Putin, who arrived on Wednesday, …", src/read/
 * dates-background.ts); it holds until a sentence tells a later such day, or the page's own day ("On Thursday, the
 * leaders …" on a Thursday page: from there the story is of the page's day). A day earlier than the latest told is a
 * step before the story ("arrived on Thursday" after a lead of Friday): it dates its own sentence only.
 *
 * @module
 * @example
 * ```ts
 * const texts = ["X met Y on Tuesday.", "The two signed a memorandum."];
 * storyDays(texts, [tuesday, undefined], "2025-02-12", () => false); // [undefined, tuesday]
 * ```
 */
import {addDays, type ResolvedDate} from "./dates.js";

/** How far back from the page a day is still the news the page tells: two weeks. */
const NEWS_DAYS = 14;

/**
 * The rules of a date that names its day: a weekday ("on Tuesday", "met Tuesday with"), a day of a month ("on 20-21
 * May 2024", "March 12"), "yesterday". Not "last week" (read as the day a week back, no day told), nor a step counted
 * from another date.
 */
const DAY_TOLD = new Set([
  "day-range-year",
  "day-month-year",
  "month-day-year",
  "iso-date",
  "day-relative-year",
  "month-day",
  "day-month",
  "relative-day",
  "weekday",
  "wire-weekday",
  "same-occasion"
]);

/** A participle of publishing right before a day: "published on", "posted", "updated on", "issued on". */
const PUBLISHED_ON = /\b(?:published|posted|updated|issued|printed|aired|broadcast)\s+(?:on\s+|from\s+)?$/i;

/** A past perfect: what it tells happened before the story's time, so its day is not the story's ("had called on Monday"). */
const PAST_PERFECT = /\bhad\s+(?:(?:not|already|also|just|earlier|previously|been)\s+)?[a-z]{2,}(?:ed|en|wn|ne|t)\b/i;

/**
 * Per sentence, the story's day told before it (undefined where none is, or where the latest told is the page's own
 * day): `dates` are the sentences' own dates, `background(i, at)` says whether sentence i's date at `at` is a relative
 * clause's. Only a page dated to the day has a story's day.
 */
export function storyDays(
  texts: readonly string[],
  dates: readonly (ResolvedDate | undefined)[],
  pageDate: string | undefined,
  background: (i: number, at: number) => boolean
): (ResolvedDate | undefined)[] {
  const out: (ResolvedDate | undefined)[] = [];
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}$/.test(pageDate)) return out;
  const from = addDays(pageDate, -NEWS_DAYS);
  let story: ResolvedDate | undefined;
  let latest: string | undefined;
  dates.forEach((d, i) => {
    out.push(story);
    if (!d || d.precision !== "day" || d.date > pageDate || d.date < from || !DAY_TOLD.has(d.rule)) return;
    if ((d.start !== undefined && background(i, d.start)) || PAST_PERFECT.test(texts[i]!)) return;
    // (the day something was published is no happening: "reports … published on 17 and 18 June", a press review's
    // lead; session 31)
    if (d.start !== undefined && PUBLISHED_ON.test(texts[i]!.slice(Math.max(0, d.start - 30), d.start))) return;
    // (a day told after the story's day but earlier than it is a step before the story, "The Uzbek leader arrived … on
    // December 21" after a lead of the 22nd: it dates its own sentence, and the story stays on the later day)
    if (latest !== undefined && d.date < latest) return;
    latest = d.date;
    story = d.date === pageDate ? undefined : d;
  });
  return out;
}
