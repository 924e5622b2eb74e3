/**
 * Office holders and state companies the pack knows (issue 10, session 25; packs/central-asia/aliases.csv, the rows
 * of "Office holders of 2015–2026 and state companies" in its SOURCES.md; src/read/coder.ts packActorEntries): a
 * foreign official named by name with no state beside them, a surname alone, a state-owned company, each read as its
 * state, the article's date choosing among the offices a name held. Every sentence our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {eventCoder, readEvents} from "./helpers/events.js";
import {withoutDiacritics} from "../src/read/transliterate.js";
import {withoutShortNameInBrackets} from "../src/read/coder.js";
import {tokenize} from "../src/read/tokenize.js";

/** A sentence's events as "SRC~AGENT>TGT CODE" (the agent where the coder gives one), coded on `date`. */
const coded = (s: string, date = "2024-05-20"): string[] =>
  eventCoder
    .codeSentence(s, {date})
    .events.map((e) => `${e.source}${e.sourceAgent ? `~${e.sourceAgent}` : ""}>${e.target} ${e.code}`);
const has = (events: string[], wanted: string) => assert.ok(events.includes(wanted), events.join(" | "));
const lacks = (events: string[], unwanted: RegExp) =>
  assert.ok(!events.some((e) => unwanted.test(e)), events.join(" | "));

test("a titled office holder the table knows is their state's government", () => {
  has(coded("President Alar Karis met Kazakh President Kassym-Jomart Tokayev in Astana on Monday."), "EST~GOV>KAZ 040");
  has(coded("Prime Minister Kyriakos Mitsotakis received Uzbek Foreign Minister Bakhtiyor Saidov."), "GRC~GOV>UZB 043");
  has(coded("Secretary General Feridun Sinirlioglu visited Ashgabat.", "2025-02-10"), "OSCE~GOV>TKM 042");
});

test("a distinctive surname alone, and the name written without its diacritics", () => {
  has(coded("Tsahkna arrived in Tashkent on Monday."), "EST~GOV>UZB 042");
  has(coded("Rinkevics met Uzbek President Shavkat Mirziyoyev.", "2025-04-08"), "LVA~GOV>UZB 040");
  has(coded("Lokke Rasmussen met President Tokayev in Astana."), "DNK~GOV>KAZ 040");
  assert.equal(withoutDiacritics("Rinkēvičs"), "Rinkevics");
  assert.equal(withoutDiacritics("Løkke Rasmussen"), "Lokke Rasmussen");
  assert.equal(withoutDiacritics("Gideon Sa'ar"), undefined);
});

test("a state-owned company or fund is its state", () => {
  has(coded("Equinor and QatarEnergy signed a memorandum on gas supplies."), "NOR>QAT 057");
  has(coded("The Saudi Fund for Development lent Tajikistan $100 million."), "SAU>TJK 071");
  has(coded("Uzbekistan Railways signed an agreement with Pakistan Railways."), "UZB>PAK 057");
});

test("the article's date chooses among the offices a name held", () => {
  has(coded("Donald Tusk met President Tokayev in Astana.", "2017-05-10"), "EU~GOV>KAZ 040");
  has(coded("Donald Tusk met President Tokayev in Astana.", "2024-05-20"), "POL~GOV>KAZ 040");
  has(coded("Christine Lagarde met President Tokayev in Astana.", "2016-05-20"), "IMF~GOV>KAZ 040");
  has(coded("Christine Lagarde met President Tokayev in Astana.", "2023-05-20"), "EU~GOV>KAZ 040");
});

test("near misses: a former holder, a shared name, a company no state owns", () => {
  // (out of office the name still names the state, as an elite, not its government)
  has(coded("Former President Egils Levits visited Astana."), "LVA~ELI>KAZ 042");
  lacks(coded("Former President Egils Levits visited Astana."), /GOV>/);
  has(coded("Egils Levits visited Astana.", "2021-05-20"), "LVA~GOV>KAZ 042");
  // (a surname many people share is no entry of its own: "Wong" is Singapore's prime minister and Australia's
  // foreign minister, and neither alone)
  assert.deepEqual(coded("Wong met President Tokayev in Astana."), []);
  has(coded("Penny Wong met President Tokayev in Astana."), "AUS~GOV>KAZ 040");
  // (a private company is no state's: none of these is in the table)
  assert.deepEqual(coded("Novatek signed a memorandum with Uzbekneftegaz."), []);
  assert.deepEqual(coded("TotalEnergies signed a memorandum with KazMunayGas."), []);
});

test("a name's short form in brackets does not cut the name off from its clause", () => {
  has(readEvents("Azerbaijan Railways (ADY) and KTZ signed a tariff agreement on Monday."), "AZE>KAZ 057 2024-05-20");
  has(
    readEvents("The Asian Development Bank (ADB) and Uzbekistan signed a loan agreement on Monday."),
    "ADB>UZB 057 2024-05-20"
  );
  const words = (s: string) =>
    withoutShortNameInBrackets(tokenize(s))
      .map((t) => t.text)
      .join(" ");
  assert.equal(words("Uzbekistan Railways (UTY) and KTZ met."), "Uzbekistan Railways and KTZ met .");
  // (near misses: words in brackets, a short form after a word in lower case, a dateline's agency stays)
  assert.equal(words("The railway (in Kazakhstan) met."), "The railway ( in Kazakhstan ) met .");
  assert.equal(words("the railways (KTZ) met."), "the railways ( KTZ ) met .");
  assert.equal(words("Ties (2024 figures) grew."), "Ties ( 2024 figures ) grew .");
});
