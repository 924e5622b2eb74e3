/**
 * The article reader's event codes, session 15 (issue 10): acts in ellipses and gerund complements, proposals, papers
 * exchanged and signed. Every sentence is our own, written for these tests with states no fixture pairs this way
 * (Norway, Sweden, Denmark, Finland, Egypt, Ghana, Togo, Peru, Chile, Bolivia, Nepal, Bhutan …); each rule is varied
 * along the conditions it tests (the ellipsis's word, the number of its actors, the judging verb, the complement's
 * preposition, the proposal's object) with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

test("an ellipsis after the main clause repeats its acts with each actor it names as their author", () => {
  // ("as did" with one actor and with two; "and so did"; a verbal and a material act)
  assert.deepEqual(dyads("Norway urged Egypt to reopen the crossing on Monday, as did Sweden and Finland.").sort(), [
    "FIN>EGY 020",
    "NOR>EGY 020",
    "SWE>EGY 020"
  ]);
  assert.deepEqual(readEvents("Norway recalled its ambassador from Egypt on 3 June 2024, and so did Denmark.").sort(), [
    "DNK>EGY 161 2024-06-03",
    "NOR>EGY 161 2024-06-03"
  ]);
  // ("as has" after a perfect)
  assert.ok(dyads("Nepal has criticised Bhutan's border policy, as has India.").includes("IND>BTN 111"));
  // Near misses: no actor after the ellipsis's verb, a place after a preposition, "as was the case", a negated one.
  assert.deepEqual(dyads("Norway urged Egypt to reopen the crossing on Monday, as did talks in Oslo."), [
    "NOR>EGY 020"
  ]);
  // (review K15: "as C did", "C followed suit"; "as did its envoy in C" is the main subject's own envoy)
  assert.ok(
    dyads("Norway recalled its ambassador from Egypt on Monday, as Sweden did on Tuesday.").includes("SWE>EGY 161")
  );
  assert.ok(
    dyads("Norway recalled its ambassador from Egypt on Monday, and Sweden followed suit.").includes("SWE>EGY 161")
  );
  assert.ok(
    !dyads("Norway recalled its ambassador from Egypt on Monday, as did its envoy in Sudan.").includes("SDN>EGY 161")
  );
  assert.deepEqual(dyads("Norway praised Egypt on Monday, as was the case with Sweden in 2019."), ["NOR>EGY 051"]);
  assert.ok(!dyads("Ghana thanked Togo on Friday, and so did not Benin.").some((d) => d.startsWith("BEN>")));
});

test("the gerund a verb of judging takes tells the judged one's own act, dated by its own time", () => {
  // (thanks and lifted sanctions: the thanks by the main clause's day, the lifting by the gerund's month)
  assert.deepEqual(
    readEvents("Ghana's president thanked Togo on Monday for lifting sanctions on Ghanaian banks in October.").sort(),
    ["GHA>TGO 051 2024-05-20", "TGO>GHA 085 2023-10-01"]
  );
  // (another judging verb, another act: a signing)
  assert.ok(
    readEvents("Peru congratulated Chile for signing the accord with Bolivia in April.").includes(
      "CHL>BOL 057 2024-04-01"
    )
  );
  // (criticism and an act of obstruction, "for" after a time phrase)
  assert.ok(
    dyads("Norway criticised Egypt on Monday for blocking the aid convoy to Sudan in March.").some((d) =>
      d.startsWith("EGY>SDN ")
    )
  );
  // Near misses: "for" with a noun is no act of the judged one; a gerund after "for" with no verb of judging before it
  // is not read as the object's act.
  assert.deepEqual(dyads("Peru praised Chile for its help in April."), ["PER>CHL 051"]);
  assert.ok(
    !dyads("Peru sent troops to Chile for training with Bolivia in April.").some((d) => d.startsWith("CHL>BOL"))
  );
});

test("a proposal is an intent: to meet (036) when a meeting is proposed, to cooperate (030) otherwise", () => {
  assert.deepEqual(dyads("Nepal proposed a summit with Bhutan on Tuesday."), ["NPL>BTN 036"]);
  assert.deepEqual(dyads("Nepal suggested a meeting with Bhutan in Kathmandu on Tuesday."), ["NPL>BTN 036"]);
  // (a gerund of holding before the meeting: proposed, not held)
  assert.deepEqual(dyads("Nepal proposed holding talks with Bhutan on Tuesday."), ["NPL>BTN 036"]);
  assert.deepEqual(dyads("Nepal proposed a shared water council with Bhutan on Tuesday."), ["NPL>BTN 030"]);
  // Near miss: "proposed that …" is speech, no proposal of a thing.
  assert.ok(!dyads("Nepal proposed that Bhutan join the fund on Tuesday.").includes("NPL>BTN 030"));
});

test("papers exchanged or agreed to be studied, and a memorandum of understanding", () => {
  // (instruments of ratification exchanged: a signing, both ways; papers signed and exchanged too)
  assert.deepEqual(dyads("Ghana and Togo exchanged the instruments of ratification on Friday.").sort(), [
    "GHA>TGO 057",
    "TGO>GHA 057"
  ]);
  // Near miss: prisoners exchanged are no paper.
  assert.ok(!dyads("Ghana and Togo exchanged prisoners on Friday.").some((d) => / 057$/.test(d)));
  // (agreed, with an adverb before its "to", to look into an act: an intent, 03x, not an investigation, 090)
  assert.ok(dyads("Nepal agreed on Tuesday to study a new pipeline with Bhutan.").some((d) => /^NPL>BTN 03/.test(d)));
  assert.ok(
    dyads("Nepal and Bhutan agreed then to consider a joint fund on Tuesday.").some((d) => /^NPL>BTN 03/.test(d))
  );
  // (review K11: "a memorandum of understanding" is a paper, its -ing word no verb)
  assert.ok(dyads("Ghana signed a memorandum of understanding with Togo on Friday.").includes("GHA>TGO 057"));
});
