import assert from "node:assert/strict";
import {test} from "node:test";
import {quoteSpans} from "../src/read/voices.js";
import {readOk} from "./helpers/read.js";
import {eventCoder} from "./helpers/events.js";

// Session 32 (issue 10): page forms the thirty-second held-back set showed at the session's end, read as general
// rules of pages. Pages and sentences written for these tests.

const HEADLINE = "Fund staff conclude a visit to Tajikistan";

test("a quotation of several paragraphs in straight marks: each paragraph opens with one, only the last closes", () => {
  const text = [
    '"Growth stayed strong this year, and the outlook for next year is broadly favourable.',
    "",
    '"Inflation remains above the target, and the central bank should keep its policy tight.',
    "",
    '"We thank the authorities for the candid discussions."',
    "",
    "The mission left on Friday."
  ].join("\n");
  const spans = quoteSpans(text).map((q) => text.slice(q.start, q.end));
  assert.equal(spans.length, 3);
  assert.ok(spans[0]!.startsWith('"Growth') && spans[0]!.endsWith("favourable."));
  assert.ok(spans[2]!.endsWith('discussions."'));
  // near misses: a short opening mark on a line is no quotation; the narration after it is none
  assert.deepEqual(quoteSpans('"Yes.\n\nThe mission left on Friday.'), []);
  assert.ok(!quoteSpans(text).some((q) => text.slice(q.start, q.end).includes("mission left")));
});

test("'X issued the following statement:' hands the quoted paragraphs after it to X, up to the narration", () => {
  const r = readOk(
    [
      "Press release",
      "",
      HEADLINE,
      "",
      "Dushanbe: A staff team led by Mr. Pieter Jansen visited Dushanbe from 2 to 12 June 2025 to discuss the economic programme. At the end of the visit, Mr. Jansen issued the following statement:",
      "",
      "\"Tajikistan's economy has grown faster than expected, helped by remittances and strong gold exports. Inflation has stayed low.",
      "",
      '"The government should save part of the windfall and widen the tax base. Reforms of the state banks remain essential.',
      "",
      '"The team thanks the authorities for the constructive discussions."',
      "",
      "Finance Minister Faiziddin Qahhorzoda told the team that the budget would stay balanced."
    ].join("\n"),
    {coder: eventCoder}
  );
  const speaker = (start: string) => r.claims.find((c) => c.quote.replace(/^"/, "").startsWith(start))?.speaker;
  assert.equal(speaker("Tajikistan's economy has grown"), "Pieter Jansen");
  assert.equal(speaker("The government should save"), "Pieter Jansen");
  assert.equal(r.claims.find((c) => c.quote.includes("should save"))?.kind, "recommendation");
  // near miss: the paragraph after the closing mark is the page's narration of another speaker
  assert.equal(speaker("Finance Minister Faiziddin Qahhorzoda told"), "Faiziddin Qahhorzoda");
});

test("a statement announced without a colon hands nothing on: the quoted paragraph needs its own attribution", () => {
  const r = readOk(
    [
      "Press release",
      "",
      HEADLINE,
      "",
      "A staff team led by Mr. Pieter Jansen visited Dushanbe in June and issued a statement on Friday.",
      "",
      "\"Tajikistan's economy has grown faster than expected, and the government should save part of the windfall.",
      "",
      "Officials said the budget would stay balanced."
    ].join("\n"),
    {coder: eventCoder}
  );
  assert.notEqual(
    r.claims.find((c) => c.quote.includes("grown faster"))?.speaker,
    "Pieter Jansen",
    "attributed through a sentence that hands nothing on"
  );
});

const BODY =
  "Tajikistan and Oman agreed on Sunday to open a direct flight between Dushanbe and Muscat, the two foreign ministries said. The first flight is due in the spring.";
const page = (lines: string[]) => readOk([...lines, "", BODY].join("\n"), {coder: eventCoder}).metadata;

test("a writer's name in capitals as the byline, over the place it was filed from, is the writer in running case", () => {
  const m = page([
    "THE GULF LEDGER",
    "Home | Gulf | World | Business",
    "",
    "Tajikistan and Oman open a direct air link",
    "",
    "Muscat and Dushanbe hope the route will lift trade",
    "",
    "SALIM AL-HINAI",
    "MUSCAT",
    "Published: March 9, 2025 10:12"
  ]);
  assert.equal(m.author, "Salim Al-Hinai");
  // near miss: a rubric in capitals is nobody
  const n = page([
    "THE GULF LEDGER",
    "Home | Gulf | World | Business",
    "",
    "Tajikistan and Oman open a direct air link",
    "",
    "BREAKING NEWS",
    "Published: March 9, 2025 10:12"
  ]);
  assert.notEqual(n.author, "Breaking News");
  // nor a heading in capitals that names two states
  const h = page([
    "THE GULF LEDGER",
    "Home | Gulf | World | Business",
    "",
    "Tajikistan and Oman open a direct air link",
    "",
    "TAJIKISTAN-OMAN RELATIONS",
    "Published: March 9, 2025 10:12"
  ]);
  assert.notEqual(h.author, "Tajikistan-Oman Relations");
});

test("the menu's own button, '☰ Menu', is no headline", () => {
  const m = page([
    "THE GULF LEDGER",
    "Home | Gulf | World | Business",
    "☰ Menu",
    "",
    "World › Asia",
    "",
    "Tajikistan and Oman open a direct air link",
    "",
    "By Salim Al-Hinai",
    "9 March 2025"
  ]);
  assert.equal(m.title, "Tajikistan and Oman open a direct air link");
});

test("a release's 'issued by the Registrar' line over its number and date is no headline", () => {
  const m = page([
    "COURT OF THE STEPPE",
    "Home | Press | Judgments",
    "",
    "issued by the Registrar of the Court",
    "CS 41 (2025)",
    "08.07.2025",
    "",
    "Deportation of an activist to Tajikistan would breach the convention"
  ]);
  assert.equal(m.title, "Deportation of an activist to Tajikistan would breach the convention");
  // near miss: a headline that opens with "Issued by" is a headline
  const n = page([
    "THE GULF LEDGER",
    "Home | Gulf | World | Business",
    "",
    "Issued by decree, a Tajik visa rule takes effect",
    "",
    "By Salim Al-Hinai",
    "9 March 2025"
  ]);
  assert.equal(n.title, "Issued by decree, a Tajik visa rule takes effect");
});
