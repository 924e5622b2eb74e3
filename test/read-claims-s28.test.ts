import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim} from "../src/read/claims.js";
import {analysisPage, claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 28 (issue 10): claims and their speakers. A relative clause whose pronoun is the speaker ("…, X, who said
// …"), a quotation opened after "X said:", "According to the ministry, X said …", "the official" after an unnamed
// official, a speaker with an academic title in apposition, groups that concede or expect, "doubted", "signalled that",
// "For Professor X, …", a person called by the given name, forecasts told by a forecaster's own forecast or a
// possibility with a time to come, and what a thing "does not mean". Every sentence here was written for these tests
// (Baltic and Nordic affairs), with near misses that must keep their reading.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ferries and ports on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );

test("a relative whose pronoun is the speaker, after a person's name, is that person's claim", () => {
  const d = readOk(
    news(
      'The delegation was received in Riga by Latvian President Anna Berzina, who said the ferry link had long been "a symbol of trust" between the two countries.',
      'In Tallinn the visitors met the economy minister, Kristjan Tamm, who told us that Estonia wanted Finnish firms "to stay for the long term".'
    ),
    {}
  );
  assert.equal(claimOf(d, "who said the ferry link")?.speaker, "Anna Berzina");
  assert.equal(claimOf(d, "who told us that Estonia")?.speaker, "Kristjan Tamm");
  // near misses: a relative of another verb, and a noun that names nobody before the pronoun
  const n = readOk(
    news(
      "The treaty was signed by Latvian President Anna Berzina, who arrived in Tallinn on Monday.",
      "The port authority, which said nothing about tariffs, opened the new terminal."
    ),
    {}
  );
  assert.equal(claimOf(n, "who arrived"), undefined);
  assert.equal(voiceOf(n, "who arrived").embedded, undefined);
});

test("a quotation opened after 'X said:' is read without its attribution", () => {
  const d = readOk(
    news(
      'Chair Ozols said: "Estonia has shown that it wants a closer relationship with the Nordic Council. We are ready to help."'
    ),
    {}
  );
  assert.equal(claimOf(d, "Estonia has shown")?.speaker, "Ozols");
  assert.equal(claimOf(d, "Estonia has shown")?.kind, "assessment");
  // near miss: a quoted act of the speaker's side, told in the past, states no view
  const n = readOk(news('Chair Ozols said: "We signed the ferry treaty in Tallinn on Monday.'), {});
  assert.equal(claimOf(n, "We signed the ferry treaty"), undefined);
});

test("'According to the ministry, X said …': the clause's own subject says it", () => {
  const d = readOk(
    news(
      "Foreign Minister Kristjan Tamm visited Riga on Monday.",
      'According to the Latvian Foreign Ministry, Tamm said Estonia welcomed Latvian investment "without conditions".'
    ),
    {}
  );
  assert.equal(voiceOf(d, "According to the Latvian").speaker, "Kristjan Tamm");
  // near misses: a figure the ministry gives; a pronoun after the source keeps the earlier reading
  const n = readOk(news("According to the Latvian Foreign Ministry, trade grew by 5% last year."), {});
  assert.equal(voiceOf(n, "trade grew").speaker, "the Latvian Foreign Ministry");
});

test("'The official also said' is the unnamed official who spoke just before", () => {
  const d = readOk(
    news(
      'A senior Latvian Foreign Ministry official said Baltic states were "looking for options other than Russia".',
      "The official also said, however, that Riga would not offer the kind of large loans that Oslo provides."
    ),
    {}
  );
  const c = claimOf(d, "The official also said");
  assert.equal(c?.speaker, "A senior Latvian Foreign Ministry official");
  // (the connective set off after the verb is the narration's: what is said foresees)
  assert.equal(c?.kind, "forecast");
  // near miss: a named official spoke since; "the official" is not the unnamed one
  const n = readOk(
    news(
      'A senior Latvian Foreign Ministry official said Baltic states were "looking for options other than Russia".',
      'Deputy Foreign Minister Kristjan Tamm said Estonia was "not in a hurry".',
      "The official also said that Riga would not offer large loans."
    ),
    {}
  );
  assert.notEqual(voiceOf(n, "The official also said").speaker, "A senior Latvian Foreign Ministry official");
});

test("a speaker with an academic title in apposition, and a title before the name, speak by name", () => {
  const d = readOk(
    news(
      "Dr Marta Kalnina, Senior Lecturer in Baltic Politics and convenor of the lecture series, said the visit showed how seriously Tallinn now took Riga.",
      'The Rector, Professor Ilze Berzina, said: "This partnership puts our university at the centre of the region."'
    ),
    {}
  );
  assert.equal(claimOf(d, "said the visit showed")?.speaker, "Marta Kalnina");
  assert.equal(claimOf(d, "This partnership puts")?.speaker, "Ilze Berzina");
});

test("groups that concede or expect, 'doubted' a modal clause, 'signalled that'", () => {
  const d = readOk(
    news(
      "Diplomats in Riga concede that the ferry plan needs care.",
      "Officials in Riga and Tallinn expect the first Baltic-Nordic summit to focus on ports and power lines.",
      "The port's director, Peteris Ozols, spoke at the opening. Ozols doubted the 2027 target could be met without a second berth.",
      'The Latvian government had signalled that the minister was "always available" to meet his Estonian counterpart.'
    ),
    {}
  );
  assert.equal(claimOf(d, "concede that the ferry plan")?.kind, "assessment");
  assert.equal(claimOf(d, "expect the first Baltic-Nordic summit")?.kind, "forecast");
  assert.equal(claimOf(d, "doubted the 2027 target")?.kind, "forecast");
  assert.equal(claimOf(d, "Ozols doubted")?.speaker, "Peteris Ozols");
  assert.ok(claimOf(d, "had signalled that"));
  // near misses: a group's act, a doubt with no clause, a signal that is a noun phrase
  const n = readOk(
    news(
      "Officials in Riga met the Estonian delegation on Monday.",
      "Ozols doubted the figures.",
      "The ministry signalled its approval of the plan."
    ),
    {}
  );
  assert.equal(voiceOf(n, "Officials in Riga met").kind, "narration");
  assert.equal(voiceOf(n, "Ozols doubted").kind, "narration");
  assert.equal(voiceOf(n, "signalled its approval").kind, "narration");
});

test("'For Professor X, …' with the person's words quoted is the person's view", () => {
  const d = readOk(
    news(
      'For professor Liisa Tamm, who teaches international relations at the University of Tartu, the Nordic presence in Riga is "more symbolic than economic" for now.'
    ),
    {}
  );
  assert.equal(claimOf(d, "more symbolic")?.speaker, "Liisa Tamm");
  // near misses: a state after "For", and a person without quoted words
  const n = readOk(
    news(
      'For Latvia, the ferry deal with Estonia is "a good one" for the ports of Riga and Ventspils.',
      "For Liisa Tamm, the summer began with a trip to Riga."
    ),
    {}
  );
  assert.notEqual(voiceOf(n, "For Latvia, the ferry").speaker, "Latvia");
  assert.equal(voiceOf(n, "the summer began").kind, "narration");
});

test("a person called by the given name after the full name, and by 'Mr' with the surname, is the full name", () => {
  const d = readOk(
    news(
      "Foreign Minister Somchai Rattanakorn met his Latvian counterpart in Riga on Monday.",
      '"The ferry is a bridge between our peoples," Mr Somchai told reporters.',
      '"We have been absent from the Baltic for too long," Mr Rattanakorn said.'
    ),
    {}
  );
  assert.equal(claimOf(d, "The ferry is a bridge")?.speaker, "Somchai Rattanakorn");
  assert.equal(claimOf(d, "absent from the Baltic")?.speaker, "Somchai Rattanakorn");
});

test("a forecaster's own forecast and a possibility bound to a time to come foresee", () => {
  for (const t of [
    "We keep our 2026 growth forecast at 3.1% but see more downside than upside.",
    "The bank raised its inflation forecast for Latvia.",
    "Direct ferries to Helsinki are realistic within a year or two.",
    "I am sure that we can double this trade within three years.",
    "Riga could become the region's main port by 2030."
  ])
    assert.equal(classifyClaim(t)?.kind, "forecast", t);
  for (const t of [
    // a means after "by", a forecast told as past record, ability now
    "The new terminal can be reached by the coastal road, which is a poor one.",
    "Our forecast for 2023 was wrong, and the port is worse for it."
  ])
    assert.notEqual(classifyClaim(t)?.kind, "forecast", t);
});

test("what a thing does not mean, in the present, is a judgement of it", () => {
  const d = readOk(
    news("The memorandum does not commit either side to a contract, a port spokesperson told reporters."),
    {}
  );
  assert.equal(claimOf(d, "does not commit either side")?.kind, "assessment");
  const a = readOk(analysisPage("The new permit system does not mean that Latvia is joining the sanctions."), {});
  assert.equal(claimOf(a, "does not mean that Latvia")?.kind, "assessment");
  // near misses: a past refusal told; the narration of a news page
  const n = readOk(
    news(
      'Tamm said Estonia would "study the request" but did not commit to a date.',
      "Inclusion of an event in this diary does not mean the agency will cover it."
    ),
    {}
  );
  assert.equal(claimOf(n, "Inclusion of an event"), undefined);
});
