import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim, judgementCue} from "../src/read/claims.js";
import {eventCoder} from "./helpers/events.js";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 32 (issue 10): who says a claim in a readout and what it judges. The two sides of a meeting told as one
// speaker ("The two ministers shared the view that …", "both leaders stressed …") speak as "the Sides" of a joint
// statement do; "expressed his belief that X would …" foresees as "expressed confidence that" does, also after an
// apposition to the first verb's object ("welcomed the visit, the first by …, and expressed his belief that …");
// "stressed the need for / to" advises as "stressed the need of" did; "unacceptable", "unjustified", "regrettable",
// "unfounded" judge. Every sentence here was written for these tests, with near misses.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ferries and ports on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );

test("the two sides of a meeting speak together: a shared view, a stressed need", () => {
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina received Estonian Foreign Minister Margus Tsahkna in Riga on Monday.",
      "The two Ministers shared the view that any attempt to close the Baltic sea lanes by force is unacceptable.",
      "During the talks, both ministers stressed the need for a permanent ferry link between Riga and Tallinn.",
      "The two ministers agreed to hold the next round of consultations in Tallinn in the autumn."
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(d, "shared the view").speaker, "the two Ministers");
  assert.equal(claimOf(d, "shared the view")?.kind, "assessment");
  assert.equal(voiceOf(d, "stressed the need").speaker, "both ministers");
  assert.equal(claimOf(d, "stressed the need")?.kind, "recommendation");
  // near miss: an agreement to meet is an act, no claim of theirs
  assert.equal(claimOf(d, "agreed to hold"), undefined);
});

test("a pair that is no meeting's sides speaks as before", () => {
  const d = readOk(
    news(
      "Two ferries left Riga on Monday.",
      "The two ships said nothing of the delay, the port reported.",
      "Both companies run ferries to Helsinki."
    ),
    {coder: eventCoder}
  );
  // ("the two ships", "both companies" are no sides of a meeting)
  assert.notEqual(voiceOf(d, "The two ships").speaker, "The two ships");
  assert.equal(claimOf(d, "Both companies"), undefined);
});

test("an expressed belief that a side would act foresees, after an apposition to the first verb's object too", () => {
  const d = readOk(
    news(
      "Estonian Prime Minister Kristen Michal met the Latvian foreign minister in Tallinn on Tuesday.",
      "PM Michal welcomed the visit, the first by a Latvian foreign minister in three years, and expressed his belief that it would give a new impetus to the ferry trade.",
      "PM Michal welcomed the visit, the first in three years, and signed a memorandum on ferries."
    ),
    {coder: eventCoder}
  );
  const c = claimOf(d, "expressed his belief");
  assert.equal(c?.kind, "forecast");
  assert.equal(c?.speaker, "PM Michal");
  // near miss: a second act after the apposition is no speech
  assert.equal(claimOf(d, "signed a memorandum"), undefined);
  assert.equal(
    classifyClaim("The minister expressed his belief that the ferry line would double the trade.")?.kind,
    "forecast"
  );
});

test("stressing the need for or to an act advises; noting a need that exists does not", () => {
  for (const s of [
    "The ministers stressed the need for an early opening of the ferry line.",
    "She emphasised the urgent need to dredge the port of Ventspils.",
    "They underlined the need to protect the sea lanes."
  ])
    assert.equal(classifyClaim(s)?.kind, "recommendation", s);
  // near miss: a need told as a fact of the market
  assert.notEqual(classifyClaim("The port meets the need for more berths in summer.")?.kind, "recommendation");
});

test("words of a verdict on conduct judge: unacceptable, unjustified, regrettable, unfounded", () => {
  for (const s of [
    "Any attempt to close the sea lanes is unacceptable.",
    "There were cases of unjustified treatment of Latvian seafarers.",
    "The delay was regrettable.",
    "The ministry rejected the accusations as unfounded."
  ])
    assert.ok(judgementCue(s), s);
  // near miss: a neutral word beside them judges nothing
  assert.equal(judgementCue("The ferry left the port on time."), undefined);
});

test("a group placed by a capital speaks in a relative of saying; the place is never the speaker", () => {
  const d = readOk(
    news(
      "Latvia proposed doubling the ferry traffic within three years, a target that officials in Tallinn privately describe as ambitious.",
      "The port handled two million tonnes, a figure that shippers in Riga describe as stable.",
      "Latvia doubled the ferry traffic, a target that ports in Tallinn reached last year."
    ),
    {coder: eventCoder}
  );
  const c = claimOf(d, "privately describe as ambitious");
  assert.equal(c?.speaker, "officials");
  assert.equal(c?.kind, "assessment");
  // (a group whose noun the speakers' lists lack keeps its noun, never the place as a person)
  assert.equal(claimOf(d, "describe as stable")?.speaker, "shippers");
  // near miss: a placed group's relative that tells an act says nothing
  assert.equal(claimOf(d, "reached last year"), undefined);
});

test("an unnamed official's ministry with its field in lower case is part of the speaker", () => {
  const d = readOk(
    news(
      "The Latvian minister arrived in Tallinn on Monday.",
      '"Tallinn is a port where every ferry line can call," a senior official at the Estonian foreign ministry told reporters.',
      '"The new berth is a good start," a senior official at the port told reporters.'
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "every ferry line")?.speaker, "a senior official at the Estonian foreign ministry");
  // near miss: a place that is no ministry keeps its own reading
  assert.notEqual(claimOf(d, "new berth")?.speaker, "a senior official at the Estonian foreign ministry");
});

test("the two ministers are the two people heard before, in the order the text names them", () => {
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina received Estonian Foreign Minister Margus Tsahkna in Riga on Monday.",
      "Minister Berzina said the ferry talks were productive.",
      "Minister Tsahkna said Tallinn welcomed the proposal.",
      "The two ministers shared the view that any attempt to close the sea lanes is unacceptable."
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(d, "shared the view").speaker, "Berzina and Tsahkna");
  // near miss: with one person heard, the pair speaks as written
  const e = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina received Estonian Foreign Minister Margus Tsahkna in Riga on Monday.",
      "Minister Berzina said the ferry talks were productive.",
      "The two ministers shared the view that any attempt to close the sea lanes is unacceptable."
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(e, "shared the view").speaker, "the two ministers");
});
