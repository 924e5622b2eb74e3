/**
 * The date of what a sentence reports, resolved against the article's own date: "on 17 September
 * 2024", "in January 2022", "on November 11 and 12", "earlier this month", "last September",
 * "in November", "yesterday". The article's date when the sentence gives none.
 *
 * @module
 * @example
 * ```ts
 * resolveDate("Tokayev visited Moscow last September.", "2024-02-15");
 * // {date: "2023-09-01", precision: "month", text: "last September", rule: "last-month-name", start: 24, end: 38}
 * ```
 */
import {isIsoDate, type DatePrecision} from "../domain/index.js";

export interface ResolvedDate {
  /** YYYY-MM-DD (the first day of the month or year when less precise). */
  date: string;
  /** Never "unknown": an undated sentence resolves to nothing. "article": none in the sentence, the article's date was used. */
  precision: Exclude<DatePrecision, "unknown">;
  /** The words that gave the date, and their offsets in the sentence. */
  text?: string;
  start?: number;
  end?: number;
  rule: string;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + days));
  return t.toISOString().slice(0, 10);
}

interface Pattern {
  rule: string;
  re: RegExp;
  resolve: (
    m: RegExpExecArray,
    ref: {y: number; m: number; d: number; date: string}
  ) => {date: string; precision: ResolvedDate["precision"]} | undefined;
}

/** The most recent `month` not after the reference month (this year or last). */
function recentMonth(month: number, ref: {y: number; m: number}, strictlyBefore = false): number {
  return month < ref.m || (month === ref.m && !strictlyBefore) ? ref.y : ref.y - 1;
}

const PATTERNS: Pattern[] = [
  {
    rule: "day-month-year",
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:(?:and|-|–)\\s*\\d{1,2}\\s+)?(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
      "i"
    ),
    resolve: (m) => ({date: iso(Number(m[3]), monthIndex(m[2]!), Number(m[1])), precision: "day"})
  },
  {
    rule: "month-day-year",
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:and|-|–)\\s*\\d{1,2})?,?\\s+(\\d{4})\\b`, "i"),
    resolve: (m) => ({date: iso(Number(m[3]), monthIndex(m[1]!), Number(m[2])), precision: "day"})
  },
  {
    rule: "iso-date",
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    resolve: (m) => ({date: iso(Number(m[1]), Number(m[2]), Number(m[3])), precision: "day"})
  },
  {
    rule: "month-day",
    re: new RegExp(`\\b(?:on\\s+)${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, "i"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[1]!);
      return {date: iso(recentMonth(mo, ref), mo, Number(m[2])), precision: "day"};
    }
  },
  {
    rule: "day-month",
    re: new RegExp(`\\b(?:on\\s+)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d{4})`, "i"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[2]!);
      return {date: iso(recentMonth(mo, ref), mo, Number(m[1])), precision: "day"};
    }
  },
  {
    rule: "month-year",
    re: new RegExp(`\\b(?:(?:early|mid|late)[-\\s])?${MONTH}\\s+(?:of\\s+)?(\\d{4})\\b`, "i"),
    resolve: (m) => ({date: iso(Number(m[2]), monthIndex(m[1]!), 1), precision: "month"})
  },
  {
    rule: "last-month-name",
    re: new RegExp(`\\blast\\s+${MONTH}\\b`, "i"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[1]!);
      return {date: iso(recentMonth(mo, ref, true), mo, 1), precision: "month"};
    }
  },
  {
    rule: "this-month-name",
    re: new RegExp(`\\bthis\\s+${MONTH}\\b`, "i"),
    resolve: (m, ref) => ({date: iso(ref.y, monthIndex(m[1]!), 1), precision: "month"})
  },
  {
    rule: "in-month",
    re: new RegExp(`\\b(?:in|since|during|until|by)\\s+(?:(?:early|mid|late)[-\\s])?${MONTH}\\b(?!\\s*\\d)`, "i"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[1]!);
      return {date: iso(recentMonth(mo, ref), mo, 1), precision: "month"};
    }
  },
  {
    rule: "relative-day",
    re: /\b(yesterday|today|the day before yesterday)\b/i,
    resolve: (m, ref) => {
      const w = m[1]!.toLowerCase();
      return {date: addDays(ref.date, w === "today" ? 0 : w === "yesterday" ? -1 : -2), precision: "day"};
    }
  },
  {
    rule: "this-month",
    re: /\b(?:earlier|later)?\s*this month\b/i,
    resolve: (_m, ref) => ({date: iso(ref.y, ref.m, 1), precision: "month"})
  },
  {
    rule: "last-month",
    re: /\blast month\b/i,
    resolve: (_m, ref) => ({date: ref.m === 1 ? iso(ref.y - 1, 12, 1) : iso(ref.y, ref.m - 1, 1), precision: "month"})
  },
  {
    rule: "last-week",
    re: /\blast week\b/i,
    resolve: (_m, ref) => ({date: addDays(ref.date, -7), precision: "day"})
  },
  {
    rule: "season-year",
    re: /\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b/i,
    resolve: (m) => {
      const month = {spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12}[m[1]!.toLowerCase() as "spring"];
      return {date: iso(Number(m[2]), month, 1), precision: "month"};
    }
  },
  {
    rule: "year",
    re: /\b(?:in|since|during|until|by|of|from)\s+(?:(?:early|mid|late)[-\s])?(1[89]\d{2}|20\d{2})\b(?![-–]\d)/i,
    resolve: (m) => ({date: iso(Number(m[1]), 1, 1), precision: "year"})
  },
  {
    rule: "relative-year",
    re: /\b(last|this|next) year\b/i,
    resolve: (m, ref) => {
      const w = m[1]!.toLowerCase();
      return {date: iso(ref.y + (w === "last" ? -1 : w === "next" ? 1 : 0), 1, 1), precision: "year"};
    }
  }
];

