import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";
import {type ReadDocument} from "../src/read/index.js";
import {readByline} from "../src/read/byline.js";
import {isDateLine, orderedDate, pageDayOrder, spellingCounts} from "../src/read/metadata-dates.js";

// Page dates and bylines as mechanisms (session 12, issue 10: the page date decides whether a story's events are
// dated at all). Every page and sentence here was written for these tests — a story about a reservoir's summer
// release schedule agreed between Tajikistan and Uzbekistan, and one about a Caspian fishing quota — in no fixture
// article's words: numeric dates whose day and month order the page settles (or does not, and says so), date lines
// after a standfirst or a teaser, update notes, reporters named with the places they reported from, a wire's credit
// read by its parts, the writer's name and role set with a bar. Each with near misses that must not fire.

const aliases = [
  {code: "TJK", alias: "Tajikistan"},
  {code: "UZB", alias: "Uzbekistan"},
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "AZE", alias: "Azerbaijan"}
];
const read = (text: string): ReadDocument => readOk(text, {format: "text", aliases});

const HEAD =
  "THE VALLEY COURIER\nNews | Regions | Economy | Opinion | Water\n\nReservoir deal gives cotton farmers more water in July\n\n";
const STANDFIRST =
  "Two days of talks in Khujand ended a quarrel over the Kayrakkum reservoir that had held up irrigation in the Fergana valley. The harder bargaining, farmers say, is still ahead.\n\n";
const BODY =
  "Water officials from Tajikistan and Uzbekistan settled the summer release schedule for the Kayrakkum reservoir at a two-day meeting in Khujand, the Tajik energy ministry said, ending a dispute that had held up irrigation downstream.\n\n" +
  "Under the schedule, the reservoir will release more water in July and August, when cotton growers in the valley need it most, and store more in the spring.\n\n" +
  "Growers' groups in both countries welcomed the deal but asked for a say in next year's talks.\n";
/** A paragraph in British spelling, and one in American spelling (a page's locale). */
const BRITISH =
  "Officials said the scheme would mobilise money for the canals, and the neighbouring districts dropped their defence of the old quotas.\n";
const AMERICAN =
  "Officials said the scheme would mobilize money for the canals, and the neighboring districts dropped their defense of the old quotas.\n";

test("a numeric date's day and month: its own values, the page's other numeric dates, dots, the page's locale", () => {
  // the date's own values: a number above 12 is the day
  assert.equal(read(`${HEAD}By Lola Karimova\n19-06-2025\n\n${BODY}`).metadata.date, "2025-06-19");
  assert.equal(read(`${HEAD}By Lola Karimova\n06/19/2025\n\n${BODY}`).metadata.date, "2025-06-19");
  // dots are day first
  assert.equal(read(`${HEAD}By Lola Karimova\n03.06.2025 08:40\n\n${BODY}`).metadata.date, "2025-06-03");
  // the page's other numeric dates (a related story's "06/28/2025" sets month first for the page)
  assert.equal(
    read(`${HEAD}By Lola Karimova\n06/03/2025\n\n${BODY}\nMore: Canal repairs end early (06/28/2025)\n`).metadata.date,
    "2025-06-03"
  );
  assert.equal(
    read(`${HEAD}By Lola Karimova\n03/06/2025\n\n${BODY}\nMore: Canal repairs end early (28/06/2025)\n`).metadata.date,
    "2025-06-03"
  );
  // the locale the page shows: British spelling, or dates written day before month, put the day first
  assert.equal(read(`${HEAD}By Lola Karimova\n03-06-2025\n\n${BODY}\n${BRITISH}`).metadata.date, "2025-06-03");
  assert.equal(
    read(`${HEAD}By Lola Karimova\n03/06/2025\n\n${BODY}\nThe next round is set for 14 July.\n`).metadata.date,
    "2025-06-03"
  );
  // for slashes (the American form), American spelling or dates written month before day put the month first
  assert.equal(read(`${HEAD}By Lola Karimova\n06/03/2025\n\n${BODY}\n${AMERICAN}`).metadata.date, "2025-06-03");
  assert.equal(
    read(`${HEAD}By Lola Karimova\n06/03/2025\n\n${BODY}\nThe next round is set for July 14.\n`).metadata.date,
    "2025-06-03"
  );
});

