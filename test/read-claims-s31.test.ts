import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim} from "../src/read/claims.js";
import {eventCoder} from "./helpers/events.js";
import {analysisPage, claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 31 (issue 10): claims and their speakers. A promise to hear a request with a stated attitude ("would give the
// request careful consideration") forecasts; an answer or an assurance declares as "said" does, an attribution set off
// by commas after the subject ("Latvia, she said, would not …") and a kept course of guarding ("would continue to
// protect") bind a side; a side's standing position in a reported clause ("added that Riga did not intend to choose
// …") is the speaker's assessment; "hardly accidental", "unmistakable", "stark", "uncomfortable" judge; a numbered
// argument's later items go on with the first's; "a Ministry of Transport official said", a relative clause ending in a
// quotation before "said", "promised that"; a titled name that is not the full name's last word. Every sentence here
// was written for these tests, with near misses.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ports and ferries on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );

test("a promise to hear a request with an attitude forecasts; without one it stays a step to come", () => {
  for (const s of [
    'The minister replied that Riga would give the request "due and careful consideration".',
    "She said the government would review the proposal favourably with the relevant ministries.",
    'He had promised to "study the request with sympathy".',
    "The ministry said it would look at the application with great interest."
  ])
    assert.equal(classifyClaim(s)?.kind, "forecast", s);
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina met Estonian Foreign Minister Margus Tsahkna in Riga on Monday.",
      'Ms Berzina replied that Latvia would give the request "careful and favourable consideration".',
      "The ministry said it would consider the invitation.",
      "Mr Tsahkna said Estonia would study the feasibility of a second ferry line."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "careful and favourable")?.kind, "forecast");
  // near misses: no attitude (a step to come), and a study of a project, no request
  assert.equal(claimOf(d, "consider the invitation"), undefined);
  assert.equal(claimOf(d, "feasibility"), undefined);
});

test("an answer, an assurance and a comma-set attribution declare a side's refusal; a guarding course binds", () => {
  const d = readOk(
    news(
      "Kazakh Foreign Minister Murat Nurtleu met Estonian officials in Tallinn on Monday.",
      'Nurtleu replied that Kazakhstan would "continue to defend the rights of its seafarers" but would not tolerate smuggling.',
      "Kyrgyzstan, he said, had given assurances that it would not allow its airports to be used to evade the sanctions.",
      'Kazakhstan, he said, honoured its obligations and would "not let anyone use our ports against our neighbours".',
      "Kazakhstan, he said, would keep its ferry fares low."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "continue to defend")?.kind, "recommendation");
  assert.equal(claimOf(d, "had given assurances")?.kind, "recommendation");
  assert.equal(claimOf(d, "honoured its obligations")?.kind, "recommendation");
  // near miss: a course kept that is no guarding binds nothing (as before, no commitment)
  assert.notEqual(claimOf(d, "keep its ferry fares")?.kind, "recommendation");
});

test("a side's standing position in a reported clause is the speaker's assessment; a target, a plan or a pledge is not", () => {
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina met Estonian Foreign Minister Margus Tsahkna in Riga on Monday.",
      "Berzina noted that relations between the two neighbours rest on a shared history.",
      "She added that Riga did not intend to choose between its partners.",
      "Tsahkna said Estonia welcomed closer ties between the Baltic states and the Nordic countries.",
      "Both ports, he noted, were dealing with the same shippers.",
      "Tsahkna said Estonia would support the Latvian bid.",
      "Berzina said both sides wanted to raise trade to 2 billion euros by 2028.",
      "Tsahkna said Berzina asked Estonia to support the ferry plan."
    ),
    {coder: eventCoder}
  );
  for (const q of [
    "rest on a shared history",
    "did not intend to choose",
    "welcomed closer ties",
    "dealing with the same"
  ])
    assert.equal(claimOf(d, q)?.kind, "assessment", q);
  // near misses: a pledge after a modal, a target with an amount and a date, a request reported
  assert.notEqual(claimOf(d, "would support the Latvian bid")?.rule?.endsWith("stated-stance"), true);
  assert.equal(claimOf(d, "raise trade to 2 billion"), undefined);
  assert.equal(claimOf(d, "asked Estonia to support"), undefined);
});

