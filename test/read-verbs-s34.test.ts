/**
 * The article reader's event codes, session 34 (issue 10: acts with both sides named that the reader did not read or
 * read the wrong way round): a passive's agent named past the verb's place or time ("was received in Santiago by
 * President X", "was welcomed at the airport by X") is the host, as in "was received by X"; a bare note handed to
 * another state's envoy, embassy, mission or ministry is an official complaint (114), as a note of protest is. Every
 * sentence here is our own, with states no fixture pairs this way (Peru, Chile, Bolivia); each rule comes with near
 * misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A sentence's events read as the body of a dated report (its first line a title). */
const read = (sentence: string) => readEvents(`Andean report\n\n${sentence}\n`).sort();

test("a passive's host named past the place or the time receives the guest", () => {
  assert.deepEqual(read("The Peruvian minister was received in Santiago by Chilean President Gabriel Boric."), [
    "CHL>PER 043 2024-05-20"
  ]);
  assert.deepEqual(
    read("The Peruvian minister was received at the presidential palace by Chilean President Gabriel Boric."),
    ["CHL>PER 043 2024-05-20"]
  );
  assert.deepEqual(read("The Peruvian minister was welcomed at the airport by the Chilean foreign minister."), [
    "CHL>PER 043 2024-05-20"
  ]);
  assert.deepEqual(read("The Peruvian delegation was hosted in Santiago by the Chilean foreign minister."), [
    "CHL>PER 043 2024-05-20"
  ]);
  // (past the host's title before the name)
  assert.deepEqual(read("The Peruvian minister was received in Santiago by President Gabriel Boric of Chile."), [
    "CHL>PER 043 2024-05-20"
  ]);
  // (as before: the agent right after the participle)
  assert.deepEqual(read("The Peruvian minister was received by Chilean President Gabriel Boric."), [
    "CHL>PER 043 2024-05-20"
  ]);
});

test("near misses of a passive's host: no agent, an agent in another clause, a crowd, a journey's place", () => {
  // (received in a place with no host named: the guest's visit there, as before)
  assert.deepEqual(read("The Peruvian minister was received in Santiago on a state visit."), [
    "PER>CHL 042 2024-05-20"
  ]);
  // (a participle past a comma names no host)
  assert.deepEqual(read("The Peruvian minister was received in Santiago, accompanied by Bolivian businessmen."), [
    "PER>CHL 042 2024-05-20"
  ]);
  // (a crowd is no host: "by" before a noun that is no determiner or adjective)
  assert.deepEqual(read("The Peruvian minister was received in Santiago by a crowd of Bolivian students."), [
    "PER>CHL 042 2024-05-20"
  ]);
});

test("a bare note handed to another state's envoy, embassy, mission or ministry is an official complaint", () => {
  assert.deepEqual(read("Peru's ambassador handed a note to the Chilean foreign ministry."), [
    "PER>CHL 114 2024-05-20"
  ]);
  assert.deepEqual(
    read(
      "The Peruvian foreign ministry had handed the Chilean ambassador a note over the treatment of Peruvian citizens."
    ),
    ["PER>CHL 114 2024-05-20"]
  );
  assert.deepEqual(read("Peru delivered a note to the Chilean embassy in Lima."), ["PER>CHL 114 2024-05-20"]);
  // (a note of protest to the head of a mission, past his title)
  assert.deepEqual(
    read("The Peruvian foreign ministry handed a note of protest to the head of the Chilean diplomatic mission."),
    ["PER>CHL 114 2024-05-20"]
  );
});

test("near misses of a note: one that asks, thanks or informs, a note verbale, an exchange of notes, no office", () => {
  assert.deepEqual(read("Peru sent a note to the Chilean embassy requesting the evidence."), []);
  assert.deepEqual(read("Peru handed the Chilean ambassador a note of thanks."), []);
  assert.deepEqual(read("Peru handed a note verbale to the Chilean embassy."), []);
  assert.deepEqual(read("Peru handed a note to the Chilean embassy informing it of the new rules."), []);
  // (a note to a person who holds no envoy's or ministry's office, or to a state named bare)
  assert.deepEqual(read("The Peruvian minister handed a note to the Chilean president."), []);
  assert.deepEqual(read("Peru handed a note to Chile."), []);
  // (an exchange of notes is a signing, as before)
  assert.deepEqual(read("Peru and Chile signed an exchange of notes on the loan."), [
    "CHL>PER 057 2024-05-20",
    "PER>CHL 057 2024-05-20"
  ]);
});