/**
 * The date a sentence reports, resolved against the article's date (YYYY-MM-DD). When the
 * sentence names several dates, the first in the order of {@link PATTERNS}' precision wins (day
 * before month before year). Without a reference date, relative expressions are ignored.
 */
export function resolveDate(sentence: string, articleDate: string | undefined): ResolvedDate | undefined {
  const ref = articleDate && isIsoDate(articleDate) ? articleDate : undefined;
  const r = ref
    ? {y: Number(ref.slice(0, 4)), m: Number(ref.slice(5, 7)), d: Number(ref.slice(8, 10)), date: ref}
    : undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(sentence);
    if (!m) continue;
    const needsRef = !/\d{4}/.test(m[0]);
    if (needsRef && !r) continue;
    const out = p.resolve(m, r ?? {y: 0, m: 0, d: 0, date: ""});
    if (!out || !isIsoDate(out.date)) continue;
    const text = m[0].trim().replace(/^(on|in|since|during|until|by|of|from)\s+/i, "");
    const start = m.index + m[0].indexOf(text);
    return {...out, text, start, end: start + text.length, rule: p.rule};
  }
  return ref ? {date: ref, precision: "article", rule: "article-date"} : undefined;
}

/**
 * Every date a sentence names, left to right, each with its offsets (overlapping readings give way to the
 * more precise one). A sentence that tells several happenings ("the retreat … in 2021 and the war … in
 * February 2022") dates each by the expression nearest to it ({@link nearestDate}).
 */
export function resolveDates(sentence: string, articleDate: string | undefined): ResolvedDate[] {
  const ref = articleDate && isIsoDate(articleDate) ? articleDate : undefined;
  const r = ref
    ? {y: Number(ref.slice(0, 4)), m: Number(ref.slice(5, 7)), d: Number(ref.slice(8, 10)), date: ref}
    : undefined;
  const out: ResolvedDate[] = [];
  for (const p of PATTERNS) {
    const re = new RegExp(p.re.source, p.re.flags.includes("g") ? p.re.flags : `${p.re.flags}g`);
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const needsRef = !/\d{4}/.test(m[0]);
      if (needsRef && !r) continue;
      const got = p.resolve(m, r ?? {y: 0, m: 0, d: 0, date: ""});
      if (!got || !isIsoDate(got.date)) continue;
      const text = m[0].trim().replace(/^(on|in|since|during|until|by|of|from)\s+/i, "");
      const start = m.index + m[0].indexOf(text);
      const end = start + text.length;
      if (out.some((o) => o.start! < end && start < o.end!)) continue;
      out.push({...got, text, start, end, rule: p.rule});
    }
  }
  return out.sort((a, b) => a.start! - b.start!);
}

/**
 * Of a sentence's dates, the one that belongs to a word at [start, end) (an event's verb or noun): the first date
 * after it in the same stretch of the sentence (no comma, semicolon or dash between: "the retreat … during the
 * summer of 2021", "visited Moscow on 12 May"), else the nearest one before it ("In March 2022, Russia …").
 */
export function nearestDate(
  sentence: string,
  dates: readonly ResolvedDate[],
  start: number,
  end: number
): ResolvedDate | undefined {
  const after = dates.find((d) => d.start! >= end && !/[,;–—]/.test(sentence.slice(end, d.start!)));
  if (after) return after;
  const before = dates.filter((d) => d.end! <= start);
  return before.at(-1) ?? dates.find((d) => d.start! >= end);
}

/** Parses a date written in a dateline ("01 June 2023 - 17:27", "June 1, 2023", "2023-06-01", "01.06.2023"). */
export function parseDateline(s: string): string | undefined {
  let m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, "i").exec(s);
  if (m) return checked(iso(Number(m[3]), monthIndex(m[2]!), Number(m[1])));
  m = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i").exec(s);
  if (m) return checked(iso(Number(m[3]), monthIndex(m[1]!), Number(m[2])));
  m = /\b(\d{4})[-/.](\d{2})[-/.](\d{2})(?!\d)/.exec(s);
  if (m) return checked(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  // Day first ("12.03.2024", "12/03/2024"), unless the second number cannot be a month ("03/25/2024").
  m = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return b > 12 && a <= 12 ? checked(iso(Number(m[3]), a, b)) : checked(iso(Number(m[3]), b, a));
  }
  return undefined;
}

function checked(d: string): string | undefined {
  return isIsoDate(d) ? d : undefined;
}