test("a numeric date nothing on the page orders gives only its year, and the reader says so", () => {
  // (session 26: both readings are of 2025, so the page is dated to the year, precision "year"; before, not at all)
  for (const line of ["06/03/2025", "06-03-2025", "06-03-2025 (updated: 07-03-2025)"]) {
    const d = read(`${HEAD}By Lola Karimova\n${line}\n\n${BODY}`);
    assert.equal(d.metadata.date, "2025-01-01", line);
    assert.equal(d.metadata.datePrecision, "year", line);
    const w = d.warnings.find((x) => x.code === "ambiguous_date");
    assert.ok(w, line);
    assert.match(w.message, /Took only the year 2025 of .* 2025-03-06 \(day first\) or 2025-06-03 \(month first\)/);
  }
  // near miss: American spelling does not make a dashed date month first (sites everywhere write dashes day first)
  const d = read(`${HEAD}By Lola Karimova\n06-03-2025\n\n${BODY}\n${AMERICAN}`);
  assert.equal(d.metadata.date, "2025-01-01");
  // near miss: a date the caller gives is kept, and no date is guessed
  const e = readOk(`${HEAD}By Lola Karimova\n06/03/2025\n\n${BODY}`, {
    format: "text",
    aliases,
    given: {date: "2025-03-06"}
  });
  assert.equal(e.metadata.date, "2025-03-06");
  assert.equal(
    e.warnings.some((x) => x.code === "ambiguous_date"),
    false
  );
});

test("the day/month order of a page, as a function", () => {
  assert.equal(pageDayOrder(["Posted 04/22/2025"], "/"), "month-first");
  assert.equal(pageDayOrder(["Posted 22/04/2025"], "/"), "day-first");
  // (a page that writes both ways settles nothing by its values)
  assert.equal(pageDayOrder(["22/04/2025", "04/23/2025"], "/"), undefined);
  assert.equal(pageDayOrder(["nothing here"], "."), "day-first");
  assert.equal(pageDayOrder([BRITISH], "-"), "day-first");
  assert.equal(pageDayOrder([AMERICAN], "-"), undefined);
  assert.equal(pageDayOrder([AMERICAN], "/"), "month-first");
  // names keep their own spelling: "the Centre for …" and "Labour" say nothing of the page's locale
  assert.deepEqual(spellingCounts("The Centre for Water Studies and Labour MPs met at the center."), {
    british: 0,
    american: 1
  });
  const order = () => "month-first" as const;
  assert.equal(orderedDate("06/03/2025", "2025-03-06", order), "2025-06-03");
  // (a date whose two numbers are equal, or one above 12, needs no order)
  assert.equal(orderedDate("05/05/2025", "2025-05-05", order), "2025-05-05");
  assert.equal(orderedDate("19.06.2025", "2025-06-19", order), "2025-06-19");
});

test("a line that is only the page's date, with its time, weekday, zone, update note or reading time", () => {
  for (const line of [
    "06-03-2025 (updated: 07-03-2025 )",
    "2025-06-03T08:40:00+05:00",
    "3 Jun 2025, 08:40",
    "Tuesday, 3 June 2025 · 4 min read",
    "June 3, 2025 8:40 AM GMT+5",
    "Published 3 June 2025 | Last modified 4 June 2025",
    "03.06.2025, 08:40   👁 2 311"
  ])
    assert.equal(isDateLine(line), true, line);
  for (const line of [
    "The talks resume on 3 June 2025.",
    "Water talks: 3 June 2025 round ends without a deal",
    "Khujand, 3 June 2025 — officials from both sides",
    "Reservoir levels as of 3 June 2025 by district"
  ])
    assert.equal(isDateLine(line), false, line);
});

