/**
 * The article reader's event codes, session 29 (issue 10: acts told by the noun of their deciding, a flow phased out, a
 * round of talks, a visit whose visitor is named after the place). Every sentence here is our own, with states no
 * fixture pairs this way (Peru, Chile, Bolivia, Paraguay); each rule comes with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A sentence's events read as the body of a dated report (its first line a title). */
const read = (sentence: string) => readEvents(`Andean report\n\n${sentence}\n`).sort();

test("a decision told by its noun is the decided act, by the decider, at the decision's time", () => {
  // ("X's decision <time> to V": X V-ed, at that time)
  assert.deepEqual(read("Chile's decision in March to lift the ban on imports of Peruvian beef pleased Lima."), [
    "CHL>PER 081 2024-03-01"
  ]);
  // ("the decision of X and Y to V <time>": each decider)
  assert.ok(
    read(
      "The decision of Bolivia and Paraguay last year to lift the ban on imports of Peruvian beef surprised Lima."
    ).includes("BOL>PER 081 2023-01-01")
  );
  // (a flow phased out is stopped: "phase out imports of Y's gas")
  assert.deepEqual(read("Chile's decision in December to phase out all imports of Peruvian gas by 2030 hurt Lima."), [
    "CHL>PER 163 2023-12-01"
  ]);
  // (a decision not to accept an offer declines it)
  assert.deepEqual(
    read("Peru's decision last month not to accept an offer of observer status from Chile surprised diplomats."),
    ["PER>CHL 127 2024-04-01"]
  );
});

test("near misses of a decision told by its noun", () => {
  // (no decider named: "a decision", "a neighbour's")
  assert.deepEqual(read("A decision in December to phase out all imports of Peruvian gas hurt Lima."), []);
  assert.deepEqual(read("A neighbour's decision in December to phase out imports of Peruvian gas hurt Lima."), []);
  // (a determiner that makes it no decision taken: "any decision by X", and papers adopted: "decisions")
  assert.deepEqual(read("Any decision by Chile to phase out imports of Peruvian gas would hurt Lima."), []);
  assert.deepEqual(read("Chile's decisions to phase out imports of Peruvian gas were criticised."), []);
  // (an infinitive that names no act toward another side)
  assert.deepEqual(read("Chile's decision to keep its embassy in Lima open was praised."), []);
  // (no infinitive: what the decision was about)
  assert.deepEqual(read("Chile's decision on the price of Peruvian gas in March pleased Lima."), []);
});

test("a flow phased out is a curb; a phase-out still to come or of one's own is none", () => {
  assert.deepEqual(read("Chile phased out imports of Peruvian gas in 2023."), ["CHL>PER 163 2023-01-01"]);
  assert.deepEqual(read("Chile will phase out imports of Peruvian gas by 2030."), []);
  assert.deepEqual(read("Chile phased out its own coal plants in 2023."), []);
});

test("a round of talks is no sport's round", () => {
  assert.deepEqual(read("Peru and Chile held their third round of political consultations in Lima on Tuesday."), [
    "CHL>PER 040 2024-05-14",
    "PER>CHL 040 2024-05-14"
  ]);
  // (the sport's phrase still discards its sentence)
  assert.deepEqual(
    read("A Peruvian tennis player beat a Chilean rival to reach the third round in Lima on Tuesday."),
    []
  );
});

test("a visit to X by Y names its visitor after the place", () => {
  assert.deepEqual(read("The first visit to Chile by a Peruvian president took place in May 2023."), [
    "PER>CHL 042 2023-05-01"
  ]);
  // (not "by" a means of travel, nor "by" after a time between)
  assert.deepEqual(read("A visit to Chile by boat took Peruvian officials two days in May 2023."), []);
});

test("a sanctions waiver revoked or withdrawn applies the sanctions again; a ban revoked is still an easing", () => {
  assert.deepEqual(read("Chile revoked a sanctions waiver for Peru's port in September."), ["CHL>PER 163 2023-09-01"]);
  assert.deepEqual(read("Chile withdrew the sanctions waiver for Peru's port in September."), [
    "CHL>PER 163 2023-09-01"
  ]);
  assert.deepEqual(read("Chile revoked the ban on imports from Peru in September."), ["CHL>PER 081 2023-09-01"]);
  assert.deepEqual(read("Chile withdrew its troops from Peru in 2021."), ["CHL>PER 0874 2021-01-01"]);
});

test("a visit to X by Y put off at a side's request keeps its reading of who put it off", () => {
  // (the visitor named after the place is no party to the putting off: the requester is)
  const events = read(
    "A planned visit to Lima by a Chilean trade delegation last month was postponed at the Peruvian side's request."
  );
  assert.ok(!events.some((e) => /^CHL>PER 16/.test(e)), events.join(" | "));
});
