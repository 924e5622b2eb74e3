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
import type {DatePrecision, Period, PeriodPrecision} from "../domain/index.js";
import {isIsoDate} from "../domain/plain.js";
import {cue} from "./cue.js";

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
  /**
   * A month or a day told without its year, read as the next such one rather than the last, since its clause tells a
   * time still to come ("will attend the fair in May", "invited X to the forum in May" on a March page): see
   * {@link toldAhead}.
   */
  ahead?: true;
}

/** The months' names in lower case, January first (a month's number is its index + 1). */
export const MONTH_NAMES = [
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
/** The months' names as prose writes them, for a pattern's alternation: "January|February|…|December". */
export const MONTH_ALTERNATION = MONTH_NAMES.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join("|");

/**
 * Words before a bare weekday that make it a date phrase of its own ("on Thursday", "last Monday", "the Thursday") or
 * the end or start of a period ("through Sunday", "between Monday and", "starting Monday", "ahead of"), not a wire's
 * "<verb> Thursday" (= on Thursday); and any "-ing" word ("beginning", "including", "during"). Shared by the dating
 * (rule wire-weekday) and the coder's blanking (document.ts WIRE_WEEKDAY), so the two cannot disagree.
 */
export const NOT_WIRE_VERB_WORDS = String.raw`(?:on|last|next|this|by|until|till|through|thru|throughout|between|ahead|over|around|including|since|from|before|after|every|each|of|late|early|that|the|and|or|to|for|as|[a-z]+ing)`;
/** The weekday and the verb's complement after it: "Thursday" in "agreed Thursday to", "met Tuesday with". */
export const WIRE_WEEKDAY_TAIL = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:to|with|in|for|at|on|that|a|an|the|his|her|its|their)\b)`;

/** A month's name or its abbreviation, as a capturing group ("January", "Jan.", "Sept."). */
export const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

/** The month (1–12) a month's name or abbreviation names ("Sept." 9); 0 for none. */
export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

/** Year, month and day written YYYY-MM-DD. */
export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The ISO day `days` days after `date` (before it when negative; UTC). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + days));
  return t.toISOString().slice(0, 10);
}

/** The reference a relative date is read against: the article's date, or only an estimated year. */
interface Ref {
  y: number;
  m: number;
  d: number;
  date: string;
  /** Only the year is known (estimated from the text): patterns that need a day or a month give nothing. */
  estimated?: boolean;
  /**
   * The article states only its month or its year ("No. 11 | March 2022"): `date` is the period's first day, and
   * patterns that need the article's day ("on Tuesday", "yesterday", "last week") — or, for a year, its month — give
   * nothing.
   */
  coarse?: "month" | "year";
}

interface Pattern {
  rule: string;
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: Ref) => {date: string; precision: ResolvedDate["precision"]} | undefined;
  /** Resolvable against a year alone (an estimated reference year): month names, "this year", "ten years ago". */
  yearOnly?: boolean;
  /** Needs the article's day: nothing against an article that states only its month ("on Tuesday", "yesterday"). */
  needsDay?: boolean;
}

/** The most recent `month` not after the reference month (this year or last). */
function recentMonth(month: number, ref: {y: number; m: number}, strictlyBefore = false): number {
  return month < ref.m || (month === ref.m && !strictlyBefore) ? ref.y : ref.y - 1;
}

/** A count written as a word or in figures ("a", "an", "one" … "twelve", "fifteen", "twenty", "thirty", "18"). */
const COUNT = String.raw`(?<![-\p{L}\p{N}])((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,2})`;
/** Units of a span of time. */
const SPAN_UNIT = String.raw`(day|week|month|year|decade)`;
type SpanUnit = "day" | "week" | "month" | "year" | "decade";
const COUNT_WORDS =
  "a one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " "
  );
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

/** The number a {@link COUNT} word gives. */
function countOf(word: string): number {
  const w = word.toLowerCase();
  if (w === "an") return 1;
  if (/^\d/.test(w)) return Number(w);
  const [tens, unit] = w.split("-");
  const t = TENS.indexOf(tens!);
  if (t >= 0) return (t + 2) * 10 + (unit ? COUNT_WORDS.indexOf(unit) : 0);
  return Math.max(1, COUNT_WORDS.indexOf(w));
}

/**
 * A time `n` units before `from`, as precise as both allow: days and weeks from a day give a day, months a month
 * (of a month or a day), years and decades a year; a span finer than `from` gives `from`'s precision.
 */
function stepBack(
  from: {date: string; precision: Exclude<DatePrecision, "unknown">},
  n: number,
  unit: SpanUnit
): {date: string; precision: ResolvedDate["precision"]} {
  const [y, m] = from.date.split("-").map(Number) as [number, number];
  const coarse = from.precision === "year" ? "year" : from.precision === "month" ? "month" : "day";
  if ((unit === "day" || unit === "week") && coarse === "day")
    return {date: addDays(from.date, -(unit === "week" ? 7 : 1) * n), precision: "day"};
  if (unit === "year" || unit === "decade" || coarse === "year")
    return {date: iso(y - (unit === "decade" ? 10 * n : unit === "year" ? n : 0), 1, 1), precision: "year"};
  const k = y * 12 + (m - 1) - (unit === "month" ? n : 0);
  return {date: iso(Math.floor(k / 12), (k % 12) + 1, 1), precision: "month"};
}

/**
 * The second day of a range of days in one month with its year, after the first: "20-21 May 2024", "3 and 4 April
 * 2025". A range is dated by its first day, as the occasion it names began then (session 27: "20-21 May 2024" was read
 * as the 21st); and so is one without its year, "on 3 and 4 April" (session 32, once the false acts it dated in sessions
 * 27 and 31 were mended: "for transport links" read as a verb, "European and international institutions" as Europe).
 */
const DAY_RANGE_END = String.raw`(?:\s*(?:and|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?)?`;

const PATTERNS: Pattern[] = [
  {
    // "on February 28 and March 1, 2023", "from 30 June to 2 July 2024": two days of different months sharing the
    // year written after the second; the first day, of that year.
    rule: "day-range-year",
    re: new RegExp(
      `\\b(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+(?:of\\s+)?${MONTH})(?:st|nd|rd|th)?\\s*(?:and|to|through|until|-|–)\\s*(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?)\\s+(\\d{4})\\b`,
      "i"
    ),
    resolve: (m) => {
      const mo = monthIndex((m[1] ?? m[4])!);
      return {date: iso(Number(m[m.length - 1]), mo, Number(m[2] ?? m[3])), precision: "day"};
    }
  },
  {
    rule: "day-month-year",
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?${DAY_RANGE_END}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "i"),
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
    // "on June 17 last year", "17 May this year", "on 3 March of the previous year": a day of the year named (not the
    // year nearest before the page's day, as a day alone is read). Session 22.
    rule: "day-relative-year",
    re: new RegExp(
      `\\b(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+(?:of\\s+)?${MONTH})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(last|this|next|the\\s+previous|the\\s+following)\\s+year\\b`,
      "i"
    ),
    resolve: (m, ref) => {
      const w = m[5]!.toLowerCase();
      const y = w === "this" ? ref.y : w === "next" || w.endsWith("following") ? ref.y + 1 : ref.y - 1;
      return {date: iso(y, monthIndex((m[1] ?? m[4])!), Number(m[2] ?? m[3])), precision: "day"};
    }
  },
  {
    // "on March 12", "from November 11" (session 31: "from November 11-13", a range by its first day, as "on June 16–17"
    // always was).
    rule: "month-day",
    yearOnly: true,
    re: new RegExp(`\\b(?:on|from)\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, "i"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[1]!);
      return {date: iso(recentMonth(mo, ref), mo, Number(m[2])), precision: "day"};
    }
  },
  {
    // ("from 12 March" too, and a range of days by its first day, "on 18–19 May", "on 3 and 4 April": session 32.)
    rule: "day-month",
    yearOnly: true,
    re: new RegExp(
      `\\b(?:on|from)\\s+(\\d{1,2})(?:st|nd|rd|th)?${DAY_RANGE_END}\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d{4})`,
      "i"
    ),
    resolve: (m, ref) => {
      const mo = monthIndex(m[2]!);
      return {date: iso(recentMonth(mo, ref), mo, Number(m[1])), precision: "day"};
    }
  },
  {
    // "in January of last year", "in March this year", "in May next year": the month of the year named.
    rule: "month-relative-year",
    re: new RegExp(
      `\\b(?:(?:early|mid|late)[-\\s])?${MONTH}\\s+(?:of\\s+)?(last|this|next|the\\s+previous|the\\s+following)\\s+year\\b`,
      "i"
    ),
    resolve: (m, ref) => {
      const w = m[2]!.toLowerCase();
      const y = w === "this" ? ref.y : w === "next" || w.endsWith("following") ? ref.y + 1 : ref.y - 1;
      return {date: iso(y, monthIndex(m[1]!), 1), precision: "month"};
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
    yearOnly: true,
    re: new RegExp(`\\bthis\\s+${MONTH}\\b`, "i"),
    resolve: (m, ref) => ({date: iso(ref.y, monthIndex(m[1]!), 1), precision: "month"})
  },
  {
    rule: "in-month",
    yearOnly: true,
    re: new RegExp(`\\b(?:in|since|during|until|by)\\s+(?:(?:early|mid|late)[-\\s])?${MONTH}\\b(?!\\s*\\d)`, "i"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[1]!);
      return {date: iso(recentMonth(mo, ref), mo, 1), precision: "month"};
    }
  },
  {
    rule: "relative-day",
    needsDay: true,
    re: /\b(yesterday|today|the day before yesterday)\b/i,
    resolve: (m, ref) => {
      const w = m[1]!.toLowerCase();
      return {date: addDays(ref.date, w === "today" ? 0 : w === "yesterday" ? -1 : -2), precision: "day"};
    }
  },
  {
    rule: "weekday",
    needsDay: true,
    // "on Tuesday", "last Friday": the latest such day on or before the article's date (a wire's "on Tuesday" is
    // this week's, and never the article's future). "next Monday" is a plan: the day after the article's.
    re: /\b(on|On|last|Last|next|Next|this|This|since|Since|by|By|until|Until)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
    resolve: (m, ref) => {
      const want = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(
        m[2]!.toLowerCase()
      );
      const [y, mo, d] = ref.date.split("-").map(Number);
      const today = new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDay();
      if (m[1]!.toLowerCase() === "next")
        return {date: addDays(ref.date, ((want - today + 6) % 7) + 1), precision: "day"};
      const back = (today - want + 7) % 7;
      // "last Friday" said on a Friday is a week back.
      return {date: addDays(ref.date, -(back === 0 && m[1]!.toLowerCase() === "last" ? 7 : back)), precision: "day"};
    }
  },
  {
    rule: "wire-weekday",
    needsDay: true,
    // A wire's bare weekday after a verb ("agreed Thursday to expand", "arrived Wednesday for a visit", "met Tuesday
    // with"): "on Thursday", the latest such day on or before the article's date. After a word that makes it a phrase
    // of its own ("the Thursday", "every Monday", "and Friday") it is no date here.
    re: new RegExp(String.raw`(?<=\b(?!${NOT_WIRE_VERB_WORDS}\s)[a-z]{2,}\s)${WIRE_WEEKDAY_TAIL}`),
    resolve: (m, ref) => {
      const want = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(
        m[1]!.toLowerCase()
      );
      const [y, mo, d] = ref.date.split("-").map(Number);
      const today = new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDay();
      return {date: addDays(ref.date, -((today - want + 7) % 7)), precision: "day"};
    }
  },
  {
    rule: "ago",
    yearOnly: true,
    re: new RegExp(String.raw`\b${COUNT}\s+${SPAN_UNIT}s?\s+ago\b`, "iu"),
    resolve: (m, ref) => {
      const unit = m[2]!.toLowerCase() as SpanUnit;
      if ((ref.estimated || ref.coarse === "year") && unit !== "year" && unit !== "decade") return undefined;
      if (ref.coarse === "month" && (unit === "day" || unit === "week")) return undefined;
      // (dt26) "a year ago", "one year ago": the same month a year before ("flew to Samarkand a year ago" on 2 April 2026
      // is April 2025); "two years ago" and more are a year only.
      if (unit === "year" && countOf(m[1]!) === 1 && !ref.estimated && ref.coarse !== "year")
        return {date: iso(ref.y - 1, ref.m, 1), precision: "month"};
      return stepBack({date: ref.date, precision: "day"}, countOf(m[1]!), unit);
    }
  },
  {
    rule: "next-month",
    re: /\bnext month\b/i,
    resolve: (_m, ref) => ({date: ref.m === 12 ? iso(ref.y + 1, 1, 1) : iso(ref.y, ref.m + 1, 1), precision: "month"})
  },
  {
    rule: "next-week",
    needsDay: true,
    re: /\bnext week\b/i,
    resolve: (_m, ref) => ({date: addDays(ref.date, 7), precision: "day"})
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
    needsDay: true,
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
    // "removed the Taliban from its list at the end of 2023": the last month of the year (its first, "at the start of
    // 2024"), not the year alone (session 35)
    rule: "year-end",
    re: /\bthe\s+(end|close|beginning|start)\s+of\s+(1[89]\d{2}|20\d{2})\b(?![-–]\d)/i,
    resolve: (m) => ({date: iso(Number(m[2]), /^(?:end|close)$/i.test(m[1]!) ? 12 : 1, 1), precision: "month"})
  },
  {
    rule: "year-range",
    // "for the period of 2023-2024", "in 2023–2025": the period starts in its first year.
    re: /\b(?:in|of|for|during|from)\s+(1[89]\d{2}|20\d{2})\s*[-–]\s*(?:1[89]\d{2}|20\d{2})\b/i,
    resolve: (m) => ({date: iso(Number(m[1]), 1, 1), precision: "year"})
  },
  {
    rule: "year",
    re: /\b(?:in|since|during|until|by|of|from)\s+(?:(?:early|mid|late)[-\s])?(1[89]\d{2}|20\d{2})\b(?![-–]\d)/i,
    resolve: (m) => ({date: iso(Number(m[1]), 1, 1), precision: "year"})
  },
  {
    rule: "relative-year",
    yearOnly: true,
    re: /\b(last|this|next|earlier this|later this) year\b/i,
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
/**
 * What a match of every pattern above holds (the patterns are case-insensitive without the Unicode flag, so only
 * ASCII letters match their words): a digit, a month's first three letters at a word start, "month", "week",
 * "year", "yesterday" or "today" at a word start, a weekday's "day" or "ago" at a word end. A sentence with none
 * names no date, and the patterns are not run on it.
 */
const MAY_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month|week|year|yesterday|today)|day\b|ago\b/i;

