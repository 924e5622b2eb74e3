/**
 * Page dates in the forms of houses writing in other languages, session 29 (issue 10): a German or Swiss stamp with a
 * dotted time and "Uhr" ("14.10.2025, 07.15 Uhr"), a day with its dot before the month's name ("14. October 2025"), a
 * French "à 07h15", the day's name and the stamp's label in those languages (src/read/metadata-dates.ts isDateLine,
 * src/read/dates.ts parseDateline). Every line and page here is our own (a Swiss evening paper on Kazakhstan), with
 * near misses: a sentence that names such a stamp, a number that is no time, words left over.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {yearEstimated} from "../src/domain/index.js";
import {parseDateline} from "../src/read/dates.js";
import {isDateLine} from "../src/read/metadata-dates.js";
import {eventCoder} from "./helpers/events.js";
import {readOk} from "./helpers/read.js";

test("a stamp with a dotted time, 'Uhr', 'à 07h15', a foreign day's name or label is a date line", () => {
  for (const [line, date] of [
    ["14.10.2025, 07.15 Uhr", "2025-10-14"],
    ["14.10.2025 07.15", "2025-10-14"],
    ["14.10.2025, 17 Uhr", "2025-10-14"],
    ["Dienstag, 14.10.2025", "2025-10-14"],
    ["Di., 14.10.2025, 07.15 Uhr", "2025-10-14"],
    ["14. October 2025, 07.15 Uhr", "2025-10-14"],
    ["Aktualisiert am 15.10.2025, 11.02 Uhr", "2025-10-15"],
    ["14.10.2025 um 17:32", "2025-10-14"],
    ["Publié le 14/10/2025 à 07h15", "2025-10-14"],
    ["mardi 14/10/2025 - 07h15", "2025-10-14"],
    ["Publicado el 14/10/2025 a las 10:15", "2025-10-14"],
    ["14.10.2025 | 18:40 hrs", "2025-10-14"]
  ] as const) {
    assert.equal(isDateLine(line), true, line);
    assert.equal(parseDateline(line), date, line);
  }
  // near misses: a sentence naming the stamp, a number that is no time (no two digits of minutes, no hour of the
  // day), words left over
  for (const line of [
    "The council met on 14.10.2025 at 07.15 Uhr.",
    "14.10.2025, 5.3 million francs",
    "14.10.2025, 45.30 Uhr",
    "14.10.2025 Um die Zukunft Zentralasiens",
    "Bern, 14.10.2025: council cuts aid"
  ])
    assert.equal(isDateLine(line), false, line);
  // (a day with its dot before a month's name reads only with the name: "14. 10. 2025" is no such date)
  assert.equal(parseDateline("14. Oct. 2025"), "2025-10-14");
  assert.equal(parseDateline("Chapter 14. Reforms since 2025"), undefined);
});

const page = (stamp: string) =>
  [
    "Berner Abendblatt",
    "English edition | World | Business | Opinion",
    "",
    "ANALYSIS",
    "",
    "Why Bern courts Astana",
    "",
    "The Swiss government wants a new partner on the steppe, and Astana wants a friend in the Bretton Woods institutions. Bern is right to court it, but it may have waited too long.",
    "",
    stamp,
    "4 min read",
    "",
    "Switzerland and Kazakhstan signed a protocol on double taxation in Astana this March, after two years of talks. The Federal Council had asked for the talks in 2023, when trade between the two countries fell for the first time in a decade.",
    "",
    "Bern should now open a trade office in Almaty, and it should do so before the end of the year."
  ].join("\n");

// (the standfirst a paragraph of the body's length and the stamp after it, with no writer's line over it: main before
// dt29 read no date here)
test("a Swiss page's stamp '14.10.2025, 07.15 Uhr' dates the page, and 'this March' is its year's", () => {
  const d = readOk(page("14.10.2025, 07.15 Uhr"), {coder: eventCoder});
  assert.equal(d.metadata.date, "2025-10-14");
  assert.ok(
    d.events.some((e) => /^(CHE|KAZ)$/.test(e.source) && e.code.startsWith("057") && e.date?.startsWith("2025-03")),
    JSON.stringify(d.events.map((e) => [e.source, e.target, e.code, e.date]))
  );
  assert.ok(!d.warnings.some((w) => w.code === "estimated_year"));
  for (const stamp of ["Aktualisiert am 14.10.2025, 07.15 Uhr", "Publié le 14/10/2025 à 07h15"])
    assert.equal(readOk(page(stamp), {}).metadata.date, "2025-10-14", stamp);
  // near miss: a stamp line with words of another kind after it is no date line; the page has no date, and with no
  // month and year of its own to estimate the year by, "this March" dates nothing, and the reader says so
  const n = readOk(page("14.10.2025, 07.15 Uhr, Leserbriefe 12"), {coder: eventCoder});
  assert.equal(n.metadata.date, undefined);
  assert.ok(n.events.every((e) => e.date === undefined));
  assert.ok(n.warnings.some((w) => w.code === "undated_events"));
});

test("a year the reader estimated for a page with no date is marked so, for lists and pages to show it as an estimate", () => {
  const text = [
    "Why Bern courts Astana",
    "",
    "Switzerland and Kazakhstan signed a protocol on double taxation in Astana in May 2023 after two years of talks.",
    "",
    "Switzerland and Kazakhstan signed a second protocol in Bern this March."
  ].join("\n");
  const d = readOk(text, {coder: eventCoder});
  assert.equal(d.metadata.date, undefined);
  const march = d.events.filter((e) => e.date?.startsWith("2023-03"));
  const may = d.events.filter((e) => e.date?.startsWith("2023-05"));
  assert.ok(march.length > 0 && march.every(yearEstimated), JSON.stringify(d.events));
  // near miss: a month with its year stated is no estimate
  assert.ok(may.length > 0 && !may.some(yearEstimated), JSON.stringify(d.events));
  assert.equal(yearEstimated({rule: "SIGN [057] date:in-month"}), false);
  assert.equal(yearEstimated({}), false);
});

test("a stamp with the year first ('2025/10/14', '2025.10.14.'), the month between hyphens or in capitals, a zone named by a city", () => {
  for (const [line, date] of [
    ["2025/10/14 07:15", "2025-10-14"],
    ["2025.10.14. 17:48", "2025-10-14"],
    ["14-Oct-2025 07:15", "2025-10-14"],
    ["14 OCT 2025 - 07:15", "2025-10-14"],
    ["14 October 2025 at 07:15 (Astana time)", "2025-10-14"],
    ["14 October 2025, 07:15 local time", "2025-10-14"],
    ["14.10.2025 klo 17.05", "2025-10-14"]
  ] as const) {
    assert.equal(isDateLine(line), true, line);
    assert.equal(parseDateline(line), date, line);
  }
  // near misses: a season's years, a count before the year, words of a sentence
  for (const line of [
    "Budget 2025/26 passes the Mazhilis",
    "2025/10/14 talks end without a deal",
    "14 October 2025 at the Akorda palace",
    "Astana time zone moves on 1 March 2024"
  ])
    assert.equal(isDateLine(line), false, line);
});
