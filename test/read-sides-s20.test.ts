/**
 * Who did what to whom (issue 10, session 20): which names of a sentence can be an act's sides. A relative or
 * participle clause set off by commas between a subject and its verb describes the subject ("X, who arrived in Y on
 * Monday, announced …", "X, visiting Y …, on Tuesday urged Z …"): the verb after it is the subject's act, never the act
 * of a name inside the clause (src/read/subject-modifier.ts). Every sentence here is our own, written for these tests
 * (states, people and acts no fixture uses); near misses must not change.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readReport} from "./helpers/events.js";

const events = (body: string) => readReport(body).map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)}`);
const has = (got: string[], want: string) => assert.ok(got.includes(want), got.join(" | "));
const lacks = (got: string[], unwanted: string) => assert.ok(!got.includes(unwanted), got.join(" | "));

test("the verb after a subject's participle clause is the subject's act, past a time between", () => {
  const urged = events(
    "Japanese Foreign Minister Takeshi Iwaya, visiting Mongolia at the head of a large business delegation, on Tuesday urged Vietnam to lift its tariffs on rice."
  );
  has(urged, "JPN>VNM 02");
  lacks(urged, "MNG>VNM 02");
  // (the participle's own act stays: the visit)
  has(urged, "JPN>MNG 04");
  const signed = events(
    "The Cambodian foreign minister, travelling with a delegation of Japanese investors through Laos and Thailand, on Sunday signed a road agreement with Vietnam."
  );
  has(signed, "KHM>VNM 05");
  for (const wrong of ["JPN>VNM 05", "LAO>VNM 05", "THA>VNM 05"]) lacks(signed, wrong);
  has(
    events(
      "The Georgian prime minister, speaking after a long meeting with the Azerbaijani president in Baku, on Friday criticised Russia."
    ),
    "GEO>RUS 11"
  );
});

test("the verb after a subject's relative clause is the subject's act, past its verb group", () => {
  has(
    events(
      "The Vietnamese prime minister, who had just returned from a visit to India and Thailand, last week announced $200 million in loans to Laos."
    ),
    "VNM>LAO 03"
  );
  // ("is expected to hold talks": a light verb and its noun after the verb group; the coder alone)
  const talks = dyads(
    "Armenian Foreign Minister Ararat Mirzoyan, whose ministry was criticised by Iran in April for allegedly helping Turkey block the new transit route, is expected to hold talks with Georgia's foreign minister."
  );
  assert.ok(talks.includes("ARM>GEO 036"), talks.join(" | "));
  assert.ok(!talks.includes("TUR>GEO 036"), talks.join(" | "));
  // (the relative clause's own acts stay)
  assert.ok(talks.includes("IRN>ARM 111"), talks.join(" | "));
});

test("near misses: lists, places, objects' clauses and short asides read as before", () => {
  // (a list is no modifier)
  assert.deepEqual(events("Mongolia, Laos and Vietnam signed a transit agreement."), ["MNG>LAO 05", "MNG>VNM 05"]);
  // ("where" opens a place's clause: the subject comes after it)
  has(
    events("In Hanoi, where Japan opened a trade office last year, Laos signed a loan deal with Vietnam."),
    "LAO>VNM 05"
  );
  // (a relative clause after the object: the verb after it is no verb of the clause's subject)
  assert.deepEqual(events("Thailand welcomed the Laotian minister, who arrived on Monday, at the airport."), [
    "THA>LAO 04"
  ]);
  // (a compound subject with its relative clause)
  assert.deepEqual(events("Cambodia and Laos, which share a long border, signed a transit agreement."), [
    "KHM>LAO 05",
    "LAO>KHM 05"
  ]);
  // (a short aside that is no relative or participle clause)
  assert.deepEqual(events("Japan, however, criticised Vietnam."), ["JPN>VNM 11"]);
});

test("a noun phrase that sums up the clause after its comma names no side of the act", () => {
  // ("the first such document between X and Y": the paper's kind, not its other side; the pair signed it together)
  assert.deepEqual(
    events(
      "Mongolian President Ukhnaa Khurelsukh and his Laotian counterpart signed a declaration on strategic partnership in Vientiane on Tuesday, the first such document between Mongolia and a member of ASEAN."
    ),
    ["MNG>LAO 05", "LAO>MNG 05"]
  );
  assert.deepEqual(
    events(
      "The foreign ministers of Chile and Peru signed a fisheries accord in Lima, the latest agreement between two members of the Pacific Alliance and Mexico."
    ),
    ["CHL>PER 05", "PER>CHL 05"]
  );
  // ("a reminder that Z …": a comment on the act; the verb shares the verb before's other side)
  const got = events(
    "Last week the Georgian prime minister received a delegation from the European Commission in Tbilisi and signed a memorandum on water management, a reminder that Russia is no longer its main partner."
  );
  has(got, "GEO>EU 05");
  lacks(got, "GEO>RUS 05");
});

test("near misses: an object restated after its comma, a list's description, a recipient in the amount's phrase", () => {
  // (the object restated by its office: an actor, not a summary)
  assert.deepEqual(events("Vietnam met Putin, the Russian president, in Hanoi."), ["VNM>RUS 04"]);
  // (a description of the list of objects after it)
  assert.deepEqual(
    events("Thailand signed trade deals with Laos, Cambodia and Myanmar, the three poorest members of the bloc."),
    ["THA>LAO 05", "THA>KHM 05", "THA>MMR 05"]
  );
  // (with no other side, the summary names the partner: a single subject, no object, a venue in its own state)
  assert.deepEqual(
    events(
      "Mongolia signed a roadmap on trade in Ulaanbaatar on Tuesday, the first such document with the European Union."
    ),
    ["MNG>EU 05", "EU>MNG 05"]
  );
  assert.deepEqual(
    events(
      "The Laotian president signed a border treaty on Monday, the first such agreement between Laos and Thailand since 1990."
    ),
    ["LAO>THA 05", "THA>LAO 05"]
  );
  // (an amount's recipient named in the amount's own phrase stays)
  has(events("Japan pledged $2 billion in loans, the largest package for Vietnam since 2010."), "JPN>VNM 03");
});

test("a body's proper name ending in 'Bank of', 'Fund of', 'Company of' a state acts for that state", () => {
  assert.deepEqual(events("The Development Fund of Laos signed a loan agreement with Thailand."), [
    "LAO>THA 05",
    "THA>LAO 05"
  ]);
  has(events("The Export-Import Bank of Japan pledged $300 million in loans to Vietnam."), "JPN>VNM 03");
  // (near miss: a bank that is no body's name; the state after "in" is still no subject)
  assert.deepEqual(events("Farmers on the bank of the river in Laos criticised Thailand."), []);
});
