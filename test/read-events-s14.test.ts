/**
 * The article reader's event codes, session 14 (issue 10: the lexicon of diplomatic acts read in every tense and voice,
 * acts in the constructions new prose uses). Every sentence here is our own, written for these tests with states and
 * goods no fixture pairs this way (Peru, Chile, Norway, Egypt, Ghana …); each rule is varied along the conditions it
 * tests (the verb's form and tense, a word before the noun, the object's form) with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

test("a verb of telephoning is a telephone call (041) whatever the words after it, in each of its forms", () => {
  // ("on Monday" after the object is no "called on X to", the dictionary's appeal: 020)
  assert.deepEqual(readEvents("Peru's president phoned the Chilean president on Monday.").sort(), [
    "CHL>PER 041 2024-05-20",
    "PER>CHL 041 2024-05-20"
  ]);
  // (another verb, a perfect: the article's date)
  assert.ok(dyads("Norway has telephoned Egypt's foreign minister.").includes("NOR>EGY 041"));
  // ("rang" is ringing a telephone, never the dictionary's encircling, 190, which is "ringed")
  assert.deepEqual(dyads("The Ghanaian president rang his Togolese counterpart on Friday.").sort(), [
    "GHA>TGO 041",
    "TGO>GHA 041"
  ]);
  // Near misses: an appeal stays an appeal; a call with nobody at the other end codes nothing.
  assert.deepEqual(dyads("Peru called on Chile to reopen the border on Monday."), ["PER>CHL 020"]);
  assert.deepEqual(dyads("Peru's president phoned in on Monday."), []);
});

test("aid sent, delivered or provided is aid (07) of its kind, told in the past or the perfect", () => {
  // (aid of no kind named: CAMEO's root, 070; past and perfect alike)
  assert.deepEqual(dyads("Norway sent aid to Ghana on Monday."), ["NOR>GHA 070"]);
  assert.deepEqual(dyads("Norway has sent aid to Ghana."), ["NOR>GHA 070"]);
  // (the kind before the noun: military 072, financial 071, humanitarian 073)
  assert.deepEqual(dyads("Egypt has delivered military assistance to Sudan."), ["EGY>SDN 072"]);
  assert.deepEqual(dyads("Japan provided financial aid to Laos in March."), ["JPN>LAO 071"]);
  assert.deepEqual(dyads("Japan dispatched humanitarian relief to Laos in March."), ["JPN>LAO 073"]);
  // (an amount before the noun; its kind unnamed)
  assert.deepEqual(dyads("Norway shipped 300 tonnes of aid to Ghana in May."), ["NOR>GHA 070"]);
  // Near misses: troops sent "to aid" a state are no aid sent; aid named after the recipient is another phrase.
  assert.ok(!dyads("Egypt sent troops to Sudan to aid its army.").some((d) => / 07\d$/.test(d)));
  assert.ok(!dyads("Norway sent a delegation to Ghana on Monday.").some((d) => / 07\d$/.test(d)));
});

test("a flow of goods or aid stopped is an embargo (163) or aid cut (162), whatever commodity names the flow", () => {
  // (a commodity before the flow's noun: fuels, farm goods, arms)
  assert.deepEqual(dyads("Algeria halted gas supplies to Morocco in October."), ["DZA>MAR 163"]);
  assert.deepEqual(dyads("India banned wheat exports to Nepal in May."), ["IND>NPL 163"]);
  assert.deepEqual(dyads("Germany suspended arms deliveries to Turkey in 2019."), ["DEU>TUR 163"]);
  // ("cut off" is a measure where "cut" alone is a market's word)
  assert.deepEqual(dyads("Algeria cut off gas supplies to Morocco in October."), ["DZA>MAR 163"]);
  // (the commodity after the noun: "supplies of gas to X")
  assert.deepEqual(dyads("Algeria halted supplies of gas to Morocco in October."), ["DZA>MAR 163"]);
  // (aid stopped: material aid reduced, 162)
  assert.deepEqual(dyads("Sweden suspended development aid to Mali in 2022."), ["SWE>MLI 162"]);
  // Near misses: a price cut, a plan to halt, a halt with no other state, "cut" alone.
  assert.deepEqual(dyads("Algeria cut gas prices in October."), []);
  assert.ok(!dyads("Algeria plans to halt gas supplies to Morocco.").some((d) => / 16\d$/.test(d)));
  assert.deepEqual(dyads("Algeria halted gas supplies for a week in October."), []);
});

test("a gerund clause opening the sentence is an act of the main clause's subject, for every verb class", () => {
  // (a meeting, a reception, a praise, a refusal, a signing: the subject named after the clause's comma)
  assert.deepEqual(readEvents("After meeting the Ghanaian president on Friday, Norway's prime minister flew home."), [
    "NOR>GHA 040 2024-05-17"
  ]);
  assert.deepEqual(dyads("After hosting the Laotian premier in Tokyo, the Japanese foreign minister returned home."), [
    "JPN>LAO 043"
  ]);
  assert.deepEqual(dyads("After rejecting Chile's proposal, Peru consulted its lawyers."), ["PER>CHL 120"]);
  assert.deepEqual(dyads("Upon signing the accord with Norway, Ghana's minister thanked the mediators.").sort(), [
    "GHA>NOR 057",
    "NOR>GHA 057"
  ]);
  // (a fronted date before the clause; a title and a name as the subject)
  assert.deepEqual(
    dyads("On Friday, after praising Chile's reforms, Peruvian President Dina Boluarte left Santiago."),
    ["PER>CHL 051"]
  );
  // Near misses: a verb before the clause makes it no fronted clause; no actor after the comma, no act.
  assert.deepEqual(dyads("After meeting the Ghanaian president, reporters asked about trade."), []);
  assert.ok(!dyads("Norway said that, after meeting Ghana's president, trade grew.").includes("GHA>GHA 040"));
});

test("a gerund aside between the subject and its verb, and 'while receiving' a named guest, are the subject's acts", () => {
  // (the aside: "The X president, receiving Y …, praised …")
  assert.deepEqual(
    dyads("The Egyptian president, receiving Sudan's foreign minister in Cairo, praised the new bridge."),
    ["EGY>SDN 043"]
  );
  // (a title and a name as the guest, after "while"; the verb's other forms)
  assert.deepEqual(
    dyads(
      "Ghana's president spoke about cocoa on Monday while receiving Togolese President Faure Gnassingbe in Accra."
    ),
    ["GHA>TGO 043"]
  );
  assert.deepEqual(dyads("Chile's president thanked Peru while welcoming the Peruvian delegation in Santiago."), [
    "CHL>PER 051",
    "CHL>PER 043"
  ]);
  // Near misses: an aside whose subject names no actor; criticism received is no guest.
  assert.deepEqual(dyads("Reporters, receiving Sudan's envoy in Cairo, praised the new bridge."), []);
  assert.deepEqual(dyads("The Egyptian president, receiving criticism from Sudan, praised the new bridge."), []);
  assert.ok(
    !dyads("The Ghanaian government, receiving aid from Norway, announced new schools.").some((d) => / 04\d$/.test(d))
  );
});
