import assert from "node:assert/strict";
import {test} from "node:test";
import {readLeadDateline, isLanguageChoice} from "../src/read/byline.js";
import {readOk} from "./helpers/read.js";
import {eventCoder} from "./helpers/events.js";

// Session 31 (issue 10): page forms a held-back set showed at the session's end, read as general rules of pages — a
// wire dateline with an abbreviated month ("Amman, Nov. 26 (JNA) -"), a language bar of names with no codes, a
// blog's name in capitals with its house after a dash, a series' number line, a name written with the initial of the
// father's name ("B.Enkhjargal"), a government release's "From: <office> and <minister>" line, and a minister's
// words set as plain paragraphs after "<minister> said:". Pages and sentences written for these tests.

const BODY =
  "Officials from Mongolia and Kyrgyzstan agreed on Tuesday to open a direct cargo flight between Ulaanbaatar and Bishkek, the Mongolian transport ministry said. The first flight is due in the spring, and both sides expect wool and leather to make up most of the freight.";
const HEADLINE = "Mongolia and Kyrgyzstan agree a direct cargo flight";
const read = (lines: string[], after: string[] = []) =>
  readOk([...lines, "", BODY, "", ...after].join("\n"), {coder: eventCoder});
const meta = (lines: string[], after: string[] = []) => read(lines, after).metadata;

test("a wire's dateline with an abbreviated month and no year is a dateline, its year from the copyright line", () => {
  assert.deepEqual(readLeadDateline("Amman, Nov. 26 (JNA) - The minister held talks."), {
    length: 23,
    place: "Amman",
    publisher: "JNA"
  });
  assert.equal(readLeadDateline("WASHINGTON, Sept. 3 (Xinhua) -- The envoy arrived.")?.publisher, "Xinhua");
  const d = readOk(
    [
      "Steppe Wire",
      "Home | World | Economy | Sport",
      "",
      HEADLINE,
      "",
      `Bishkek, Oct. 14 (SW) - ${BODY}`,
      "",
      "Steppe Wire © All rights reserved 2025"
    ].join("\n"),
    {coder: eventCoder}
  ).metadata;
  assert.equal(d.date, "2025-10-14");
  // near miss: a place and its state ("Almaty, Kazakhstan – …") still reads as before, no month taken for a state
  assert.equal(readLeadDateline("ALMATY, Kazakhstan - The minister held talks.")?.place, "ALMATY");
});

test("a language bar of names with no codes is the site's, never the headline", () => {
  assert.equal(isLanguageChoice("English | عربي"), true);
  assert.equal(isLanguageChoice("Русский / English / Қазақша"), true);
  assert.equal(
    meta(["KWA | KESTREL WIRE AGENCY", "Home | Local | Gulf | World | Economy", "English | عربي", "", HEADLINE]).title,
    HEADLINE
  );
  // near miss: one language's name alone, or a headline naming languages, is no bar
  assert.equal(isLanguageChoice("English"), false);
  assert.equal(isLanguageChoice("English and Russian lessons expand in Bishkek schools"), false);
});

test("a blog's name in capitals with its house after a dash is the site's; the house is the publisher", () => {
  const d = meta([
    "THE LANTERN — from the Harbourview Institute for Foreign Affairs",
    "Home | Regions | Topics | Podcasts | About",
    "",
    HEADLINE,
    "",
    "Jane Roe | 3 March 2025"
  ]);
  assert.equal(d.title, HEADLINE);
  assert.equal(d.publisher, "Harbourview Institute for Foreign Affairs");
  assert.equal(d.author, "Jane Roe");
});

test("a series' name with its number is no headline", () => {
  const d = meta([
    "HARBOURVIEW INSTITUTE",
    "Publications | Events | Experts | Press",
    "",
    "Eurasia Programme — Harbour Notes, No. 12",
    "",
    HEADLINE,
    "",
    "Jane Roe",
    "",
    "May 2024"
  ]);
  assert.equal(d.title, HEADLINE);
  // near miss: a headline that only names a number ("No. 12 bus route reopens") is still a headline
  const e = meta([
    "HARBOURVIEW DAILY",
    "Home | Local | World | Sport",
    "",
    "Bishkek's No. 12 bus route reopens after repairs"
  ]);
  assert.equal(e.title, "Bishkek's No. 12 bus route reopens after repairs");
});

