/**
 * Who acts in news prose (issue 10, session 16): "the two sides", "the parties", "the three countries" after a
 * clause-opening time or place with no comma ("in 2009 the two sides signed …"), and counted groups whose list stands
 * beside a body the dictionary codes by its sector (a news agency, a ministry). Every sentence here is our own, written
 * for these tests (other states, places, years and papers than any fixture's); each test varies one condition its rule
 * reads, and near misses must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {reportRoots as events} from "./helpers/events.js";
import {isStateCode} from "../src/read/first-person.js";

const fish = "Canada and Norway have argued over fishing quotas for years.";
const pair = ["CAN>NOR 05", "NOR>CAN 05"];
const has = (got: string[], want: string[]) =>
  assert.ok(
    want.every((w) => got.includes(w)),
    got.join(" | ")
  );

test("a pair pointer after an opening time with no comma: a year, a full date, a month, a relative time", () => {
  has(events(`${fish} In 2009 the two sides signed a fisheries pact.`), pair);
  has(events(`${fish} On 12 May 2017 the parties signed a fisheries pact.`), pair);
  has(events(`${fish} In October 2013 the two governments signed a fisheries pact.`), pair);
  has(events(`${fish} Last week the two countries signed a fisheries pact.`), pair);
  has(events(`${fish} In early spring both nations signed a fisheries pact.`), pair);
  // (a sentence adverb in the adjunct's place)
  has(events(`${fish} Later the two sides signed a fisheries pact.`), pair);
});

test("a pair pointer after an opening place, alone or after a time: the place is no side", () => {
  has(events(`${fish} In Reykjavik the two sides signed a fisheries pact.`), pair);
  has(events(`${fish} In July 2016 in Lisbon the two countries signed a fisheries pact.`), pair);
  // (a month is a time, not a place: "In May in Bergen")
  has(events(`${fish} In May in Bergen the parties signed a fisheries pact.`), pair);
  // (a place with a state of its own is not taken for one of the two)
  const got = events(`${fish} In Reykjavik the two sides signed a fisheries pact.`);
  assert.ok(!got.some((e) => e.includes("ISL")), got.join(" | "));
});

test("a pair pointer after a clause's 'but' or 'that' and an adjunct", () => {
  has(
    events("Canada has quarrelled with Norway over cod, but in 2014 the two sides signed an accord on quotas."),
    pair
  );
  assert.ok(
    events(`${fish} Officials in Oslo said that in 2011 the two sides agreed to share data.`).some((e) =>
      /^(?:CAN>NOR|NOR>CAN) 03/.test(e)
    )
  );
});

test("near misses: the pointer is no subject, or no verb follows it", () => {
  // (a possessive: the pointer is not the actor)
  assert.deepEqual(events(`${fish} In 2009 the two sides' trade in fish grew.`), []);
  // (the pointer after a preposition: no clause head)
  assert.deepEqual(events(`${fish} In 2009 the catch of both fleets grew.`), []);
  // (an adjunct before a pointer that names its own actors: "the two sides of the river")
  assert.deepEqual(events(`${fish} In 2009 the two sides of the fjord flooded.`), []);
});

test("a counted group after a sentence naming its members beside a news agency", () => {
  const three = ["CHL>PER 05", "CHL>BOL 05"];
  has(
    events("Reuters said Chile, Peru and Bolivia held talks on lithium. The three countries signed a pact on prices."),
    three
  );
  has(
    events(
      "The Kyodo news agency said Chile, Peru and Bolivia held talks on lithium. The three countries signed a pact on prices."
    ),
    three
  );
  // (four states named: not "the three")
  assert.ok(
    !events(
      "Reuters said Chile, Peru, Bolivia and Ecuador held talks on lithium. The three countries signed a pact on prices."
    ).some((e) => e.endsWith(" 05"))
  );
});

test("a sector code is no state: an agency, a ministry, a business; a state's code is", () => {
  for (const c of ["MED", "GOV", "BUS", "JUD", "LEG", "MIL"]) assert.equal(isStateCode(c), false, c);
  for (const c of ["CHL", "NOR", "MUS", "KAZ"]) assert.equal(isStateCode(c), true, c);
});

test("review L1: an adjunct by its structure, not a list: spans, deictic times, decades, phrases, adverbs", () => {
  const lakes = "Peru and Bolivia have quarrelled over Lake Titicaca since independence.";
  const both = ["PER>BOL 05", "BOL>PER 05"];
  // (a span counted from then or now; a deictic time; a decade; the same year)
  for (const opening of ["Three years ago", "A decade later", "Earlier this year", "In the 1980s", "That same year"])
    has(events(`${lakes} ${opening} the two sides signed a water accord.`), both);
  // (a preposition and a noun phrase, with a place inside it; an adverb phrase; an "-ly" adverb)
  for (const opening of ["During the summit", "After long talks in Cusco", "Soon afterwards", "Eventually"])
    has(events(`${lakes} ${opening} the two sides signed a water accord.`), both);
  // (an irregular past verb; a pair noun of neighbours; a subordinator before the adjunct)
  has(events(`${lakes} In 1992 the two sides struck a deal on fishing.`), both);
  has(events(`${lakes} In 1992 the two neighbours signed a water accord.`), both);
  has(
    events("Peru has quarrelled with Bolivia over the lake, although in 1992 the two sides signed a water accord."),
    both
  );
  // (near misses: a preposition's object is no subject; a bare present after a time is a plan)
  assert.deepEqual(events(`${lakes} In 1992 the catch between the two countries fell.`), []);
  assert.deepEqual(events(`${lakes} In 2031 the two sides hope to sign a water accord.`), []);
});
