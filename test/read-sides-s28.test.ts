/**
 * Sides the reader did not tie (issue 10, session 28; src/read/anaphora.ts `countedGroup`, src/read/document.ts
 * `formatPair`, packs/central-asia aliases of session 28): a counted group ("the six leaders") as the format's group
 * the page named further back, "the five" with no noun in the group's own sentence as Central Asia's five, the C5+1's
 * "+1" acting toward the format as acting toward the five, and state bodies the pack now lists by name (a state's
 * parliament, Bulgaria's gas company, the European Parliament's members). Every sentence our own; the pages are dated 2024-05-20,
 * a Monday.
 */
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";

test("a counted group is the format's group the page named further back", () => {
  const text = [
    "President Xi Jinping and the leaders of the five Central Asian states met in Xi'an on Monday.",
    "Trade has grown fast since the pandemic, customs figures show.",
    "Freight trains now run daily from Xi'an to Almaty.",
    "Kazakhstan's foreign minister told reporters the talks were warm.",
    "The six leaders agreed that the next summit would take place in Tashkent in 2026."
  ].join(" ");
  has(readEvents(text), /^CHN>CAS 03|^CAS>CHN 03/);
});

test('"the five" with no noun is Central Asia\'s five on a page about the region', () => {
  const text = [
    "Central Asia has become a prize for every large power.",
    "China hosted its first summit with the five in Xi'an last May, where the six leaders signed a declaration."
  ].join(" ");
  has(readEvents(text), /^CHN>CAS 057|^CAS>CHN 057/);
});

test('near misses: no group of that many named, a list of states far back, "the five" on a page not about the region', () => {
  // (no group of six anywhere on the page: the pointer stays unread)
  lacks(
    readEvents("China and Kazakhstan held talks in Astana on Monday. The six leaders agreed to meet again in 2026."),
    /^CHN>CAS|^CAS>CHN/
  );
  // (four states listed six sentences back are not the page's group: "the four governments" stays as written)
  const far = [
    "Turkmenistan, Afghanistan, Pakistan and India want a gas pipeline.",
    "It would carry 33 billion cubic metres a year.",
    "Work has been slow.",
    "Funding is uncertain.",
    "Security is poor.",
    "The four governments signed a new agreement on Monday."
  ].join(" ");
  lacks(readEvents(far), /^TKM>|^PAK>|^IND>/);
  // ("the five" on a page that never named Central Asia or its states is no region's five)
  lacks(
    readEvents(
      "China hosted its first summit with the five in Xi'an last May, where the six leaders signed a declaration."
    ),
    /^CHN>CAS 057|^CAS>CHN 057/
  );
});

test("state bodies the pack lists by name: a parliament, a state gas company, the European Parliament's members", () => {
  has(
    readEvents("Bulgargaz and the state concern Turkmengaz signed a memorandum on gas deliveries on Monday."),
    /^BGR>TKM 057|^TKM>BGR 057/
  );
  has(readEvents("In Bishkek, MEPs met Foreign Minister Jeenbek Kulubaev on Monday."), /^EU>KGZ 04/);
  has(
    readEvents("Speakers of the Oliy Majlis and the Jogorku Kenesh met in Osh on Monday."),
    /^UZB>KGZ 04|^KGZ>UZB 04/
  );
  // (a company with no state in the pack or the text stays no one's)
  lacks(readEvents("Calderon Gas and Turkmengaz signed a memorandum on Monday."), /^(?!TKM)[A-Z]{3}>TKM 057/);
});

test("the C5+1's +1 acting toward the format acts toward the five: the United States and Central Asia", () => {
  has(readEvents("Washington hosted the C5+1 leaders at the White House on Monday."), /^USA>CAS 04/);
  // (another state's act toward the format is read as written: the format, not the region)
  lacks(readEvents("Kazakhstan hosted the C5+1 ministerial meeting in Astana on Monday."), /^KAZ>CAS/);
});
