import assert from "node:assert/strict";
import {test} from "node:test";
import {analysisPage, claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 25 (issue 10): a quotation credited to a role or a pronoun is the person the text named with that office
// before ("the Head of Government", "the Minister", "the minister" after "X, Minister of Y,"), or the publication a
// sentence before named ("it says"); the writer's hypothetical ("That would not amount to recognition.") assesses, and
// "I would be surprised if …" foresees. Sentences written for these tests.

const news = (...paragraphs: string[]) =>
  ["Danube states sign river pact", "", "VIENNA, 12 May 2025 (Danube Wire) -", "", ...paragraphs].join("\n\n");

test("'the Head of Government' is the prime minister named before, not a body of the government", () => {
  const d = readOk(
    news(
      "Prime Minister of Moldova Dorin Recean, who is in Vienna on a working visit, met the Austrian chancellor today.",
      '"The river is our shared road to Europe, and Austria is our key partner on it," the Head of Government said at the press conference.'
    ),
    {}
  );
  assert.equal(voiceOf(d, "shared road").speaker, "Dorin Recean");
  assert.equal(claimOf(d, "shared road")?.speaker, "Dorin Recean");
});

test("near miss: 'the Government' speaking is the government, as written", () => {
  const d = readOk(
    news(
      "Prime Minister of Moldova Dorin Recean met the Austrian chancellor today.",
      '"The agreement is a step towards a common navigation regime," the Government said in a statement.'
    ),
    {}
  );
  assert.notEqual(voiceOf(d, "common navigation regime").speaker, "Dorin Recean");
});

test("a capitalised office after 'the' and an office in apposition name the person named before", () => {
  const d = readOk(
    news(
      "Ana Ionescu-Vidal, Minister of Transport and Infrastructure, opened the session at the ministry, where delegations from six states reviewed tariffs.",
      '"Our ports are the shortest door to the sea for our neighbours, and we intend to keep that door open," the minister said in her opening remarks.',
      'In her address, Ms Ionescu-Vidal said that the river was the region\'s cheapest route. "Our strengths complement each other, and there is no limit to what we can do together," the Minister said.'
    ),
    {}
  );
  assert.equal(voiceOf(d, "shortest door").speaker, "Ana Ionescu-Vidal");
  assert.match(claimOf(d, "no limit to what")?.speaker ?? "", /Ionescu-Vidal$/);
});

test("near miss: a place before 'the President' in apposition is nobody", () => {
  const d = readOk(
    news(
      'In Vienna, the President of the Danube Commission opened the session. "The river does not wait for treaties," the President said.'
    ),
    {}
  );
  assert.notEqual(voiceOf(d, "does not wait").speaker, "In Vienna");
});

test("'it says' after a publication named as a subject is that publication's", () => {
  const d = readOk(
    news(
      'Opposition website Dunarea Libera is sceptical, noting that Vienna has ignored similar requests since 2020. "Chisinau asks politely, Vienna nods politely, and nothing changes," it says.'
    ),
    {}
  );
  assert.equal(voiceOf(d, "nods politely").speaker, "Dunarea Libera");
  assert.equal(claimOf(d, "nods politely")?.speaker, "Dunarea Libera");
});

test("near miss: 'it says' with no publication before speaks for nobody", () => {
  const d = readOk(news('The river rose again on Monday. "Chisinau asks politely, and nothing changes," it says.'), {});
  assert.equal(voiceOf(d, "asks politely").speaker, undefined);
});

test("'X confirmed that …, the ministry said': the view is X's, the ministry only reports it", () => {
  const d = readOk(
    news(
      "Austria's Foreign Minister Beate Meinl had a telephone conversation with Moldova's Foreign Minister Mihai Popsoi on Tuesday.",
      "Popsoi, for his part, confirmed that Moldova respected the navigation rules of the river commission, the ministry said."
    ),
    {}
  );
  assert.equal(voiceOf(d, "respected the navigation").speaker, "Mihai Popsoi");
});

test("a parliamentarian's title before the name is no name of its own", () => {
  const d = readOk(
    news(
      '"We speak of partnership, but our trade with the whole river basin is smaller than our trade with Luxembourg," said Green parliamentarian Ida Brunner-Lenz.'
    ),
    {}
  );
  assert.equal(voiceOf(d, "smaller than our trade").speaker, "Ida Brunner-Lenz");
});

test("the writer's hypothetical in an analysis is an assessment, a date in its relative clause aside", () => {
  const d = readOk(
    analysisPage(
      "That would not amount to recognition, and it would create a habit of talking. In this sequence, a river treaty would look like a choice. Moscow would prefer to see Moldova move from observer status, which it has held since 2020, to full membership."
    ),
    {}
  );
  for (const q of ["would not amount to recognition", "would look like a choice", "would prefer to see Moldova"]) {
    assert.equal(claimOf(d, q)?.kind, "assessment", q);
    assert.equal(claimOf(d, q)?.speaker, "Jane Roe", q);
  }
});

test("near misses: a reported future, a 'would' only in a relative clause, a signpost, a dated main clause", () => {
  const d = readOk(
    analysisPage(
      "On 24 October the minister's spokesman announced that Moldova would not accept the offer for now. In October the parliament debated a bill that would have banned river tolls. Three steps would help. In 2020 the port would close every winter."
    ),
    {}
  );
  for (const q of [
    "would not accept the offer",
    "would have banned",
    "Three steps would help",
    "would close every winter"
  ])
    assert.equal(claimOf(d, q)?.speaker === "Jane Roe" ? claimOf(d, q) : undefined, undefined, q);
});

test("'I would be surprised if …' foresees, in the writer's words and in a quotation", () => {
  const d = readOk(
    analysisPage(
      "The president visited Vienna in February, but I would be surprised if any large deal is signed there before 2027."
    ),
    {}
  );
  assert.equal(claimOf(d, "before 2027")?.kind, "forecast");
  assert.equal(claimOf(d, "before 2027")?.speaker, "Jane Roe");
  const q = readOk(
    news(
      '"I would be surprised to see the first barge loaded before 2028," said Petra Holm, an analyst at the Danube Institute.'
    ),
    {}
  );
  assert.equal(claimOf(q, "first barge")?.kind, "forecast");
  assert.equal(claimOf(q, "first barge")?.speaker, "Petra Holm");
});

test("near miss: surprise at what happened is no forecast", () => {
  const d = readOk(
    analysisPage("The ministers were surprised by the vote, and the chancellor was surprised to see them leave."),
    {}
  );
  assert.notEqual(claimOf(d, "surprised by the vote")?.kind, "forecast");
});

test("a vague share of a whole as the subject, and a denied choice with its alternative after a semicolon, judge", () => {
  const d = readOk(
    analysisPage(
      "Much of the €2 billion is repackaged. Of the money announced in Vienna, only a small share has reached signed contracts. The river states do not choose between these partners; they collect them."
    ),
    {}
  );
  for (const q of ["Much of the €2 billion", "only a small share", "they collect them"]) {
    assert.equal(claimOf(d, q)?.kind, "assessment", q);
    assert.equal(claimOf(d, q)?.speaker, "Jane Roe", q);
  }
});

test("near misses: a named part of a whole, and 'much of' inside the sentence", () => {
  const d = readOk(
    analysisPage(
      "Most of the grain goes through the port of Giurgiulesti. The money will go to ports and locks, much of it through the river commission."
    ),
    {}
  );
  assert.equal(claimOf(d, "Most of the grain"), undefined);
  assert.equal(claimOf(d, "much of it through"), undefined);
});

test("a broadcast's sound bite is the labelled person's, sentence by sentence", () => {
  const d = readOk(
    news(
      "The two presidents signed six agreements on river transport.",
      '[Soundbite] Petra Holm / Danube Institute : "Vienna already controls most of the traffic. If Chisinau wants a real foothold, it has to move faster."'
    ),
    {}
  );
  assert.equal(voiceOf(d, "already controls").speaker, "Petra Holm");
  assert.equal(claimOf(d, "has to move faster")?.speaker, "Petra Holm");
  assert.equal(claimOf(d, "has to move faster")?.kind, "recommendation");
});

test("near miss: a bracketed tag with places, not a person, before a quotation names nobody", () => {
  const d = readOk(
    news(
      "The two presidents signed six agreements on river transport.",
      '[Update] Vienna / Chisinau : "The river is open again to barges of every flag."'
    ),
    {}
  );
  assert.notEqual(voiceOf(d, "open again")?.rule, "sound-bite");
  assert.notEqual(voiceOf(d, "open again")?.speaker, "Vienna");
});

test("a consultant is heard for a view: an undated reported clause of theirs is an assessment", () => {
  const d = readOk(
    news(
      "Dr Ana Rusu, a logistics consultant based in Galati, said the corridor still depended on Ukraine's ports, whose cranes remained idle."
    ),
    {}
  );
  assert.equal(claimOf(d, "still depended")?.speaker, "Ana Rusu");
  assert.equal(claimOf(d, "still depended")?.kind, "assessment");
});
