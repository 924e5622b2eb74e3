/**
 * Figures (issue 10, session 34): what an amount measures when the clause before it says the thing is at a level ("…
 * is negligible, at about …", "… remain modest at …", "… remains …", "interest runs at …", "reached a record …"), a sum
 * a pronoun's side gives after its own verb of saying ("X announced that it would provide a further …"); a ratio's
 * second term is no count ("one household in three"); a paper's year is no time of the figure ("under the 1994 …
 * treaty"); "Rs" on a page of a state counting in rupees is that state's. Every sentence here is our own, written for
 * these tests.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const read = (text: string, home?: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s", articleDate: "2025-06-01", ...(home ? {home} : {})});
const whats = (text: string) => read(text).map((f) => `${f.text}: ${f.what}`);

test("a thing said to be at a level by a verb of being and an adjective, or by 'remains', 'runs at', 'a record'", () => {
  assert.deepEqual(
    whats("Freight between the two ports is negligible, at about $12 million last year, mostly fruit."),
    ["$12 million: Freight between the two ports"]
  );
  assert.deepEqual(
    whats("Tajik exports to the three countries nevertheless remain modest at about $9.5 million in 2024."),
    ["$9.5 million: Tajik exports to the three countries"]
  );
  assert.deepEqual(whats("The appeal is slow, and meanwhile interest runs at roughly $40,000 a day."), [
    "$40,000: interest"
  ]);
  assert.deepEqual(whats("Output guidance for the year remains 25,000 tonnes."), [
    "25,000 tonnes: Output guidance for the year"
  ]);
  assert.deepEqual(whats("Trade between Bhutan and Nepal reached a record $43 million in 2024."), [
    "$43 million: Trade between Bhutan and Nepal"
  ]);
  // near misses: a participle or a preposition after the verb of being stays as before
  assert.deepEqual(whats("Freight between the two ports is expected to reach $12 million."), [
    "$12 million: Freight between the two ports"
  ]);
});

test("a sum a pronoun's side gives, named before its verb of saying", () => {
  assert.deepEqual(
    whats("The Asian Development Bank announced last month that it would provide a further $3 million for the canal."),
    ["$3 million: money provided by the Asian Development Bank for the canal"]
  );
  // near miss: a person's "said it" names no giver of the sum (a name, no office: the pronoun is left unread)
  assert.deepEqual(whats("The minister said it would give $5 million to the port."), [
    "$5 million: money given to the port"
  ]);
});

test("a ratio's second term is no count; a paper's year is no time of the figure", () => {
  assert.deepEqual(
    read("The fund estimates that one household in three depends on fishing.").map((f) => f.text),
    []
  );
  assert.deepEqual(
    read("The fund estimates that one in five families depends on fishing.").map((f) => f.text),
    []
  );
  // near misses: a count after "in" with no ratio's first term before it, or after a count of its own
  assert.deepEqual(
    read("In three provinces, 40 families were moved.").map((f) => f.text),
    ["three provinces", "40 families"]
  );
  assert.deepEqual(
    read("Of 40 families in 12 villages, most were moved.").map((f) => f.text),
    ["40 families", "12 villages"]
  );
  const award = read(
    "The tribunal ordered the state to pay $214 million under the 1994 Tajikistan–Iran investment treaty."
  );
  assert.equal(award[0]?.year, 2025);
  // near miss: a year of the figure's own, "in 1994", still dates it
  assert.equal(read("The state paid $214 million in 1994 under the investment treaty.")[0]?.year, 1994);
});

test("'Rs' and 'rupees' on a page of a state counting in rupees are its own; elsewhere India's", () => {
  assert.equal(read("Trade reached about Rs 620 million last year.", "NPL")[0]?.unit, "million NPR");
  assert.equal(read("Trade reached about 620 million rupees last year.", "LKA")[0]?.unit, "million LKR");
  assert.equal(read("Trade reached about Rs 620 million last year.", "IND")[0]?.unit, "million INR");
  assert.equal(read("Trade reached about Rs 620 million last year.")[0]?.unit, "million INR");
  // near miss: India's rupees named on a Nepali page stay India's
  assert.equal(read("Trade reached 4 billion Indian rupees last year.", "NPL")[0]?.unit, "billion INR");
});
