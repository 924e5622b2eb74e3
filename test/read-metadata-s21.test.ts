import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/index.js";
import {readOk} from "./helpers/read.js";

// Session 21 (issue 10): bylines without "By" that name each writer with the city they filed from ("Jane Roe in London
// and John Doe in Baku", "Jane Roe | New Delhi"), a headline over its deck and such a byline, and a form's fields over a
// company's announcement ("Issuer: …" / "Ticker: …"), which are no title. Pages written for these tests.

const BODY =
  "The Baltic states signed a grid agreement with Poland on Tuesday, ending three years of talks. The ministers left for Brussels the same evening, and the first cable is due to be laid next spring.";

test("writers listed with the city each filed from, with no 'By', are the byline's authors", () => {
  assert.equal(readByline("Marta Kovacs in Vienna and Olu Adeyemi in Lagos")?.author, "Marta Kovacs and Olu Adeyemi");
  assert.equal(
    readByline("Marta Kovacs in Vienna, Olu Adeyemi in Lagos and Li Wen in Shanghai")?.author,
    "Marta Kovacs, Olu Adeyemi and Li Wen"
  );
  assert.equal(readByline("Priya Nair  |  New Delhi")?.author, "Priya Nair");
  // near misses: one name with a place is as often a headline; a country or a section after a bar is a tag row
  assert.equal(readByline("Xi Jinping in Astana")?.author, undefined);
  assert.equal(readByline("Priya Nair | India")?.author, undefined);
  assert.equal(readByline("Priya Nair | Politics")?.author, undefined);
  assert.equal(readByline("Priya Nair | Newsletters")?.author, undefined);
  assert.equal(readByline("Priya Nair | Hong Kong")?.author, "Priya Nair");
  assert.equal(readByline("Sign In | Subscribe")?.author, undefined);
});

test("a headline over its deck and a byline of writers with their cities: the headline is the title", () => {
  const d = readOk(
    [
      "THE EVENING LEDGER",
      "Subscribe | Sign In",
      "HOME   WORLD   MARKETS   OPINION",
      "Energy",
      "",
      "Baltic states sign grid deal with Poland after three years of talks",
      "Vilnius and Riga hope the cable will end their last links to the Russian grid",
      "",
      "Marta Kovacs in Vienna and Olu Adeyemi in Riga",
      "Published MAY 4 2025",
      "",
      BODY
    ].join("\n"),
    {}
  );
  assert.equal(d.metadata.title, "Baltic states sign grid deal with Poland after three years of talks");
  assert.equal(d.metadata.author, "Marta Kovacs and Olu Adeyemi");
});

test("a form's fields over a company's announcement are no title; a headline's label in capitals still is one", () => {
  const d = readOk(
    [
      "NORDIC CAPITAL EXCHANGE",
      "Markets   Listing   Issuers   News",
      "Issuer news > Company announcements",
      "",
      "Issuer: Baltic Grid Holding AS",
      "Ticker: BGH",
      "Category: Inside information",
      "",
      "Baltic Grid Holding signs cable contract with Polish operator",
      "",
      BODY
    ].join("\n"),
    {}
  );
  assert.equal(d.metadata.title, "Baltic Grid Holding signs cable contract with Polish operator");
  const e = readOk(
    [
      "THE EVENING LEDGER",
      "News  Politics  Business  World",
      "",
      "LIVE: Baltic states sign grid deal with Poland",
      "",
      "Last updated: 4 May 2025, 17:52",
      "By Marta Kovacs",
      "",
      BODY
    ].join("\n"),
    {}
  );
  assert.equal(e.metadata.title, "LIVE: Baltic states sign grid deal with Poland");
});