// (Each pattern run only on sentences holding the words it needs: src/read/cue.ts.)
for (const p of PATTERNS) p.re = cue(p.re);

export function resolveDate(
  sentence: string,
  articleDate: string | undefined,
  estimatedYear?: number,
  articlePrecision: PeriodPrecision = "day"
): ResolvedDate | undefined {
  const ref = articleDate && isIsoDate(articleDate) ? articleDate : undefined;
  if (!MAY_DATE.test(sentence)) return ref ? {date: ref, precision: "article", rule: "article-date"} : undefined;
  const r = refOf(ref, estimatedYear, articlePrecision);
  for (const p of PATTERNS) {
    const m = p.re.exec(sentence);
    if (!m) continue;
    const got = resolveMatch(p, m, r);
    if (got) return got;
  }
  return ref ? {date: ref, precision: "article", rule: "article-date"} : undefined;
}

function refOf(
  articleDate: string | undefined,
  estimatedYear: number | undefined,
  articlePrecision: PeriodPrecision = "day"
): Ref | undefined {
  // A year-only article is read as the end of its year, as an estimated year is (its month names are that year's).
  if (articleDate && articlePrecision === "year") {
    const y = Number(articleDate.slice(0, 4));
    return {y, m: 12, d: 31, date: `${y}-12-31`, coarse: "year"};
  }
  if (articleDate && articlePrecision === "month")
    return {
      y: Number(articleDate.slice(0, 4)),
      m: Number(articleDate.slice(5, 7)),
      d: 1,
      date: `${articleDate.slice(0, 7)}-01`,
      coarse: "month"
    };
  if (articleDate)
    return {
      y: Number(articleDate.slice(0, 4)),
      m: Number(articleDate.slice(5, 7)),
      d: Number(articleDate.slice(8, 10)),
      date: articleDate
    };
  if (estimatedYear === undefined) return undefined;
  return {y: estimatedYear, m: 12, d: 31, date: `${estimatedYear}-12-31`, estimated: true};
}

