import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";

// Session 20 (issue 10): a section's rubric line over the headline ("ARGUMENT: An expert's point of view on a current
// event.") is no title. Pages written for these tests.

const page = (rubric: string, headline: string, dek: string) =>
  [
    "THE MERIDIAN REVIEW",
    "Subscribe   Sign In",
    rubric,
    "",
    headline,
    "",
    dek,
    "",
    "By Tomas Varga, a fellow at the Baltic Policy Institute.",
    "MAY 4, 2025, 9:00 AM",
    "",
    "Two weeks ago, the Baltic states signed a grid agreement with Poland. The ceremony was short, and the ministers left for Brussels the same evening. The agreement had been negotiated for three years."
  ].join("\n");

test("a rubric line with a label in capitals and a description in sentence case is no title: the headline under it is", () => {
  const d = readOk(
    page(
      "OPINION: Views of our contributors on the news of the week.",
      "The Baltic Grid Deal Is Only the First Step",
      "A signature is not a strategy."
    ),
    {}
  );
  assert.equal(d.metadata.title, "The Baltic Grid Deal Is Only the First Step");
  const e = readOk(
    page(
      "DISPATCH | Reporting from the region by our correspondents",
      "Why Vilnius Stopped Waiting for Brussels",
      "The grid deal was signed in a hurry."
    ),
    {}
  );
  assert.equal(e.metadata.title, "Why Vilnius Stopped Waiting for Brussels");
});

test("near misses: a label before a headline stays with it; a sentence-case headline over a sentence-case dek stays", () => {
  const d = readOk(
    page("ANALYSIS: Lithuania Rethinks Its Gas Deals", "The contracts signed in 2019 no longer fit the market.", "x"),
    {}
  );
  assert.match(d.metadata.title ?? "", /Lithuania Rethinks Its Gas Deals/);
  const e = readOk(
    page(
      "ANALYSIS: Lithuania is rethinking its gas deals with the north",
      "The contracts signed in 2019 no longer fit the market.",
      "x"
    ),
    {}
  );
  assert.match(e.metadata.title ?? "", /Lithuania is rethinking its gas deals/);
});
