import assert from "node:assert/strict";
import {test} from "node:test";
import {analysisPage, claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 23 (issue 10): claims the reader missed, counted on the build half first. A discussion's common view ("The
// panel agreed that …"; an event summary's, blind22) and a side's conduct compared ("Kyrgyzstan went further.", "had
// gone furthest"; 3 gold claims in 2 sets, blind17 and blind22, all missed; "has gone further than …" was read already).
// Sentences written for these tests.

const summary = (body: string) =>
  [
    "River Forum event summary",
    "",
    "By Jane Roe",
    "",
    "12 May 2025",
    "",
    "The Danube Forum held a panel on river tolls in Vienna on Tuesday.",
    "",
    body
  ].join("\n");

test("a discussion's common view: those who discuss agree or conclude that …", () => {
  const d = readOk(
    summary(
      "The panel agreed that the toll dispute remained the main obstacle to trade on the river. The speakers concluded that the dispute would drag on for years. Most participants agreed that the locks were too small."
    ),
    {}
  );
  assert.equal(voiceOf(d, "The panel agreed").speaker, "the panel");
  assert.equal(claimOf(d, "main obstacle")?.kind, "assessment");
  assert.equal(claimOf(d, "drag on")?.speaker, "the speakers");
  assert.equal(claimOf(d, "drag on")?.kind, "forecast");
  assert.equal(voiceOf(d, "Most participants").kind, "reported");
});

test("near misses: parties agreeing make an agreement, and 'agreed to' acts", () => {
  const d = readOk(
    summary(
      "The ministers agreed that the talks would resume in Vienna in June. The two sides agreed to build a second bridge at Komárno."
    ),
    {}
  );
  assert.equal(voiceOf(d, "The ministers agreed").kind, "narration");
  assert.equal(voiceOf(d, "The two sides agreed").kind, "narration");
});

test("a side's conduct compared judges, however short: 'went further', 'had gone furthest'", () => {
  const d = readOk(
    analysisPage(
      "Slovakia protested, quietly at first. Hungary went further. The Czech Republic has gone furthest. Vienna went further in its criticism than any other capital."
    ),
    {}
  );
  for (const q of ["Hungary went further.", "has gone furthest", "went further in its criticism"])
    assert.equal(claimOf(d, q)?.kind, "assessment", q);
});

test("near misses: going further in space, and the same verb without a comparison", () => {
  const d = readOk(
    analysisPage("The new railway goes further north to Termez. Hungary went to the summit in a hurry."),
    {}
  );
  assert.equal(claimOf(d, "further north"), undefined);
  assert.equal(claimOf(d, "went to the summit"), undefined);
});