/** One pattern's match resolved against the reference (a date of its own needs none); offsets into the sentence. */
function resolveMatch(p: Pattern, m: RegExpExecArray, r: Ref | undefined): ResolvedDate | undefined {
  const needsRef = !/\d{4}/.test(m[0]);
  if (needsRef && (!r || ((r.estimated || r.coarse === "year") && !p.yearOnly))) return undefined;
  if (needsRef && r?.coarse === "month" && p.needsDay) return undefined;
  let out = p.resolve(m, r ?? {y: 0, m: 0, d: 0, date: ""});
  if (!out || !isIsoDate(out.date)) return undefined;
  // A month or a day without its year is read as the last such one, unless it is later in the year than the page's and
  // its clause tells a time still to come: then this year's ("will attend the fair in May", "invited X to the forum in
  // May" on a March page).
  let ahead = false;
  if (r && !r.estimated && r.coarse !== "year" && AHEAD_RULES.has(p.rule) && !/^since\b/i.test(m[0])) {
    // (only a month after the page's, read in the year before: "invited Tokayev to Rome in January" on a June page is
    // of the last January, the invitation's or the visit's)
    if (Number(out.date.slice(0, 4)) === r.y - 1 && toldAhead(m.input, m.index)) {
      out = {date: `${r.y}${out.date.slice(4)}`, precision: out.precision};
      ahead = true;
    }
  }
  // (dt33) A weekday told without "last" or "next", read as the latest such day, is the coming one when its clause tells a
  // time still to come in the present's own future: "Albares travels to Tashkent on Wednesday", "is scheduled to meet
  // the prime minister on Thursday", "will sign the deal Friday with …" on a Tuesday page. The page's own weekday stays
  // the page's day.
  if (
    r &&
    !r.estimated &&
    r.coarse === undefined &&
    WEEKDAY_RULES.has(p.rule) &&
    out.date < r.date &&
    !/^(?:last|next|since)\b/i.test(m[0]) &&
    weekdayAhead(m.input, m.index)
  ) {
    out = {date: addDays(out.date, 7), precision: out.precision};
    ahead = true;
  }
  const text = m[0].trim().replace(/^(on|in|since|during|until|by|of|from)\s+/i, "");
  const start = m.index + m[0].indexOf(text);
  // A date read against a year estimated from the text says so in its rule.
  const rule = needsRef && r?.estimated ? `${p.rule}+estimated-year` : p.rule;
  // (Written out rather than spread: the same keys in the same order, without a generic copy per date.)
  return {
    date: out.date,
    precision: out.precision,
    text,
    start,
    end: start + text.length,
    rule,
    ...(ahead ? {ahead: true as const} : {})
  };
}

