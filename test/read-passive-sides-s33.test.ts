/**
 * The article reader's acts told in the passive, session 33 (issue 10: acts with both sides recoverable that the reader
 * did not read): a paper signed or a meeting put off with neither side named takes the latest act's two sides; a
 * meeting told as held ("consultations between X and Y were held in Z") is a reported happening without a date of its
 * own; a put-off meeting's agent after its new date ("postponed from December at the request of X") and a schedule's
 * passive joined by "but" to its putting off ("had been scheduled for October but were postponed"). Every sentence
 * here is our own, with states no fixture pairs this way (Peru, Chile, Bolivia); each rule comes with near misses that
 * must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A text's events read as the body of a dated report (its first line a title). */
const read = (body: string) => readEvents(`Andean report\n\n${body}\n`).sort();
/** The events of a reading whose CAMEO code starts with `prefix`, without their dates. */
const only = (events: string[], prefix: string) =>
  events.filter((e) => e.split(" ")[1]!.startsWith(prefix)).map((e) => e.split(" ").slice(0, 2).join(" "));

const TALKS = "Peru's foreign minister held talks with Chile's foreign minister in Lima on Monday.";

test("a paper signed in the passive, its signers unnamed, is the latest act's two sides' signing", () => {
  assert.deepEqual(
    only(read(`${TALKS} Following the talks, a protocol was signed on the creation of a joint working group.`), "057"),
    ["CHL>PER 057", "PER>CHL 057"]
  );
  assert.deepEqual(only(read(`${TALKS} The ministers discussed trade. Several documents were signed.`), "057"), [
    "CHL>PER 057",
    "PER>CHL 057"
  ]);
});

test("near misses of a paper signed in the passive: background, a third side, an act too far back", () => {
  // (a count or a span of papers told as background)
  assert.deepEqual(only(read(`${TALKS} Dozens of agreements have been signed since 1992.`), "057"), []);
  assert.deepEqual(only(read(`${TALKS} Dozens of agreements were signed over the years.`), "057"), []);
  // (the sentence names its own side)
  assert.deepEqual(only(read(`${TALKS} A contract was signed with Bolivia's state railway.`), "057"), []);
  // (no act of two sides in the two sentences before)
  assert.deepEqual(
    only(read(`${TALKS} Bolivia's economy grew by 3 percent. Prices fell. An agreement was signed on tariffs.`), "057"),
    []
  );
  // (a signing still to come is no signing)
  assert.deepEqual(only(read(`${TALKS} A protocol is expected to be signed next week.`), "057"), []);
});

test("a meeting put off in the passive, its sides unnamed, is the latest act's two sides'; a request names who", () => {
  assert.deepEqual(
    only(read(`${TALKS} The consultations were postponed from December at the request of the Chilean side.`), "16"),
    ["CHL>PER 161"]
  );
  assert.deepEqual(
    only(read("Peru asked Chile to support its bid. The meeting was cancelled after the election."), "16"),
    ["PER>CHL 161"]
  );
});

test("near misses of a meeting put off: its own sides named, a third party, no act before", () => {
  assert.deepEqual(only(read(`${TALKS} The meeting with Bolivia was postponed.`), "16"), []);
  assert.deepEqual(only(read("Bolivia's economy grew by 3 percent. The meeting was postponed."), "16"), []);
  // (a meeting still on the schedule is not put off)
  assert.deepEqual(only(read(`${TALKS} The next meeting was scheduled for October.`), "16"), []);
});

test("a put-off meeting's agent after its new or old date; a schedule joined by 'but' to its putting off", () => {
  assert.deepEqual(
    only(read("The summit between Peru and Chile was postponed to next year at the request of Chile."), "16"),
    ["CHL>PER 160"]
  );
  assert.deepEqual(
    only(read("The summit between Peru and Chile had been scheduled for October but was postponed."), "16"),
    ["PER>CHL 160"]
  );
  // (near miss: "but" before another verb of the meeting is no putting off)
  assert.deepEqual(
    only(read("The summit between Peru and Chile was held in October but ended without a deal."), "16"),
    []
  );
});

test("a meeting told as held in the past is a reported happening without a date of its own", () => {
  assert.deepEqual(
    only(read("Political consultations between the foreign ministries of Peru and Chile were held in Lima."), "04"),
    ["PER>CHL 040"]
  );
  assert.deepEqual(only(read("Talks between Peru and Chile took place in Lima."), "04"), ["CHL>PER 046"]);
});

test("near misses of a meeting told as held: a future, an unfulfilled plan, a negation, a habit", () => {
  assert.deepEqual(only(read("Consultations between Peru and Chile were to be held in Lima."), "04"), []);
  assert.deepEqual(only(read("Consultations between Peru and Chile were not held."), "04"), []);
  assert.deepEqual(only(read("Consultations between Peru and Chile are held every year."), "04"), []);
});

test("a journey put off in the passive, its traveller unnamed, is the latest act's doer's, toward the host named", () => {
  assert.deepEqual(
    only(
      read(
        "Peru's foreign minister signed a water deal with Chile in Santiago on Monday. He invited his Chilean counterpart to visit Lima. A visit to Bolivia that had been scheduled for Wednesday was called off on Monday."
      ),
      "16"
    ),
    ["PER>BOL 160"]
  );
  assert.deepEqual(
    only(
      read(
        "Peru's foreign minister met Chile's president in Santiago on Tuesday. A planned stop in Bolivia was dropped from the minister's itinerary last week."
      ),
      "16"
    ),
    ["PER>BOL 160"]
  );
  // (no host named: the latest act's other side)
  assert.deepEqual(
    only(
      read(
        "Peru's foreign minister held talks with Chile's foreign minister in Santiago on Tuesday. A planned trip to the Atacama observatory was cancelled for security reasons."
      ),
      "16"
    ),
    ["PER>CHL 161"]
  );
});

test("near misses of a journey put off: its traveller named, no act before, another actor named", () => {
  assert.deepEqual(
    only(
      read(
        "Peru's foreign minister met Chile's president in Santiago on Tuesday. A visit by the Chilean president to Lima was postponed."
      ),
      "16"
    ),
    ["CHL>PER 160"]
  );
  assert.deepEqual(only(read("Bolivia's economy grew. A visit to Chile was postponed."), "16"), []);
  assert.deepEqual(
    only(
      read(
        "Peru's foreign minister met Chile's president in Santiago on Tuesday. A visit to Brazil by Argentina's president was postponed."
      ),
      "16"
    ),
    []
  );
  // (a journey still planned is not put off)
  assert.deepEqual(
    only(
      read(
        "Peru's foreign minister met Chile's president in Santiago on Tuesday. A visit to Bolivia is planned for May."
      ),
      "16"
    ),
    []
  );
});
