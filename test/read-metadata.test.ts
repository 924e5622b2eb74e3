import assert from "node:assert/strict";
import {test} from "node:test";
import {parseDateline, readByline, readDocument, readLeadDateline} from "../src/read/index.js";

// Sentences and pages written for these tests (not taken from the seeds).

test("readByline() reads bylines and datelines in common forms", () => {
  assert.deepEqual(readByline("By Reuters March 5, 2024"), {
    date: "2024-03-05",
    dateKind: "byline",
    publisher: "Reuters"
  });
  assert.deepEqual(readByline("Original Author: Dana Whitfield"), {author: "Dana Whitfield"});
  assert.deepEqual(readByline("Author: Omar Tleuov"), {author: "Omar Tleuov"});
  assert.deepEqual(readByline("by Lena Park | 14 February 2023"), {
    date: "2023-02-14",
    dateKind: "byline",
    author: "Lena Park"
  });
  assert.deepEqual(readByline("Tashkent 07.11.2022"), {date: "2022-11-07", dateKind: "dateline", place: "Tashkent"});
  assert.deepEqual(readByline("Xinhua, 3 April 2025"), {date: "2025-04-03", dateKind: "dateline", publisher: "Xinhua"});
  assert.deepEqual(readByline("23 August 2024 - 09:41"), {date: "2024-08-23", dateKind: "dateline"});
  assert.deepEqual(readByline("2022-09-30T08:15:00+05:00"), {date: "2022-09-30", dateKind: "dateline"});
  assert.deepEqual(readByline("Published: 9 January 2025"), {date: "2025-01-09", dateKind: "published"});
  assert.deepEqual(readByline("Updated: January 11, 2025, 4:10 PM"), {date: "2025-01-11", dateKind: "updated"});
  assert.equal(readByline("Today: Friday, 6 December 2026")?.dateKind, "banner");
  assert.equal(readByline("Wednesday, 2 December 2026", {beforeTitle: true})?.dateKind, "banner");
  assert.deepEqual(readByline("By Mira Sato and Tom Berg, Associated Press"), {
    author: "Mira Sato and Tom Berg",
    publisher: "Associated Press"
  });
  assert.equal(readByline("Ministers agreed to extend the pipeline by 2030."), undefined);
});

test("parseDateline() reads day-first, month-first, ISO and slashed dates", () => {
  assert.equal(parseDateline("12th March 2024"), "2024-03-12");
  assert.equal(parseDateline("Mar. 5, 2024"), "2024-03-05");
  assert.equal(parseDateline("2024/03/12"), "2024-03-12");
  assert.equal(parseDateline("12/03/2024"), "2024-03-12");
  assert.equal(parseDateline("03/25/2024"), "2024-03-25");
});

test("readLeadDateline() reads a wire story's opening", () => {
  const a = readLeadDateline("ALMATY, March 5, 2024 (Reuters) - Kazakhstan raised its key rate on Friday.");
  assert.equal(a?.date, "2024-03-05");
  assert.equal(a?.publisher, "Reuters");
  assert.equal(a?.place, "ALMATY");
  const b = readLeadDateline("MOSCOW, 14 June 2023. /TASS/. The ministers met in the capital.");
  assert.equal(b?.publisher, "TASS");
  assert.equal(b?.date, "2023-06-14");
  assert.equal(readLeadDateline("Kazakhstan raised its key rate on Friday - the third rise this year."), undefined);
});

const NEWS = [
  "Wednesday, 2 December 2026",
  "Home | World | Business",
  "Uzbekistan and Kyrgyzstan sign border water deal",
  "By Aigerim Sadykova",
  "Published: 14 March 2023",
  "Uzbekistan and Kyrgyzstan signed an agreement on the shared use of a border reservoir.",
  "The deal ends a dispute that lasted more than two decades, officials said on Tuesday.",
  "Under the agreement, both countries will manage the reservoir jointly and share its water according to a seasonal schedule agreed by their water ministries, the statement added, without giving figures.",
  "© 2023 Steppe Wire. All rights reserved."
].join("\n\n");

