/**
 * A page's own date lines: which lines are only a date ("07-04-2025 (updated: 08-04-2025)", "2025-04-07T09:30:00+05:00",
 * "Monday, 7 April 2025 · 4 min read"), and in which order a numeric date writes its day and month. "05/04/2025" is
 * 5 April or 4 May: the page settles it by the date's own values (a number above 12 is the day), by its other numeric
 * dates (a site writes all its dates one way), by the convention of the separator (dots are day first wherever they
 * are used), and by the locale the page shows (dates written "7 April", British spelling, a time past noon on the
 * 24-hour clock in the page's date stamps: day first; for slashes, "April 7" and American spelling: month first;
 * evidence both ways settles nothing). When nothing settles it, the date is not taken and the reader says
 * so.
 *
 * @module
 */
import {matchesOf} from "./each-match.js";
import {withEnglishMonth} from "./dates.js";

/** A numeric date with the year last: "07-04-2025", "7/4/2025", "07.04.2025". */
export interface NumericDate {
  /** The first and the second number, as written. */
  a: number;
  b: number;
  year: number;
  sep: "." | "/" | "-";
}

/** Which number of a numeric date is the day. */
export type DayOrder = "day-first" | "month-first";

const NUMERIC = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d]|[./-]\d)/g;

/** The numeric dates of a line, in order. */
export function numericDates(line: string): NumericDate[] {
  const out: NumericDate[] = [];
  for (const m of [...matchesOf(NUMERIC, line)]) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31) continue;
    out.push({a, b, year: Number(m[4]), sep: m[2] as NumericDate["sep"]});
  }
  return out;
}

/** A numeric date whose two numbers could each be the month ("05/04/2025"; not "05/05/2025", not "17/04/2025"). */
export function isAmbiguous(n: NumericDate): boolean {
  return n.a <= 12 && n.b <= 12 && n.a !== n.b;
}

