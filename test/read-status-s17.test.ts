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
      "Asked whether the sale broke any rules, the Swedish ministry gave no answer; in June Estonia signed an accord with Finland."
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

test("a paper whose signing is still to come is a planned intent (032), not a signing on the day named", () => {
  assert.deepEqual(
    readEvents("A customs accord between Latvia and Lithuania is expected to be formally signed next Monday."),
    ["LVA>LTU 032 2024-05-20 planned"]
  );
  // (the "be to" future, the future with an adverb; another participle of schedule)
  assert.deepEqual(acts("A customs accord between Latvia and Lithuania is to be signed in Riga on Monday."), [
    "LVA>LTU 032"
  ]);
  assert.deepEqual(acts("A customs accord between Latvia and Lithuania will now be signed in Riga on Monday."), [
    "LVA>LTU 032"
  ]);
  // Near misses: the signing told as done stays a signing; a modal of possibility gives nothing.
  assert.ok(
    acts("The customs accord between Latvia and Lithuania was signed in Riga on Monday.").every((e) => / 057$/.test(e))
  );
  assert.deepEqual(acts("A customs accord between Latvia and Lithuania could be signed in Riga on Monday."), []);
});

test("agreeing or deciding that a meeting will take place is an intent to meet (036), as 'agreed to hold' is", () => {
  assert.deepEqual(acts("Latvia and Lithuania agreed that their next summit would be held in Vilnius in 2027."), [
    "LVA>LTU 036",
    "LTU>LVA 036"
  ]);
  assert.deepEqual(
    acts("Latvia and Lithuania decided that the next round of talks would take place in Riga in March."),
    ["LVA>LTU 036", "LTU>LVA 036"]
  );
  // Near misses: a meeting judged, or its agenda agreed, is no meeting to come.
  assert.deepEqual(acts("Latvia and Lithuania agreed that the summit in Vilnius had been a success."), [
    "LVA>LTU 050",
    "LTU>LVA 050"
  ]);
  assert.deepEqual(acts("Latvia and Lithuania agreed that the talks would cover energy."), [
    "LVA>LTU 050",
    "LTU>LVA 050"
  ]);
});

test("taking a stake is buying in (061), and 'is also to' keeps the 'be to' future: a plan (03x)", () => {
  assert.deepEqual(readEvents("Norway's state energy firm is likewise to take a 20% stake in a Danish wind farm."), [
    "NOR>DNK 031 2024-05-20 planned"
  ]);
  assert.deepEqual(acts("Norway's state energy firm took a 20% stake in a Danish wind farm in March."), [
    "NOR>DNK 061"
  ]);
  // (another adverb between "be" and "to", another act)
  assert.deepEqual(readEvents("Norway is now to send a delegation to Iceland."), ["NOR>ISL 036 2024-05-20 planned"]);
  // Near miss: seizing a fort stays force.
  assert.deepEqual(acts("Norwegian troops seized a Danish fort in 1808."), ["NOR>DNK 192"]);
});

test("review M4: a skip under a governor, a denial, a later joining, or an occasion inside another head's phrase", () => {
  // (the governor's own reading: a threat, a warning of a plan)
  assert.deepEqual(acts("Estonia threatened to skip the NATO summit in Vilnius."), ["EST>NATO 130"]);
  assert.deepEqual(readEvents("Estonia warned that it would boycott the NATO summit in Vilnius."), [
    "EST>NATO 125 2024-05-20 planned"
  ]);
  assert.deepEqual(acts("Estonia denied that it had skipped the NATO summit in Vilnius."), []);
  assert.deepEqual(acts("Estonia did not want to miss the NATO summit in Vilnius."), []);
  // (taking part after all, or later)
  assert.deepEqual(
    acts("Estonia did not attend the NATO summit in Vilnius in person but joined it by video link."),
    []
  );
  assert.deepEqual(acts("Finland did not join the talks with Sweden until March."), []);
  // (the occasion inside another head's phrase; the dictionary's skipping frames too)
  assert.deepEqual(acts("Latvia didn't take part in the ballot at the OSCE session on Thursday."), []);
  assert.deepEqual(acts("Finland missed the meeting's deadline for a reply to Sweden."), []);
  assert.deepEqual(acts("Finland sat out the vote at the OSCE session on Ukraine."), []);
});

test("review M5: 'this may' is the modal", () => {
  assert.deepEqual(acts("Officials said this may lead Norway to impose sanctions on Sweden."), []);
});

test("review M4's status: a skip keeps its reading past another's clause, a relative, a quantifier", () => {
  assert.deepEqual(acts("Estonia did not attend the NATO summit in Vilnius, but Latvia sent its foreign minister."), [
    "EST>NATO 125"
  ]);
  assert.deepEqual(acts("Estonia did not attend the NATO summit in Vilnius, which Lithuania has hosted since 2022."), [
    "EST>NATO 125"
  ]);
  assert.deepEqual(acts("Estonia did not attend any of the NATO meetings in Vilnius."), ["EST>NATO 125"]);
  assert.deepEqual(acts("Estonia skipped most of the sessions of the NATO summit."), ["EST>NATO 125"]);
  // Near misses: the skipper joining after all, in a "but" clause of its own.
  assert.deepEqual(acts("Estonia did not attend the NATO summit in Vilnius, but joined it by video link."), []);
  assert.deepEqual(acts("Finland had not attended the talks with Sweden in years but returned to them in March."), []);
});