/** The rules of a weekday read against the page's day ({@link weekdayAhead}). */
const WEEKDAY_RULES = new Set(["weekday", "wire-weekday"]);

/**
 * What tells, in the clause before a weekday, that its day is still to come: English's future and its plans told in the
 * present ("will", "shall", "is to", "is scheduled / due / expected / set to", "plans to", "to be held", "upcoming"),
 * or the present of a journey or an occasion, which news tells with its day only when it is still to come ("travels to
 * Tashkent on Wednesday", "flies to Astana on Wednesday", "returns to Ottawa on Friday", "the summit, which opens on
 * Thursday"). Not a future told in the past ("said he would meet X on Thursday", "was due to arrive on Monday"): a
 * weekday is at most six days back, and such a report may be of any of them.
 */
const WEEKDAY_AHEAD_WORD =
  /\b(?:will|shall|(?:is|are|am)\s+(?:to|scheduled|due|expected|set|slated|planning|going\s+to)|plans?\s+to|intends?\s+to|to\s+be\s+held|upcoming|forthcoming)\b|['’]ll\b/i;
/**
 * The present of a journey or an occasion, with what makes the -s form a verb (its preposition or its object's name):
 * "travels to", "heads for", "arrives in", "opens on", "meets Japarov"; not "the heads of the delegations".
 */
const PRESENT_JOURNEY =
  /\b(?:(?:travels|heads|flies|leaves|departs|goes|moves|continues|returns)\s+(?:on\s+)?(?:to|for|home|back)\b|arrives\s+(?:in|at)\b|(?:opens|begins|starts)(?:\s+(?:on|this|next)\b|\s*$)|(?:visits|meets|hosts)\s+(?:the\s+)?[A-Z])/;

/** Whether the clause a weekday at `at` stands in tells a time still to come ({@link WEEKDAY_AHEAD_WORD}). */
export function weekdayAhead(sentence: string, at: number): boolean {
  const start = clauseStart(sentence, at);
  // (a weekday opening the sentence, "On Wednesday, the minister will open the forum": the clause after it)
  const opening = start === 0 && /^\s*(?:on|this)?\s*$/i.test(sentence.slice(0, at));
  let clause = sentence.slice(start, at);
  if (opening) {
    const rest = sentence.slice(at).replace(/^[^,;:]*?,\s*/, "");
    clause = rest.slice(0, rest.search(/[,;:—–]|\b(?:which|who|whom|whose|where|when|after|before|and|but)\b|$/));
  }
  return (WEEKDAY_AHEAD_WORD.test(clause) || PRESENT_JOURNEY.test(clause)) && !AHEAD_PAST.test(clause);
}

/** The rules of a month or a day told without its year, read against the page's date ({@link toldAhead}). */
const AHEAD_RULES = new Set(["in-month", "month-day", "day-month"]);

/**
 * Where a clause starts, looking back from a date: a stop of the sentence's own (a semicolon, a colon, a dash, a comma)
 * or a word that opens a clause of its own ("after awarding the contract to a consortium in May").
 */
const CLAUSE_OPENING =
  /[;:—–]|,\s|\b(?:after|before|when|since|while|because|although|though|whereas|which|who|whom|whose|where|but)\b/gi;

/**
 * What tells, in the clause before a date, that its time is still to come when the clause was told: a future or a
 * conditional ("will", "would", "shall", "is to"), a plan, a schedule or an expectation ("plans to", "planned for",
 * "is scheduled to", "is due to", "is expected to", "to be held"), a verb of deciding or promising before its
 * infinitive ("agreed to hold talks in June"), an invitation (its time is the occasion's it invites to: "invited Sri
 * Lankan companies to the forum in May") or a coming occasion ("the upcoming summit in June").
 */
const AHEAD_WORD =
  /\b(?:will|would|shall|is\s+to|are\s+to|to\s+be\s+held|plan(?:s|ned|ning)?\s+(?:to|for)|intends?\s+to|aims?\s+to|hopes?\s+to|(?:is|are)\s+(?:scheduled|due|expected|set)|scheduled\s+(?:to|for)|expected\s+to|(?:agreed|decided|promised|pledged|vowed|undertook|resolved)\s+to|invit(?:e|es|ed|ing|ation|ations)|upcoming|forthcoming)\b/i;

/**
 * A plan or a future told in the past, looking back from the page ("had planned to visit in December but …", "was
 * scheduled for May", "were due to"): its month may be the last one, and is left as such.
 */
const AHEAD_PAST =
  /\bhad\b|\b(?:was|were)\s+(?:(?:not|also|originally|initially)\s+)?(?:scheduled|due|expected|planned|set|to)\b/i;

/**
 * Whether the clause a yearless date at `at` stands in tells a time still to come (English's future and its plans:
 * "Ahn is scheduled to visit Kazakhstan in December", "KTZ plans to launch a train in March", "invited Kenyan tea
 * exporters to a fair in Almaty in September"): the month is then the next such one, not the last. A clause told as done
 * ("attended the fair in May", "agreed in December to set a tariff", "after awarding the contract in May") keeps the
 * last.
 */
export function toldAhead(sentence: string, at: number): boolean {
  const clause = sentence.slice(clauseStart(sentence, at), at);
  return AHEAD_WORD.test(clause) && !AHEAD_PAST.test(clause);
}

/** Where the clause holding offset `at` of a sentence starts ({@link CLAUSE_OPENING}; 0 for the sentence's start). */
export function clauseStart(sentence: string, at: number): number {
  const before = sentence.slice(0, at);
  let from = 0;
  CLAUSE_OPENING.lastIndex = 0;
  for (let m = CLAUSE_OPENING.exec(before); m; m = CLAUSE_OPENING.exec(before)) from = m.index;
  return from;
}

/**
 * Whether a sentence names a time of its own (a date, a month, a weekday, "yesterday", "last year" …), whether or
 * not the article's date lets it be resolved: such a sentence reports a happening rather than referring back.
 */
export function namesDate(sentence: string): boolean {
  return MAY_DATE.test(sentence) && PATTERNS.some((p) => p.re.test(sentence));
}

/**
 * The year an undated article was written in, estimated from its text: the latest year among the dates its
 * sentences give with a month ("17 September 2024", "in August 2024"). Bare years ("in 1997", "since 2022") are
 * history more often than news and are not used. Undefined when no sentence dates anything to the month.
 */
export function estimateReferenceYear(sentences: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const s of sentences)
    for (const d of resolveDates(s, undefined))
      if (d.precision === "day" || d.precision === "month") {
        const y = Number(d.date.slice(0, 4));
        if (best === undefined || y > best) best = y;
      }
  return best;
}

