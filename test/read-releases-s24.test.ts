/**
 * Official releases (issue 10, session 24): a bloc's members told without names as releases write them, capitalised
 * ("thanked the Member States", "The Participants …") and opening a sentence ("The participants supported the
 * proposal"), and their answer to a proposal told before by a noun alone (src/read/anaphora.ts memberGroup); an
 * exchange of notes or letters as a signed paper (src/read/light-verbs.ts, src/read/events-witnessed.ts). Every
 * sentence our own (other blocs, states and verbs than the sets'); the page is dated 2025-03-03.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

const read = (text: string) => readEvents(text, "2025-03-03");

test("a bloc's members capitalised or opening a sentence are the gathered organisation", () => {
  const events = read(
    "The SCO summit opened in Astana on Monday. Addressing the summit, Mirziyoyev thanked the Member States for their support."
  );
  assert.ok(events.includes("UZB>SCO 051 2025-03-03"), events.join("; "));
  const lower = read(
    "The CSTO session opened in Minsk on Monday. Opening the session, Lukashenko thanked the member states for their support."
  );
  assert.ok(lower.includes("BLR>CSTO 051 2025-03-03"), lower.join("; "));
  const opening = read(
    "The SCO summit opened in Astana on Monday. The member states agreed to hold the next summit in Minsk."
  );
  assert.ok(
    opening.some((e) => /^SCO>BLR 03/.test(e)),
    opening.join("; ")
  );
});

test("the members' answer to a proposal told before is an answer to its maker", () => {
  const supported = read(
    "The CSTO session opened in Minsk on Monday. Addressing the session, Tokayev proposed to hold joint exercises in Kazakhstan next year. The participants supported the proposal."
  );
  assert.ok(supported.includes("CSTO>KAZ 052 2025-03-03"), supported.join("; "));
  // (the code is the dictionary's for the verb and the noun: "welcomed the offer" 030, "supported the proposal" 052)
  const welcomed = read(
    "The SCO summit opened in Astana on Monday. Japarov offered to host the next meeting of the defence ministers. The Member States welcomed the offer."
  );
  assert.ok(
    welcomed.some((e) => /^SCO>KGZ /.test(e)),
    welcomed.join("; ")
  );
});

test("near misses: members who only discuss, no proposal before, a proposal too far back, no gathering", () => {
  const discussed = read(
    "The CSTO session opened in Minsk on Monday. Addressing the session, Tokayev proposed to hold joint exercises in Kazakhstan next year. The participants discussed the proposal."
  );
  assert.ok(!discussed.some((e) => /^CSTO>KAZ/.test(e)), discussed.join("; "));
  const none = read("The CSTO session opened in Minsk on Monday. The participants supported the proposal.");
  assert.ok(!none.some((e) => /^CSTO>/.test(e)), none.join("; "));
  const far = read(
    "The CSTO session opened in Minsk on Monday. Addressing the session, Tokayev proposed to hold joint exercises in Kazakhstan. The session lasted four hours. Ministers then spoke about budgets. Delegates also toured the city. The participants supported the proposal."
  );
  assert.ok(!far.some((e) => /^CSTO>KAZ 05/.test(e)), far.join("; "));
  const ungathered = read(
    "Tokayev proposed to hold joint exercises in Kazakhstan next year. The participants supported the proposal."
  );
  assert.deepEqual(
    ungathered.filter((e) => / 05\d /.test(e)),
    []
  );
});

test("an exchange of notes or of letters is a signed paper; an exchange of views is not", () => {
  assert.deepEqual(dyads("Korea and Mongolia signed an exchange of notes on visa exemption on Tuesday."), [
    "KOR>MNG 057",
    "MNG>KOR 057"
  ]);
  assert.deepEqual(dyads("Turkey and Azerbaijan signed an exchange of letters on visa-free travel."), [
    "TUR>AZE 057",
    "AZE>TUR 057"
  ]);
  assert.deepEqual(dyads("Korea and Mongolia signed off on an exchange of views."), []);
  assert.deepEqual(dyads("Korea sent notes to Mongolia."), []);
  const witnessed = read(
    "Korean Foreign Minister Cho Tae-yul met Mongolian Foreign Minister Battsetseg Batmunkh in Seoul on Monday. Following the meeting, the two ministers witnessed the signing of the Exchange of Notes concerning a loan for a power plant."
  );
  assert.ok(
    witnessed.some((e) => /^(KOR>MNG|MNG>KOR) 057/.test(e)),
    witnessed.join("; ")
  );
});
