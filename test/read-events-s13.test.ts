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
  assert.deepEqual(readEvents("Peru signed a fishing contract with Chile on Monday."), ["PER>CHL 057 2024-05-20"]);
  // (another verb of signing, an adjective before the paper, a month for a date)
  assert.deepEqual(readEvents("Egypt inked a ten-year gas contract with Israel in May."), ["EGY>ISR 057 2024-05-01"]);
  // (a compound subject signs together)
  assert.deepEqual(readEvents("Peru and Chile signed a contract on 3 May.").sort(), [
    "CHL>PER 057 2024-05-03",
    "PER>CHL 057 2024-05-03"
  ]);
  // Near misses: a contract awarded is the awarder's cooperation with the winner; a signing still to come is a plan.
  assert.deepEqual(dyads("Qatar awarded the contract to a Turkish firm."), ["QAT>TUR 061"]);
  assert.ok(
    readEvents("Qatar will sign a contract with Oman next month.").every((e) => !/ 057 /.test(e) && / planned$/.test(e))
  );
});