/** Each pattern with the global flag, made once: resolveDates scans a sentence with them (lastIndex reset per scan). */
const SCANS: readonly RegExp[] = PATTERNS.map((p) =>
  cue(new RegExp(p.re.source, p.re.flags.includes("g") ? p.re.flags : `${p.re.flags}g`))
);

/**
 * Every date a sentence names, left to right, each with its offsets (overlapping readings give way to the
 * more precise one). A sentence that tells several happenings ("the retreat … in 2021 and the war … in
 * February 2022") dates each by the expression nearest to it ({@link nearestDate}).
 */
export function resolveDates(
  sentence: string,
  articleDate: string | undefined,
  estimatedYear?: number,
  articlePrecision: PeriodPrecision = "day"
): ResolvedDate[] {
  if (!MAY_DATE.test(sentence)) return [];
  const ref = articleDate && isIsoDate(articleDate) ? articleDate : undefined;
  const r = refOf(ref, estimatedYear, articlePrecision);
  const out: ResolvedDate[] = [];
  for (let i = 0; i < PATTERNS.length; ++i) {
    const p = PATTERNS[i]!;
    const re = SCANS[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const got = resolveMatch(p, m, r);
      if (!got) continue;
      if (out.some((o) => o.start! < got.end! && got.start! < o.end!)) continue;
      out.push(got);
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

/** A span of time said before "after": "a year after", "seven months after", "two weeks after". */
export interface SpanAfter {
  /** Offsets of the span's words ("a year"), and of its "after". */
  start: number;
  end: number;
  after: number;
  n: number;
  unit: SpanUnit;
}

const SPAN_AFTER = new RegExp(String.raw`\b${COUNT}\s+${SPAN_UNIT}s?\s+(?=after\b)`, "giu");

/**
 * The spans of time a sentence says before "after" ("… comes seven months after the leaders met …", "a year after
 * Astana hosted …"), in text order: what the "after" clause tells happened that long before the time the sentence
 * is told at ({@link dateSpanBefore}). A count with no number ("weeks after", "years after") is no span.
 */
export function spansAfter(sentence: string): SpanAfter[] {
  if (!/\bafter\b/i.test(sentence)) return [];
  const out: SpanAfter[] = [];
  SPAN_AFTER.lastIndex = 0;
  for (let m = SPAN_AFTER.exec(sentence); m; m = SPAN_AFTER.exec(sentence)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({
      start: m.index,
      end,
      after: m.index + m[0].length,
      n: countOf(m[1]!),
      unit: m[2]!.toLowerCase() as SpanUnit
    });
  }
  return out;
}

/** The date a {@link SpanAfter} points back to from `from` (the sentence's own time, or the article's). */
export function dateSpanBefore(
  from: {date: string; precision: Exclude<DatePrecision, "unknown">},
  span: SpanAfter,
  sentence: string
): ResolvedDate {
  const back = stepBack(from, span.n, span.unit);
  return {
    ...back,
    text: sentence.slice(span.start, span.after + 5),
    start: span.start,
    end: span.after + 5,
    rule: "span-after"
  };
}

/**
 * The date a {@link SpanAfter} points forward to from the happening it counts from, told before with a date of its
 * own ("Two days after the attack, X telephoned Y", the attack told on 22 March 2024: 24 March 2024): `from` plus the
 * span, as precise as both allow.
 */
export function dateSpanAfter(
  from: {date: string; precision: Exclude<DatePrecision, "unknown">},
  span: SpanAfter,
  sentence: string,
  end: number
): ResolvedDate {
  return {
    ...stepBack(from, -span.n, span.unit),
    text: sentence.slice(span.start, end),
    start: span.start,
    end,
    rule: "span-after-happening"
  };
}

/**
 * "in December of that year", "later that year", "the same year", "that same year": a year told before, not the
 * article's ({@link thatYear} reads it).
 */
const THAT_YEAR = new RegExp(
  `\\b(?:(?:in|by|until|since|during)\\s+)?(?:(?:early|mid|late)[-\\s])?(?:${MONTH}\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year|(?:(?:later|earlier)\\s+)?(?:that\\s+same|the\\s+same|that)\\s+year)\\b(?!['’]s)`,
  "i"
);

/**
 * "that September": the month of the year told before (session 31: "Xi hosted the five presidents in Xi'an in May 2023;
 * Biden met them in New York that September"). The month's name as written, so "that may" is no month.
 */
const THAT_MONTH = /\bthat\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * The date of a sentence's "in December of that year" / "later that year" / "the same year", read in the latest year
 * written out before it: in the sentence itself, else in `before` (the text before the sentence, back to the start of
 * the paragraph before it). Undefined when the sentence says no such thing or no year is written before it.
 */
export function thatYear(sentence: string, before: string): ResolvedDate | undefined {
  const m = /\byear\b/i.test(sentence)
    ? THAT_YEAR.exec(sentence)
    : /\bthat\s+[A-Z]/.test(sentence)
      ? THAT_MONTH.exec(sentence)
      : null;
  if (!m) return undefined;
  const year =
    lastYear(resolveDates(sentence.slice(0, m.index), undefined)) ?? lastYear(resolveDates(before, undefined));
  if (year === undefined) return undefined;
  const text = m[0].replace(/^(?:in|by|until|since|during)\s+/i, "");
  const start = m.index + m[0].indexOf(text);
  const month = m[1] === undefined ? undefined : monthIndex(m[1]);
  return {
    date: iso(year, month ?? 1, 1),
    precision: month === undefined ? "year" : "month",
    text,
    start,
    end: start + text.length,
    rule: month === undefined ? "that-year" : "month-of-that-year"
  };
}

/** The year of the last date written out in a text (the dates as {@link resolveDates} gives them, in text order). */
function lastYear(dates: readonly ResolvedDate[]): number | undefined {
  const d = dates.at(-1);
  return d ? Number(d.date.slice(0, 4)) : undefined;
}

/** "12 March 2024", "12th of March 2024", "12. March 2024" (the German and Nordic day with its dot). */
const DATELINE_DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, "i");
const DATELINE_MONTH_DAY = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i");
/** Day, month's name and year joined by hyphens, as some broadcasters' sites stamp a page ("25-Apr-2025", "3-MAR-2024"). */
const DATELINE_HYPHENED = new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{4})(?!\\d)`, "i");

/**
 * The months' names in the languages whose pages keep their own date stamps on an English service (French, Spanish,
 * Portuguese, Italian, German, Dutch, Swedish, Norwegian, Danish, Turkish), each with its month's number: a stamp's
 * "tisdag 11 mars 2025", "24. September 2025" or "11 Mart 2025" is a date, read as the English one.
 */
const FOREIGN_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    "janvier janv enero janeiro gennaio januar jänner januari ocak",
    "février févr febrero fevereiro febbraio februar februari şubat",
    "mars marzo março märz maart marts mart",
    "avril abril aprile nisan",
    "mai mayo maio maggio mei maj mayıs",
    "juin junio junho giugno juni haziran",
    "juillet juil julio julho luglio juli temmuz",
    "août agosto augustus augusti ağustos",
    "septembre septiembre setiembre setembro settembre eylül",
    "octobre octubre outubro ottobre oktober ekim",
    "novembre noviembre novembro kasım",
    "décembre diciembre dezembro dicembre dezember desember aralık"
  ].flatMap((names, k) => names.split(" ").map((n) => [n, k + 1] as const))
);
/** A day, a foreign month's name and a year: "11 mars 2025", "24. März 2025", "5 de mayo de 2025". */
const FOREIGN_DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(${Object.keys(FOREIGN_MONTHS).join("|")})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`,
  "iu"
);

