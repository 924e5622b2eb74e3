/**
 * The article reader's event codes, session 31 (issue 10: acts told with both sides named that the reader did not
 * read): an object relative whose pronoun follows a name that completes another noun, goods sold to another side (and
 * goods a participle only describes, a sale only reported to exist), a flow restricted. Every sentence here is our own, with states no fixture pairs this way (Peru, Chile, Bolivia, Ecuador); each rule comes with near misses
 * that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A sentence's events read as the body of a dated report (its first line a title). */
const read = (sentence: string) => readEvents(`Andean report\n\n${sentence}\n`).sort();

test("an object relative after a name is about the noun the name completes, not the name", () => {
  assert.deepEqual(
    read(
      "Peru thanked Bolivia for its support in the talks on the Partnership and Cooperation Agreement with Chile, which Peru and Santiago signed in June 2023."
    ),
    ["CHL>PER 057 2023-06-01", "PER>BOL 051 2024-05-20", "PER>CHL 057 2023-06-01"]
  );
  assert.deepEqual(read("Peru recalled the trade agreement with Chile, which Lima and Santiago signed in March."), [
    "CHL>PER 057 2024-03-01",
    "PER>CHL 057 2024-03-01"
  ]);
});

test("near misses of a relative after a name: the name itself, a subject relative, a negation, a title that goes on", () => {
  // ("which" may stand for the state when it completes no noun: "Chile, which Bolivia considers an ally")
  assert.deepEqual(read("Peru praised Chile, which Bolivia considers an ally."), ["PER>CHL 051 2024-05-20"]);
  // (the pronoun is the relative's subject: Chile signed, as before)
  assert.deepEqual(read("Ecuador praised Chile, which signed a deal with Peru in March."), [
    "CHL>PER 057 2024-03-01",
    "ECU>CHL 051 2024-05-20",
    "PER>CHL 057 2024-03-01"
  ]);
  assert.deepEqual(read("Ecuador praised the deal with Chile, which Peru never signed."), ["ECU>CHL 051 2024-05-20"]);
  // (a capitalised noun that is no paper's title: the name goes on, "the International Year of Peace and Trust")
  assert.ok(
    !read(
      "Ecuador backed the resolution on the International Year of Peace and Trust, which Peru sponsored in March."
    ).some((e) => /^PER>/.test(e))
  );
});

test("goods sold to another side are economic cooperation; arms and drones military", () => {
  assert.deepEqual(read("Peru sold wheat and flour to Chile in 2020."), ["PER>CHL 061 2020-01-01"]);
  assert.deepEqual(read("Peru sold its stake in the mine to Chile's state company in 2020."), [
    "PER>CHL 061 2020-01-01"
  ]);
  assert.deepEqual(read("Peru sold drones to Chile in 2020."), ["PER>CHL 062 2020-01-01"]);
  assert.deepEqual(read("Peru has sold Wing Loong drones to Chile."), ["PER>CHL 062 2024-05-20"]);
});

test("near misses of goods sold: an idea sold, a buyer that is no side, goods described, a report that exists", () => {
  // (a participle after a noun a preposition governs describes the goods: no act of the sentence's subject)
  assert.deepEqual(read("Peru would not impose any export quotas on wheat sold to Chile next season."), []);
  assert.deepEqual(read("Peru imposed quotas on wheat exported to Chile in 2020."), []);
  // (… but an adverbial phrase before the clause's own verb is no such noun: "in turn")
  assert.deepEqual(read("The Peruvian minister in turn sold the wheat to Chile in 2020."), ["PER>CHL 061 2020-01-01"]);
  // (the existential "there were reports that" names no source and asserts nothing of the content; "reports said"
  // credits one)
  assert.deepEqual(
    read("There were reports in December that Peru had sold its stakes in two mines to Chilean buyers."),
    []
  );
  assert.deepEqual(read("There have been unconfirmed reports that Peru signed a deal with Chile."), []);
  assert.deepEqual(read("Reports in December said that Peru had signed a deal with Chile."), [
    "CHL>PER 057 2023-12-01",
    "PER>CHL 057 2023-12-01"
  ]);
  assert.deepEqual(read("Peru sold the idea to Chile in March."), []);
  assert.deepEqual(read("Peru sold bonds to investors in March."), []);
});

test("a flow restricted or curbed is stopped, as a flow halted is", () => {
  assert.deepEqual(read("Peru restricted exports of enriched uranium to Chile in November 2023."), [
    "PER>CHL 163 2023-11-01"
  ]);
  assert.deepEqual(read("Peru curbed grain exports to Chile in March."), ["PER>CHL 163 2024-03-01"]);
  // (an adjective, a plan)
  assert.deepEqual(read("Peru's restricted exports to Chile fell in March."), []);
  assert.deepEqual(read("Peru plans to restrict exports of copper to Chile."), []);
});
