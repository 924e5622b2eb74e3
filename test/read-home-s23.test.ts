/**
 * The page's own state or organisation (issue 10, session 23; src/read/page-home.ts, src/read/home-persons.ts,
 * src/read/office-holders.ts): a page whose publisher names a state's own institution or an organisation writes
 * about that state's or organisation's officials without naming it. Every page and sentence our own (South America,
 * the Baltic states, an organisation in Lima); the pages are dated 2024-05-20, a Monday.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {eventCoder, readEvents} from "./helpers/events.js";
import {isStateCode} from "../src/read/first-person.js";
import {pageHome} from "../src/read/page-home.js";
import {titledOfficials} from "../src/read/home-persons.js";

const mentionsOf = (text: string) => eventCoder.codeSentence(text, {}).mentions;
const home = (...lines: string[]) => {
  const h = pageHome(lines, mentionsOf, isStateCode);
  return h ? `${h.code} ${h.kind}` : "-";
};
const has = (events: string[], wanted: string) => assert.ok(events.includes(wanted), events.join(" | "));
const lacks = (events: string[], unwanted: RegExp) =>
  assert.ok(!events.some((e) => unwanted.test(e)), events.join(" | "));

test("a state's own institution named with its state is the page's home", () => {
  assert.equal(home("ANDESPRESS", "CHILEAN NATIONAL NEWS AGENCY"), "CHL state");
  assert.equal(home("Radio Lima", "Peru's public broadcaster"), "PER state");
  assert.equal(home("State News Service of Bolivia"), "BOL state");
  assert.equal(home("Ministry of Foreign Affairs of the Republic of Estonia"), "EST state");
  assert.equal(home("© 2024 Parliament of the Republic of Latvia. All rights reserved."), "LVA state");
  assert.equal(home("Colombian Broadcasting Corporation | News in English"), "COL state");
});

test("an organisation's own page is headed by its name alone", () => {
  assert.equal(home("OSCE", "Home > Newsroom > Press releases"), "OSCE organisation");
  assert.equal(home("Asian Development Bank"), "ADB organisation");
});

test("near misses: no home for a wire, a think tank, a place in a name, or two homes", () => {
  assert.equal(home("MERIDIAN", "Our Standards: The Meridian Trust Principles."), "-");
  assert.equal(home("Chilean Institute of Pacific Affairs"), "-");
  assert.equal(home("THE LIMA LEDGER"), "-");
  assert.equal(home("Santiago Daily Mirror"), "-");
  assert.equal(home("Peruvian News Agency", "Bolivian News Agency"), "-");
  assert.equal(home("News about Chile and Peru"), "-");
});

test("an official named by title and name: tied to an actor beside them or to none", () => {
  const text =
    "Minister for Mining and Energy Ana Soto (Chile) met Peru's Trade Minister Elena Rojas and former Minister Juan Paz.";
  const found = titledOfficials(text, mentionsOf(text), isStateCode);
  assert.deepEqual(
    found.map((o) => [o.title, o.surname, o.tie ?? "-"]),
    [["Minister for Mining and Energy", "Soto", "CHL"]]
  );
  const bare = "Foreign Minister Celia Vargas thanked Ecuador.";
  assert.deepEqual(
    titledOfficials(bare, mentionsOf(bare), isStateCode).map((o) => [o.surname, o.kind, o.tie ?? "-", o.length]),
    [["Vargas", "state", "-", 29]]
  );
});

const agency = (...paragraphs: string[]) =>
  [
    "ANDESPRESS",
    "Chilean National News Agency",
    "Home | Politics | Economy | World",
    "",
    "Minister in Lima",
    "",
    "20.05.2024",
    "",
    ...paragraphs
  ].join("\n\n");

test("a national agency's official named without a state is the agency's state, by surname and office later", () => {
  const events = readEvents(
    agency(
      "Minister for Mining and Energy Ana Soto on Monday urged Peru to open its ports to copper exports.",
      "Soto met Bolivian Foreign Minister Celinda Sosa in La Paz on Monday.",
      "The minister also thanked Ecuador for its support."
    )
  );
  has(events, "CHL>PER 020 2024-05-20");
  has(events, "CHL>BOL 040 2024-05-20");
  has(events, "CHL>ECU 051 2024-05-20");
});

test("near misses: a wire's official, a foreign minister named with a state, an expert", () => {
  const wire = readEvents(
    [
      "MERIDIAN",
      "",
      "Minister in Lima",
      "",
      "20.05.2024",
      "",
      "Minister for Mining and Energy Ana Soto on Monday urged Peru to open its ports to copper exports.",
      "",
      "Soto met Bolivian Foreign Minister Celinda Sosa in La Paz on Monday."
    ].join("\n")
  );
  lacks(wire, /^CHL>/);
  const foreign = readEvents(
    agency(
      "Peruvian Foreign Minister Javier Gonzalez-Olaechea met Bolivian officials in Santiago on Monday.",
      "The minister also thanked Ecuador for its support.",
      "Economist Tomas Vidal praised Colombia for its reforms."
    )
  );
  has(foreign, "PER>ECU 051 2024-05-20");
  lacks(foreign, /^CHL>/);
});

test("an organisation's own release: 'the Secretary General' is the organisation, and 'She' after it", () => {
  const events = readEvents(
    [
      "OSCE",
      "Home > Newsroom",
      "",
      "Secretary General visits Lima",
      "",
      "LIMA, 20 May 2024 - OSCE Secretary General Helga Schmid visited Peru on Monday.",
      "",
      "The Secretary General thanked Peru for its support.",
      "",
      "She also met the Foreign Minister of Ecuador."
    ].join("\n")
  );
  has(events, "OSCE>PER 042 2024-05-20");
  has(events, "OSCE>PER 051 2024-05-20");
  has(events, "OSCE>ECU 040 2024-05-20");
});

test("a parliament's page: an office with no holder named is the parliament's state", () => {
  const events = readEvents(
    [
      "RIIGIKOGU",
      "Parliament of the Republic of Estonia",
      "Home | Plenary | Committees",
      "",
      "Foreign Minister visits Riga",
      "",
      "20.05.2024",
      "",
      "The Foreign Minister visited Riga on Monday."
    ].join("\n")
  );
  has(events, "EST>LVA 042 2024-05-20");
});

test("a passive with an adverb before its participle keeps its direction", () => {
  const events = readEvents(
    agency("The Chilean minister was also received in the afternoon by Peruvian President Dina Boluarte.")
  );
  has(events, "PER>CHL 043 2024-05-20");
  lacks(events, /^CHL>PER 043/);
});