/** A line with a date written in a foreign month's name given the English one ("11 mars 2025" → "11 March 2025"). */
export function withEnglishMonth(s: string): string {
  const m = FOREIGN_DAY_MONTH.exec(s);
  if (!m) return s;
  const month = MONTH_NAMES[FOREIGN_MONTHS[m[2]!.toLowerCase()]! - 1]!;
  return `${s.slice(0, m.index)}${m[1]} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${m[3]}${s.slice(m.index + m[0].length)}`;
}

/**
 * Parses a date written in a dateline ("01 June 2023 - 17:27", "June 1, 2023", "2023-06-01", "01.06.2023",
 * "22:07, 25-Apr-2025"; "29. 4. 2025", as Czech and Slovak pages space it; a foreign month's name, withEnglishMonth).
 */
export function parseDateline(s: string): string | undefined {
  const english = withEnglishMonth(s);
  if (english !== s) return parseDateline(english);
  let m = DATELINE_DAY_MONTH.exec(s) ?? DATELINE_HYPHENED.exec(s);
  if (m) return checked(iso(Number(m[3]), monthIndex(m[2]!), Number(m[1])));
  m = DATELINE_MONTH_DAY.exec(s);
  if (m) return checked(iso(Number(m[3]), monthIndex(m[1]!), Number(m[2])));
  m = /\b(\d{4})[-/.](\d{2})[-/.](\d{2})(?!\d)/.exec(s);
  if (m) return checked(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  // Day first ("12.03.2024", "12/03/2024"), unless the second number cannot be a month ("03/25/2024").
  m = /\b(\d{1,2})(?:[./-]|\.\s)(\d{1,2})(?:[./-]|\.\s)(\d{4})\b/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return b > 12 && a <= 12 ? checked(iso(Number(m[3]), a, b)) : checked(iso(Number(m[3]), b, a));
  }
  return undefined;
}

