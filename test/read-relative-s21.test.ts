/**
 * A relative clause with no pronoun of its own (issue 10, session 21; src/read/clauses.ts): "praised Astana for the
 * rules it introduced in 2023", "welcomed the deal they signed in 2019" — the clause's subject a personal pronoun, its
 * verb a past tense right after the noun. The clause's time is its own act's, not the main act's. Every sentence our
 * own (the Baltic states); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {clausesOfText} from "../src/read/clauses.js";
import {readEvents} from "./helpers/events.js";

const relatives = (s: string) =>
  clausesOfText(s)
    .filter((c) => c.kind === "relative")
    .map((c) => s.slice(c.start, c.end));

test("clausesOfText: a noun then a pronoun and a past verb opens a relative clause", () => {
  assert.deepEqual(relatives("Latvia praised Estonia for the rules it introduced in 2023."), ["it introduced in 2023"]);
  assert.deepEqual(relatives("Riga welcomed the border treaty they signed last year."), ["they signed last year"]);
  // near misses: a time noun ("last week they signed"), a noun of saying, no verb before the noun, a present tense
  assert.deepEqual(relatives("Latvia praised Estonia last week they signed a deal."), []);
  assert.deepEqual(relatives("In the statement it said the talks went well."), []);
  assert.deepEqual(relatives("The rules it introduced in 2023 work well."), []);
  assert.deepEqual(relatives("Latvia praised the rules it introduces every year."), []);
});

test("an act told around such a clause is not dated by the clause's time", () => {
  assert.deepEqual(readEvents("Latvia praised Estonia for the rules it introduced in 2023."), [
    "LVA>EST 051 2024-05-20"
  ]);
  // near miss: a time of the act itself, before the clause
  assert.deepEqual(readEvents("In March Latvia praised Estonia for the rules it introduced."), [
    "LVA>EST 051 2024-03-01"
  ]);
});