test("date lines after a standfirst or a teaser are the page's date; a dated sentence or a related list is not", () => {
  for (const [line, date] of [
    ["19-06-2025 (updated: 20-06-2025 )", "2025-06-19"],
    ["2025-06-19T08:40:00+05:00", "2025-06-19"],
    ["19 Jun 2025, 08:40", "2025-06-19"],
    ["Thursday, 19 June 2025 · 4 min read", "2025-06-19"]
  ] as const) {
    assert.equal(read(`${HEAD}${STANDFIRST}By Lola Karimova\n${line}\n\n${BODY}`).metadata.date, date, line);
    const teaser = "In brief\n\n- More water in July and August\n- Growers want a seat at the table\n\n";
    assert.equal(read(`${HEAD}${teaser}${line}\n\n${BODY}`).metadata.date, date, `${line} after a teaser`);
  }
  // near misses: a sentence of the standfirst naming a date; a related story's date after the body
  assert.equal(
    read(`${HEAD}The release schedule takes effect on 19 June 2025, officials in Khujand said on Monday.\n\n${BODY}`)
      .metadata.date,
    undefined
  );
  assert.equal(
    read(`${HEAD}${STANDFIRST}${BODY}\nRelated\n\nCanal repairs end early\n19-06-2025\n`).metadata.date,
    undefined
  );
});

test("the date in a byline's update part is an update; the published date beats it", () => {
  const f = readByline("By Lola Karimova | The Valley Courier | Updated: 2025-06-20 09:12");
  assert.deepEqual(f, {
    date: "2025-06-20",
    dateKind: "updated",
    author: "Lola Karimova",
    publisher: "The Valley Courier"
  });
  const d = read(
    `${HEAD}By Lola Karimova | The Valley Courier | Updated: 2025-06-20 09:12\nPublished 19 June 2025\n\n${BODY}`
  );
  assert.equal(d.metadata.date, "2025-06-19");
  // (near miss: a date in the byline's first part, with an update after it, is the byline's own)
  assert.equal(readByline("Lola Karimova | 19.06.2025 - Update: 20.06.2025")?.dateKind, "byline");
});

test("reporters named with the places they reported from, in capitals or not, in a byline with bars", () => {
  const d = read(
    `${HEAD}${STANDFIRST}By LOLA KARIMOVA in Khujand and DAVRON ALIEV in Tashkent | The Valley Courier | Updated: 2025-06-19 09:12\n\n${BODY}`
  );
  assert.equal(d.metadata.author, "Lola Karimova and Davron Aliev");
  assert.equal(d.metadata.publisher, "The Valley Courier");
  assert.equal(d.metadata.date, "2025-06-19");
  assert.equal(
    readByline("By Lola Karimova in Khujand, Davron Aliev in Tashkent")?.author,
    "Lola Karimova and Davron Aliev"
  );
  // "By X | Outlet | Est. 6min" after a standfirst is the writer's line, not a menu
  const e = read(`${HEAD}${STANDFIRST}By Lola Karimova | The Valley Courier | Est. 5min\n19 June 2025\n\n${BODY}`);
  assert.equal(e.metadata.author, "Lola Karimova");
  // the writer's name and role under the headline, set with a bar
  const f = read(`${HEAD}${STANDFIRST}Lola Karimova | Senior Correspondent, Water Desk\n19 June 2025\n\n${BODY}`);
  assert.equal(f.metadata.author, "Lola Karimova");
  // near misses: a crumb of a place and a section, a menu of sections, a publication with "The" is no person
  assert.equal(readByline("Tajikistan | Politics")?.author, undefined);
  assert.equal(readByline("Energy | Markets | Transport | Opinion")?.author, undefined);
  assert.equal(readByline("By The Valley Courier | 19 June 2025")?.author, undefined);
  assert.equal(readByline("By The Valley Courier | 19 June 2025")?.publisher, "The Valley Courier");
  // near misses: a role or an outlet after the comma is no second writer; a plain byline in a credit's words reads as
  // a byline
  assert.equal(readByline("By Lola Karimova, Senior Fellow")?.author, "Lola Karimova");
  assert.equal(readByline("Written by Lola Karimova, Contributing Editor")?.author, "Lola Karimova");
  assert.deepEqual(readByline("Reported by Lola Karimova for Valley Post"), {
    author: "Lola Karimova",
    publisher: "Valley Post"
  });
  assert.equal(
    readByline("Written by Lola Karimova based on reporting by Davron Aliev of the Tajik desk")?.author,
    "Lola Karimova"
  );
  // (a place name after "in" that is the section, as before: "By Jane Roe in Politics")
  assert.equal(readByline("By Lola Karimova in Politics")?.author, "Lola Karimova");
});

