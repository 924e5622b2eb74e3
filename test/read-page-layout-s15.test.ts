/**
 * Where the headline stands among a site's own lines (session 15, the page-layout matrix): the lines above the site's
 * menu are the site's (its name, a tagline), the headline stands below the menu; a series' name over its issue line is
 * no headline. Pages written for these tests (invented outlets and our own headlines), in layouts the fixtures do not
 * use: each test varies one condition, with near-misses that keep the first line as the title.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {extractArticle, readDocument, textBlocks} from "../src/read/index.js";
import {readByline, readLeadDateline} from "../src/read/byline.js";

const STORY = [
  "Farmers in the southern provinces began the harvest two weeks early this year, after a warm spring and an unusually dry June left the orchards ready by midsummer, the agriculture ministry said on Tuesday.",
  "Officials expect apricot exports to rise, though the price paid at the border has fallen since the spring."
].join("\n\n");

const page = (...head: string[]) => `${head.join("\n")}\n\n${STORY}\n`;
const titleOf = (text: string) => extractArticle(textBlocks(text)).title;
const meta = (text: string) => {
  const r = readDocument(text, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  return r.value.metadata;
};

test("a site's name, then its menu, then the headline: the headline is the title, the name the masthead", () => {
  const a = extractArticle(
    textBlocks(
      page("Orchard Gazette", "News | Regions | Markets | Weather", "Apricot growers race a heatwave to market")
    )
  );
  assert.equal(a.title, "Apricot growers race a heatwave to market");
  assert.equal(a.masthead, "Orchard Gazette");
});

test("a name in lower case with its edition word, a rubric pair and a stamp: the headline under them is the title", () => {
  const text = page(
    "corvid global",
    "Economy | South Asia",
    "22.06.2024, 11:40 GMT+6",
    "Early harvest lifts fruit exports as prices slip at the border"
  );
  assert.equal(titleOf(text), "Early harvest lifts fruit exports as prices slip at the border");
});

test("a name, its tagline in running case, a menu, a headline of two sentences: the headline is the title", () => {
  const text = page(
    "The Lantern Post",
    "Slow news for busy readers",
    "Home | Ideas | Money | Places",
    "The orchards are early. The buyers are not."
  );
  const m = meta(text);
  assert.equal(m.title, "The orchards are early. The buyers are not.");
  assert.equal(m.publisher, "The Lantern Post");
});

test("an agency's full name in capitals over a language bar: the headline in capitals below is the title", () => {
  const text = page(
    "STATE FARM NEWS SERVICE OF THE SOUTHERN PROVINCES",
    "EN | FR | ES",
    "GROWERS IN THE SOUTH BEGIN THE APRICOT HARVEST TWO WEEKS EARLY"
  );
  assert.equal(titleOf(text), "GROWERS IN THE SOUTH BEGIN THE APRICOT HARVEST TWO WEEKS EARLY");
});

test("a section word alone under a short name marks the name as the site's", () => {
  assert.equal(
    titleOf(page("Pomona Daily", "Economy", "Apricot growers race a heatwave to market")),
    "Apricot growers race a heatwave to market"
  );
});

test("a series' name over its bare issue line is no headline; a line before a labelled publication line stays", () => {
  const a = extractArticle(
    textBlocks(
      page(
        "ORCHARD POLICY CENTRE",
        "Harvest Watch",
        "Vol. 7 No. 19",
        "Why the early harvest will not lift farm incomes"
      )
    )
  );
  assert.equal(a.title, "Why the early harvest will not lift farm incomes");
  assert.ok(a.dropped.some((d) => d.reason === "series" && d.text === "Harvest Watch"));
  // the issue line labelled with the series' name ("Publication: … Volume: … Issue: …") follows the headline
  const b = extractArticle(
    textBlocks(
      page("Why the early harvest will not lift farm incomes", "Publication: Harvest Watch Volume: 7 Issue: 19")
    )
  );
  assert.equal(b.title, "Why the early harvest will not lift farm incomes");
});

test("near-miss: a headline first, a rubric under it, then a standfirst ending with a stop: the headline stays", () => {
  const text = page(
    "Apricot harvest starts two weeks early",
    "Agriculture | Provinces",
    "Growers say the warm spring has left them short of pickers and storage."
  );
  assert.equal(titleOf(text), "Apricot harvest starts two weeks early");
});

test("near-miss: a long headline first (nine words), a menu, short news paragraphs: the headline stays and the first paragraph is body", () => {
  const text = [
    "Apricot growers in the south begin their harvest two weeks early",
    "News | Regions | Markets",
    "",
    "Growers in three southern provinces started picking on Monday, officials said.",
    "",
    "The ministry said the early start followed a warm spring and a dry June."
  ].join("\n");
  const a = extractArticle(textBlocks(text));
  assert.equal(a.title, "Apricot growers in the south begin their harvest two weeks early");
  assert.match(a.body, /^Growers in three southern provinces/);
});

test("a short name over a menu, then a headline ending with a question mark and short paragraphs: the headline is no body", () => {
  const text = [
    "Quince",
    "Home | Food | Farming | Trade",
    "Will the early harvest lower the price of apricots this summer?",
    "",
    "Growers in three southern provinces started picking on Monday, officials said.",
    "",
    "The ministry said the early start followed a warm spring and a dry June."
  ].join("\n");
  const a = extractArticle(textBlocks(text));
  assert.equal(a.title, "Will the early harvest lower the price of apricots this summer?");
  assert.match(a.body, /^Growers in three southern provinces/);
});

test("bylines: 'By:' with a colon, a writer and an outlet after a bar, and the site's buttons that are no byline", () => {
  assert.deepEqual(readByline("By: Teodora Vasquez-Lind"), {author: "Teodora Vasquez-Lind"});
  // an outlet named as a medium is the publisher; another name of two words, or initials, only closes the byline
  assert.deepEqual(readByline("Teodora Vasquez-Lind | Riverside Sentinel"), {
    author: "Teodora Vasquez-Lind",
    publisher: "Riverside Sentinel"
  });
  assert.deepEqual(readByline("Teodora Vasquez-Lind | Quince Street"), {author: "Teodora Vasquez-Lind"});
  assert.deepEqual(readByline("Teodora Vasquez-Lind | PNA"), {author: "Teodora Vasquez-Lind"});
  // near-misses: a site's buttons, a section, a place, a single common word after the bar
  assert.equal(readByline("Log In | Create Account"), undefined);
  assert.equal(readByline("Teodora Vasquez-Lind | Opinion"), undefined);
  assert.equal(readByline("Teodora Vasquez-Lind | South Korea"), undefined);
  assert.equal(readByline("Teodora Vasquez-Lind | Newsletters"), undefined);
});

test("a time with a one-digit zone offset is part of the date, not a name beside it", () => {
  assert.deepEqual(readByline("By Teodora Vasquez-Lind | 03.11.2024, 19:05 UTC+4"), {
    author: "Teodora Vasquez-Lind",
    date: "2024-11-03",
    dateKind: "byline"
  });
});

test("datelines: the state in square brackets after the city, and an agency's brand in guillemets", () => {
  assert.equal(readLeadDateline("Chennai [India], June 18 (PNA): Growers in the south began …")?.publisher, "PNA");
  assert.equal(
    readLeadDateline("OSH, 18.06.2024 /KIA «Tulpar»/. Growers in the south began …")?.publisher,
    "KIA «Tulpar»"
  );
  // near-miss: a word in guillemets that is no agency's initials and brand
  assert.equal(readLeadDateline("OSH, 18.06.2024 /«tulpar» news/. Growers …")?.publisher, undefined);
});

test("the site's own name is no writer: 'By X, <site>' after the story under that site's masthead", () => {
  const text = [
    "Quince Street",
    "Home | Food | Farming",
    "Apricot growers race a heatwave to market",
    "",
    STORY,
    "",
    "By Teodora Vasquez-Lind, Quince Street"
  ].join("\n");
  assert.equal(meta(text).author, "Teodora Vasquez-Lind");
});

test("an agency's initials in its dateline under its full name: the full name, unless its copyright signs with the initials", () => {
  const story = STORY.replace(/^Farmers/, "PERM, 18 June (PNA) – Farmers");
  const head = ["PRAIRIE NEWS AGENCY", "Home | Regions | Markets", "Apricot growers race a heatwave to market", ""];
  assert.equal(meta([...head, story].join("\n")).publisher, "Prairie News Agency");
  assert.equal(meta([...head, story, "", "© 2024 PNA. All rights reserved."].join("\n")).publisher, "PNA");
});

test("a wire's name in lower case with its edition word: the name alone when the page writes it alone", () => {
  const head = ["corvid international", "Economy | South Asia", "Apricot growers race a heatwave to market", ""];
  assert.equal(meta([...head, STORY, "", "By Teodora Vasquez-Lind, corvid"].join("\n")).publisher, "corvid");
  // near-miss: written nowhere else, the masthead's words are the name
  assert.equal(meta([...head, STORY].join("\n")).publisher, "corvid international");
});

test("a disclosure statement and a republishing notice after the story are chrome, and end it", () => {
  const text = [
    "Apricot growers race a heatwave to market",
    "",
    STORY,
    "",
    "Disclosure: the writer holds no shares in any fruit exporter.",
    "Republish our stories free of charge, online or in print."
  ].join("\n");
  const r = readDocument(text, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  assert.ok(r.value.sentences.every((s) => !/Disclosure|Republish/.test(s.text)));
  assert.ok(r.value.sentences.some((s) => /apricot exports/.test(s.text)));
});

test("'By X with Y in <city>': the writer, not the reporter who helped; near-miss: 'with' and no name", () => {
  assert.deepEqual(readByline("By Teodora Vasquez-Lind with Arman Dzhumabayev in Osh"), {
    author: "Teodora Vasquez-Lind"
  });
  assert.equal(readByline("By Teodora Vasquez-Lind with additional reporting")?.author, undefined);
  // an outlet's name with small words after the bar ("Centre for …")
  assert.deepEqual(readByline("Teodora Vasquez-Lind | Centre for Orchard Economics"), {author: "Teodora Vasquez-Lind"});
});

test("under a standfirst as long as a paragraph: the writer's name over the date, a long author line and a caption's credit", () => {
  const standfirst =
    "Three dry summers in a row have pushed the valley's growers towards drip irrigation, and the provincial government now wants to pay for half of every new system installed before the end of the decade.";
  const named = meta(
    [
      "Pomona Daily",
      "Home | Food | Farming",
      "The valley learns to water less",
      standfirst,
      "Teodora Vasquez-Lind",
      "Jun 18, 2024",
      "",
      STORY
    ].join("\n")
  );
  assert.equal(named.author, "Teodora Vasquez-Lind");
  assert.equal(named.date, "2024-06-18");
  const long = [
    "Pomona Daily",
    "Home | Food | Farming",
    "The valley learns to water less",
    standfirst,
    "Author: Teodora Vasquez-Lind, Associate Professor of Agricultural Economics, University of Westmarch | 18 June 2024",
    "Pickers at work on a hillside orchard. Photo credit: growers' union",
    "",
    STORY
  ].join("\n");
  const r = readDocument(long, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  assert.equal(r.value.metadata.author, "Teodora Vasquez-Lind");
  assert.equal(r.value.metadata.date, "2024-06-18");
  assert.ok(r.value.sentences.every((s) => !/Photo credit|Author:/.test(s.text)));
});

test("an agency's dateline opening the story under a standfirst still names the agency", () => {
  const standfirst =
    "Three dry summers in a row have pushed the valley's growers towards drip irrigation, and the provincial government now wants to pay for half of every new system installed before the end of the decade.";
  const text = [
    "PRAIRIE NEWS AGENCY",
    "Home | Regions | Markets",
    "The valley learns to water less",
    standfirst,
    "",
    `PERM, 18.06.2024 /PNA/. ${STORY}`,
    "",
    "© PNA. All rights reserved."
  ].join("\n");
  assert.equal(meta(text).publisher, "PNA");
});

test("a share bar under a short title-case headline is no site menu: the headline stays the title (review K13)", () => {
  const lead = "Ministers from eleven cocoa-growing states met in Accra on Thursday to set a common floor price.";
  for (const bar of ["Print | WhatsApp | Copy link", "Share | Email", "Facebook | Telegram | LinkedIn"]) {
    const text = [
      "Ghana Hosts Cocoa Summit",
      bar,
      "Growers want a fairer share of chocolate profits.",
      "",
      "By Kofi Mensah",
      "",
      lead
    ].join("\n");
    assert.equal(meta(text).title, "Ghana Hosts Cocoa Summit", bar);
  }
  // near miss: a site's menu in the same place still makes the line above it the site's name
  const menu = [
    "Cocoa Ledger",
    "Home | Markets | Growers",
    "Ghana hosts a summit of cocoa growers",
    "",
    "By Kofi Mensah",
    "",
    lead
  ];
  assert.equal(meta(menu.join("\n")).title, "Ghana hosts a summit of cocoa growers");
});