test("a writer's verdict by an evaluative adjective, and a numbered argument's later items", () => {
  const v = readOk(
    analysisPage(
      "The message from Riga is unmistakable. For the Baltic ports, the lesson is uncomfortable. The choice of venue was hardly accidental: the Nordic ministers were meeting in Oslo that week. Anna Stark opened the new terminal on Sunday."
    ),
    {}
  );
  assert.equal(claimOf(v, "unmistakable")?.kind, "assessment");
  assert.equal(claimOf(v, "uncomfortable")?.kind, "assessment");
  assert.equal(claimOf(v, "hardly accidental")?.kind, "assessment");
  // near miss: the adjective as a name
  assert.equal(claimOf(v, "Anna Stark opened"), undefined);
  const l = readOk(
    analysisPage(
      "Three things hold the ferries back. First, the Baltic crossing remains slow and expensive. Second, the new sanctions have made shipping banks cautious about any route east. Third, the EU still has no ratified ferry agreement with Latvia, whose terms were agreed in 2021."
    ),
    {}
  );
  assert.equal(claimOf(l, "Second, the new sanctions")?.kind, "assessment");
  assert.equal(claimOf(l, "Third, the EU")?.kind, "assessment");
  // near miss: a numbered list of happenings whose first item is no claim
  const n = readOk(
    analysisPage(
      "The council acted twice. First, the council extended the port ban to more goods. Second, it listed two ferry companies in Tallinn."
    ),
    {}
  );
  assert.equal(claimOf(n, "Second, it listed"), undefined);
});

test("speakers: an official of a named body, a relative clause ending in a quotation, a promise, a family name first", () => {
  const d = readOk(
    news(
      "Latvia had offered last year to sell ferries to Estonia, but Tallinn has not accepted the terms, a Ministry of Transport official said, asking not to be named.",
      'Berzina, who described Estonia as "a neighbour that knows what it means to be small and still trade with everyone," said Latvia was ready to open its ports to Estonian lorries.',
      'Mr Tsahkna promised that Estonia would give the request "due consideration", but made no commitment.',
      "Minister of Trade Kim Min-su met the Latvian delegation in Seoul.",
      "Minister Kim replied that Korea would review the proposals positively."
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(d, "a Ministry of Transport official").speaker, "a Ministry of Transport official");
  assert.equal(voiceOf(d, "a neighbour that knows").speaker, "Berzina");
  assert.equal(claimOf(d, "ready to open its ports")?.kind, "recommendation");
  assert.equal(claimOf(d, "due consideration")?.speaker, "Tsahkna");
  assert.equal(claimOf(d, "review the proposals positively")?.speaker, "Kim Min-su");
});

test("an expectation of an addressee's act is a demand; an outcome expected, or a first-person forecast, foresees", () => {
  for (const s of [
    "We expect the Latvian authorities to close the loopholes.",
    "We expect our partners, including Estonia, to close these routes.",
    'Riga expected Tallinn "to speak more clearly" about the smuggling.'
  ])
    assert.equal(classifyClaim(s)?.kind, "recommendation", s);
  // near misses: an outcome, a passive, an observer's or a writer's forecast
  for (const s of [
    "We expect ferry traffic to rise to 3 million passengers.",
    "He expected Latvia to remain in the scheme.",
    "We expect the question to be settled soon.",
    "Analysts expect Latvia to raise its port fees.",
    "I expect Riga to press Tallinn for a new deal."
  ])
    assert.equal(classifyClaim(s)?.kind, "forecast", s);
});

test("a speaker's aside on their own telling advises nothing", () => {
  assert.notEqual(
    classifyClaim("We have never lost a cargo at a Latvian port, I should say, but our clients want a second route.")
      ?.kind,
    "recommendation"
  );
  // near miss: the modal governs the clause
  assert.equal(classifyClaim("We should add a second route to Tallinn.")?.kind, "recommendation");
});
