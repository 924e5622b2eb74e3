/**
 * A schedule's days: a diary or "week ahead" page sets its entries under day headings ("MONDAY, SEPTEMBER 18",
 * "Tuesday 19 September") and, further ahead, under a date at the head of the line ("SEPT 29 - BERLIN - Scholz
 * hosts …"). Each entry tells, in the present, what is to happen that day ("Szijjarto visits Uzbekistan", "Kazakhstan
 * and the EU hold the annual meeting of their Cooperation Council"): the article reader dates the entry's sentences
 * by their heading and reads their present tense as a schedule (src/read/document.ts passes `scheduled` to the coder;
 * src/read/coder.ts frameMood reads a present-tense cooperation as its intent, planned).
 *
 * A page is a schedule when it sets at least two day headings, each a weekday with its day and month alone on its
 * line; the weekday fixes the year, the page's or the next (the one nearest the page's date: a schedule looks ahead),
 * and a heading whose weekday neither fits is no heading. Without the page's date nothing is dated.
 *
 * @module
 */
import {isIsoDate} from "../domain/plain.js";
import {iso, monthIndex, type ResolvedDate} from "./dates.js";

const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?`;
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** A day heading alone on its line: "MONDAY, SEPTEMBER 18", "Tuesday 19 September", "Wed., Sept. 20:". */
const DAY_HEADING = new RegExp(
  String.raw`^\s*${WEEKDAY},?\s+(?:${MONTH}\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d{2}))?\s*:?\s*$`,
  "i"
);
/** A date at the head of a schedule's line, before a dash or a colon: "SEPT 29 - BERLIN - …", "12-13 October: …". */
const DATE_HEAD = new RegExp(
  String.raw`^\s*(?:${MONTH}\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?|(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+${MONTH})(?:,?\s+((?:19|20)\d{2}))?\s*(?:[–—]|-{1,2}|:)\s+(?=\S)`,
  "i"
);
/** A short line with no sentence's end: a heading ("LOOKING AHEAD", "Further ahead:"). */
const HEADING = /^(?=.{1,60}$)[^.!?]*[^\s.!?"”’)]\s*$/;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * The year of a day and month nearest the page's date among its year and the next (a schedule looks ahead); with
 * `weekday` only a year whose day falls on it (undefined when none does); with `year`, that year alone.
 */
function yearOf(
  month: number,
  day: number,
  page: string,
  weekday: string | undefined,
  year: number | undefined
): string | undefined {
  const y0 = Number(page.slice(0, 4));
  let best: string | undefined;
  for (const y of year !== undefined ? [year] : [y0, y0 + 1]) {
    if (!isIsoDate(iso(y, month, day))) continue;
    if (weekday !== undefined && WEEKDAYS[new Date(Date.UTC(y, month - 1, day)).getUTCDay()] !== weekday) continue;
    const date = iso(y, month, day);
    if (best === undefined || daysBetween(date, page) < daysBetween(best, page)) best = date;
  }
  return best;
}

/**
 * The dates of a schedule's entries: each sentence of `sentences` (the body's, with their offsets in `body`) under a
 * day heading, up to the next heading (a short line with no sentence's end), or on a line with a date at its head (on a page with two day
 * headings), is of that day (rule "schedule-entry", precision day). Undefined for every other sentence, and for all
 * when the page is no schedule or has no date (`pageDate`).
 */
export function scheduleDates(
  body: string,
  sentences: readonly {start: number; text: string}[],
  pageDate: string | undefined
): (ResolvedDate | undefined)[] {
  const out: (ResolvedDate | undefined)[] = sentences.map(() => undefined);
  if (pageDate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(pageDate)) return out;
  const lines: {from: number; line: string}[] = [];
  let at = 0;
  for (const line of body.split("\n")) {
    lines.push({from: at, line});
    at += line.length + 1;
  }
  const headings = lines.map(({line}) => {
    const m = DAY_HEADING.exec(line);
    if (!m) return undefined;
    const month = monthIndex((m[2] ?? m[5])!);
    const day = Number(m[3] ?? m[4]);
    const date = yearOf(month, day, pageDate, m[1]!.toLowerCase().slice(0, 3), m[6] ? Number(m[6]) : undefined);
    return date ? {date, text: line.trim().replace(/:$/, "")} : undefined;
  });
  if (headings.filter(Boolean).length < 2) return out;
  const entries: {from: number; to: number; date: ResolvedDate}[] = [];
  let open: {from: number; date: ResolvedDate} | undefined;
  const close = (to: number) => {
    if (open) entries.push({from: open.from, to, date: open.date});
    open = undefined;
  };
  lines.forEach(({from, line}, k) => {
    const heading = headings[k];
    if (heading) {
      close(from);
      open = {from, date: {date: heading.date, precision: "day", text: heading.text, rule: "schedule-entry"}};
      return;
    }
    if (!line.trim()) return;
    // (a heading of another kind ends the day's entries: "LOOKING AHEAD", "Further ahead")
    if (HEADING.test(line)) {
      close(from);
      return;
    }
    const head = DATE_HEAD.exec(line);
    if (!head) return;
    const date = yearOf(
      monthIndex((head[1] ?? head[4])!),
      Number(head[2] ?? head[3]),
      pageDate,
      undefined,
      head[5] ? Number(head[5]) : undefined
    );
    if (!date) return;
    // (a dated line is an entry of its own: it ends the heading's, and its date holds for its line alone)
    close(from);
    entries.push({
      from,
      to: from + line.length,
      date: {
        date,
        precision: "day",
        text: head[0].replace(/\s*(?:[–—]|-{1,2}|:)\s+$/, "").trim(),
        rule: "schedule-entry"
      }
    });
  });
  close(body.length);
  sentences.forEach((s, i) => {
    out[i] = entries.find((e) => s.start >= e.from && s.start < e.to)?.date;
  });
  return out;
}