function checked(d: string): string | undefined {
  return isIsoDate(d) ? d : undefined;
}

/** A season before a year ("Spring 2023", "Winter 2023/24"): a quarter, not a month. */
const SEASON_YEAR = /^(?:spring|summer|autumn|fall|winter)\s*,?\s+((?:1[89]|20)\d{2})(?:\s*[/–-]\s*\d{2,4})?$/i;
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+((?:1[89]|20)\\d{2})$`, "i");
/**
 * An issue's number: "No. 11", "Nr. 4", "Issue 7", "Issue No. 87", "Vol. 3", "Series 2", "#5" (the one list of
 * issue-number words: the masthead and chrome readers use it too).
 */
export const ISSUE_WORD = String.raw`(?:no|nr|number|issue|vol(?:ume)?|edition|series|#)`;
export const ISSUE_NUMBER = String.raw`${ISSUE_WORD}\.?\s*(?:(?:no|nr|number)\.?\s*)?#?\d+[a-z]?`;

/** The label before a publication's date: "Published:", "First published", "Date:", "Publication date". */
const PUBLISHED_LABEL = String.raw`(?:first\s+)?(?:published|released|issued|dated?|publication date)`;

/** The kind of paper, numbered or not: "Policy Memo No. 812", "Working Paper", "Discussion Paper #5". */
const PAPER_KIND_SOURCE = String.raw`(?:(?:policy|issue|research|working|discussion|occasional|analytical|briefing|white|special|annual|quarterly|monthly)\s+)?(?:brief|briefing|paper|memo|note|report|commentary|analysis|newsletter|bulletin|digest|review|monitor|update)s?(?:\s+(?:no|nr|number|#)\.?\s*\d+[a-z]?)?`;
const PAPER_KIND = new RegExp(`^${PAPER_KIND_SOURCE}$`, "i");

/**
 * A part of a publication's line that names what it is rather than when: "No. 11", "Issue 4", "Vol. 3, No. 2",
 * "Policy Brief", "Working Paper No. 7", "Published:".
 */
const ISSUE_LABEL = new RegExp(`^(?:${ISSUE_NUMBER}|${PAPER_KIND_SOURCE}|${PUBLISHED_LABEL}\\s*:?)$`, "i");

/**
 * An issue label, or a series' name before the kind of paper: "PONARS Eurasia Policy Memo No. 812", "Valdai
 * Discussion Paper No. 5" (one to four capitalised words, then the kind).
 */
function isIssueLabel(part: string): boolean {
  if (ISSUE_LABEL.test(part)) return true;
  const words = part.split(/\s+/);
  for (let k = 1; k <= 4 && k < words.length; ++k) {
    if (!/^\p{Lu}[\p{L}\d.&'’-]*$/u.test(words[k - 1]!)) return false;
    if (PAPER_KIND.test(words.slice(k).join(" "))) return true;
  }
  return false;
}

/** "Published in ", "Date: ": the label before the period, taken off. */
const PUBLISHED_BEFORE = new RegExp(`^${PUBLISHED_LABEL}\\s*:?\\s*(?:on|in)?\\s+`, "i");

/**
 * The month or the year a publication gives as its date when it states no day: a line of a page's header such as
 * "No. 11 | March 2022", "Policy Brief, June 2023", "Published: March 2022", "Issue 4 · Spring 2023" or "2024" alone.
 * Every part of the line beside the period must be an issue label (number, series, the kind of paper, "Published:"):
 * a month in a headline or a sentence is no publication date. `isByline` lets a byline's part stand beside the
 * period too ("By Jane Roe | March 2022"). A season ("Spring 2023") is no month: it gives its
 * year. A full date ("5 March 2022") is {@link parseDateline}'s, and gives nothing here.
 */
export function parsePublicationPeriod(line: string, isByline?: (part: string) => boolean): Period | undefined {
  const t = line.replace(/\s+/g, " ").trim();
  if (!t || t.length > 80 || parseDateline(t) || /\btoday\b/i.test(t)) return undefined;
  const parts = t
    .replace(new RegExp(`${MONTH},\\s+(\\d{4})`, "gi"), "$1 $2")
    .split(/\s*[|·•,–—]\s*|\s+-\s+/)
    // "Published in March 2022", "Date: 2024": the label before the period.
    .map((p) => p.trim().replace(PUBLISHED_BEFORE, ""))
    .filter(Boolean);
  let found: Period | undefined;
  for (const p of parts) {
    if (isIssueLabel(p) || isByline?.(p)) continue;
    if (found) return undefined;
    const month = MONTH_YEAR.exec(p);
    const season = SEASON_YEAR.exec(p);
    const year = /^((?:19|20)\d{2})$/.exec(p);
    if (month) found = {date: iso(Number(month[2]), monthIndex(month[1]!), 1), precision: "month"};
    else if (season) found = {date: `${season[1]}-01-01`, precision: "year"};
    else if (year) found = {date: `${year[1]}-01-01`, precision: "year"};
    else return undefined;
  }
  return found;
}

/** A year standing alone on its line: a chronology's heading ("2022", "In 2023:"); figures.ts reads the same headings. */
export const YEAR_HEADING = /^\s*(?:In\s+)?((?:1[89]|20)\d{2})\s*:?\s*$/;
const YEAR_HEADING_LINE = new RegExp(YEAR_HEADING.source, "m");
/**
 * A chronology entry's head at the start of its line, before a dash or a colon: "14 September –", "18–19 May –",
 * "September 14 –", "November –", "3 July 2024:" (its year, if any, is its own).
 */
const ENTRY_HEAD = new RegExp(
  String.raw`^\s*(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+${MONTH}|${MONTH}(?:\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?)?)(?:,?\s+((?:1[89]|20)\d{2}))?\s*(?:[–—]|-{1,2}|:)\s+(?=\S)`,
  "i"
);

/**
 * The dates of a chronology's entries: a line that begins with a day and month or a month before a dash or a colon
 * ("14 September – Xi Jinping pays a state visit …", "November – Kazakhstan declines …") is dated by that head, in
 * the year of the year heading above it (a line holding only a year) or the head's own year. Every sentence of the
 * entry's paragraph (up to the next blank line, heading or entry) takes the entry's date, rule "chronology-entry":
 * "He and Tokayev sign a joint statement" after the head is of the same day. A head with no year of its own under no
 * year heading dates nothing. `sentences` are the body's sentences with their offsets in `body`.
 */
export function chronologyDates(
  body: string,
  sentences: readonly {start: number; text: string}[],
  /** Lines before the body (a heading taken for the page's header): the last year heading among them counts. */
  before: readonly string[] = []
): (ResolvedDate | undefined)[] {
  const out: (ResolvedDate | undefined)[] = sentences.map(() => undefined);
  let year: number | undefined;
  for (const line of before) {
    const heading = YEAR_HEADING.exec(line);
    if (heading) year = Number(heading[1]);
  }
  if (year === undefined && !YEAR_HEADING_LINE.test(body) && !ENTRY_HEAD.test(body)) return out;
  const entries: {from: number; to: number; date: ResolvedDate}[] = [];
  let open: {from: number; date: ResolvedDate} | undefined;
  let at = 0;
  for (const line of body.split("\n")) {
    const start = at;
    at += line.length + 1;
    const close = () => {
      if (open) entries.push({from: open.from, to: start, date: open.date});
      open = undefined;
    };
    const heading = YEAR_HEADING.exec(line);
    if (heading) {
      close();
      year = Number(heading[1]);
      continue;
    }
    if (!line.trim()) {
      close();
      continue;
    }
    const head = ENTRY_HEAD.exec(line);
    if (!head) continue;
    const y = head[5] !== undefined ? Number(head[5]) : year;
    if (y === undefined) continue;
    close();
    const month = monthIndex((head[2] ?? head[3])!);
    const day = head[1] ?? head[4];
    const text = head[0].replace(/\s*(?:[–—]|-{1,2}|:)\s+$/, "").trim();
    open = {
      from: start,
      date: {
        date: iso(y, month, day === undefined ? 1 : Number(day)),
        precision: day === undefined ? "month" : "day",
        text,
        rule: "chronology-entry"
      }
    };
  }
  if (open) entries.push({from: open.from, to: body.length, date: open.date});
  if (entries.length === 0) return out;
  sentences.forEach((s, i) => {
    const entry = entries.find((e) => s.start >= e.from && s.start < e.to);
    if (!entry) return;
    const where = s.text.indexOf(entry.date.text!);
    out[i] = {...entry.date, ...(where >= 0 ? {start: where, end: where + entry.date.text!.length} : {})};
  });
  return out;
}