test("readDocument() keeps short news paragraphs and reads byline, published date and copyright", () => {
  const r = readDocument(NEWS, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  const m = r.value.metadata;
  assert.equal(m.title, "Uzbekistan and Kyrgyzstan sign border water deal");
  assert.equal(m.author, "Aigerim Sadykova");
  assert.equal(m.date, "2023-03-14");
  assert.equal(m.publisher, "Steppe Wire");
  assert.match(r.value.body, /^Uzbekistan and Kyrgyzstan signed an agreement/);
  assert.match(r.value.body, /officials said on Tuesday\./);
});

test("a banner's date never overrides the caller's date; a stated date wins with a warning", () => {
  const banner = [
    "Friday, 6 December 2026",
    "Turkmenistan opens new gas compressor station",
    NEWS.split("\n\n").slice(5, 8).join("\n\n")
  ].join("\n\n");
  const given = readDocument(banner, {format: "text", sourceId: "t", given: {date: "2024-05-02"}});
  assert.ok(given.ok);
  assert.equal(given.value.metadata.date, "2024-05-02");
  assert.equal(given.value.metadata.from.date, "given");
  const alone = readDocument(banner, {format: "text", sourceId: "t"});
  assert.ok(alone.ok);
  assert.equal(alone.value.metadata.from.date, "text-weak");
  const stated = readDocument(NEWS, {format: "text", sourceId: "t", given: {date: "2024-05-02"}});
  assert.ok(stated.ok);
  assert.equal(stated.value.metadata.date, "2023-03-14");
  assert.match(stated.value.warnings.map((w) => w.message).join("\n"), /Ignored the given date "2024-05-02"/);
});

test("HTML metadata: og:site_name, JSON-LD, and the page's host as a last resort", () => {
  const html = `<html><head><link rel="canonical" href="https://www.example-wire.org/news/1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Grain corridor reopens","datePublished":"2022-08-01T10:00:00Z","author":{"@type":"Person","name":"Ruslan Beks"}}</script>
</head><body><article><h1>Grain corridor reopens</h1><p>The first ship carrying grain left the port on Monday after months of blockade, officials said.</p></article></body></html>`;
  const r = readDocument(html, {format: "html", sourceId: "t"});
  assert.ok(r.ok);
  assert.equal(r.value.metadata.author, "Ruslan Beks");
  assert.equal(r.value.metadata.date, "2022-08-01");
  assert.equal(r.value.metadata.publisher, "example-wire.org");
});

test("widget text set inline in a paragraph does not stay inside its sentence", () => {
  const html = `<html><body><article><h1>Port traffic grows</h1><p>The port handled more containers this year than last, the operator said. <span class="share-buttons">Share on Facebook Tweet</span> Officials expect further growth as the new berth opens next spring.</p></article></body></html>`;
  const r = readDocument(html, {format: "html", sourceId: "t"});
  assert.ok(r.ok);
  assert.doesNotMatch(r.value.body, /Share on Facebook/);
  assert.ok(r.value.sentences.some((x) => x.text.startsWith("Officials expect further growth")));
});

test("a byline with a section and a date, a wire story's credits, sharing buttons, a title under the navigation", () => {
  assert.deepEqual(readByline("By Dana Whitfield in Business on 2 May 2024"), {
    date: "2024-05-02",
    dateKind: "byline",
    author: "Dana Whitfield"
  });
  assert.deepEqual(readByline("(Reporting by Lena Park; Editing by Omar Tleuov)"), {author: "Lena Park"});
  const page = [
    "Home | World | Energy | Opinion",
    "Tajikistan and Kyrgyzstan open a second border crossing",
    "By Lena Park in Region on 19 June 2025",
    "DUSHANBE – Tajikistan and Kyrgyzstan opened a second crossing on their shared border on Wednesday.",
    "The crossing will handle up to 400 trucks a day, the customs service said.",
    "Share this:",
    "Telegram",
    "WhatsApp",
    "(Reporting by Lena Park; Editing by Omar Tleuov)",
    "Our Standards: The Steppe Wire Trust Principles."
  ].join("\n");
  const r = readDocument(page, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  const m = r.value.metadata;
  assert.equal(m.title, "Tajikistan and Kyrgyzstan open a second border crossing");
  assert.equal(m.author, "Lena Park");
  assert.equal(m.date, "2025-06-19");
  // Only the two news paragraphs are body: no sharing label, no credits, no standards line.
  assert.deepEqual(
    r.value.paragraphs.map((p) => p.text.slice(0, 20)),
    ["DUSHANBE – Tajikista", "The crossing will ha"]
  );
  assert.deepEqual(
    r.value.dropped.filter((d) => d.reason === "widget").map((d) => d.text),
    ["Share this:", "Telegram", "WhatsApp"]
  );
});

test("'Source: <organisation>' after the last paragraph names the publisher; a chart's source does not", () => {
  const essay = [
    "Water diplomacy in the Fergana Valley",
    "Author: Omar Tleuov",
    "The reservoirs of the Fergana Valley have become the quiet centre of regional politics, and the three governments that share them have learned that cooperation pays better than confrontation over the long run.",
    "Source: World Bank estimates",
    "Yet the arrangements remain fragile, because each of them depends on goodwill that one bad harvest could exhaust.",
    "Source: Steppe Policy Institute"
  ].join("\n\n");
  const r = readDocument(essay, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  assert.equal(r.value.metadata.publisher, "Steppe Policy Institute");
  const noSource = readDocument(essay.split("\n\nSource: Steppe")[0]!, {format: "text", sourceId: "t"});
  assert.ok(noSource.ok);
  assert.equal(noSource.value.metadata.publisher, undefined);
});

test("bylines of analysis sites and wire desks: 'Analysis by X, <organisation>', 'By X | <blog> | date', 'By <wire> staff'", () => {
  assert.deepEqual(readByline("Commentary by Aliya Nurlanova, Tien Shan Policy Forum"), {
    author: "Aliya Nurlanova",
    publisher: "Tien Shan Policy Forum"
  });
  assert.deepEqual(readByline("By Timur Bekov | Steppe Energy Notes | 4 March 2025"), {
    date: "2025-03-04",
    dateKind: "byline",
    author: "Timur Bekov",
    publisher: "Steppe Energy Notes"
  });
  assert.deepEqual(readByline("By Caspian Wire staff"), {publisher: "Caspian Wire"});
});

test("a dateline 'CITY. DD.MM.YYYY. Agency' gives the place and the agency apart (own lines)", () => {
  assert.deepEqual(readByline("TASHKENT. 07.04.2024. Dunyo Info Agency"), {
    date: "2024-04-07",
    dateKind: "dateline",
    place: "TASHKENT",
    publisher: "Dunyo Info Agency"
  });
  assert.deepEqual(readByline("ALMATY, 19 May 2023, Steppe News Agency")?.publisher, "Steppe News Agency");
});

test("a wire dateline's parenthesised agency is the publisher, whatever its name (own lines)", () => {
  assert.equal(
    readLeadDateline("TASHKENT, June 4 (Silk Road Courier) - Uzbekistan said")?.publisher,
    "Silk Road Courier"
  );
  assert.equal(readLeadDateline("BAKU, May 2 (Caspian Post) - Azerbaijan")?.publisher, "Caspian Post");
});

const CANAL_BODY =
  "The committee heard three regional water officials on the state of the northern canal network. Members asked how the repairs would be paid for and when the work would start.\n\n" +
  "The chair said the committee would publish a report on its findings. Officials promised to send further figures within a month.\n\n" +
  "Farmers from two districts attended the meeting and asked for the repairs to begin before the spring sowing.";

test("a labelled date line dates the document; its time and room name no author or place", () => {
  const text =
    "STATE ASSEMBLY WATER COMMITTEE\nHome | About | Members | Hearings | Press\n\nCanal Repairs in the North\n\n" +
    "Meeting Date: Tuesday, March 10, 2026 | Time: 2:00 PM | Location: Room 114, Assembly Office Building West Wing\n\n" +
    CANAL_BODY;
  const r = readDocument(text, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  assert.equal(r.value.metadata.date, "2026-03-10");
  assert.equal(r.value.metadata.author, undefined);
  assert.deepEqual(readByline("Meeting Date: Tuesday, March 10, 2026 | Time: 2:00 PM"), {
    date: "2026-03-10",
    dateKind: "dateline"
  });
});

test("a bare date on its own line after a teaser dates the story; an ambiguous numeric one only to its year", () => {
  const page = (d: string) =>
    "VALLEY RADIO\nNews | Sport | Weather\n\nCanal repairs start in the north\n\n" +
    "The regional government has begun repairs on the northern canal after years of complaints from farmers in the valley. Not every district will get water this spring.\n\n" +
    `${d}\nShare | Facebook | Copy link\n\n` +
    CANAL_BODY;
  const us = readDocument(page("03/17/2026"), {format: "text", sourceId: "t"});
  assert.ok(us.ok);
  assert.equal(us.value.metadata.date, "2026-03-17");
  const named = readDocument(page("Tuesday, 17 March 2026"), {format: "text", sourceId: "t"});
  assert.ok(named.ok);
  assert.equal(named.value.metadata.date, "2026-03-17");
  const ambiguous = readDocument(page("03/05/2026"), {format: "text", sourceId: "t"});
  assert.ok(ambiguous.ok);
  // (session 26: the year both readings share, precision "year"; before, no date)
  assert.equal(ambiguous.value.metadata.date, "2026-01-01");
  assert.equal(ambiguous.value.metadata.datePrecision, "year");
});

test("a page's 'last edited' footer dates it only when nothing else does, with a warning", () => {
  const footer =
    '\n\nReferences\n1. "Canal plan". Water Agency. 5 May 2021.\n\nCategories: Canals | Water\n' +
    "This page was last edited on 9 January 2026, at 11:02 (UTC).\nText is available under a free licence.";
  const alone = readDocument(`Northern canal\n\nFrom the free encyclopedia\n\n${CANAL_BODY}${footer}`, {
    format: "text",
    sourceId: "t"
  });
  assert.ok(alone.ok);
  assert.equal(alone.value.metadata.date, "2026-01-09");
  assert.ok(alone.value.warnings.some((w) => w.code === "revision_date"));
  const dated = readDocument(`Northern canal\n\nPublished: 2 February 2025\n\n${CANAL_BODY}${footer}`, {
    format: "text",
    sourceId: "t"
  });
  assert.ok(dated.ok);
  assert.equal(dated.value.metadata.date, "2025-02-02");
  assert.ok(!dated.value.warnings.some((w) => w.code === "revision_date"));
  const given = readDocument(`Northern canal\n\n${CANAL_BODY}${footer}`, {
    format: "text",
    sourceId: "t",
    given: {date: "2025-06-01"}
  });
  assert.ok(given.ok);
  assert.equal(given.value.metadata.date, "2025-06-01");
});
