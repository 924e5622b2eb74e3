/**
 * The status of acts, session 18 (issue 10; src/read/events-called-off.ts, nominal.ts): meetings and journeys called
 * off whose noun phrase holds an office the light tagger reads as a verb ("the head of state"), the parts of a journey,
 * missions and signings put off, and a side named only by the reporting clause that tells the calling off. Every
 * sentence here is our own, written for these tests (Nordic and Baltic states, which no fixture pairs this way); each
 * condition is varied one at a time, with near misses that must keep their reading.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** Source, target and code of each event of a one-sentence article. */
const acts = (s: string): string[] => readEvents(s).map((e) => e.split(" ").slice(0, 2).join(" "));

test("a visit by a head of state, called off, is root 16 (an office's noun is no verb that ends the search)", () => {
  assert.deepEqual(
    acts("A visit by the Finnish head of state to Estonia, which had been planned for May, was called off."),
    ["FIN>EST 160"]
  );
  assert.deepEqual(acts("A visit by the head of state of Finland to Estonia was postponed."), ["FIN>EST 160"]);
  // Near miss: the same visit, held, is a visit (042), not a calling off.
  assert.deepEqual(acts("A visit by the Finnish head of state to Estonia ended on Friday."), ["FIN>EST 042"]);
});

test("a journey's part, a mission and a signing put off are root 16; held, they are no act of their own here", () => {
  assert.deepEqual(acts("A planned stop by Swedish Prime Minister Ulf Kristersson in Latvia was postponed."), [
    "SWE>LVA 160"
  ]);
  assert.deepEqual(acts("A Danish trade mission to Estonia was postponed."), ["DNK>EST 160"]);
  assert.deepEqual(acts("A signing between Norway and Iceland on fisheries was pushed back."), ["NOR>ISL 160"]);
  // (a leg's adjective names the place; the traveller here is the teller, below)
  assert.deepEqual(acts("The Lithuanian leg of the tour was cancelled, the Norwegian foreign ministry said."), [
    "NOR>LTU 161"
  ]);
  // Near misses: the mission arrived, the conference was praised — neither is called off.
  assert.deepEqual(acts("A Danish trade mission to Estonia arrived on Monday."), []);
  assert.deepEqual(acts("The Danish foreign minister said the conference with Sweden had been a success."), []);
});

test("one side named, the other only as the teller of the reporting clause: the teller's side calls it off", () => {
  assert.deepEqual(
    acts(
      "A meeting with Estonian business leaders in Tallinn was cancelled, the Finnish embassy said, without giving a reason."
    ),
    ["FIN>EST 161"]
  );
  assert.deepEqual(
    acts("A meeting with Estonian officials was postponed, according to the Latvian foreign ministry."),
    ["LVA>EST 161"]
  );
  // (the agent "at the request of" toward the teller, the group finder's list across the clause's comma split)
  assert.deepEqual(
    acts(
      "A meeting of transport ministers, originally set for March in Riga, was put off at the request of the Latvian side, Estonian officials said."
    ),
    ["LVA>EST 161"]
  );
  // Near misses: a teller that is the named side, or names no state, gives no other side.
  assert.deepEqual(
    acts("A meeting with Estonian business leaders in Tallinn was cancelled, the Estonian embassy said."),
    []
  );
  assert.deepEqual(acts("A meeting with Estonian business leaders in Tallinn was cancelled, officials said."), []);
});

test("a meeting between a titled leader and another side names each side once", () => {
  assert.deepEqual(
    acts(
      "A meeting between Finnish President Stubb and Estonian business leaders that had been scheduled for Monday was cancelled."
    ),
    ["FIN>EST 161"]
  );
  assert.deepEqual(
    acts("A meeting between Norwegian Prime Minister Jonas Gahr Store and Estonian business leaders was cancelled."),
    ["NOR>EST 161"]
  );
});
