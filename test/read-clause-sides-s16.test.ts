/**
 * Sides from the verb's own clause, session 16 (issue 10, src/read/clause-sides.ts): an actor named in another clause
 * of the sentence — a possessor or an object before a finite adverbial clause or a clause-opening pronoun, an actor
 * inside a relative clause that closed before the verb, the next coordinated clause's subject, an actor after the end
 * of the verb's own adverbial clause — is no side of the verb's act. Every sentence here is our own, written for these
 * tests (Nordic, West African, Andean, South-East Asian and East African states, organisations and banks that no
 * fixture pairs this way); each rule is varied along the conditions it tests, with near misses that keep their
 * reading. The coder's output on each sentence is compared whole (`dyads`).
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads} from "./helpers/events.js";

test("a finite adverbial clause's verb takes no possessor or object named before the clause as its subject", () => {
  // (a possessor's state before "as she became the first … to visit": Norway does not visit Iceland)
  assert.deepEqual(
    dyads(
      "The Danish minister criticised Norway's fishing quotas on Monday, as she became the first Danish official to visit Iceland in a decade."
    ),
    ["DNK>NOR 111", "DNK>ISL 042"]
  );
  // Near miss: the main clause's subject before the clause is whom its pronoun means ("unveiled … as she welcomed").
  assert.deepEqual(
    dyads(
      "Chile's president unveiled a port plan on Friday as she welcomed the trade ministers of Peru and Bolivia to Santiago."
    ),
    ["CHL>PER 043", "CHL>BOL 043"]
  );
});

test("a finite adverbial clause's verb takes no object after the clause's end", () => {
  // ("When X met …, Y was among …": Y is the main clause's subject, not met)
  assert.deepEqual(
    dyads("When the ASEAN leaders met in Jakarta in May, Mongolia was among the states invited to observe the talks."),
    ["ASEAN>IDN 040"]
  );
  assert.deepEqual(
    dyads("When the NATO defence ministers met in Vilnius in March, Georgia's bid was left off the programme."),
    []
  );
  // Near miss: the clause's own object stays ("met Chile's foreign minister in Lima").
  assert.deepEqual(
    dyads("When Peru's president met Chile's foreign minister in Lima in June, Bolivia was left off the guest list."),
    ["PER>CHL 040"]
  );
});

test("an actor inside a relative clause that closed before the verb is no side of the verb", () => {
  // ("…, which Nigeria rejected last week, and urged Togo": Nigeria does not urge)
  assert.deepEqual(
    dyads("The envoy praised Ghana's plan, which Nigeria rejected last week, and urged Togo to join it."),
    []
  );
  // Near miss: a relative clause inside the verb's own object may name its other party.
  assert.deepEqual(dyads("Kenya signed up to the pact, the framework that Norway brokered in 2019."), [
    "KEN>NOR 057",
    "NOR>KEN 057"
  ]);
});

test("the subject of the next coordinated clause is not the verb's object, past a relative clause set off by commas", () => {
  // (", and the World Bank, which lent …, has said": the Bank opens the next clause)
  assert.deepEqual(
    dyads(
      "Japan has agreed to fund the port, and the World Bank, which lent Kenya $2 billion in May, has said more money could follow."
    ),
    ["WB>KEN 071"]
  );
  // Near miss: the same bank as the verb's own object.
  assert.deepEqual(dyads("Japan has agreed to fund the port with the World Bank."), ["JPN>WB 031"]);
});

test("a subject pronoun opening a later clause is the verb's subject: an object or possessor before it is not", () => {
  // (", and in June he travelled": a fronted time between the coordinator and the pronoun)
  assert.deepEqual(
    dyads("Brazil hosted envoys of the Chilean senate, and in June he travelled to Peru for a summit."),
    ["BRA>CHL 043"]
  );
  // Near misses (review L5): a pronoun that may mean the person named before keeps that side ("he" and a minister;
  // "it" and a state), and nothing is dropped.
  assert.deepEqual(
    dyads("The Chilean president hosted Brazil's foreign minister on Monday, and on Tuesday he flew to Peru."),
    ["CHL>BRA 043", "BRA>PER 042"]
  );
  assert.deepEqual(dyads("Kenya hosted Uganda's foreign minister on Monday, as he toured Ethiopia."), [
    "KEN>UGA 043",
    "UGA>ETH 042"
  ]);
  // Near miss: a relative clause's own verb keeps the antecedent as its subject and its own object.
  assert.deepEqual(
    dyads(
      "Nepal's premier, who arrived for a state visit to India at the invitation of Indian officials, held talks with his Indian counterpart."
    ),
    ["NPL>IND 042", "NPL>IND 046", "IND>NPL 046"]
  );
});
