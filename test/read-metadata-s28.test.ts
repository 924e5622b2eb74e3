import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/index.js";
import {readOk} from "./helpers/read.js";

// Session 28 (issue 10): a byline with the writer's desk after " / ", the house credited under a paper's masthead
// ("by The … Shimbun"), a language switcher ("English (EN)"), a crumb of sections joined by "and" ("News and events"),
// and writers set one under another, each name over its role. Pages written for these tests.

const BODY =
  "Officials from Mongolia and Kyrgyzstan agreed on Tuesday to open a direct cargo flight between Ulaanbaatar and Bishkek, the Mongolian transport ministry said. The first flight is due in the spring, and both sides expect wool and leather to make up most of the freight.";
const HEADLINE = "Mongolia and Kyrgyzstan agree a direct cargo flight";
const meta = (lines: string[], after: string[] = []) =>
  readOk([...lines, "", BODY, "", ...after].join("\n"), {}).metadata;

test("a byline with the writer's desk after a slash set apart by spaces names the writer", () => {
  assert.equal(readByline("By Jane Roe / Steppe Post Staff Writer")?.author, "Jane Roe");
  assert.equal(readByline("By Jane Roe / Steppe Post Staff Writer")?.publisher, undefined);
  assert.equal(readByline("By Jane Roe and John Doe / Staff Writers")?.author, "Jane Roe and John Doe");
  // near misses: an agency after the slash is the publisher; a rubric with a slash names nobody
  assert.deepEqual(readByline("By Jane Roe / Reuters"), {author: "Jane Roe", publisher: "Reuters"});
  assert.equal(readByline("WORLD / DIPLOMACY"), undefined);
  const d = meta([
    "THE ALTAI HERALD",
    "Home | Politics | Business | World | Opinion",
    "Politics > Diplomacy",
    HEADLINE,
    "By Jane Roe / Altai Herald Staff Writer",
    "10:15 ULAT, March 4, 2025"
  ]);
  assert.equal(d.author, "Jane Roe");
  assert.equal(d.publisher, "The Altai Herald");
  assert.equal(d.title, HEADLINE);
});

test("the house credited under a paper's masthead is no publisher of the page; the masthead is", () => {
  const d = meta([
    "THE ALTAI HERALD",
    "by The Khangai Shimbun",
    "Home | Politics | Business | World | Opinion",
    HEADLINE,
    "By Jane Roe",
    "March 4, 2025"
  ]);
  assert.equal(d.publisher, "The Altai Herald");
  assert.equal(d.author, "Jane Roe");
  // near miss: "by <agency>" as the story's own line under the headline still credits the agency (no masthead above)
  const wire = meta([HEADLINE, "by Reuters", "March 4, 2025"]);
  assert.equal(wire.publisher, "Reuters");
});

test("a language switcher names no publisher and is no title; a crumb of sections joined by 'and' names no site", () => {
  assert.equal(readByline("English (EN)"), undefined);
  assert.equal(readByline("Қазақша (KZ) | Русский (RU) | English (EN)"), undefined);
  // near miss: a place and an agency in brackets is a dateline's credit
  assert.equal(readByline("Astana (Steppe Wire)")?.publisher, "Steppe Wire");
  const d = meta([
    "Steppe Parliament",
    "Plenary | Committees | Delegations | Research Service",
    "English (EN)",
    "News > Press room > Delegations",
    "Press Releases  24-10-2025 - 17:30",
    HEADLINE
  ]);
  assert.equal(d.publisher, "Steppe Parliament");
  assert.equal(d.title, HEADLINE);
  const u = meta([
    "University of Khovd",
    "Study | Research | Global | About | News",
    "News and events > Press office > News releases",
    HEADLINE,
    "Published: 16 April 2025",
    "Press Office"
  ]);
  assert.equal(u.publisher, "University of Khovd");
  assert.equal(u.title, HEADLINE);
  // near miss: a site's name with its section after a bar names the site
  const s = meta(["Steppe Monitor | Analysis", HEADLINE, "By Jane Roe", "March 4, 2025"]);
  assert.equal(s.publisher, "Steppe Monitor");
});

test("writers set one under another, each name over its role, are the piece's writers", () => {
  const d = meta([
    "Khangai Bank",
    "Research | Markets | Economics | Podcasts",
    HEADLINE,
    "4 March 2025  |  Article  |  4 min read",
    "Jane Roe",
    "Senior Economist, Central Asia",
    "Anna de Vries",
    "Commodities Strategist"
  ]);
  assert.equal(d.author, "Jane Roe and Anna de Vries");
  // near misses: one name over its role; a name over its role, then a line that is no name
  const one = meta([
    "Khangai Bank",
    "Research | Markets | Economics | Podcasts",
    HEADLINE,
    "4 March 2025",
    "Jane Roe",
    "Chief Economist"
  ]);
  assert.equal(one.author, "Jane Roe");
  const topic = meta([
    "Khangai Bank",
    "Research | Markets | Economics | Podcasts",
    HEADLINE,
    "4 March 2025",
    "Jane Roe",
    "Chief Economist",
    "Trade and Transport"
  ]);
  assert.equal(topic.author, "Jane Roe");
});