const MONTH_WORD =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
/** "7 April", "07 Apr 2025", "7th of April": the day before the month. */
const DAY_MONTH = new RegExp(String.raw`(?<![\d./-])\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?${MONTH_WORD}\b`, "g");
/** "April 7", "Apr. 7, 2025": the month before the day (not "April 2025"). */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_WORD}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\d:]|[./-]\d)`, "g");

/**
 * Words spelled one way in British and Commonwealth English and another in American ("neighbour"/"neighbor",
 * "mobilise"/"mobilize", "centre"/"center", "defence"/"defense", "travelled"/"traveled", "programme"/"program",
 * "analyse"/"analyze"): the first group of each match is the British form's mark when it is set. Only words in lower
 * case count (a name such as "Centre for …" keeps its own spelling wherever it is written).
 */
const SPELLINGS: readonly {re: RegExp; british: (m: RegExpExecArray) => boolean}[] = [
  {
    re: /\b(?:organi|recogni|mobili|reali|critici|authori|moderni|normali|stabili|utili|speciali|emphasi|characteri|summari|minimi|maximi|apologi|legali|privati|neutrali|centrali|subsidi|harmoni|penali|symboli|categori|industriali|globali|memori|prioriti|finali|formali|militari|democrati|digiti|optimi|civili|liberali|sanitis)([sz])(?:e|es|ed|ing|ation|ations)\b/g,
    british: (m) => m[1] === "s"
  },
  {
    re: /\b(?:neighbo|favo|labo|behavio|hono|colo|harbo|humo|rumo|vigo|endeavo|savo|armo|rigo|fervo|cando)(u?)r(?:s|ed|ing|able|ably|hood|hoods|ite|ites|ful)?\b/g,
    british: (m) => m[1] === "u"
  },
  {re: /\b(?:cent|theat|fib|lit|calib|sabr|somb)(re|er)s?\b/g, british: (m) => m[1] === "re"},
  {re: /\b(?:defen|offen|preten)([cs])es?\b/g, british: (m) => m[1] === "c"},
  {
    re: /\b(?:travel|model|cancel|label|fuel|signal|channel|counsel|marshal|total|equal)(l?)(?:ed|ing)\b/g,
    british: (m) => m[1] === "l"
  },
  {re: /\bprogram(me)?s?\b/g, british: (m) => m[1] === "me"},
  {re: /\b(?:analy|paraly|cataly)([sz])(?:e|es|ed|ing)\b/g, british: (m) => m[1] === "s"}
];

/** How many words of a text are spelled the British way and how many the American way. */
export function spellingCounts(text: string): {british: number; american: number} {
  let british = 0;
  let american = 0;
  for (const s of SPELLINGS) {
    for (const m of text.matchAll(s.re)) {
      // (a name in capitals or in title case keeps its own spelling)
      if (/^\p{Lu}/u.test(m[0])) continue;
      if (s.british(m as RegExpExecArray)) british++;
      else american++;
    }
  }
  return {british, american};
}

/**
 * The order of the day and the month in a page's numeric dates of separator `sep`, from the page's text (its lines,
 * header to footer, and its body): undefined when nothing settles it.
 */
export function pageDayOrder(texts: readonly string[], sep: NumericDate["sep"]): DayOrder | undefined {
  // The page's numeric dates whose values decide (a number above 12 is the day), those with the same separator first.
  const decided = (same: boolean) => {
    const votes = new Set<DayOrder>();
    for (const t of texts)
      for (const n of numericDates(t)) {
        if ((n.sep === sep) !== same || isAmbiguous(n) || n.a === n.b) continue;
        votes.add(n.a > 12 ? "day-first" : "month-first");
      }
    return votes.size === 1 ? [...votes][0] : undefined;
  };
  const byValues = decided(true) ?? decided(false);
  if (byValues) return byValues;
  // Dots are day first wherever they are written ("07.04.2025").
  if (sep === ".") return "day-first";
  // The locale the page shows: dates written day before month, British spelling; for slashes (the American form),
  // dates written month before day and American spelling.
  const all = texts.join("\n");
  const dayMonth = [...matchesOf(DAY_MONTH, all)].length;
  const monthDay = [...matchesOf(MONTH_DAY, all)].length;
  const {british, american} = spellingCounts(all);
  // (a time past noon on the 24-hour clock, "14:22" with no "PM", in the page's own date stamps — the lines holding
  // its numeric dates — is written where the day comes first; a time in the prose, a score or a ratio says nothing)
  const clock24 = texts.some(
    (t) =>
      t.length <= 120 &&
      numericDates(t).some((n) => n.sep === sep) &&
      /(?<![\d:])(?:1[3-9]|2[0-3]):[0-5]\d(?!\s*[AaPp]\.?[Mm]\b)/.test(t)
  );
  // Each is one vote; votes that disagree settle nothing.
  const dayFirst = (dayMonth > 0 && monthDay === 0) || (british >= 2 && american === 0) || clock24;
  const monthFirst = sep === "/" && ((monthDay > 0 && dayMonth === 0) || (american >= 2 && british === 0));
  if (dayFirst !== monthFirst) return dayFirst ? "day-first" : "month-first";
  return undefined;
}

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12
};
/** The month a month word names: "November", "Nov", "Sept" → 11, 11, 9. */
function monthOf(word: string): number {
  return MONTH_NUMBER[word.slice(0, 3).toUpperCase()]!;
}
/** "November 12", "November 11-13", "Nov. 12": a month before a day or a span of days. */
const MONTH_DAYS = new RegExp(
  String.raw`\b(${MONTH_WORD})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]*[-–][ \t]*(\d{1,2}))?(?![\d:]|[./-]\d)`,
  "g"
);
/** "12 November", "11-13 November", "12th of November": a day or a span of days before a month. */
const DAYS_MONTH = new RegExp(
  String.raw`(?<![\d./-])(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]*[-–][ \t]*(\d{1,2}))?[ \t]+(?:of[ \t]+)?(${MONTH_WORD})\b`,
  "g"
);
/** A month's full name ("May" only before a day or a year, or after "in", "of", "since", "last", "next", "early", "late", "mid-": the modal is no month). */
const MONTH_NAME =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|(?:\b(?:in|of|since|last|next|early|late|mid-?)\s+)May\b|\bMay(?=\s+\d)/g;

/**
 * The order of day and month of the ambiguous numeric date `n` ("12/11/2024"), from the dates the page writes in words:
 * a page dated 12 November tells the day's news "on November 12" or "from November 11-13", a page of 11 December
 * "on 11 December". The reading whose day and month the page names (in either order, or inside a span of days), when
 * the other's are not named, is the page's; failing that, the reading whose month alone the page names ("in
 * November"), when the other's month is not named. Undefined when the page names both or neither.
 */
export function namedDayOrder(texts: readonly string[], n: NumericDate): DayOrder | undefined {
  const readings: {order: DayOrder; day: number; month: number}[] = [
    {order: "day-first", day: n.a, month: n.b},
    {order: "month-first", day: n.b, month: n.a}
  ];
  const days = new Set<string>();
  const months = new Set<number>();
  const note = (month: number, from: number, to: number | undefined) => {
    for (let d = from; d <= (to !== undefined && to > from && to - from < 31 ? to : from); ++d)
      days.add(`${month}-${d}`);
  };
  for (const t of texts) {
    for (const m of t.matchAll(MONTH_DAYS))
      note(monthOf(m[1]!), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    for (const m of t.matchAll(DAYS_MONTH))
      note(monthOf(m[3]!), Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
    for (const m of t.matchAll(MONTH_NAME)) months.add(monthOf(m[0].replace(/^.*\s|^mid-?/i, "")));
  }
  const one = (named: (r: (typeof readings)[number]) => boolean) => {
    const hit = readings.filter(named);
    return hit.length === 1 ? hit[0]!.order : undefined;
  };
  return one((r) => days.has(`${r.month}-${r.day}`)) ?? one((r) => months.has(r.month));
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The date a line gives, in the page's order of day and month: `date` as a reading of the line took it (numeric dates
 * day first), kept when it came from no ambiguous numeric date, turned round for a month-first page, and undefined
 * when the line's date is ambiguous and the page does not settle it (then `ambiguous` is called with the date as
 * written and its two readings).
 */
export function orderedDate(
  line: string,
  date: string,
  order: (sep: NumericDate["sep"], n: NumericDate) => DayOrder | undefined,
  ambiguous?: (written: string, dayFirst: string, monthFirst: string) => void
): string | undefined {
  const n = numericDates(line).find((x) => iso(x.year, x.b, x.a) === date);
  if (!n || !isAmbiguous(n)) return date;
  const o = order(n.sep, n);
  if (o === "day-first") return date;
  const monthFirst = iso(n.year, n.a, n.b);
  if (o === "month-first") return monthFirst;
  ambiguous?.(
    `${String(n.a).padStart(2, "0")}${n.sep}${String(n.b).padStart(2, "0")}${n.sep}${n.year}`,
    date,
    monthFirst
  );
  return undefined;
}

/**
 * The forms of a date a stamp writes: "24 September 2025", "24. September 2025", "24 SEP 2025", "September 24, 2025",
 * "SEP 24, 2025", "2025-09-24T05:30:00+02:00", "24.09.2025", "24/09/2025", "24-09-2025", the year first with
 * slashes or dots as East Asian and Hungarian houses write it ("2025/09/24", "2025.09.24."), and the month's name
 * between hyphens ("24-Sep-2025").
 */
const DATE_FORMS =
  /\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?\p{Lu}(?:\p{Ll}{2,8}|\p{Lu}{2,8})\.?,?\s+\d{4}|\b\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\b\p{Lu}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2}([./-])\d{1,2}\1\d{4}|\b\d{1,2}\.\s\d{1,2}\.\s\d{4}\b|\b\d{4}([./])\d{2}\2\d{2}\b\.?|\b\d{1,2}-\p{Lu}\p{L}{2,8}-\d{4}\b/gu;

/**
 * A time of day as stamps write it: "17:32", "5:32 am", "05.30 Uhr" (German, Swiss), "05h30" (French, Portuguese),
 * "17 Uhr", "18:40 hrs", with its zone in brackets ("(GMT+5)"). A number with a dot is a time only with two digits of
 * minutes (the line's date is taken out first, so "24.09" of "24.09.2025" is never read as one).
 */
const CLOCK =
  /(?<![\d.])(?:(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|\.[0-5]\d|h[0-5]\d)(?!\d)\s*(?:[AaPp]\.?[Mm]\.?|Uhr\b|hrs?\b\.?|hours\b|h\b)?|(?:[01]?\d|2[0-3])\s*(?:Uhr|h)\b)(?:\s*\(?(?:GMT|UTC)?\s*[+-]?\s*\d{0,2}(?::?\d{2})?\)?)?/g;

/**
 * The names of the days in the languages whose pages keep them on an English service (German, French, Spanish,
 * Italian, Portuguese, Dutch, Swedish, Norwegian, Danish): "Mittwoch, 24.09.2025", "Mi., 24.09.2025", "tisdag 11 mars
 * 2025" (a foreign month's name is read with its year only, dates.ts withEnglishMonth: "mercredi 24 septembre" is no
 * date line).
 */
const FOREIGN_WEEKDAY =
  /(?<!\p{L})(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lördag|lørdag|söndag|søndag)(?!\p{L})/giu;

/**
 * A stamp's label and the words that join its date and time in those languages: "Aktualisiert am 24.09.2025, 07.12
 * Uhr", "24.09.2025 um 17:32", "Publié le 24/09/2025 à 05h30", "Mis à jour le …", "Publicado el … a las 10:15",
 * "Pubblicato il … alle 10:15", "Bijgewerkt op … om 10.15", the Finnish "klo 17.05", the Swedish "Publicerad … kl 16.40".
 */
const FOREIGN_LABEL =
  /(?<!\p{L})(?:(?:zuletzt\s+)?(?:aktualisiert|veröffentlicht|publiziert|erstellt)(?:\s+am)?|(?:publié|mis\s+à\s+jour|modifié)(?:\s+le)?|(?:publicado|actualizado)(?:\s+(?:el|em))?|(?:pubblicato|aggiornato)(?:\s+il)?|(?:gepubliceerd|bijgewerkt)(?:\s+op)?|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|um|à|às|a\s+las|alle|om|kl\.?|klo)(?!\p{L})/giu;

/**
 * A line that is only the page's date: a date, with at most a weekday (in English or in the languages of
 * FOREIGN_WEEKDAY), a time and its zone (CLOCK), a label ("Published", "Updated", "Last modified", or
 * FOREIGN_LABEL's), an update note with its own date ("(updated: 08-04-2025)", "· Updated 9 April 2025"),
 * a reading time ("5 min read", "Est. 6min") or a count of views. "04/15/2026", "Wednesday, March 4, 2026 - 10:15",
 * "2025-04-07T09:30:00+05:00", "07-04-2025 (updated: 08-04-2025 )". A sentence that names a date is no date line.
 */
export function isDateLine(line: string): boolean {
  const t = withEnglishMonth(line.trim());
  if (!t || t.length > 120 || /[.!?]["”’]?$/.test(t.replace(/\b(?:a\.m|p\.m|GMT|UTC)\.?$/i, ""))) return false;
  const dates = t.match(DATE_FORMS);
  if (!dates) return false;
  const rest = t
    .replace(DATE_FORMS, " ")
    .replace(CLOCK, " ")
    .replace(/\b(?:GMT|UTC|CET|CEST|EST|EDT|MSK|ALMT|IST|JST|[A-Z]{3,4})\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?/g, " ")
    .replace(/\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?/g, " ")
    .replace(FOREIGN_WEEKDAY, " ")
    .replace(
      /\b(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|update|modified|edited|revised|released)(?:\s+(?:on|at))?\b/gi,
      " "
    )
    .replace(FOREIGN_LABEL, " ")
    // (the zone a stamp names by a city or as local: "(Astana time)", "local time")
    .replace(/\(?(?:(?<!\p{L})local|\b\p{Lu}\p{Ll}+)\s+time\b\)?/gu, " ")
    .replace(/\b(?:est\.?\s*)?\d+\s*min(?:ute)?s?(?:\s+read)?\b|\bread(?:ing)? time\b/gi, " ")
    .replace(/👁\s*[\d\s]+|\b[\d\s]+\s+views?\b/giu, " ")
    .replace(/\b(?:at|on)\b/gi, " ")
    .replace(/[\s,|·•:;()[\]–—/-]+/g, "");
  return rest === "";
}

/**
 * A date line whose numeric date gives the year in two digits ("07.04.25 14:22", "Updated 07/04/25") with the year in
 * full ("07.04.2025 14:22"), so that it reads as any other; every other line as it is. Two digits are this century's
 * (a news page's date), and the line must be a date line once the year is written out.
 */
export function withFullYear(line: string): string {
  const t = line.replace(/(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d]|[./-]\d)/, "$1$2$3$220$4");
  return t !== line && isDateLine(t) ? t : line;
}
