import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";
import {eventCoder, has, readEvents} from "./helpers/events.js";
import {presentedExperts} from "../src/read/experts.js";
import {pageHome} from "../src/read/page-home.js";
import {isStateCode} from "../src/read/first-person.js";

// Session 35 (issue 10): page forms and pointers the held-back set blind35 showed, read as general rules. Pages and
// sentences written for these tests.

/** A short story under a byline and a date: its headline, then its paragraphs. */
const story = (headline: string, ...paragraphs: string[]) =>
  readOk([headline, "", "By Jane Roe", "3 March 2026", "", paragraphs.join("\n\n")].join("\n"), {coder: eventCoder});

const mentionsOf = (text: string) =>
  eventCoder.codeSentence(text, {date: "2025-10-14"}).mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    code: m.code,
    ...(m.agent ? {agent: m.agent} : {})
  }));

test("a state's name of several words with a possessive names the page's home", () => {
  const home = pageHome(
    ["BNA | Balkan News Agency", "North Macedonia's national news agency"],
    mentionsOf,
    isStateCode
  );
  assert.equal(home?.code, "MKD");
  assert.equal(pageHome(["Costa Rica's leading English-language newspaper"], mentionsOf, isStateCode)?.code, "CRI");
  // near miss: a place's name with a possessive before an outlet's noun names no state
  assert.equal(pageHome(["Aberdeen's favourite daily"], mentionsOf, isStateCode), undefined);
});

/** A national agency's wire: its own foreign minister named by title and name alone, then by surname. */
const WIRE = [
  "BNA | Balkan News Agency",
  "North Macedonia's national news agency",
  "",
  "Home | Politics | Economy | World",
  "",
  "Minister in Baku: North Macedonia and Azerbaijan agree on air links",
  "",
  "Baku, 3 March 2026 (BNA) - Foreign Minister Ana Petrova, who is on a three-day official visit to Azerbaijan, met today with her Azerbaijani counterpart Jeyhun Bayramov.",
  "",
  "Petrova and Bayramov also signed a memorandum on air services, the ministry said.",
  "",
  "On Monday Petrova held talks in Tbilisi with Georgia's deputy foreign minister, where the two sides agreed to hold consultations in Skopje.",
  "",
  "© 2026 BNA. All rights reserved."
];

test("a home official's relative clause naming another state leaves the act the official's", () => {
  const events = readEvents(WIRE.join("\n"), "2026-03-03");
  has(events, /^MKD>AZE 04\d 2026-03-03/);
  // near miss: a relative clause with no comma after it is the sentence's own clause, not an aside
  const plain = readEvents(
    [
      "BNA | Balkan News Agency",
      "North Macedonia's national news agency",
      "",
      "Trade talks",
      "",
      "Foreign Minister Ana Petrova said Azerbaijan had agreed to a new gas contract with Türkiye.",
      "",
      "© 2026 BNA."
    ].join("\n"),
    "2026-03-03"
  );
  assert.ok(!plain.some((e) => /^MKD>AZE/.test(e)), plain.join(" | "));
});

test("two surnames the text tied to states earlier are both read as their states", () => {
  const events = readEvents(WIRE.join("\n"), "2026-03-03");
  has(events, /^(?:MKD>AZE|AZE>MKD) 057 2026-03-03/);
});

test("'the two sides' after a surname the text tied to a state are that state and the state the sentence names", () => {
  const events = readEvents(WIRE.join("\n"), "2026-03-03");
  has(events, /^(?:MKD>GEO|GEO>MKD) 0\d\d 2026-03-02/);
  assert.ok(!events.some((e) => /^(?:MKD>AZE|AZE>MKD) \d+ 2026-03-02/.test(e)), events.join(" | "));
});

test("a lead's office with no name, then a full name opening the next sentence: the name is the office holder", () => {
  const page = [
    "The Harbour Gazette",
    "",
    "Business > Energy",
    "",
    "Kyrgyz minister studies Norwegian hydropower",
    "",
    "By Tove Lund",
    "Updated: April 14 2026, 9:00 am",
    "",
    "Kyrgyzstan's energy minister spent yesterday visiting dams on the west coast as the country looks for help with its ageing plants.",
    "",
    "Taalaibek Ibraev, who is leading a delegation of 20 officials, met Norway's Minister of Energy Terje Aasland in Bergen on Monday.",
    "",
    "Mr Ibraev invited Norwegian firms to bid for a new plant. He also asked Norway to send engineers to Bishkek.",
    "",
    "© The Harbour Gazette 2026"
  ];
  const events = readEvents(page.join("\n"), "2026-04-14");
  has(events, /^KGZ>NOR 04\d 2026-04-13/);
  has(events, /^KGZ>NOR 02\d 2026-04/);
  // near miss: a name with its own apposition is another person, whose words tie no act to the office's state
  const other = readEvents(
    [
      "The Harbour Gazette",
      "",
      "Kyrgyz minister studies Norwegian hydropower",
      "",
      "By Tove Lund",
      "Updated: April 14 2026, 9:00 am",
      "",
      "Kyrgyzstan's energy minister spent yesterday visiting dams on the west coast.",
      "",
      "Jon Berg, a local councillor, met Norway's Minister of Energy Terje Aasland in Bergen on Monday.",
      "",
      "© The Harbour Gazette 2026"
    ].join("\n"),
    "2026-04-14"
  );
  assert.ok(!other.some((e) => /^KGZ>NOR 04/.test(e)), other.join(" | "));
});