test("a wire's credit: the reporters are the authors; the writer only when no reporter is named; never helpers or editors", () => {
  assert.equal(
    readByline(
      "(Reporting by Timur Nasyrov in Aktau and Leyla Guliyeva in Baku; Additional reporting by Anna Petrova in Astrakhan; Writing by Mark Ellison; Editing by Ruth Abbot)"
    )?.author,
    "Timur Nasyrov and Leyla Guliyeva"
  );
  assert.equal(readByline("(Writing by Mark Ellison; Editing by Ruth Abbot)")?.author, "Mark Ellison");
  assert.equal(readByline("(Reporting by TIMUR NASYROV; Editing by Ruth Abbot)")?.author, "TIMUR NASYROV");
  for (const line of [
    "(Editing by Ruth Abbot)",
    "Additional reporting by Anna Petrova in Astrakhan.",
    "(Additional reporting by Anna Petrova; Editing by Ruth Abbot)"
  ])
    assert.equal(readByline(line), undefined, line);
  // a wire page whose reporters appear only in the credit after the story
  const page =
    "CASPIAN WIRE\nWorld | Markets | Energy | Politics\n\nCaspian states agree sturgeon catch limits for 2026\n\nJune 19, 2025 3:05 PM GMT+5\n\n" +
    "AKTAU, June 19 (Caspian Wire) - Kazakhstan and Azerbaijan agreed on Thursday to cut the commercial sturgeon catch by a fifth next year, fisheries officials from both countries said after a meeting in the Kazakh port.\n\n" +
    "The cut follows a survey that found fewer young fish in the northern Caspian than at any time in a decade, the officials said.\n\n" +
    "(Reporting by Timur Nasyrov in Aktau and Leyla Guliyeva in Baku; Additional reporting by Anna Petrova in Astrakhan; Writing by Mark Ellison; Editing by Ruth Abbot)\n";
  const d = read(page);
  assert.equal(d.metadata.author, "Timur Nasyrov and Leyla Guliyeva");
  assert.equal(d.metadata.date, "2025-06-19");
});

test("a line after the story saying when the piece was first published dates it; a related item's date does not", () => {
  for (const line of [
    "This article was first published on June 19, 2025.",
    "Originally published 19 June 2025",
    "First published: 19.06.2025"
  ])
    assert.equal(read(`${HEAD}By Lola Karimova\n\n${BODY}\n${line}\n`).metadata.date, "2025-06-19", line);
  // near misses: a story in a related list, a sentence of the body naming a date
  assert.equal(
    read(`${HEAD}By Lola Karimova\n\n${BODY}\nRead also: Canal repairs end early, 19 June 2025\n`).metadata.date,
    undefined
  );
  assert.equal(
    read(
      `${HEAD}By Lola Karimova\n\nOn 19 June 2025 the two sides met in Khujand to settle the summer release schedule for the reservoir, officials said.\n\n${BODY}`
    ).metadata.date,
    undefined
  );
  // "Published" beats "Updated" wherever each stands on the byline's line
  assert.equal(
    read(`${HEAD}By Lola Karimova | The Valley Courier | Updated: 21 June 2025 | Published: 19 June 2025\n\n${BODY}`)
      .metadata.date,
    "2025-06-19"
  );
});

test("two or three writers: a byline's list, an 'About the authors' box presenting each", () => {
  assert.equal(
    read(`${HEAD}By Lola Karimova, Davron Aliev and Farrukh Saidov\nJune 19, 2025\n\n${BODY}`).metadata.author,
    "Lola Karimova, Davron Aliev and Farrukh Saidov"
  );
  const box =
    "\nAbout the authors\n\nLola Karimova is a water policy researcher at the Fergana Institute.\n\nDavron Aliev is a hydrologist who has mapped the Syr Darya basin since 2010.\n";
  assert.equal(read(`${HEAD}${BODY}${box}`).metadata.author, "Lola Karimova and Davron Aliev");
  // near miss: a singular box presents one writer, whatever follows it
  const one =
    "\nAbout the author\n\nLola Karimova is a water policy researcher at the Fergana Institute.\n\nDavron Aliev is a hydrologist who has mapped the Syr Darya basin since 2010.\n";
  assert.equal(read(`${HEAD}${BODY}${one}`).metadata.author, "Lola Karimova");
});

