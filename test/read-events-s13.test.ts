/**
 * The article reader's event codes and frames, session 13 (issue 10: code conventions settled before tuning, verbs the
 * dictionary lacks). Every sentence here is our own, written for these tests (states no fixture pairs this way, goods
 * and papers of other trades), each rule varied along the conditions it tests (the verb's form and tense, an adjective
 * before the paper, a compound subject, a plan), with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

test("a signed contract is a signed agreement (057) in every tense and spelling the reader codes, not 060", () => {
  // (both ways, as a signed agreement with a partner is: review K12)
  assert.deepEqual(readEvents("Peru signed a fishing contract with Chile on Monday.").sort(), [
    "CHL>PER 057 2024-05-20",
    "PER>CHL 057 2024-05-20"
  ]);
  assert.deepEqual(
    readEvents("Peru signed a fishing contract with Chile on Monday.").sort(),
    readEvents("Peru signed a fishing agreement with Chile on Monday.").sort()
  );
  // (another verb of signing, an adjective before the paper, a month for a date)
  assert.ok(readEvents("Egypt inked a ten-year gas contract with Israel in May.").includes("EGY>ISR 057 2024-05-01"));
  // (a compound subject signs together)
  assert.deepEqual(readEvents("Peru and Chile signed a contract on 3 May.").sort(), [
    "CHL>PER 057 2024-05-03",
    "PER>CHL 057 2024-05-03"
  ]);
  // Near misses: a contract awarded is the awarder's cooperation with the winner; a signing still to come is a plan.
  assert.deepEqual(dyads("Qatar awarded the contract to a Turkish firm."), ["QAT>TUR 061"]);
  // (review K21: the planned signing must be found, as a plan)
  const planned = readEvents("Qatar will sign a contract with Oman next month.");
  assert.ok(planned.length > 0 && planned.every((e) => !/ 057 /.test(e) && / planned$/.test(e)), planned.join("; "));
});

test("a delisting from a list of prohibition eases a sanction (081), whatever the verb of removing", () => {
  // (REMOVE, the dictionary's DEPORT; a list "of banned …" after the noun, a sanctions or terror list before it)
  assert.deepEqual(readEvents("Britain removed Libya from its list of banned regimes in May."), [
    "GBR>LBY 081 2024-05-01"
  ]);
  assert.deepEqual(readEvents("Japan struck Iran off its sanctions list in 2016."), ["JPN>IRN 081 2016-01-01"]);
  // (a verb outside any list of removing verbs: "took … off"; a blacklist is a list of prohibition by itself)
  assert.deepEqual(readEvents("Norway took Sudan off the blacklist on Monday."), ["NOR>SDN 081 2024-05-20"]);
  // (review K15: a passive is the list owner's act; "terrorism", a form outside the list's words, still marks it)
  assert.deepEqual(readEvents("Libya was removed from Britain's list of banned regimes in May."), [
    "GBR>LBY 081 2024-05-01"
  ]);
  assert.deepEqual(readEvents("Japan removed Iran from its list of state sponsors of terrorism in 2016."), [
    "JPN>IRN 081 2016-01-01"
  ]);
  // Near misses: a list of another kind (a "bank" is no "ban"), troops removed from a place, a listing.
  assert.ok(
    !readEvents("Chile removed Peru from the list of candidates for the bank's board in May.").some((e) =>
      / 081 /.test(e)
    )
  );
  assert.ok(!readEvents("Chile removed Peru from the list of candidates in May.").some((e) => / 081 /.test(e)));
  assert.ok(!readEvents("Russia removed its troops from Armenia in May.").some((e) => / 081 /.test(e)));
  assert.deepEqual(dyads("Japan added Iran to its sanctions list in 2016."), ["JPN>IRN 163"]);
});

test("a pledge, promise or offer to do what codes nothing acts on that verb's other side", () => {
  // (a beneficiary after "for", a place after "in", a possessor; pledge, promise, offer)
  assert.deepEqual(readEvents("Qatar has pledged to rebuild a clinic in Gaza's north."), [
    "QAT>PSE 030 2024-05-20 planned"
  ]);
  assert.deepEqual(readEvents("Norway pledged to fence off a reserve for Kenya."), ["NOR>KEN 030 2024-05-20 planned"]);
  assert.deepEqual(readEvents("Turkey promised to construct a hospital for Somalia."), [
    "TUR>SOM 030 2024-05-20 planned"
  ]);
  assert.deepEqual(readEvents("Iran offered to upgrade Armenia's roads."), ["IRN>ARM 030 2024-05-20 planned"]);
  // Near misses: a pair's agreement stays mutual; a route between two places and a thing named after states name no
  // partner; a governed verb with a code of its own keeps it.
  assert.deepEqual(readEvents("Russia offered to restore flights between Baku and Yerevan."), []);
  assert.deepEqual(readEvents("Iran offered to widen the old Iran-Turkey highway."), []);
  // (review K15: "with X" after a noun is the noun's — a wall on a border with X names no partner)
  assert.deepEqual(readEvents("India pledged to build a fence on its frontier with Nepal."), []);
  assert.deepEqual(readEvents("Peru agreed to meet Chile in May."), ["PER>CHL 036 2024-05-20 planned"]);
  assert.deepEqual(readEvents("Peru and Chile agreed to build a bridge over the river.").sort(), [
    "CHL>PER 032 2024-05-20 planned",
    "PER>CHL 032 2024-05-20 planned"
  ]);
});

test("a gerund after any time subordinator is an act of the main verb's subject (the clause finder's adverbial clause)", () => {
  // (after "while", "upon", "when": outside the old "after/before" guard; a visit, a reception, a meeting)
  assert.ok(readEvents("Peru criticised Chile on Monday while visiting Bolivia.").includes("PER>BOL 042 2024-05-20"));
  assert.ok(
    readEvents("Peru's president praised Chile on Monday while receiving the Chilean envoy.").includes(
      "PER>CHL 043 2024-05-20"
    )
  );
  assert.ok(
    readEvents("Peru criticised Chile on Monday upon returning from Bolivia.").includes("PER>BOL 042 2024-05-20")
  );
  assert.ok(
    readEvents("Peru criticised Chile on Monday when meeting Bolivian officials.").includes("PER>BOL 040 2024-05-20")
  );
  // Near misses: a state kept up "while keeping ties", what the subject underwent ("after receiving threats"), a
  // condition "before allowing".
  assert.deepEqual(readEvents("Peru will comply with the embargo while keeping its ties with Chile."), []);
  assert.deepEqual(readEvents("Peru withdrew its troops after receiving threats from Chile."), []);
  assert.deepEqual(readEvents("Peru demanded a truce before allowing Bolivian convoys in."), []);
});

test("a compound subject acts together across an aside before its verb group; the aside's own actors are no side", () => {
  // (review K15/K17: "signed", asides of other kinds than the harness's — a participle with its agent, a report with
  // a time)
  const pair = (text: string) =>
    readEvents(text)
      .filter((e) => / 057 /.test(e))
      .sort();
  assert.deepEqual(pair("Peru and Chile, backed by Brazil, signed a water treaty."), [
    "CHL>PER 057 2024-05-20",
    "PER>CHL 057 2024-05-20"
  ]);
  assert.deepEqual(pair("Peru and Chile, Bolivian officials said on Monday, have also signed a water treaty."), [
    "CHL>PER 057 2024-05-20",
    "PER>CHL 057 2024-05-20"
  ]);
  // Near misses: the reporter inside the aside is neither side, nor does it make a lone subject a pair.
  assert.ok(
    !readEvents("Peru and Chile, Bolivia said on Monday, have agreed to reopen their shared rail link.").some((e) =>
      /BOL/.test(e)
    )
  );
  assert.deepEqual(readEvents("Peru, Bolivia said on Monday, has agreed to reopen its rail link."), []);
});
