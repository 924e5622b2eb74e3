import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/index.js";
import {readOk} from "./helpers/read.js";
import {eventCoder} from "./helpers/events.js";

// Session 29 (issue 10): a byline's city after the writer's name ("By Jane Roe, Taraz"), a writer's line of a name and
// a city under a standfirst ("Jane Roe, Vienna"), a writer's line naming the site by its domain ("Jane Roe,
// SteppeWire.lt") and the masthead's capitals set in that line's casing, a minister's style ("Hon Jane Roe"), and a
// column's name in the plural before a bar ("VIEWPOINTS | …"). Pages written for these tests; read with the pack's
// coder, as `ingest` reads them (the coder knows the cities).

const BODY =
  "Officials from Mongolia and Kyrgyzstan agreed on Tuesday to open a direct cargo flight between Ulaanbaatar and Bishkek, the Mongolian transport ministry said. The first flight is due in the spring, and both sides expect wool and leather to make up most of the freight.";
const HEADLINE = "Mongolia and Kyrgyzstan agree a direct cargo flight";
const meta = (lines: string[], after: string[] = []) =>
  readOk([...lines, "", BODY, "", ...after].join("\n"), {coder: eventCoder}).metadata;

test("a city after the writer's name in a byline is where the story was filed from, no publisher", () => {
  const d = meta([
    "THE STEPPE HERALD",
    "...news without fear",
    "Home | News | Politics | Business | Sports | Opinion",
    HEADLINE,
    "By Jane Roe, Ulaanbaatar",
    "June 12, 2025 | 5:32 am"
  ]);
  assert.equal(d.publisher, "The Steppe Herald");
  assert.equal(d.author, "Jane Roe");
  // near misses: a wire after the comma is still the publisher (the dictionary knows Reuters too); a medium's name
  assert.equal(
    meta([HEADLINE, "By Jane Roe, Reuters", "June 12, 2025"]).publisher,
    "Reuters",
    "a wire after the writer's name"
  );
  assert.equal(meta([HEADLINE, "By Jane Roe, Steppe Post", "June 12, 2025"]).publisher, "Steppe Post");
});

test("a writer's line of a name and a city under a standfirst signs the page; the story starts below the date", () => {
  const page = [
    "Alpine Ledger",
    "Switzerland | World | Business | Opinion",
    "ANALYSIS",
    "Why the voting group needs Central Asia",
    "",
    "The coalition that gives Bern its seat at the Fund is held together by four states. Others would like to pull them away, and the government is doing too little.",
    "",
    "Jana Roe, Vienna",
    "24 September 2025",
    "",
    "Few people know that their country's voice at the Fund rests on a coalition with Kazakhstan, Kyrgyzstan and Tajikistan. Diplomats have a name for it.",
    "",
    "The group is less secure than it looks, and the pressure on its members has grown in the past three years."
  ].join("\n");
  const d = readOk(page, {coder: eventCoder});
  assert.equal(d.metadata.author, "Jana Roe");
  assert.equal(d.metadata.date, "2025-09-24");
  assert.match(d.sentences[0]!.text, /^Few people know/);
  // near miss: an official the dictionary knows, with a city, names no writer
  assert.equal(meta([HEADLINE, "Sergei Lavrov, Moscow", "March 4, 2025"]).author, undefined);
});

test("a writer's line naming the site by its domain names the writer, and the masthead's capitals take its casing", () => {
  assert.deepEqual(readByline("Jane Roe, SteppeWire.lt"), {author: "Jane Roe", publisher: "SteppeWire.lt"});
  const d = meta([
    "STEPPEWIRE.lt",
    "LT | EN | RU",
    "News | Lithuania | World | Business | Opinion",
    HEADLINE,
    "Jane Roe, SteppeWire.lt",
    "2025-05-21 19:05"
  ]);
  assert.equal(d.publisher, "SteppeWire.lt");
  assert.equal(d.author, "Jane Roe");
  // near miss: a domain in capitals written nowhere else in running case stays as the masthead sets it
  assert.equal(
    meta(["STEPPEWIRE.lt", "News | Lithuania | World | Business | Opinion", HEADLINE, "By Jane Roe", "2025-05-21"])
      .publisher,
    "STEPPEWIRE.lt"
  );
});

test("a minister's style before the name is no part of it", () => {
  const d = meta([
    "Steppe.govt.nz",
    "The official website of the Steppe Government",
    "Home | Releases | Speeches | Features | Ministers",
    "Release",
    HEADLINE,
    "Hon Jane Roe",
    "Trade and Investment | Agriculture",
    "5 March 2025"
  ]);
  assert.equal(d.author, "Jane Roe");
  assert.equal(meta([HEADLINE, "By The Rt Hon Jane Roe", "5 March 2025"]).author, "Jane Roe");
  // near miss: a given name that begins like the style stays
  assert.equal(readByline("By Honor Blackwood")?.author, "Honor Blackwood");
});

test("a column's name in capitals and the plural before a bar is no part of the title", () => {
  const d = meta([
    "The Steppe Star",
    "Nation | World | Business | Sport | Opinion",
    "Opinion > Columnists",
    `VIEWPOINTS | ${HEADLINE}`,
    "By JANE ROE",
    "Sunday, 12 Oct 2025"
  ]);
  assert.equal(d.title, HEADLINE);
  // near miss: a name in capitals before a bar stays ("OSCE | …" is no kind of piece)
  assert.equal(meta([`OSCES | ${HEADLINE}`, "By Jane Roe", "12 Oct 2025"]).title, `OSCES | ${HEADLINE}`);
});

test("a social-media handle in a byline names neither the writer nor the publisher; an e-mail address is left alone", () => {
  assert.deepEqual(readByline("By: Jane Roe - Reporter / @JaneRoeSteppe"), {author: "Jane Roe"});
  assert.deepEqual(readByline("By Jane Roe | @janeroe | The Steppe Courier"), {
    author: "Jane Roe",
    publisher: "The Steppe Courier"
  });
  // the page's masthead, not the handle, is then the publisher
  const d = meta(["THE STEPPE TIMES", "", HEADLINE, "", "By: Jane Roe - Reporter / @JaneRoeSteppe"]);
  assert.equal(d.author, "Jane Roe");
  assert.doesNotMatch(d.publisher ?? "", /@/);
  // near miss: an address with a word before its "@" is no handle and is not cut in two
  assert.doesNotMatch(JSON.stringify(readByline("By Jane Roe, jane.roe@steppetimes.kz") ?? {}), /"jane\.roe"/);
});
