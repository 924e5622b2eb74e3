/**
 * Plans that fell through, session 16 (review K19 of session 15; src/read/modality.ts unrealPlan,
 * modality-status.ts occasionStatus, modality-description.ts standingDescription): a perfect infinitive after a past
 * plan ("was to have met", "were due to have signed"), a plan told in the pluperfect ("had been due to visit", "had
 * been meant to …", "had planned to sign"), an occasion whose schedule set off by commas was dropped, and a standing
 * description over "a century" are no events. Every sentence here is our own, written for these tests (Iberian,
 * Baltic, Nordic, Caucasian, Andean and South-East Asian states that no fixture pairs this way); each form is varied,
 * with near misses that keep their reading.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads} from "./helpers/events.js";

test("a perfect infinitive after a past plan tells a plan that fell through: no event", () => {
  assert.deepEqual(dyads("Chile and Peru were to have met in Arica last month."), []);
  // (after a plan word: due, scheduled)
  assert.deepEqual(dyads("The Latvian government and Lithuania were due to have met in Riga in May."), []);
  assert.deepEqual(dyads("Spain's foreign minister was scheduled to have visited Lisbon in March."), []);
  // Near misses: "was due to sign" is a plan still (an intent, 03x); a pluperfect act is an act.
  assert.deepEqual(dyads("The Spanish minister was due to sign the accord with Portugal on Friday."), ["ESP>PRT 032"]);
  assert.deepEqual(dyads("Estonia had signed the accord with Latvia in June."), ["EST>LVA 057", "LVA>EST 057"]);
});

test("a plan told in the pluperfect is off: 'had been due / meant / expected to', 'had planned to'", () => {
  assert.deepEqual(dyads("The Finnish president had been due to visit Estonia in March."), []);
  assert.deepEqual(dyads("Norway had been expected to host the Danish delegation in April."), []);
  // (the plan word itself as the coded verb: "had been meant to", "had planned to")
  assert.deepEqual(dyads("A summit between the Georgian president and Armenia had been meant to crown the year."), []);
  assert.deepEqual(dyads("Thailand and Laos had originally planned to sign a river pact in June."), []);
  // Near miss: a plan told in the simple past is an intent.
  assert.deepEqual(dyads("Thailand and Laos planned to sign a river pact in June."), ["THA>LAO 032", "LAO>THA 032"]);
});

test("an occasion whose schedule, set off by commas after its sides, was dropped or axed is no meeting", () => {
  // (the calling off is the act, root 16: review L7 of session 16, read since session 17 with an adverb before the
  // participle and "May" as the month)
  assert.deepEqual(dyads("Talks between the Bolivian government and Ecuador, initially planned for May, were axed."), [
    "BOL>ECU 164"
  ]);
  assert.deepEqual(
    dyads("Talks between the Polish government and Lithuania, originally set for last month, were dropped."),
    []
  );
  // Near miss: a schedule kept is a planned meeting (an intent to meet).
  assert.deepEqual(
    dyads("Talks between the Polish government and Lithuania, originally set for next month, will go ahead."),
    ["POL>LTU 036", "LTU>POL 036"]
  );
});

test("a participle of rule with its agent over 'a century' or 'two generations' is a standing description", () => {
  assert.deepEqual(dyads("Laos, ruled for a century by France, is holding elections next year."), []);
  // Near miss: the same agent with a date of its own is an act of its time.
  assert.deepEqual(dyads("Laos, invaded by Thailand in March 1941, signed a truce."), ["THA>LAO 192"]);
});
