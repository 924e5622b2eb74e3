import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim, isSchedule} from "../src/read/claims.js";
import {courtesyCall} from "../src/read/claims-courtesy.js";
import {eventCoder} from "./helpers/events.js";
import {claimOf, readOk} from "./helpers/read.js";

// Session 34 (issue 10): what is no claim. A visitor's call on an office holder ("called on Prime Minister X at
// Government House") asks nothing. Every sentence here was written for these tests (ferries and harbours of our own),
// with near misses that must keep their reading.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ferries and ports on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );

test("a call on an office holder with nothing asked is a visit, no recommendation", () => {
  for (const t of [
    "The Latvian minister also called on Prime Minister Kristen Michal at Stenbock House.",
    "Later, Berzina called on the Foreign Adviser, Dr. Mart Kask, at his office.",
    "She called on Estonian Prime Minister Kristen Michal, who welcomed the plan of the ferry line to sail all year.",
    "Berzina called on Foreign Minister Margus Tsahkna, where she handed over an invitation to visit Riga."
  ])
    assert.equal(courtesyCall(t), true, t);
  for (const t of [
    // an appeal names what is asked: "to" and a verb, "for" and a noun
    "Berzina called on Prime Minister Michal to reopen the ferry line.",
    "The minister called on the Estonian ambassador for restraint.",
    "Berzina called on the port authorities to cut harbour dues.",
    "Several unions had called on the Latvian president on Monday to veto the bill.",
    "I call on the Commission to fund a second ferry."
  ])
    assert.equal(courtesyCall(t), false, t);
});

test("a courtesy call gives no claim; an appeal and a second verb of asking keep theirs", () => {
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina arrived in Tallinn on Monday for talks on the ferry link.",
      "Berzina also called on Prime Minister Kristen Michal at Stenbock House.",
      "Berzina called on Prime Minister Kristen Michal to reopen the ferry line before the winter.",
      "She also called on Speaker Lauri Hussar and urged the parliament to ratify the ferry treaty."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "at Stenbock House"), undefined);
  assert.equal(claimOf(d, "to reopen the ferry line")?.kind, "recommendation");
  assert.equal(claimOf(d, "urged the parliament")?.kind, "recommendation");
});

test("a side's announced step (a delegation sent, an office opened, a package presented) is a plan, no forecast", () => {
  for (const t of [
    "She also said that the state ferry company would send a delegation to Tallinn in May.",
    "He said Latvia would open a trade office in Tartu by the end of the year.",
    "The minister announced that Estonia would open an honorary consulate in Liepaja.",
    "The Commission will present a Baltic ferry investment package in June.",
    "Holm said the port authority would fund a new feasibility study for the second berth.",
    "She said Latvia would invite Estonia to a ferry safety conference in the autumn.",
    "The airline said it would launch direct flights between Riga and Turku in April."
  ]) {
    assert.equal(isSchedule(t), true, t);
    assert.equal(classifyClaim(t), undefined, t);
  }
  for (const t of [
    // a figure of speech, an outcome, a refusal, another's act foreseen keep their kinds
    "A summit in Riga would send a stronger signal than another meeting in Brussels.",
    "The new line would open a new route to the Nordic markets, he said.",
    "Ferry traffic will expand by a fifth next year.",
    "He said Latvia would not send a delegation to the ferry summit.",
    "Beijing will offer faster money with fewer questions.",
    "Several ferry operators would open offices in Tartu within a year, according to the minister."
  ])
    assert.notEqual(classifyClaim(t), undefined, t);
});

test("an announced step in a report gives no claim; a view beside it keeps its own", () => {
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina arrived in Tallinn on Monday for talks on the ferry link.",
      "Berzina said Latvia would open a trade office in Tartu before the end of the year.",
      "She also said that the state ferry company would send a delegation to Tallinn in May.",
      "Berzina said the ferry link would double trade between the two countries within five years."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "trade office"), undefined);
  assert.equal(claimOf(d, "send a delegation"), undefined);
  assert.equal(claimOf(d, "double trade")?.kind, "forecast");
});
