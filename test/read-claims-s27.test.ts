import assert from "node:assert/strict";
import {test} from "node:test";
import {IMPERATIVE_ADVICE, authorView} from "../src/read/claims-author.js";
import {analysisPage, claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 27 (issue 10): the writer's verdicts in an analysis and a speaker's ranking. Every sentence here was written
// for these tests (Baltic, Nordic, Andean and Danube affairs), with near misses that must keep their reading.

test("a verb of mind in the present said of a third party is the writer's reading of it", () => {
  for (const [t, cue] of [
    ["Baltic officials know how to count.", "mind:know"],
    ["Estonians notice who turns up.", "mind:notice"],
    ["The Latvian authorities want to avoid the fate of the Lithuanian banks.", "mind:want"],
    ["Vilnius clearly understands what that means.", "mind:understands"],
    ["Officials who ask for fewer migrants also want the bridges built.", "mind:want"]
  ] as const)
    assert.equal(authorView(t), cue, t);
  for (const t of [
    // the writer's or the reader's own mind, an infinitive, an auxiliary's verb, a noun
    "I understand the caution.",
    "We know the numbers.",
    "Riga has yet to know the terms.",
    "Tallinn does not want a quarrel.",
    "His fears of a quarrel were real.",
    // a mind its owners told of: their words, not the writer's reading
    "Latvia and Estonia have both said they want to use the port.",
    // a plural verb after a singular subject is no verb of a clause ("the know-how" and the like)
    "Finland brings the know-how."
  ])
    assert.equal(authorView(t), undefined, t);
});

test("a verb that judges, a superlative of quality, a stance adverb after the auxiliary", () => {
  for (const [t, cue] of [
    ["The war has complicated Riga's ties with Minsk.", "complicated"],
    ["That reading misunderstands both the treaty and the region.", "misunderstands"],
    ["Calling this a partnership flatters it.", "flatters"],
    ["The Nordic loan changes the calculation.", "changes the calculation"],
    ["Every plan for the river rests on sand.", "rests on sand"],
    ["It is the clearest sign so far of how Oslo reads the Arctic.", "clearest"],
    ["What followed was the harshest winter for the ferries in a decade.", "harshest"],
    ["Moscow is plainly hoping for the contract.", "plainly"],
    ["Belarus remains largely closed.", "largely"]
  ] as const)
    assert.equal(authorView(t), cue, t);
  for (const t of [
    // a neutral verb of change; a superlative of size or a technical term; adverbs of manner and quantity
    "The pact strengthens the ferry link.",
    "The ministry changed the date of the talks.",
    "Sweden is the largest investor in Estonia.",
    "The trade in the most sensitive goods moved to Armenia.",
    "One of them put it more plainly.",
    "Trade was only €1 billion."
  ])
    assert.equal(authorView(t), undefined, t);
});

test("an imperative of advice opening the writer's sentence", () => {
  for (const t of [
    "Screen Baltic customers against the annex, not just the contracting firm.",
    "First, turn the Riga package into a short list of projects.",
    "Third, keep the rule of law on the agenda: a partnership that ignores it will not last.",
    "Do not rely on one buyer for the gas."
  ])
    assert.ok(IMPERATIVE_ADVICE.test(t), t);
  for (const t of [
    "Support for the plan is weak.",
    "Talk of a deal is premature.",
    "Take Estonia, for example.",
    "Plans were made in Riga.",
    "Review of the year: the Baltic ports.",
    "Start with the headline figure.",
    "Turn to the budget."
  ])
    assert.ok(!IMPERATIVE_ADVICE.test(t), t);
  const d = readOk(
    analysisPage(
      "Screen Baltic customers against the annex, not just the contracting firm. Second, involve Nordic development finance early, so that firms do not carry the risk alone."
    ),
    {}
  );
  assert.equal(claimOf(d, "Screen Baltic")?.kind, "recommendation");
  assert.equal(claimOf(d, "Second, involve")?.kind, "recommendation");
});

test("the writer's view is dated by its own clause, and an appeal in a relative clause reports none", () => {
  const d = readOk(
    analysisPage(
      "The Riga line opened in March, and Vilnius understands what that means. Estonia understands the risk it took in March. Officials who call for fewer migrants also want the bridges built. The six states called for talks on the river."
    ),
    {}
  );
  assert.equal(claimOf(d, "Vilnius understands")?.speaker, "Jane Roe");
  // (the verb of mind in a clause with its own date reports a happening then)
  assert.equal(claimOf(d, "Estonia understands"), undefined);
  assert.equal(claimOf(d, "Officials who call")?.kind, "assessment");
  // (the narration's report of others' appeal stays no claim)
  assert.equal(claimOf(d, "six states called"), undefined);
});

test("a superlative a speaker predicates is the speaker's assessment; one in a description or from data is not", () => {
  const d = readOk(
    [
      "Chile and Peru agree on copper",
      "",
      "LIMA, May 3 (AndesWire) - Chilean Mining Minister Ana Soto met her Peruvian counterpart in Lima on Tuesday.",
      "",
      '"Chile has some of the largest copper deposits in the world, and 40 years of experience in mining them," Soto told reporters.',
      "Peru, Chile's largest trading partner in the region, bought more copper last year, the ministry said.",
      "Exports reached $2 billion, making Peru one of the fastest-growing markets, according to customs data.",
      "Kazmortransflot has not ordered the ships.",
      '"We would rather lose a year than overpay by forty percent," its chief executive said at a conference in Lima.'
    ].join("\n"),
    {}
  );
  const c = claimOf(d, "Chile has some of the largest");
  assert.equal(c?.kind, "assessment");
  assert.equal(c?.rule, "claim:quote-attribution/assessment:superlative");
  assert.equal(claimOf(d, "Chile's largest trading partner"), undefined);
  assert.equal(claimOf(d, "fastest-growing"), undefined);
  // (a company's officer named by the office after the company's pronoun speaks)
  assert.equal(voiceOf(d, "overpay").speaker, "its chief executive");
});