test("a wire's dateline with the month and day but no year takes the year of the page's copyright, as weak evidence", () => {
  const wire = (lead: string, foot: string) =>
    `CASPIAN WIRE\nWorld | Markets | Energy | Politics\n\nCaspian states agree sturgeon catch limits\n\n${lead}Kazakhstan and Azerbaijan agreed on Thursday to cut the commercial sturgeon catch by a fifth next year, fisheries officials from both countries said after a meeting in the Kazakh port.\n\nThe cut follows a survey that found fewer young fish in the northern Caspian than at any time in a decade, the officials said.\n${foot}`;
  assert.equal(
    read(wire("AKTAU, June 19 (Caspian Wire) - ", "\n© 2025 Caspian Wire. All rights reserved.\n")).metadata.date,
    "2025-06-19"
  );
  assert.equal(
    read(wire("AKTAU, 19 June. /Caspian Wire/. ", "\n© 2009–2025 Caspian Wire\n")).metadata.date,
    "2025-06-19"
  );
  const d = read(wire("AKTAU, June 19 (Caspian Wire) - ", "\n© 2025 Caspian Wire. All rights reserved.\n"));
  assert.equal(d.metadata.from.date, "text-weak");
  // near misses: no copyright year, a weekday instead of a date; a date the caller gives wins
  assert.equal(read(wire("AKTAU, June 19 (Caspian Wire) - ", "")).metadata.date, undefined);
  assert.equal(read(wire("AKTAU, Thursday (Caspian Wire) - ", "\n© 2025 Caspian Wire\n")).metadata.date, undefined);
  const given = readOk(wire("AKTAU, June 19 (Caspian Wire) - ", "\n© 2025 Caspian Wire\n"), {
    format: "text",
    aliases,
    given: {date: "2024-06-19"}
  });
  assert.equal(given.metadata.date, "2024-06-19");
});

test("more page forms: a 24-hour time orders a numeric date, two-digit years, a slash before the role, a rubric before a bar", () => {
  // a time past noon on the 24-hour clock is written where the day comes first
  assert.equal(
    read(`${HEAD}Posted: 06/03/2025 - 17:05\nChanged: 07/03/2025 - 09:10\n\n${BODY}`).metadata.date,
    "2025-03-06"
  );
  // (near misses: "5:05 PM" says nothing of the order; a 24-hour time in the prose or a score box is no date stamp, so
  // an American page's "July 14" still puts the month first; a stamp's 24-hour time against American spelling and
  // "July 14" settles nothing, and says so)
  assert.equal(read(`${HEAD}06/03/2025 5:05 PM\n\n${BODY}`).metadata.datePrecision, "year");
  const us = `${HEAD}06/03/2025\n\n${BODY}\nThe gates open at 17:30 local time, and the next round is set for July 14.\nFinal: Pamir 13:20 Khujand\n`;
  assert.equal(read(us).metadata.date, "2025-06-03");
  const both = read(`${HEAD}06/03/2025 17:05\n\n${BODY}\n${AMERICAN}\nThe next round is set for July 14.\n`);
  assert.equal(both.metadata.datePrecision, "year");
  assert.ok(both.warnings.some((w) => w.code === "ambiguous_date"));
  // a year in two digits on a date line
  assert.equal(read(`${HEAD}19.06.25 08:40\n\n${BODY}`).metadata.date, "2025-06-19");
  // (near miss: a score or a ratio in a line of words is no date)
  assert.equal(read(`${HEAD}Quota shares 19.06.25 by district\n\n${BODY}`).metadata.date, undefined);
  // "By NAME/ Staff Writer": the slash sets the role apart
  assert.equal(readByline("By LOLA KARIMOVA/ Staff Writer")?.author, "LOLA KARIMOVA");
  // a kind of piece in running case before a bar is the site's rubric; with a colon it is the headline's own
  assert.equal(
    read(
      `THE VALLEY COURIER\nNews | Regions | Opinion\n\nOpinion | Growers need a seat at the water table\n\nBy Lola Karimova\n19 June 2025\n\n${BODY}`
    ).metadata.title,
    "Growers need a seat at the water table"
  );
  assert.equal(
    read(
      `THE VALLEY COURIER\nNews | Regions | Opinion\n\nExplainer: Why the reservoir matters to growers\n\nBy Lola Karimova\n19 June 2025\n\n${BODY}`
    ).metadata.title,
    "Explainer: Why the reservoir matters to growers"
  );
  // a byline with its date after a standfirst
  assert.equal(read(`${HEAD}${STANDFIRST}By Lola Karimova, 19 June 2025\n\n${BODY}`).metadata.date, "2025-06-19");
});