test("a series line with its year before the number is no title", () => {
  const r = readOk(
    [
      "Institute for Eurasian Affairs",
      "Lakeside University of International Studies",
      "",
      "About | Research | Publications | Events | People",
      "",
      "Publications > Commentary",
      "",
      "IEA Commentary | 2026 No. 7",
      "",
      "Rivers before railways: reading Beijing's water diplomacy",
      "",
      "Author: Dr Lin Wei, Senior Fellow, Institute for Eurasian Affairs",
      "Date: 2 February 2026",
      "",
      "China's foreign minister visited Dushanbe last week and signed a water agreement with Tajikistan. In my judgement, the visit matters more than it looks.",
      "",
      "Water is the most sensitive issue in the region, and Beijing has chosen to enter it."
    ].join("\n"),
    {coder: eventCoder}
  );
  assert.equal(r.metadata.title, "Rivers before railways: reading Beijing's water diplomacy");
});

test("an expert opening a sentence after 'But' and 'Dr' is presented without them", () => {
  assert.deepEqual(
    presentedExperts(["But Dr Mary Owen, an energy economist at the University of Leeds, urged caution."]),
    [{name: "Mary Owen", role: "energy economist at the University of Leeds"}]
  );
  assert.deepEqual(
    presentedExperts(["And Tom Reid, a lecturer at the University of Dundee, said the deal was late."]),
    [{name: "Tom Reid", role: "lecturer at the University of Dundee"}]
  );
  // near miss: "Dr" before a name with no role presents nobody
  assert.deepEqual(presentedExperts(["But Dr Mary Owen urged caution."]), []);
});

test("'Secretary of State' after another state's name is that state's office; 'UK' alone is the United Kingdom", () => {
  const events = readEvents(
    [
      "Faith and diplomacy",
      "",
      "Cardinal Mario Bruni, the Vatican Secretary of State, was received on Tuesday by President Sadyr Japarov in Bishkek.",
      "",
      "UK Energy Minister Jane Holt met Kazakhstan's energy minister in Astana on Wednesday."
    ].join("\n"),
    "2026-05-08"
  );
  has(events, /^KGZ>VAT 04\d 2026-05-05/);
  has(events, /^(?:GBR>KAZ|KAZ>GBR) 04\d 2026-05-06/);
  assert.ok(!events.some((e) => /USA/.test(e)), events.join(" | "));
  // near miss: the US office keeps its state after a rank or a verb
  has(
    readEvents(
      "Talks\n\nPresident Tokayev received Secretary of State Marco Rubio in Astana on 4 May 2026.",
      "2026-05-08"
    ),
    /^KAZ>USA 04\d 2026-05-04/
  );
});

test("a conflict named by its noun as a matter talked about is no act", () => {
  const events = readEvents(
    "Talks in Astana\n\nIn Astana on Monday, the NATO envoy met Foreign Minister Murat Nurtleu. They discussed the situation in Afghanistan, Russia's war against Ukraine and cooperation under the alliance's programme, which Kazakhstan joined in 1995.",
    "2024-06-12"
  );
  assert.ok(!events.some((e) => / 19\d /.test(e)), events.join(" | "));
  // near miss: the same war told as an act, not talked about
  has(
    readEvents("War\n\nRussia's war against Ukraine entered its third year on 24 February 2024.", "2024-06-12"),
    /^RUS>UKR 19\d/
  );
});

test("'predicted that' and 'forecasted that' tell a forecast", () => {
  const r = story(
    "Corridor hopes",
    "Dr Ana Silva, an economist at the University of Porto, said the corridor was slow.",
    'She predicted that only "a few" shippers would use the route before 2030.'
  );
  const c = r.claims.find((x) => /predicted that/.test(x.quote));
  assert.equal(c?.kind, "forecast");
});

test("'the Cardinal said' is the cardinal named before; a title of rank alone points back to its holder", () => {
  const r = story(
    "Faith and diplomacy",
    "Cardinal Mario Bruni met President Sadyr Japarov in Bishkek on Monday.",
    '"Kyrgyzstan has shown that many faiths can live together in peace," the Cardinal said after the meeting.'
  );
  const c = r.claims.find((x) => /many faiths/.test(x.quote));
  assert.equal(c?.speaker, "Mario Bruni");
});

test("a quotation in a sentence whose own subject is a named person is that person's, not the last speaker's", () => {
  const r = story(
    "Ministers meet",
    "Foreign Minister Xavier Bettel met his Kazakh counterpart Yermek Kosherbayev in Luxembourg on Monday.",
    'Kosherbayev asked Luxembourg to encourage its funds to list products in Astana. Bettel said Luxembourg was "ready to look at it seriously".',
    'Kosherbayev, for his part, called Luxembourg "one of the most important gateways to European capital for Kazakh firms". He added that he expected trade to double by 2028.'
  );
  assert.equal(r.claims.find((x) => /important gateways/.test(x.quote))?.speaker, "Yermek Kosherbayev");
  assert.equal(r.claims.find((x) => /expected trade/.test(x.quote))?.speaker, "Yermek Kosherbayev");
  // near miss: the quotation attributed in its own sentence stays its speaker's
  assert.equal(r.claims.find((x) => /ready to look/.test(x.quote))?.speaker, "Xavier Bettel");
});
