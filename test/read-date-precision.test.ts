/**
 * An article that states only its month or its year ("No. 4 | November 2023", "Spring 2024", "2024") keeps that
 * precision: its date is the period, never an invented day, and the events it dates get the same precision. Every
 * page and sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {parsePublicationPeriod, readDocument, resolveDate} from "../src/read/index.js";

const coder = defaultCoder(readPack().actors);

test("a publication's month or year is read from its issue line, and nothing else is", () => {
  const month = (date: string) => ({date, precision: "month"});
  const year = (date: string) => ({date, precision: "year"});
  assert.deepEqual(parsePublicationPeriod("No. 4 | November 2023"), month("2023-11-01"));
  assert.deepEqual(parsePublicationPeriod("Policy Brief, June 2023"), month("2023-06-01"));
  assert.deepEqual(parsePublicationPeriod("Published: February 2021"), month("2021-02-01"));
  assert.deepEqual(parsePublicationPeriod("Working Paper No. 12 — Sept. 2021"), month("2021-09-01"));
  assert.deepEqual(parsePublicationPeriod("Vol. 3, No. 2 | May, 2024"), month("2024-05-01"));
  assert.deepEqual(parsePublicationPeriod("October 2022"), month("2022-10-01"));
  assert.deepEqual(parsePublicationPeriod("Steppe Institute Policy Memo No. 81 | January 2023"), month("2023-01-01"));
  assert.deepEqual(
    parsePublicationPeriod("Caspian Discussion Paper #5 · Published in April 2020"),
    month("2020-04-01")
  );
  // A season is no month: the year it names.
  assert.deepEqual(parsePublicationPeriod("Issue 7 · Spring 2023"), year("2023-01-01"));
  assert.deepEqual(parsePublicationPeriod("Winter 2023/24"), year("2023-01-01"));
  assert.deepEqual(parsePublicationPeriod("2024"), year("2024-01-01"));
  assert.deepEqual(parsePublicationPeriod("Annual Report | 2019"), year("2019-01-01"));
  for (const line of [
    "Astana hosts ministers in March 2022", // a headline's month is the news, not the publication date
    "14 March 2022", // a day: parseDateline's
    "Today: March 2022",
    "Kazakhstan 2050",
    "Strategy 2030 | March 2022",
    "Annual Report 2024", // the year a report covers is not always the year it came out
    "the new trade report | March 2022",
    "March 2022 – June 2022",
    "1,500 tonnes in 2023"
  ])
    assert.equal(parsePublicationPeriod(line), undefined, line);
});

const brief = (issue: string, body: string) =>
  `STEPPE POLICY CENTRE          POLICY BRIEF\n${issue}\n\nA corridor without cargo: Tashkent's new railway diplomacy\n\nDilnoza Rahimova\n\n${body}\n`;
const BODY = [
  "Uzbekistan has spent two years courting its neighbours on rail.",
  "Uzbekistan signed a transit agreement with Kyrgyzstan.",
  "On Tuesday, Uzbekistan signed a freight agreement with Kazakhstan.",
  "In May, Uzbekistan hosted a delegation from China in Tashkent.",
  "Last month, Uzbekistan signed a customs protocol with Turkmenistan."
].join("\n\n");

function read(issue: string, given?: string) {
  const r = readDocument(brief(issue, BODY), {
    format: "text",
    sourceId: "b",
    coder,
    ...(given ? {given: {date: given}} : {})
  });
  assert.ok(r.ok);
  return r.value;
}
const dated = (d: ReturnType<typeof read>, target: string) =>
  d.events.filter((e) => e.source === "UZB" && e.target === target).map((e) => `${e.date ?? "-"} ${e.precision}`);

test("a month-only brief is dated to its month, and its events to the month or what their sentences say", () => {
  const d = read("No. 4 | November 2023");
  assert.equal(d.metadata.date, "2023-11-01");
  assert.equal(d.metadata.datePrecision, "month");
  // No date of its own: the article's month, not its first day as a day.
  assert.deepEqual(dated(d, "KGZ"), ["2023-11-01 month"]);
  // "On Tuesday" cannot be resolved against a month: the month, never a guessed day.
  assert.deepEqual(dated(d, "KAZ"), ["2023-11-01 month"]);
  // "In May" in a November 2023 brief: May 2023; "last month": October 2023.
  assert.deepEqual(dated(d, "CHN"), ["2023-05-01 month"]);
  assert.deepEqual(dated(d, "TKM"), ["2023-10-01 month"]);
});

test("a year-only report dates its events to the year, and its month names within it", () => {
  const d = read("Annual Report | 2024");
  assert.equal(d.metadata.date, "2024-01-01");
  assert.equal(d.metadata.datePrecision, "year");
  assert.deepEqual(dated(d, "KGZ"), ["2024-01-01 year"]);
  assert.deepEqual(dated(d, "KAZ"), ["2024-01-01 year"]);
  assert.deepEqual(dated(d, "CHN"), ["2024-05-01 month"]);
  // "last month" needs the report's month: the year stands in.
  assert.deepEqual(dated(d, "TKM"), ["2024-01-01 year"]);
});

test("a day the caller gives wins over the stated month; a day-dated brief is read as before", () => {
  const given = read("No. 4 | November 2023", "2023-11-21");
  assert.equal(given.metadata.date, "2023-11-21");
  assert.equal(given.metadata.datePrecision, undefined);
  assert.equal(given.metadata.from.date, "given");
  assert.deepEqual(dated(given, "KAZ"), ["2023-11-21 day"], "Tuesday 21 November 2023");
  assert.deepEqual(dated(given, "KGZ"), ["2023-11-21 article"]);
  assert.deepEqual(
    given.warnings.filter((w) => w.code === "metadata_conflict"),
    []
  );
  // A given day outside the stated month is kept, with a warning naming both.
  const outside = read("No. 4 | November 2023", "2023-12-02");
  assert.equal(outside.metadata.date, "2023-12-02");
  assert.deepEqual(
    outside.warnings.filter((w) => w.code === "metadata_conflict").map((w) => w.message),
    ['Kept the given date "2023-12-02", though the article states "2023-11"']
  );
  // A given year or month around the stated month yields to it, silently: the article is the more precise.
  for (const g of ["2023", "2023-11"]) {
    const around = read("No. 4 | November 2023", g);
    assert.deepEqual([around.metadata.date, around.metadata.datePrecision], ["2023-11-01", "month"], g);
    assert.deepEqual(
      around.warnings.filter((w) => w.code === "metadata_conflict"),
      [],
      g
    );
  }
  // A given year that disagrees with the stated month is no day: the month is kept, and both are named.
  const wrongYear = read("No. 4 | November 2023", "2022");
  assert.deepEqual([wrongYear.metadata.date, wrongYear.metadata.datePrecision], ["2023-11-01", "month"]);
  assert.deepEqual(
    wrongYear.warnings.filter((w) => w.code === "metadata_conflict").map((w) => w.message),
    ['Ignored the given date "2022": the article says "2023-11"']
  );
  // A day the article states inside the given month agrees with it: no warning.
  const agreeing = read("No. 4 | 14 November 2023", "2023-11");
  assert.deepEqual([agreeing.metadata.date, agreeing.metadata.datePrecision], ["2023-11-14", undefined]);
  assert.deepEqual(
    agreeing.warnings.filter((w) => w.code === "metadata_conflict"),
    []
  );
  const otherDay = read("No. 4 | 14 November 2023", "2023-10");
  assert.deepEqual(
    otherDay.warnings.filter((w) => w.code === "metadata_conflict").map((w) => w.message),
    ['Ignored the given date "2023-10": the article says "2023-11-14"']
  );
  // A caller may give a month too ("2023-11" in a sidecar or --date).
  // A byline beside the month: the author and the month.
  const byline = read("By Lena Park | November 2023");
  assert.deepEqual(
    [byline.metadata.author, byline.metadata.date, byline.metadata.datePrecision],
    ["Lena Park", "2023-11-01", "month"]
  );
  const month = read("STEPPE POLICY CENTRE", "2023-11");
  assert.equal(month.metadata.date, "2023-11-01");
  assert.equal(month.metadata.datePrecision, "month");
  // A full date in the issue line is a day, as before.
  const day = read("No. 4 | 14 November 2023");
  assert.equal(day.metadata.date, "2023-11-14");
  assert.equal(day.metadata.datePrecision, undefined);
  assert.deepEqual(dated(day, "KGZ"), ["2023-11-14 article"]);
});

test("a sentence's relative day is not resolved against an article's month", () => {
  assert.equal(resolveDate("They met yesterday.", "2023-11-01", undefined, "month")?.precision, "article");
  assert.deepEqual(resolveDate("They met last week.", "2023-11-01", undefined, "month")?.rule, "article-date");
  assert.deepEqual(resolveDate("They met this month.", "2023-11-01", undefined, "month")?.date, "2023-11-01");
  assert.deepEqual(resolveDate("They met in September.", "2023-11-01", undefined, "month")?.date, "2023-09-01");
  assert.deepEqual(resolveDate("They met three weeks ago.", "2023-11-01", undefined, "month")?.rule, "article-date");
  assert.deepEqual(resolveDate("They met two months ago.", "2023-11-01", undefined, "month")?.date, "2023-09-01");
  assert.deepEqual(resolveDate("They met last year.", "2024-01-01", undefined, "year")?.date, "2023-01-01");
  assert.deepEqual(resolveDate("They met last month.", "2024-01-01", undefined, "year")?.rule, "article-date");
});

test("a page's tag giving only a month or a year is that period, and gives way to a day", () => {
  const html = (tags: string, body = "") =>
    `<html><head><title>Rail tariffs in the steppe</title>${tags}</head><body><article><h1>Rail tariffs in the steppe</h1>${body}<p>Freight rates on the region's railways have doubled in three years, and shippers are looking for other routes to the sea.</p></article></body></html>`;
  const read = (page: string, given?: string) => {
    const r = readDocument(page, {format: "html", sourceId: "h", ...(given ? {given: {date: given}} : {})});
    assert.ok(r.ok);
    return [r.value.metadata.date, r.value.metadata.datePrecision, r.value.metadata.from.date];
  };
  assert.deepEqual(read(html('<meta name="citation_publication_date" content="2021/09">')), [
    "2021-09-01",
    "month",
    "html"
  ]);
  assert.deepEqual(
    read(html('<script type="application/ld+json">{"@type":"Report","datePublished":"2020"}</script>')),
    ["2020-01-01", "year", "html"]
  );
  assert.deepEqual(read(html('<meta name="citation_publication_date" content="2021/09">'), "2021-09-14"), [
    "2021-09-14",
    undefined,
    "given"
  ]);
  assert.deepEqual(read(html('<meta property="article:published_time" content="2021-09-14T08:00:00Z">')), [
    "2021-09-14",
    undefined,
    "html"
  ]);
  assert.deepEqual(read(html('<meta name="date" content="2021-13">')), [undefined, undefined, undefined]);
});

test("one list of issue-number words: 'Nr. 4', 'Series 2', 'Issue No. 87' open an issue line the brief is dated by", () => {
  for (const issue of ["Nr. 4 | November 2023", "Series 2 | November 2023", "Issue No. 87 | November 2023"]) {
    const d = read(issue);
    assert.deepEqual([d.metadata.date, d.metadata.datePrecision], ["2023-11-01", "month"], issue);
    assert.ok(!d.sentences.some((s) => s.text.includes("November 2023")), issue);
  }
});
