/**
 * Not acts, by modal, aspect and copula structure, session 16 (issue 10, src/read/modality-ability.ts and the needs
 * among src/read/modality.ts's attitudes): an ability, a means or a right held; a means gerund under a modal of advice
 * or possibility; a counted group of people as subject; a need's object. Every sentence here is our own, written for
 * these tests (Iberian, Balkan, Nordic, East African, South and South-East Asian states that no fixture pairs this
 * way); each rule is varied along the conditions it tests (the noun or adjective of ability, "with which to", "in a
 * position to"; the modal and a coordinated gerund; the count word; the need's object), with near misses that keep
 * their reading.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads} from "./helpers/events.js";

test("an ability, a means or a right held governs no act: 'has the means to', 'is able to', 'is in a position to'", () => {
  assert.deepEqual(dyads("Egypt has the power to block Sudan's exports."), []);
  // (another noun with an adjective, the past "had", an adjective phrase "well placed")
  assert.deepEqual(dyads("Egypt has the legal authority to block Sudan's exports."), []);
  assert.deepEqual(dyads("Egypt had the means to block Sudan's exports."), []);
  assert.deepEqual(dyads("Egypt is well placed to mediate between Sudan and Chad."), []);
  // (review L6: nouns of opportunity and means, "enough <noun> to", a non-implicative phrase in the past)
  assert.deepEqual(dyads("Egypt has a chance to mediate between Sudan and Chad."), []);
  assert.deepEqual(dyads("Norway has enough gas to supply Sweden through the winter."), []);
  assert.deepEqual(dyads("Japan was in a position to lend Vietnam $2 billion in 2014."), []);
  assert.deepEqual(dyads("Japan has the means to lend Vietnam several billion dollars."), []);
  // (a noun of the lexicon no fixture uses; "with which to"; an adjective; "in a position to")
  assert.deepEqual(dyads("Portugal has the wherewithal to supply Spain with power."), []);
  assert.deepEqual(dyads("Norway retains instruments with which to punish Sweden."), []);
  assert.deepEqual(dyads("Finland is able to host Estonia's ministers at short notice."), []);
  assert.deepEqual(dyads("Kenya is in a position to mediate between Ethiopia and Eritrea."), []);
  // Near misses: "was able to" tells the act (an implicative in the past); an ability used tells it too.
  assert.deepEqual(dyads("Finland was able to persuade Estonia to join the pact."), ["FIN>EST 050"]);
  assert.deepEqual(dyads("Japan used its leverage to force Vietnam to reopen the port."), ["JPN>VNM 170"]);
});

test("a means gerund is in the mood of its clause: under 'should' or 'could' it is advice, not an act", () => {
  assert.deepEqual(dyads("Poland should answer Germany's pressure by inviting Lithuania to the talks."), []);
  // ("might", "ought to": the modal's kind varied)
  assert.deepEqual(dyads("Poland might answer Germany's pressure by inviting Lithuania to the talks."), []);
  assert.deepEqual(dyads("Poland ought to answer Germany's pressure by inviting Lithuania to the talks."), []);
  // (after "for example" and commas; a coordinated gerund of the same means)
  assert.deepEqual(dyads("Serbia could respond, for example, by funding a rail link to Hungary."), []);
  assert.deepEqual(
    dyads("Serbia should respond, say, by funding a rail link to Hungary and arming Hungarian border guards."),
    []
  );
  // Near misses: the same means told in the past; a modal in an earlier clause of its own (", and Oman won …").
  assert.deepEqual(dyads("Serbia responded by funding a rail link to Hungary."), ["SRB>HUN 061"]);
  assert.deepEqual(dyads("Poland answered Germany's pressure by inviting Lithuania to the talks."), ["POL>LTU 036"]);
  assert.deepEqual(dyads("Iran could not stop it, and Oman won the contract by supplying Qatar with gas."), [
    "OMN>QAT 060"
  ]);
});

test("a counted group of people as the subject is a statistic, not its state's act", () => {
  assert.deepEqual(dyads("More than 600,000 Indian tourists visited Nepal in 2023, a rise of a fifth."), []);
  // (a round count "thousands of"; a count of students, a noun no fixture counts)
  assert.deepEqual(dyads("Thousands of Tajik migrant workers left Russia after the attack."), []);
  assert.deepEqual(dyads("Some 40,000 Afghan students enrolled in Indian universities last year."), []);
  // Near misses: tourists not counted; a count of envoys or officials is an act of their state.
  assert.deepEqual(dyads("Indian tourists visited Nepal in 2023."), ["IND>NPL 042"]);
  assert.deepEqual(dyads("Two Indian envoys visited Nepal in March."), ["IND>NPL 042"]);
});

test("what a state needs is not done: a need's object noun, a gerund after an adjective included", () => {
  assert.deepEqual(dyads("Laos needed Thai financing and Vietnamese goodwill to finish the dam."), []);
  // Near misses: a span of time needed tells the act as done (review L6); what is signed, though needed, is done.
  assert.deepEqual(dyads("Ukraine needed two years to persuade Poland to send tanks."), ["UKR>POL 050"]);
  assert.deepEqual(dyads("Mongolia signed a deal with China it badly needed."), ["MNG>CHN 057", "CHN>MNG 057"]);
});
