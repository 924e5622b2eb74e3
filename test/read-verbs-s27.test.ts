/**
 * The article reader's event codes, session 27 (issue 10: acts whose verb went unread although both sides are named).
 * Every sentence here is our own, with states no fixture pairs this way (Peru, Chile, Bolivia, Ecuador, Japan, Laos);
 * each rule comes with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A sentence's events read as the body of a dated report (its first line a title). */
const read = (sentence: string) => readEvents(`Andean report\n\n${sentence}\n`).sort();

test("a finite verb after 'and' past an infinitive is the governing verb's subject's act", () => {
  // (English: an infinitive takes no past or third person's form, so "… to open its market and assured …" joins
  // "assured" to "asked", whose subject is Chile; the infinitive's subject, Peru, does not assure)
  assert.deepEqual(read("Chile asked Peru to open its market and assured Bolivia that it would help."), [
    "CHL>BOL 030 2024-05-20",
    "CHL>PER 020 2024-05-20"
  ]);
  assert.deepEqual(read("Chile urged Peru to act and warned Bolivia against delay."), [
    "CHL>BOL 130 2024-05-20",
    "CHL>PER 020 2024-05-20"
  ]);
  // (a proposal with no addressee of its own goes to the governing verb's other side, not to another occasion's)
  assert.deepEqual(read("Chile asked Peru to open its market and proposed a joint working group."), [
    "CHL>PER 020 2024-05-20",
    "CHL>PER 030 2024-05-20"
  ]);
  // Near misses: a bare form stays in the infinitive (what Peru is asked to do is no act), a coordinated clause with
  // its own new subject keeps it, two finite verbs share their subject as before.
  assert.deepEqual(read("Chile asked Peru to open its market and lower tariffs on Bolivia."), [
    "CHL>PER 020 2024-05-20"
  ]);
  assert.deepEqual(read("Chile asked Peru to open its market, and Bolivia warned Ecuador."), [
    "BOL>ECU 130 2024-05-20",
    "CHL>PER 020 2024-05-20"
  ]);
  assert.ok(read("Chile criticized Peru and praised Bolivia.").includes("CHL>BOL 051 2024-05-20"));
});

test("an adjective that is also a verb between a verb of holding and its noun is the noun's ('held separate meetings')", () => {
  assert.deepEqual(read("Peru held separate meetings in Lima with the foreign ministers of Chile and Bolivia."), [
    "BOL>PER 046 2024-05-20",
    "CHL>PER 046 2024-05-20",
    "PER>BOL 046 2024-05-20",
    "PER>CHL 046 2024-05-20"
  ]);
  assert.deepEqual(read("Peru held direct talks with Chile."), ["CHL>PER 046 2024-05-20", "PER>CHL 046 2024-05-20"]);
  // (the place of the meetings is no side when "with" names whom later in the clause; a day in brackets after the
  // weekday, "on Saturday (5)", is the date's, no break of the clause)
  assert.deepEqual(read("Peru held meetings on Saturday (18) in Lima with Chile."), [
    "CHL>PER 046 2024-05-18",
    "PER>CHL 046 2024-05-18"
  ]);
  // Near misses: a verb before an infinitive's bare form ("helped open markets"), "held open" before a determiner.
  assert.deepEqual(read("Peru helped open markets in Chile."), []);
  assert.deepEqual(read("Peru held open the door to Chile."), []);
});

test("an object relative with no pronoun and a named subject tells its own act ('the agreement Peru signed with Chile')", () => {
  assert.deepEqual(read("The trade agreement Peru signed with Chile in March 2023 has doubled exports."), [
    "CHL>PER 057 2023-03-01",
    "PER>CHL 057 2023-03-01"
  ]);
  // (a relative about a third party is that party's act, not the main verb's subject's)
  assert.deepEqual(read("Chile welcomed the loan Japan gave to Laos in March."), [
    "CHL>JPN 051 2024-05-20",
    "JPN>LAO 071 2024-03-01"
  ]);
  // Near misses: a negated clause ("a ban that was not extended"), a phrase opening the sentence after a
  // preposition (the main clause's subject follows it), a noun of no paper, aid or measure.
  assert.deepEqual(read("The ban Peru never extended to Chile expired in May."), []);
  assert.deepEqual(read("At the talks Peru signed nothing with Chile."), []);
  assert.deepEqual(read("The week Peru spent with Chile ended well."), []);
});

test("a state that accepts another's envoy cooperates with it (050), as CAMEO 2.0 codes an envoy sent or appointed", () => {
  assert.deepEqual(read("Peru accepted a Chilean envoy in March."), ["PER>CHL 050 2024-03-01"]);
  assert.deepEqual(read("Peru accepted a new Chilean ambassador in 2022."), ["PER>CHL 050 2022-01-01"]);
  // Near misses: a refusal (a rejection, 120, not the cooperation), an award accepted by an ambassador.
  assert.deepEqual(read("Peru refused to accept a Chilean envoy."), ["PER>CHL 120 2024-05-20"]);
  assert.deepEqual(read("The Chilean ambassador accepted an award from a Lima university."), []);
});

test("a partitive before the aid or goods stopped is no break between the verb and its noun ('suspended parts of its aid')", () => {
  assert.deepEqual(read("Japan suspended parts of its assistance to Laos over the election."), [
    "JPN>LAO 162 2024-05-20"
  ]);
  assert.deepEqual(read("Peru halted part of its gas exports to Chile."), ["PER>CHL 163 2024-05-20"]);
  // Near misses: a partitive of something else, the subject's own goods.
  assert.deepEqual(read("Peru suspended some of the flights of its airlines."), []);
  assert.deepEqual(read("Peru halted part of its own gas exports."), []);
});

test("asking someone to convey greetings is a courtesy, no request", () => {
  assert.deepEqual(
    read("Peru invited the Chilean minister to visit Lima and asked him to convey his greetings to President Boric."),
    ["PER>CHL 036 2024-05-20"]
  );
  assert.deepEqual(read("Peru asked Chile to pass on its regards to Bolivia."), []);
  // Near miss: a message of substance passed on is a request as before.
  assert.deepEqual(read("Peru asked Chile to convey its concerns to Bolivia."), ["PER>CHL 020 2024-05-20"]);
});
