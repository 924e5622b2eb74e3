import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";
import type {ReadDocument} from "../src/read/index.js";

// A page's teaser and related-link lines (session 19, issue 10 chrome): a standfirst between the headline and the
// byline, inline "Read more" links with no colon or bar, a reading time and an other-language edition on lines of
// their own. Pages written for these tests (invented outlets), with near misses that must stay in the body.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "UZB", alias: "Uzbekistan"},
  {code: "TJK", alias: "Tajikistan"},
  {code: "DEU", alias: "Germany"},
  {code: "CHN", alias: "China"}
];
const read = (lines: string[]): ReadDocument => readOk(lines.join("\n"), {aliases});
const droppedAs = (d: ReadDocument, q: string) => d.dropped.find((x) => x.text.includes(q))?.reason;
const inBody = (d: ReadDocument, q: string) => d.body.includes(q);

const LEAD =
  "Tajikistan and Germany signed an agreement on hydropower financing in Dushanbe on Tuesday, the first such accord between the two governments since the Rogun dam project was revived.";
const SECOND =
  "The agreement covers two smaller plants on the Vakhsh and a training centre for engineers, officials said after the ceremony, and it will be reviewed after three years.";

test("a standfirst between the headline and the byline is the page's summary, not the story", () => {
  const d = read([
    "THE PAMIR OBSERVER",
    "News | Region | Economy | Opinion",
    "",
    "Berlin bets on Tajik water",
    "Germany's development ministry signed its largest package for Tajikistan in a decade on Tuesday, pairing hydropower loans with a training programme that officials in Dushanbe had sought for years.",
    "By Farida Qodirova",
    "Published 4 June 2025, 10:12",
    "5 min read",
    "",
    LEAD,
    "",
    SECOND
  ]);
  assert.equal(droppedAs(d, "largest package for Tajikistan"), "standfirst");
  assert.ok(droppedAs(d, "5 min read"));
  assert.ok(inBody(d, LEAD));
  assert.ok(inBody(d, SECOND));
});

test("a standfirst with the writer's name alone under it (no 'By') is one too", () => {
  const d = read([
    "Steppe Monitor",
    "Analysis · Central Asia",
    "Why Astana keeps two doors open",
    "Kazakhstan's leaders court Beijing and Brussels at once, and neither capital seems to mind for now. The question is how long that lasts, and what either would ask of Astana in return.",
    "Aigerim Sadykova",
    "12 May 2025",
    "",
    LEAD,
    "",
    SECOND
  ]);
  assert.equal(droppedAs(d, "court Beijing and Brussels"), "standfirst");
  assert.ok(inBody(d, LEAD));
});

test("near misses: a lead over a date alone, a story whose byline is above its lead, a one-paragraph story", () => {
  // A broadcaster's first paragraph set above the date, no writer: the story's lead (kept).
  const dated = read(["Germany and Tajikistan sign water pact", LEAD, "", "06/04/2025", "", SECOND]);
  assert.ok(inBody(dated, LEAD));
  // The byline above the lead: the lead is the story's, whatever follows.
  const signedAbove = read(["Germany and Tajikistan sign water pact", "By Farida Qodirova", "", LEAD, "", SECOND]);
  assert.ok(inBody(signedAbove, LEAD));
  assert.ok(inBody(signedAbove, SECOND));
  // The byline after the only paragraph: a signature at the story's end, no standfirst (nothing follows).
  const signedBelow = read(["Germany and Tajikistan sign water pact", "", LEAD, "", "Farida Qodirova"]);
  assert.ok(inBody(signedBelow, LEAD));
});

test("inline related links without a colon or bar: 'Read more', an access label, a headline", () => {
  const d = read([
    "Berlin bets on Tajik water",
    "",
    LEAD,
    "",
    "Read more Premium Uzbekistan courts German engineers for its own dams",
    "",
    "See also Kazakhstan and China open a second rail crossing at Khorgos",
    "",
    "Read also Members only How Dushanbe pays for Rogun",
    "",
    SECOND
  ]);
  assert.equal(droppedAs(d, "courts German engineers"), "related-inline");
  assert.equal(droppedAs(d, "second rail crossing"), "related-inline");
  assert.equal(droppedAs(d, "How Dushanbe pays"), "related-inline");
  assert.ok(inBody(d, SECOND));
});

test("near misses for bare related links: a sentence that opens with the same words stays", () => {
  const d = read([
    "Berlin bets on Tajik water",
    "",
    LEAD,
    "",
    "Read more broadly, the accord is a sign that Germany wants a foothold in the region's energy.",
    "",
    "See also the ministry's own summary, which lists the two plants and the sums for each.",
    "",
    "Read more. Then read the annex.",
    "",
    SECOND
  ]);
  assert.ok(inBody(d, "Read more broadly, the accord"));
  assert.ok(inBody(d, "See also the ministry's own summary"));
});

test("a reading time and an other-language edition on lines of their own are chrome; prose about them is not", () => {
  const d = read([
    "Berlin bets on Tajik water",
    "By Farida Qodirova",
    "Reading time 4 minutes",
    "Читать на русском",
    "Read in German",
    "",
    LEAD,
    "",
    "It took negotiators eleven months to read and agree every clause of the accord, one official said.",
    "",
    SECOND
  ]);
  assert.equal(droppedAs(d, "Reading time 4"), "widget");
  assert.equal(droppedAs(d, "Читать на русском"), "widget");
  assert.equal(droppedAs(d, "Read in German"), "widget");
  assert.ok(inBody(d, "It took negotiators eleven months"));
});