test("a name written with the initial of the father's name on its own line is the writer", () => {
  const d = meta([
    "THE KHAN TIMES",
    "Politics | Economy | Mining | Opinion | Subscribe",
    "",
    HEADLINE,
    "",
    "D.Oyuntsetseg",
    "Ulaanbaatar, October 17, 2023"
  ]);
  assert.equal(d.author, "D.Oyuntsetseg");
  // near miss: initials alone ("U.S.") or a short word after the initial are no name
  const e = meta([
    "THE KHAN TIMES",
    "Politics | Economy | Mining | Opinion | Subscribe",
    "",
    HEADLINE,
    "",
    "U.S.",
    "Ulaanbaatar, October 17, 2023"
  ]);
  assert.equal(e.author, undefined);
});

test("a release's 'From: <office> and <minister>' names the office as the publisher over the platform", () => {
  const d = meta([
    "GOV.EXAMPLE",
    "Menu | Search GOV.EXAMPLE",
    "",
    "Home > Government > World > Kyrgyzstan",
    "",
    "Press release",
    "",
    HEADLINE,
    "",
    "From: Department for Trade and Investment and Jane Roe MP",
    "Published 4 June 2025"
  ]);
  assert.equal(d.publisher, "Department for Trade and Investment");
  // near miss: "From:" naming a person and a person is not an office
  const e = meta([
    "GOV.EXAMPLE",
    "Menu | Search GOV.EXAMPLE",
    "",
    "Press release",
    "",
    HEADLINE,
    "",
    "From: Jane Roe and John Doe",
    "Published 4 June 2025"
  ]);
  assert.notEqual(e.publisher, "Jane Roe");
});

test("plain paragraphs after '<minister> said:' are the minister's, up to the narration that follows", () => {
  const r = readOk(
    [
      "Press release",
      "",
      HEADLINE,
      "",
      "Trade Minister Jane Roe hosted Kyrgyz Economy Minister Daniyar Amangeldiev in London on Tuesday.",
      "",
      "Trade Minister Jane Roe said:",
      "",
      "Kyrgyzstan is a vital partner for British exporters, and this week's talks show how much our trade can still grow.",
      "",
      "Our new trade dialogue will help both countries build stronger and more secure supply chains.",
      "",
      "Minister Amangeldiev thanked the UK for its support and invited British firms to Bishkek.",
      "",
      "Officials expect trade to rise next year."
    ].join("\n"),
    {coder: eventCoder}
  );
  const speaker = (start: string) => r.claims.find((c) => c.quote.startsWith(start))?.speaker;
  assert.equal(speaker("Kyrgyzstan is a vital partner"), "Jane Roe");
  assert.equal(speaker("Our new trade dialogue"), "Jane Roe");
  // near miss: the narration after her words is not hers
  assert.notEqual(speaker("Minister Amangeldiev thanked"), "Jane Roe");
  assert.notEqual(speaker("Officials expect trade"), "Jane Roe");
});

test("a ministry's 'Answers of the Minister … X to questions of …' with Question/Answer turns: the answers are X's", () => {
  const r = readOk(
    [
      "MINISTRY OF FOREIGN AFFAIRS OF THE KYRGYZ REPUBLIC",
      "Home | Ministry | Foreign Policy | Press Service",
      "",
      "Answers of the Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev to questions of the news agency Kabar",
      "",
      "14.05.2025 11:20",
      "",
      "Question: Mr Minister, how do you assess the results of the talks in Astana?",
      "",
      "Answer: The talks were very useful. We are confident that trade with Kazakhstan will double within five years.",
      "",
      "Question: And relations with Uzbekistan?",
      "",
      "Answer: Uzbekistan is our closest partner in the region. I expect no difficulties with the new agreements."
    ].join("\n"),
    {coder: eventCoder}
  );
  const speaker = (part: string) => r.claims.find((c) => c.quote.includes(part))?.speaker;
  assert.equal(speaker("trade with Kazakhstan will double"), "Jeenbek Kulubaev");
  assert.equal(speaker("I expect no difficulties"), "Jeenbek Kulubaev");
  // near miss: the questions are nobody's claims
  assert.equal(
    r.claims.some((c) => c.quote.includes("how do you assess")),
    false
  );
});
