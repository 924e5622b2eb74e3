/**
 * The status of acts, session 17 (issue 10; src/read/modality-skipped.ts, events-called-off.ts, modality.ts): meetings
 * skipped (125), meetings called off after a schedule told in a relative clause or an aside with an adverb (root 16,
 * review L7 of session 16), "May" the month inside an aside, a subject's own intent told by "intended to", and a
 * condition embedded in an earlier coordinated clause. Every sentence here is our own, written for these tests
 * (Nordic and Baltic states, NATO, ASEAN and the OSCE, which no fixture pairs this way); each condition is varied one
 * at a time, with near misses that must keep their reading.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** Source, target and code of each event of a one-sentence article. */
const acts = (s: string): string[] => readEvents(s).map((e) => e.split(" ").slice(0, 2).join(" "));

test("a verb of taking part under a negation, with an occasion as its object, is a meeting skipped (125)", () => {
  assert.deepEqual(acts("Norway did not attend the NATO summit in Vilnius."), ["NOR>NATO 125"]);
  // (the progressive, the future, "take part in", "didn't join", another occasion noun each time)
  assert.deepEqual(acts("Finland's prime minister is not attending the ASEAN forum in Jakarta this week."), [
    "FIN>ASEAN 125"
  ]);
  assert.deepEqual(acts("Sweden will not take part in this week's OSCE session."), ["SWE>OSCE 125"]);
  assert.deepEqual(acts("Iceland didn't join the NATO talks in Oslo on Friday."), ["ISL>NATO 125"]);
  // ("even" inside the verb group)
  assert.deepEqual(acts("Norway did not even attend the NATO summit in Vilnius."), ["NOR>NATO 125"]);
});

test("near misses of a skipped meeting: a focus, no occasion, the occasion's paper, a plain attendance", () => {
  // ("not only" lifts the negation: the attendance stands)
  assert.deepEqual(acts("Norway did not only attend the NATO summit in Vilnius but also spoke there."), [
    "NOR>NATO 044"
  ]);
  // (a body joined is no occasion; a summit's declaration is a paper)
  assert.deepEqual(acts("Norway did not join NATO."), []);
  assert.deepEqual(acts("Norway did not join the summit's declaration on Sweden."), []);
  assert.deepEqual(acts("Norway attended the NATO summit in Vilnius."), ["NOR>NATO 044"]);
});

test("verbs of skipping and staying away, with an occasion as their object, are 125", () => {
  assert.deepEqual(acts("Norway skipped the NATO summit in Vilnius."), ["NOR>NATO 125"]);
  assert.deepEqual(acts("Finland missed the ASEAN forum in Jakarta."), ["FIN>ASEAN 125"]);
  assert.deepEqual(acts("The Danish foreign minister stayed away from the OSCE session in Vienna on Tuesday."), [
    "DNK>OSCE 125"
  ]);
  assert.deepEqual(acts("Sweden sat out the NATO ceremony in Oslo."), ["SWE>NATO 125"]);
  assert.deepEqual(acts("Iceland pulled out of the NATO gathering in Oslo."), ["ISL>NATO 125"]);
  assert.deepEqual(acts("Iceland withdrew from the ASEAN conference in Manila."), ["ISL>ASEAN 125"]);
  assert.deepEqual(acts("Finland kept away from the OSCE meeting in Vienna."), ["FIN>OSCE 125"]);
  // Near misses: talks one pulls out of are halted (164), a skip denied is none, a deadline is no occasion.
  assert.deepEqual(acts("Iceland pulled out of the talks with Norway."), ["ISL>NOR 164"]);
  assert.deepEqual(acts("Norway did not skip the NATO summit in Vilnius."), []);
  assert.deepEqual(acts("Finland missed the deadline set by Sweden."), []);
});

test("a meeting whose schedule a relative clause tells, called off, is root 16 (review L7 of session 16)", () => {
  assert.deepEqual(
    acts("Consultations between Norway and Sweden, which had been set for next month, were called off."),
    ["NOR>SWE 161"]
  );
  // (an adverb inside the relative's verb group, another participle of schedule, another verb of calling off)
  assert.deepEqual(
    acts("Consultations between Norway and Sweden, which had initially been fixed for June, were scrapped."),
    ["NOR>SWE 161"]
  );
  // (a restrictive relative with "that", no commas; the simple past's "was" and the perfect's "has been")
  assert.deepEqual(acts("A summit between Finland and Estonia that had been arranged for early July was axed."), [
    "FIN>EST 160"
  ]);
  assert.deepEqual(acts("A summit between Finland and Estonia that was slated for the autumn has been postponed."), [
    "FIN>EST 160"
  ]);
  // Near miss: a relative clause that tells the occasion held is no schedule; the occasion stands.
  assert.deepEqual(acts("A summit between Finland and Estonia, which was held in March, was praised by Latvia."), [
    "FIN>EST 040"
  ]);
});

test("a schedule set off by commas with an adverb, or naming May, before the calling off", () => {
  assert.deepEqual(acts("Talks between Denmark and Iceland, provisionally set for March, were postponed."), [
    "DNK>ISL 161"
  ]);
  // ("for May" is the month, not the modal)
  assert.deepEqual(acts("Talks between Denmark and Iceland, planned for May, were postponed."), ["DNK>ISL 161"]);
  assert.deepEqual(acts("The Danish premier's visit to Iceland, set for May, was put off."), ["DNK>ISL 160"]);
  // Near miss: the modal "may" keeps its sentence hypothetical.
  assert.deepEqual(acts("Denmark and Iceland may sign an accord on fishing."), []);
});

test("'intended to' after a name or a subject pronoun is the subject's own plan; after 'was' or a noun a purpose", () => {
  assert.deepEqual(readEvents("Norway intended to buy Swedish power in 2026."), ["NOR>SWE 031 2024-05-20 planned"]);
  // Near misses: the passive and the reduced relative tell a purpose, no act.
  assert.deepEqual(acts("The credit was intended to help Estonia buy Finnish ferries."), []);
  assert.deepEqual(acts("A fund meant to help Estonia buy Finnish ferries ran dry."), []);
});

test("a condition embedded in an earlier coordinated clause does not reach the next clause's act", () => {
  assert.deepEqual(
    acts(
      "Swedish officials declined to say whether the sale broke any rules, and an Estonian official said Tallinn had signed an accord with Finland in June."
    ),
    ["EST>FIN 057", "FIN>EST 057"]
  );
  assert.deepEqual(acts("Sweden has not said whether it will object, but Latvia signed a pact with Estonia in June."), [
    "LVA>EST 057",
    "EST>LVA 057"
  ]);
  // Near misses: inside the "whether" clause the act is not told as done; a condition opening the sentence governs
  // every clause after it.
  assert.deepEqual(acts("Sweden has not said whether Latvia signed a pact with Estonia in June."), []);
  assert.deepEqual(
    acts("If the talks fail, Norway will sanction Sweden, and Finland will expel Swedish diplomats."),
    []
  );
});
