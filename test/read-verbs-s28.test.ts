/**
 * The article reader's event codes, session 28 (issue 10: acts told by a noun or a participle with both sides named).
 * Every sentence here is our own, with states no fixture pairs this way (Peru, Chile, Bolivia, Ecuador); each rule comes
 * with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A sentence's events read as the body of a dated report (its first line a title). */
const read = (sentence: string) => readEvents(`Andean report\n\n${sentence}\n`).sort();
/** Only the signings (057) of a reading. */
const signings = (sentence: string) => read(sentence).filter((e) => / 057 /.test(e));

test("a paper an act is done under is signed by the clause's two sides, at the participle's own time", () => {
  // (English does an act under a paper its doers are parties to: "supplies Y under contracts signed in 2009")
  assert.deepEqual(signings("Peru supplies a large share of Chile's copper under contracts first signed in 2009."), [
    "CHL>PER 057 2009-01-01",
    "PER>CHL 057 2009-01-01"
  ]);
  // (a renewal after "and" is a signing of its own, at its own time)
  assert.deepEqual(
    signings("Peru supplies a large share of Chile's copper under contracts signed in 2009 and renewed in 2015."),
    ["CHL>PER 057 2009-01-01", "CHL>PER 057 2015-01-01", "PER>CHL 057 2009-01-01", "PER>CHL 057 2015-01-01"]
  );
  // (the "with" side and the side before the phrase)
  assert.deepEqual(
    signings("The port, which Peru took over under a ten-year agreement signed with Bolivia in May 2021, is idle."),
    ["BOL>PER 057 2021-05-01", "PER>BOL 057 2021-05-01"]
  );
  // (a phrase opening the sentence, its relative's subject unread: the main clause's subject is the other party)
  assert.deepEqual(
    signings("Under the agreement Petroandes signed with Bolivia in January 2023, Peru has access to Bolivian ports."),
    ["BOL>PER 057 2023-01-01", "PER>BOL 057 2023-01-01"]
  );
});

test("near misses of a paper an act is done under", () => {
  // (no time of its own: the paper is only named)
  assert.deepEqual(signings("Peru supplies copper to Chile under a long-term contract."), []);
  // (a paper still to come)
  assert.deepEqual(signings("Peru will supply copper to Chile under a new contract signed in 2025."), []);
  // (a clause naming three states: whose paper it is, the text does not say)
  assert.deepEqual(signings("Peru ships Chile's copper to Bolivia under a contract signed in 2019."), []);
  // (what is only asked under a paper: an infinitive's clause)
  assert.deepEqual(
    signings("Peru asked Chile to speed up the delivery of copper under an agreement signed in 2021."),
    []
  );
  // (one state alone)
  assert.deepEqual(signings("Peru exports copper under a framework deal signed in 2019."), []);
  // (the paper's own phrase names whose it is: the coder reads it as written)
  assert.ok(!signings("Peru sells gas under the Bolivian agreement signed in 2019.").some((e) => /2019/.test(e)));
});

test("a call on an office holder with nothing asked is a courtesy visit; a courtesy call paid is one too", () => {
  assert.deepEqual(
    read("Chilean Foreign Minister Alberto van Klaveren called on Peruvian President Dina Boluarte on Friday."),
    ["CHL>PER 042 2024-05-17"]
  );
  assert.deepEqual(read("Later, the Chilean minister called on the Peruvian Prime Minister at his office."), [
    "CHL>PER 042 2024-05-20"
  ]);
  // (a call still to come is a visit planned, 036)
  assert.deepEqual(
    read(
      "Chilean Foreign Minister Alberto van Klaveren is scheduled to pay a courtesy call on Peruvian President Dina Boluarte on Friday."
    ),
    ["CHL>PER 036 2024-05-20 planned"]
  );
  assert.deepEqual(
    read(
      "Chilean Foreign Minister Alberto van Klaveren paid a courtesy call on Peruvian President Dina Boluarte on Friday."
    ),
    ["CHL>PER 042 2024-05-17"]
  );
  // Near misses: what is asked makes it an appeal ("to release", "for restraint", past an apposition), a state called
  // on is asked, money paid and tribute paid keep their codes, "paid for the call centre" is no call.
  assert.deepEqual(
    read(
      "Chilean Foreign Minister Alberto van Klaveren called on Peruvian President Dina Boluarte to release the prisoners."
    ),
    ["CHL>PER 020 2024-05-20"]
  );
  assert.deepEqual(read("Chile called on the Peruvian President, Dina Boluarte, to release the prisoners."), [
    "CHL>PER 020 2024-05-20"
  ]);
  assert.deepEqual(read("Chile called on the Peruvian President for restraint."), ["CHL>PER 025 2024-05-20"]);
  assert.deepEqual(read("Chile called on Peru to release the prisoners."), ["CHL>PER 020 2024-05-20"]);
  assert.deepEqual(read("Chile paid $5 million to Peru on Friday."), ["CHL>PER 061 2024-05-17"]);
  assert.deepEqual(read("Chilean Foreign Minister Alberto van Klaveren paid tribute to Peru on Friday."), [
    "CHL>PER 017 2024-05-17"
  ]);
  assert.deepEqual(read("Chile paid for the call centre in Peru."), ["CHL>PER 061 2024-05-20"]);
});

test("an arrival still to come told without its verb ('is expected in Lima next week') is a visit planned", () => {
  assert.deepEqual(read("Chinese Vice Foreign Minister Sun Weidong is expected in Lima next week, a source said."), [
    "CHN>PER 036 2024-05-20 planned"
  ]);
  assert.deepEqual(read("Chinese leader Xi Jinping is due in Lima next month for talks on the port."), [
    "CHN>PER 036 2024-05-20 planned"
  ]);
  // Near misses: "due in part to", a time after "in" with no place, the subject's own capital (no visit).
  assert.deepEqual(read("Chinese leader Xi Jinping is due in part to Peru's pressure."), []);
  assert.deepEqual(read("Results of the Peruvian vote are expected in May."), []);
  assert.deepEqual(read("Peruvian President Dina Boluarte is expected in Lima on Monday."), []);
});
