/**
 * Meetings and journeys put off or called off (src/read/events-called-off.ts, issue 10, session 15): the lexicon of
 * English's verbs and nouns of the act, read in every tense and voice, with the code CAMEO 2.0's verb dictionary gives
 * a postponed summit, visit, meeting or trip (root 16: 160, 161; talks halted 164). Every sentence is our own, written
 * for these tests with states no fixture pairs this way (Nepal, Bhutan, Ghana, Togo, Norway, Egypt, Peru, Chile …);
 * each condition of the rules is varied (the verb, its particle, its voice, the noun put off, the agent, the telling
 * verb) with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

const rooted = (s: string, root: string) => dyads(s).filter((d) => d.endsWith(` ${root}`) || d.includes(` ${root}`));

test("a verb of putting off with a meeting or a journey as its object is that act (root 16), in each of its forms", () => {
  // (verbs the dictionary lists under other blocks, and one it lacks, each with another meeting noun)
  assert.deepEqual(dyads("Ghana postponed its summit with Togo on Friday."), ["GHA>TGO 160"]);
  assert.deepEqual(dyads("Ghana put off the planned talks with Togo on Friday."), ["GHA>TGO 161"]);
  assert.deepEqual(dyads("Ghana rescheduled its meeting with Togo on Friday."), ["GHA>TGO 161"]);
  assert.deepEqual(dyads("Ghana axed the trip to Lome on Friday."), ["GHA>TGO 161"]);
  // ("called off his visit" is no visit concluded: the dictionary's CANCEL block read it 042)
  assert.deepEqual(dyads("The Ghanaian president called off his visit to Togo on Friday."), ["GHA>TGO 160"]);
  // (talks halted outright are 164; talks put off 161)
  assert.deepEqual(dyads("Ghana called off talks with Togo on Friday."), ["GHA>TGO 164"]);
  // (the dictionary's own reading of root 16 is kept, with the reply it gives: its "&NEGOTIATION [161:161]")
  assert.ok(dyads("Egypt shelved the negotiations with Sudan on Tuesday.").includes("EGY>SDN 161"));
  // (the American spelling, and the perfect: the article's date)
  assert.deepEqual(readEvents("Egypt has canceled its meeting with Sudan."), ["EGY>SDN 161 2024-05-20"]);
  // Near misses: a vote or a payment put off is the dictionary's reading (no meeting); a meeting noun modifying another
  // noun is no meeting put off.
  assert.ok(!dyads("Ghana postponed summit preparations with Togo on Friday.").some((d) => / 16[01]$/.test(d)));
  assert.deepEqual(rooted("Ghana delayed payments to Togo on Friday.", "16"), []);
});

test("a meeting put off in the passive: the agent it names toward the meeting's other side, else its own sides", () => {
  // (no agent: the meeting's sides, a summit "between", a possessive's trip, a visit "of X to Y")
  assert.deepEqual(readEvents("The summit between Nepal and Bhutan was postponed on Tuesday."), [
    "NPL>BTN 160 2024-05-14"
  ]);
  assert.deepEqual(readEvents("The Ghanaian president's trip to Togo was cancelled last week."), [
    "GHA>TGO 161 2024-05-13"
  ]);
  assert.deepEqual(
    readEvents("The visit of the Norwegian king to Egypt has been pushed back, officials said on Tuesday."),
    ["NOR>EGY 160 2024-05-14"]
  );
  // (talks broken off: 164)
  assert.deepEqual(dyads("Talks between Nepal and Bhutan were broken off on Tuesday."), ["NPL>BTN 164"]);
  // (an agent after "at the request of", past an aside: the requester toward the other side)
  assert.deepEqual(
    readEvents("Norway's visit to Egypt, planned for March, was put off at the request of Egypt last week."),
    ["EGY>NOR 160 2024-05-13"]
  );
  // Near misses: a meeting noun inside another noun's phrase is not the passive's subject; a meeting held is no
  // meeting put off; "recalled that" is speech.
  assert.deepEqual(readEvents("Preparations for the summit with Togo were postponed on Friday."), []);
  assert.ok(!readEvents("The summit between Nepal and Bhutan was held on Tuesday.").some((e) => / 16\d /.test(e)));
  assert.deepEqual(dyads("Ghana recalled that the summit with Togo had been a success."), []);
});

test("a noun of putting off, and a telling that a meeting will be put off, are the act of the one who put it off", () => {
  // (the noun: the sides of the meeting it names, or the subject of its clause)
  assert.deepEqual(readEvents("The postponement of the Nepal-Bhutan summit was announced on Tuesday."), [
    "NPL>BTN 160 2024-05-14"
  ]);
  assert.deepEqual(readEvents("Nepal announced on Tuesday the cancellation of the talks with Bhutan."), [
    "NPL>BTN 164 2024-05-14"
  ]);
  // (told to someone: the teller toward the told, dated by the telling)
  assert.deepEqual(
    readEvents(
      "Earlier this month, the Nepalese foreign ministry informed Bhutan that the summit, set for the autumn, would be delayed."
    ),
    ["NPL>BTN 160 2024-05-01"]
  );
  assert.ok(
    readEvents("Ghana notified Togo on Friday that the consultations had been called off.").includes(
      "GHA>TGO 161 2024-05-17"
    )
  );
  // Near misses: a sentence that only says no new date was set codes nothing; a telling about something else is no
  // putting off.
  assert.deepEqual(readEvents("No fresh date has been set."), []);
  assert.ok(!readEvents("Ghana informed Togo on Friday that the summit would go ahead.").some((e) => / 16\d /.test(e)));
});

test("an invitation declined and an envoy recalled; a summit skipped is a meeting rejected (125)", () => {
  // (a proposal to meet rejected, 125, as the dictionary reads "boycotted the summit")
  assert.deepEqual(dyads("Egypt declined Sudan's invitation on Tuesday."), ["EGY>SDN 125"]);
  // (a summit skipped is a meeting rejected, 125, as CAMEO 2.0 reads "stayed away from / boycotted the summit": the
  // project's convention since blind16's gold and docs/reading.md, session 17; review K11 had read it as no event)
  assert.deepEqual(dyads("The Egyptian president skipped the summit in Sudan on Tuesday."), ["EGY>SDN 125"]);
  // (what a declined invitation asks for is neither done nor planned)
  assert.ok(!readEvents("Nepal declined an invitation to visit Bhutan on Tuesday.").some((e) => / 036 | 042 /.test(e)));
  // (a state's representatives abroad by any title: 161)
  assert.deepEqual(dyads("Nepal recalled its envoy from Bhutan on Tuesday."), ["NPL>BTN 161"]);
  assert.deepEqual(dyads("Mongolia recalled its permanent representative to the SCO on Tuesday."), ["MNG>SCO 161"]);
  // Near misses: declining to comment is no rejection of an invitation; "recalled" a past event is no recall.
  assert.ok(!dyads("Egypt declined to comment on Sudan's invitation on Tuesday.").includes("EGY>SDN 125"));
  assert.ok(!dyads("Nepal recalled the envoy's visit to Bhutan on Tuesday.").includes("NPL>BTN 161"));
});

test("review K11: a pair's own meeting, the perfect passive, a report with 'said that', the particle after the object", () => {
  // (a coordinated subject and "their": both put it off, each toward the other)
  assert.deepEqual(dyads("Nepal and Bhutan called off their talks on Tuesday.").sort(), ["BTN>NPL 164", "NPL>BTN 164"]);
  assert.deepEqual(readEvents("Nepal and Bhutan have postponed their summit.").sort(), [
    "BTN>NPL 160 2024-05-20",
    "NPL>BTN 160 2024-05-20"
  ]);
  // (a perfect passive with no date of its own: the article's)
  assert.deepEqual(readEvents("The summit between Nepal and Bhutan has been postponed."), ["NPL>BTN 160 2024-05-20"]);
  // ("said that its summit … had been postponed": the sayer its possessive points to)
  assert.deepEqual(readEvents("Nepal said on Tuesday that its summit with Bhutan had been postponed."), [
    "NPL>BTN 160 2024-05-14"
  ]);
  // (the particle right after the verb, and after the object)
  assert.deepEqual(dyads("Nepal pushed back its summit with Bhutan on Tuesday."), ["NPL>BTN 160"]);
  assert.deepEqual(dyads("Nepal pushed its summit with Bhutan back to July on Tuesday."), ["NPL>BTN 160"]);
  // Near miss: a state pushed back to a table is no meeting put off.
  assert.ok(!dyads("Ghana pushed Togo back to the negotiating table on Friday.").some((d) => / 16\d$/.test(d)));
});
