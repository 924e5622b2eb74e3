/**
 * Dates of pages and of acts, session 26 (issue 10): a numeric page date whose day and month order the page settles
 * by the dates it writes in words (src/read/metadata-dates.ts namedDayOrder), and a schedule's day headings, under
 * which the present tense tells acts still to come (src/read/dates-schedule.ts, the coder's `scheduled`). Every page
 * and sentence here is our own (Mongolia and Japan, the Baltic states), each condition varied one at a time, with near
 * misses that keep their reading.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";
import {readOk} from "./helpers/read.js";
import {namedDayOrder, numericDates} from "../src/read/metadata-dates.js";
import {scheduleDates} from "../src/read/dates-schedule.js";
import {resolveDate} from "../src/read/index.js";

const aliases = [
  {code: "MNG", alias: "Mongolia"},
  {code: "JPN", alias: "Japan"}
];
const n = (written: string) => numericDates(written)[0]!;

test("namedDayOrder: the reading whose day and month, or else whose month, the page writes in words", () => {
  // 03/04/2025 is 3 April (day first) or 4 March (month first)
  assert.equal(namedDayOrder(["The talks ended on April 3."], n("03/04/2025")), "day-first");
  assert.equal(namedDayOrder(["The talks ended on 4 March."], n("03/04/2025")), "month-first");
  // (a span of days holds the day: "from April 2-4", "2–4 April")
  assert.equal(namedDayOrder(["He was in Tokyo from April 2-4."], n("03/04/2025")), "day-first");
  assert.equal(namedDayOrder(["He was in Tokyo on 2–4 April."], n("03/04/2025")), "day-first");
  // failing a day, the month alone
  assert.equal(namedDayOrder(["Japan opened a consulate in April."], n("03/04/2025")), "day-first");
  assert.equal(namedDayOrder(["Japan opened a consulate in March."], n("03/04/2025")), "month-first");
  // near misses: both readings named, or neither, settle nothing; the modal "may" is no month
  assert.equal(namedDayOrder(["Talks began in March and ended in April."], n("03/04/2025")), undefined);
  assert.equal(namedDayOrder(["Japan opened a consulate."], n("03/04/2025")), undefined);
  assert.equal(namedDayOrder(["Officials may meet again."], n("05/04/2025")), undefined);
  assert.equal(namedDayOrder(["Officials may meet again in April."], n("05/04/2025")), "day-first");
  assert.equal(namedDayOrder(["The next round is due in May."], n("05/04/2025")), "month-first");
  // (a day named for another month is no evidence of the day: the month decides)
  assert.equal(namedDayOrder(["It ended on 9 April."], n("03/04/2025")), "day-first");
});

const page = (dateLine: string, lead: string) =>
  `THE STEPPE LEDGER\nNews | World | Business\n\nMongolia and Japan agree on a rare earths survey\n\n${dateLine}\n\n${lead}\n\nThe survey will map deposits in the Gobi provinces over three years, officials said.\n`;

test("a page's numeric date that its conventions leave open is read by the day its lead names", () => {
  // a 24-hour time puts the day first and "March 11" the month first: the conventions disagree; the lead names 11 March
  const lead =
    "ULAANBAATAR – Mongolia and Japan signed a memorandum on a joint rare earths survey on March 11, the Mongolian foreign ministry said.";
  assert.equal(readOk(page("11/03/2025 18:05", lead), {aliases}).metadata.date, "2025-03-11");
  // the same page whose lead names 3 November is dated 3 November
  const november = lead.replace("March 11", "November 3");
  assert.equal(readOk(page("11/03/2025 18:05", november), {aliases}).metadata.date, "2025-11-03");
  // near miss: a lead naming neither reading's day nor its month leaves the day open (the year alone is taken), and
  // says so
  // (the 24-hour time and "May 2" disagree, and neither March nor November is named)
  const other = lead.replace(" on March 11", " on Tuesday, ahead of talks in Tokyo on May 2");
  const open = readOk(page("11/03/2025 18:05", other), {aliases});
  assert.equal(open.metadata.date, "2025-01-01");
  assert.equal(open.metadata.datePrecision, "year");
  assert.ok(open.warnings.some((w) => w.code === "ambiguous_date"));
});

const DIARY = (days: string, dateline = "Fri May 17, 2024 4:10 PM") =>
  `STEPPE WIRE\nNews | Diary\n\nDIARY - Baltic and Mongolian diplomatic week ahead\n\n${dateline}\n\nThe following is a list of diplomatic events in the coming week.\n\n${days}\n\nCompiled by the newsroom.\n`;

test("a schedule's day headings: the present under a day after the page tells an act to come, dated by the page", () => {
  const days =
    "MONDAY, MAY 20\nULAANBAATAR - Japanese Foreign Minister Yoko Kamikawa visits Mongolia.\n\n" +
    "TUESDAY, MAY 21\nTALLINN - Estonia and Latvia hold talks on the electricity grid.\n\n" +
    "FURTHER AHEAD\nJUNE 3 - TOKYO - Japan hosts the Mongolian president.";
  const events = readEvents(DIARY(days), "2024-05-17");
  assert.ok(events.includes("JPN>MNG 036 2024-05-17 planned"), events.join("; "));
  assert.ok(
    events.some((e) => /^(EST>LVA|LVA>EST) 036 2024-05-17 planned$/.test(e)),
    events.join("; ")
  );
  assert.ok(events.includes("JPN>MNG 036 2024-05-17 planned"));
  assert.ok(events.some((e) => e.startsWith("JPN>MNG 036") && e.endsWith("planned")));
  // no act told as done
  assert.ok(
    events.every((e) => e.endsWith("planned")),
    events.join("; ")
  );
});

test("a schedule's entries keep a date of their own; a conflict told in the present under a day to come is no act", () => {
  const days =
    "MONDAY, MAY 20\nULAANBAATAR - Japanese Foreign Minister Yoko Kamikawa visits Mongolia. Japanese Prime Minister Fumio Kishida visited Mongolia in March.\n\n" +
    "TUESDAY, MAY 21\nTALLINN - Estonia condemns Russia at the Baltic Council.";
  const events = readEvents(DIARY(days), "2024-05-17");
  assert.ok(events.includes("JPN>MNG 042 2024-03-01"), events.join("; "));
  assert.ok(!events.some((e) => e.startsWith("EST>RUS")), events.join("; "));
});

test("near misses: no schedule without two day headings, nor on a day already past; a habit stays a habit", () => {
  // one heading is no schedule: the present stays a habit, no event
  const one = "MONDAY, MAY 20\nULAANBAATAR - Japanese Foreign Minister Yoko Kamikawa visits Mongolia.";
  assert.deepEqual(
    readEvents(DIARY(one), "2024-05-17").filter((e) => e.startsWith("JPN>MNG")),
    []
  );
  // an analysis piece's present with no heading: a habit
  const habit =
    "Kyiv and Tokyo\n\nBy Saule Omarova\n\nMay 17, 2024\n\nJapan hosts Mongolian officials for consultations on mining. Mongolia courts Japanese investors.\n";
  assert.deepEqual(
    readEvents(habit, "2024-05-17").filter((e) => e.startsWith("JPN>MNG") || e.startsWith("MNG>JPN")),
    []
  );
  // headings on days already past (the page is of 24 May): no plan read from them
  const past =
    "MONDAY, MAY 20\nULAANBAATAR - Japanese Foreign Minister Yoko Kamikawa visits Mongolia.\n\n" +
    "TUESDAY, MAY 21\nTALLINN - Estonia and Latvia hold talks on the electricity grid.";
  const late = readEvents(DIARY(past, "Fri May 24, 2024 4:10 PM"), "2024-05-24");
  assert.ok(!late.some((e) => e.endsWith("planned")), late.join("; "));
});

test("scheduleDates: the weekday fixes the year; a weekday no near year fits is no heading", () => {
  const body =
    "MONDAY, SEPTEMBER 18\n\nTASHKENT - A visits B.\n\nTUESDAY, SEPTEMBER 19\n\nC hosts D.\n\nLOOKING AHEAD\n\nSEPT 29 - BERLIN - E hosts F.\n\nThe end.";
  const lines: {start: number; text: string}[] = [];
  let at = 0;
  for (const l of body.split("\n")) {
    if (l.trim()) lines.push({start: at, text: l});
    at += l.length + 1;
  }
  const dated = (page: string | undefined) =>
    scheduleDates(body, lines, page).map((d, i) => `${lines[i]!.text.slice(0, 8)}:${d?.date ?? "-"}`);
  assert.deepEqual(dated("2023-09-15"), [
    "MONDAY, :2023-09-18",
    "TASHKENT:2023-09-18",
    "TUESDAY,:2023-09-19",
    "C hosts :2023-09-19",
    "LOOKING :-",
    "SEPT 29 :2023-09-29",
    "The end.:-"
  ]);
  // without the page's date nothing is dated
  assert.ok(dated(undefined).every((x) => x.endsWith(":-")));
  // in 2024 Monday is not 18 September, nor in 2025: no heading, no schedule
  assert.ok(dated("2024-09-15").every((x) => x.endsWith(":-")));
});

test("'a year ago' is the same month a year before; two years ago and more stay a year", () => {
  const on = (s: string, date: string, precision?: "month" | "year") => {
    const r = resolveDate(s, date, undefined, precision);
    return r && `${r.date} ${r.precision}`;
  };
  assert.equal(on("Mongolia opened a consulate in Osaka a year ago.", "2026-04-02"), "2025-04-01 month");
  assert.equal(on("Mongolia opened a consulate in Osaka one year ago.", "2026-04-02"), "2025-04-01 month");
  // near misses: more years, a year-only page, an estimated year
  assert.equal(on("Mongolia opened a consulate in Osaka two years ago.", "2026-04-02"), "2024-01-01 year");
  assert.equal(on("Mongolia opened a consulate in Osaka a year ago.", "2026-01-01", "year"), "2025-01-01 year");
  const estimated = resolveDate("Mongolia opened a consulate in Osaka a year ago.", undefined, 2023);
  assert.equal(estimated?.precision, "year");
});

test("a page date left open gives its year: the page's month names are read in it", () => {
  // (the 24-hour time and "May 2" disagree; neither March nor November is named: 11/03/2025 stays open but is of 2025)
  const lead =
    "ULAANBAATAR – Mongolia and Japan signed a memorandum on a rare earths survey on Tuesday, ahead of talks in Tokyo on May 2. Japan opened a consulate in Ulaanbaatar in February.";
  const d = readOk(page("11/03/2025 18:05", lead), {aliases});
  assert.equal(d.metadata.date, "2025-01-01");
  assert.equal(d.metadata.datePrecision, "year");
  // near miss: two open dates of different years give no year
  const two = readOk(page("11/03/2025 18:05\n\nUpdated 12/04/2024 09:00", lead), {aliases});
  assert.equal(two.metadata.date, undefined);
});