test("a labelled field beside a date ('Author: Jane Roe | 19.06.2025') is no site's name", () => {
  const d = read(`${HEAD}Author: Lola Karimova | 19.06.2025\n\n${BODY}`);
  assert.equal(d.metadata.author, "Lola Karimova");
  assert.equal(d.metadata.publisher, "The Valley Courier");
  assert.equal(d.metadata.date, "2025-06-19");
  // near miss: a site's own name beside its section and date still names it
  const e = read(
    `Reservoir deal gives cotton farmers more water in July\n\nValley Notes · Analysis · 19 June 2025\n\n${BODY}`
  );
  assert.equal(e.metadata.publisher, "Valley Notes");
});

test("a blog's name over its post's headline, then the writer's name alone and the date", () => {
  const d = read(`Valley Notes\n\nGrowers need a seat at the water table\n\nLola Karimova\nJun 19, 2025\n\n${BODY}`);
  assert.equal(d.metadata.title, "Growers need a seat at the water table");
  assert.equal(d.metadata.publisher, "Valley Notes");
  assert.equal(d.metadata.author, "Lola Karimova");
  assert.equal(d.metadata.date, "2025-06-19");
  // near misses: no name above the headline; a section's kicker there is no site's name (review J9)
  const e = read(`Growers need a seat at the water table\n\nLola Karimova\nJun 19, 2025\n\n${BODY}`);
  assert.equal(e.metadata.title, "Growers need a seat at the water table");
  const f = read(
    `Regional Economy\n\nGrowers need a seat at the water table\n\nLola Karimova\nJun 19, 2025\n\n${BODY}`
  );
  assert.equal(f.metadata.title, "Growers need a seat at the water table");
  assert.equal(f.metadata.publisher, undefined);
});

test("more writers' lines: 'Interviewed by', 'Prepared by', 'Story:' with a photo credit, a role alone beside the name", () => {
  assert.equal(readByline("Interviewed by Lola Karimova")?.author, "Lola Karimova");
  assert.equal(readByline("Prepared by Lola Karimova")?.author, "Lola Karimova");
  assert.deepEqual(readByline("Story: Lola Karimova; Photos: Davron Aliev"), {author: "Lola Karimova"});
  assert.deepEqual(readByline("Lola Karimova · Correspondent · 19 June 2025"), {
    date: "2025-06-19",
    dateKind: "byline",
    author: "Lola Karimova"
  });
  // near misses: a headline opening with the label's word, a credit of photos alone
  assert.equal(readByline("Storytelling keeps the valley's water lore alive"), undefined);
  assert.equal(readByline("Words matter in water talks"), undefined);
  assert.equal(readByline("Photos: Davron Aliev")?.author, undefined);
});

test("a crumb ending with the headline is the site's navigation; the headline below it is the title", () => {
  const title = "Reservoir deal gives cotton farmers more water in July";
  const d = read(
    `THE VALLEY COURIER\nNews | Regions | Economy\nHome > Regions > ${title}\n\n${title}\n\nBy Lola Karimova\n19 June 2025\n\n${BODY}`
  );
  assert.equal(d.metadata.title, title);
  assert.equal(d.metadata.publisher, "The Valley Courier");
  // near miss: a headline with a slash in it and no repeat below stays the title
  const e = read(
    `THE VALLEY COURIER\nNews | Regions | Economy\n\nTajik / Uzbek water talks end with a summer schedule for the reservoir\n\nBy Lola Karimova\n19 June 2025\n\n${BODY}`
  );
  assert.equal(e.metadata.title, "Tajik / Uzbek water talks end with a summer schedule for the reservoir");
});
