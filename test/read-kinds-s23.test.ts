import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim} from "../src/read/index.js";
import {analysisPage, claimOf, readOk} from "./helpers/read.js";

// Session 23 (issue 10): a claim's kind by forms of English the cues missed. Counted on the build half's 75 kind errors
// first (scorer lines and judgments): a quotation opening between a modal and its verb (4 in 3 sets), a first-person
// request for another's act (4 in 3 sets), a negated expectation (2 in 2 sets), advice cues matched inside longer
// words ("has to" in "has tools", "must" in "Mustafayev"; 3 in 3 sets), the best course named as "the answer / the
// smartest move … is to" (1). Sentences written for these tests.

const kind = (s: string) => classifyClaim(s)?.kind;

test("a quotation mark between a modal or 'to' and its verb hides neither", () => {
  assert.equal(kind('Hakala said the new bridge would "transform trade on the river".'), "forecast");
  assert.equal(kind('Analysts noted that the toll would "sharply reduce traffic" at the border.'), "forecast");
  assert.equal(kind('The envoy urged the delegates to "keep the river open to every flag".'), "recommendation");
  // (near misses: no modal before the quotation; a quoted word after a noun)
  assert.notEqual(kind('Hakala said the bridge was "transforming trade" on the river.'), "forecast");
  assert.equal(kind('The envoy described the plan as "a bridge to nowhere".'), undefined);
});

test("a negated expectation foresees, in the past of a report and in the conditional", () => {
  assert.equal(kind("I would not expect a deal on the tolls before the winter."), "forecast");
  assert.equal(kind("She added that she did not expect a breakthrough before the spring."), "forecast");
  assert.equal(kind("He didn't expect Vienna to sign this year."), "forecast");
  // (near miss: "inspect" is no "expect")
  assert.equal(kind("They did not inspect the cargo at the border."), undefined);
});

test("a first-person request for another's act advises", () => {
  assert.equal(kind("We ask Vienna to open its ports to all barges."), "recommendation");
  assert.equal(kind("We are asking that the tolls be cut for small carriers."), "recommendation");
  assert.equal(kind("We want the commission to publish its data every month."), "recommendation");
  assert.equal(kind("I would like Budapest to reconsider the fee."), "recommendation");
  // (near misses: the speaker's own intent, a past request, a question to oneself, another's request)
  assert.notEqual(kind("We want to build a second bridge at Komárno."), "recommendation");
  assert.notEqual(kind("We asked them to leave the port in May."), "recommendation");
  assert.notEqual(kind("We ask ourselves whether the plan works."), "recommendation");
  assert.notEqual(kind("They ask us to choose between the two ports."), "recommendation");
});

test("the best course named as 'the answer is to …' advises", () => {
  assert.equal(kind("The answer is to widen the channel at Gönyű."), "recommendation");
  assert.equal(kind("The smartest move would be to share the gauge data with Belgrade."), "recommendation");
  // (near misses: the answer located, another's response told or foreseen)
  assert.notEqual(kind("The answer is to be found in Vienna."), "recommendation");
  assert.notEqual(kind("Its response was to close the border crossing."), "recommendation");
  assert.notEqual(kind("Moscow's likely response would be to cut supplies."), "recommendation");
});

test("advice cues are whole words, and 'should' before its subject is a condition", () => {
  assert.notEqual(kind("Ottawa has tools here."), "recommendation");
  assert.notEqual(
    kind("Moscow has levers with which to punish Vienna should it decide to go too far."),
    "recommendation"
  );
  assert.notEqual(
    kind("The delegation led by Deputy Minister Mustafayev held talks with the Uzbek side."),
    "recommendation"
  );
  assert.notEqual(kind("The report's recommendations were published in March."), "recommendation");
  // (near misses: the cues themselves still advise, "shouldn't" too)
  assert.equal(kind("Seoul cannot outspend Beijing, and it shouldn't try."), "recommendation");
  assert.equal(kind("Vienna has to act before the summer."), "recommendation");
  assert.equal(kind("Bratislava should decide soon."), "recommendation");
});

test("a speaker's own side's act in quotation marks is a pledge, not a forecast", () => {
  const d = readOk(
    [
      "Austria to review river tolls",
      "",
      'VIENNA, 12 May 2025 (Danube Wire) - Austria\'s transport ministry said on Monday it would "review" the river tolls after complaints from Slovak carriers.',
      "",
      'Hakala, a transport economist at the Vienna River Institute, said the new bridge would "transform trade on the river".'
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "review"), undefined);
  assert.equal(claimOf(d, "transform trade")?.kind, "forecast");
});

test("holding or lacking the tools of power judges: the writer's assessment", () => {
  const d = readOk(
    analysisPage(
      "Vienna has tools here. Bratislava lacks the levers to punish Budapest. Moscow has leverage with which to punish Vienna should it decide to go too far."
    ),
    {}
  );
  for (const q of ["Vienna has tools here.", "lacks the levers", "has leverage with which"])
    assert.equal(claimOf(d, q)?.kind, "assessment", q);
});
