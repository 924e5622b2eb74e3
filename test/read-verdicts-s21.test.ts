import assert from "node:assert/strict";
import {test} from "node:test";
import {analysisPage, claimOf, readOk} from "./helpers/read.js";

// Session 21 (issue 10): the writer's verdict in three words — a subject, a copula and an evaluative predicate ("Brussels
// is late.", "Summits are cheap.", "It was overdue.") — is a claim in an analysis, however short. Sentences written
// for these tests.

const essay = (verdicts: string) => analysisPage(verdicts);

test("a three-word copular verdict with a word of judgement is the writer's assessment in an analysis", () => {
  const d = readOk(
    essay("Vienna is late. Treaties are cheap. It was overdue. Second, Europe is late. The optics were excellent."),
    {}
  );
  for (const q of [
    "Vienna is late.",
    "Treaties are cheap.",
    "It was overdue.",
    "Europe is late.",
    "The optics were excellent."
  ]) {
    assert.equal(claimOf(d, q)?.speaker, "Jane Roe", q);
    assert.equal(claimOf(d, q)?.kind, "assessment", q);
  }
});

test("near misses: a physical state, a neutral predicate, and the same verdicts in a news story", () => {
  const d = readOk(
    essay("The border is closed. Austria is neutral. The meeting was brief. Prices are high. Vienna is busy."),
    {}
  );
  for (const q of ["border is closed", "Austria is neutral", "meeting was brief", "Prices are high", "Vienna is busy"])
    assert.equal(claimOf(d, q), undefined, q);
  const news = readOk(
    [
      "Danube states sign river pact",
      "",
      "VIENNA, 12 May 2025 (Danube Wire) - The Danube states signed a river agreement in Vienna on Monday, officials said.",
      "",
      "Vienna is late. Treaties are cheap."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(news, "Vienna is late."), undefined);
});
