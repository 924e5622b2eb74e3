/**
 * The shared clause finder (src/read/clauses.ts) and the rule that asks it which clause a date belongs to. Every
 * sentence here is our own, written for these tests (invented happenings among states no fixture pairs this way: Chile
 * and Peru, Egypt and Jordan, Armenia and Iran, Fiji and Samoa), and varies each condition the finder tests: a comma
 * before the relative or none, "that" / "which" / "who" / "whose" / "where" / a preposition before "which", a list's
 * commas inside the clause (with and without a comma before "and"), a regular and an irregular participle, the
 * date's form (a year, a month and year, "on 2 May", "last week"), a gerund, an event noun or a clause after a
 * subordinator, "that" or none after a reporting verb; with near misses that must not open a clause.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {clauseApart, clausesOfText, type ClauseKind} from "../src/read/clauses.js";
import {readEvents} from "./helpers/events.js";

/** The clauses of a sentence as "kind: text" (an adverbial's form after its kind). */
function spans(s: string): string[] {
  return clausesOfText(s).map((c) => `${c.kind}${c.form ? `/${c.form}` : ""}: ${s.slice(c.start, c.end)}`);
}
const kinds = (s: string): ClauseKind[] => clausesOfText(s).map((c) => c.kind);

test("a relative clause with or without a comma, opened by that, which, who, whose, where or a preposition", () => {
  assert.deepEqual(spans("Chile praised the dam that Peruvian engineers finished in 2021."), [
    "relative: that Peruvian engineers finished in 2021"
  ]);
  assert.deepEqual(spans("Chile praised the dam which Peruvian engineers finished in 2021."), [
    "relative: which Peruvian engineers finished in 2021"
  ]);
  assert.deepEqual(spans("Chile praised the dam, which Peruvian engineers finished in 2021, as a model."), [
    "relative: which Peruvian engineers finished in 2021"
  ]);
  assert.deepEqual(spans("Samoa thanked the pilots who carried the vaccines on 3 May."), [
    "relative: who carried the vaccines on 3 May"
  ]);
  assert.deepEqual(spans("Ghana, whose soldiers left the mission last week, filed a protest."), [
    "relative: whose soldiers left the mission last week"
  ]);
  assert.deepEqual(spans("The talks moved to Geneva, where mediators tabled a draft in May 2024."), [
    "relative: where mediators tabled a draft in May 2024"
  ]);
  // (a preposition outside any list of openers: "beneath which", and the usual "under which")
  assert.deepEqual(spans("Oman kept the pipeline beneath which the cables ran."), [
    "relative: beneath which the cables ran"
  ]);
  assert.deepEqual(spans("They revised the accord under which Oman pays the fee."), [
    "relative: under which Oman pays the fee"
  ]);
  // A relative inside the subject ends before the main verb.
  assert.deepEqual(spans("The storms that hit the coast in 2022 destroyed two ports."), [
    "relative: that hit the coast in 2022"
  ]);
});

test("a relative clause keeps a list's commas and ends at its own closing comma", () => {
  assert.deepEqual(
    spans("The fund, which lent money to Fiji, Samoa, Tonga and Vanuatu in 2020, will close next year."),
    ["relative: which lent money to Fiji, Samoa, Tonga and Vanuatu in 2020"]
  );
  // (an Oxford comma before "and"; lower-case nouns in the list)
  assert.deepEqual(spans("The agency, which shipped rice, beans, and flour to Haiti in March, ran out of funds."), [
    "relative: which shipped rice, beans, and flour to Haiti in March"
  ]);
  // Near miss: the comma after the clause is no list's (a verb follows): the main clause is outside.
  assert.deepEqual(spans("The fund, which lent money to Fiji, will close in June."), [
    "relative: which lent money to Fiji"
  ]);
});

test("'that' is no relative before a noun of time, nor after a reporting verb", () => {
  assert.deepEqual(spans("That year the two navies trained together."), []);
  assert.deepEqual(spans("The navies trained together that spring."), []);
  assert.deepEqual(kinds("He warned that the fee would rise."), ["reported"]);
  assert.deepEqual(kinds("He praised the accord that ended the strike."), ["relative"]);
});

test("a reduced relative: a noun's participle with a phrase of its own, regular or irregular, before any date form", () => {
  assert.deepEqual(spans("Ministers met at the forum, convened in Baku on 3 May, to discuss water."), [
    "reduced: convened in Baku on 3 May"
  ]);
  assert.deepEqual(spans("The mayors praised the bridge built with Korean money last year."), [
    "reduced: built with Korean money last year"
  ]);
  assert.deepEqual(spans("They renewed the pact signed in 2019."), ["reduced: signed in 2019"]);
  assert.deepEqual(spans("They renewed the pact drafted by lawyers in May 2020."), [
    "reduced: drafted by lawyers in May 2020"
  ]);
  // (a list's commas before the participle)
  assert.deepEqual(spans("They renewed the pact with Peru, Chile and Bolivia signed in 2019."), [
    "reduced: signed in 2019"
  ]);
  // (in the subject: a determiner's noun, its participle, then the main verb)
  assert.deepEqual(spans("The aid sent to Nepal in May reached the valleys."), ["reduced: sent to Nepal in May"]);
});

test("near misses: a participle after its subject, an auxiliary or a pronoun, or with an object, is the clause's verb", () => {
  assert.deepEqual(spans("Peru signed with Chile in 2019."), []);
  assert.deepEqual(spans("The pact was signed in 2019."), []);
  assert.deepEqual(spans("They signed in Lima on Monday."), []);
  assert.deepEqual(spans("Peru signed a fishing pact in 2019."), []);
  // (a report's inverted subject after a comma: its verb is its own clause's)
  assert.deepEqual(spans("Japan will lend money to Laos, Foreign Minister Ito said on Tuesday."), []);
  assert.deepEqual(spans("The bank will cut rates, the governor said in May."), []);
});

test("reported clauses: each of 'said that A, and added that B'; a person and a time between verb and 'that'; none", () => {
  assert.deepEqual(spans("The minister said that the fee was fair, and added that Oman would pay it."), [
    "reported: that the fee was fair",
    "reported: that Oman would pay it"
  ]);
  assert.deepEqual(spans("She told lawmakers on Friday that the border would reopen."), [
    "reported: that the border would reopen"
  ]);
  assert.deepEqual(spans("The bank announced in a statement that it had cut rates."), [
    "reported: that it had cut rates"
  ]);
  assert.deepEqual(spans("He said that prices had risen and that exports would fall."), [
    "reported: that prices had risen",
    "reported: that exports would fall"
  ]);
  // (no "that": a pronoun subject and its verb)
  assert.deepEqual(spans("He said it would take years."), ["reported: it would take years"]);
  assert.deepEqual(spans("They insisted she had never signed."), ["reported: she had never signed"]);
});

test("adverbial clauses: a gerund, an event noun or a clause of its own after a subordinator", () => {
  assert.deepEqual(spans("The king left after signing the charter."), ["adverbial/gerund: after signing the charter"]);
  assert.deepEqual(spans("The king left after talks with the regent."), [
    "adverbial/noun: after talks with the regent"
  ]);
  assert.deepEqual(spans("The king left after the regent resigned."), ["adverbial/finite: after the regent resigned"]);
  assert.deepEqual(spans("Since relations soured in 2022, trade has fallen."), [
    "adverbial/finite: Since relations soured in 2022"
  ]);
  assert.deepEqual(spans("The premier spoke while receiving the envoy."), [
    "adverbial/gerund: while receiving the envoy"
  ]);
  // (a subordinator outside the usual after/before: "following", "upon")
  assert.deepEqual(spans("Prices rose following the drought in the north."), [
    "adverbial/noun: following the drought in the north"
  ]);
  // Near misses: a date or a number after the subordinator; "as" before a bare noun phrase.
  assert.deepEqual(spans("Trade has doubled since 2019."), []);
  assert.deepEqual(spans("Nothing changed after May."), []);
  assert.deepEqual(spans("She served as the minister."), []);
});

test("clauseApart: the date's own clause, which does not hold the act's word", () => {
  const s = "Peru thanked Chile for the pumps that its engineers installed in 2023.";
  const cs = clausesOfText(s);
  const date = s.indexOf("2023");
  assert.equal(clauseApart(cs, date, s.indexOf("thanked"))?.kind, "relative");
  assert.equal(clauseApart(cs, date, s.indexOf("installed")), undefined);
  assert.equal(clauseApart(cs, date, s.indexOf("thanked"), ["reduced"]), undefined);
});

test("an act is not dated by a relative or reduced clause of a later noun (comma or none, 'that', a list inside)", () => {
  // (review K3: constructions of our own, other than any fixture's; only the act's own date is asserted)
  const dated = (text: string, prefix: string) =>
    readEvents(text)
      .filter((e) => e.startsWith(prefix))
      .map((e) => e.split(" ")[2]);
  // A "that" relative, no comma, whose subject is a state: the condemnation is the article's, not 2021.
  assert.deepEqual(dated("Chile condemned the embargo that Peru imposed on its fishing fleet in 2021.", "CHL>"), [
    "2024-05-20"
  ]);
  // A relative clause after a comma whose list of states holds commas.
  assert.deepEqual(
    dated("Ghana criticised Togo over the fishing fund, which paid Benin, Niger, Mali and Chad in May 2021.", "GHA>"),
    ["2024-05-20"]
  );
  // A reduced relative with its agent and "last week".
  assert.deepEqual(dated("Egypt praised Jordan for a water plan drafted by its engineers last week.", "EGY>"), [
    "2024-05-20"
  ]);
  // Near misses (review K2): the clause's noun is the act's occasion — a forum it was held at, a visit it happened
  // during — or the participle tells a property, not a happening: the date is the act's.
  assert.deepEqual(dated("Egypt's president met Jordan's king at a forum held in Aqaba on 2 May.", "EGY>"), [
    "2024-05-02"
  ]);
  assert.deepEqual(dated("Peru signed a fishing deal with Chile during a visit to Lima that ended on 2 May.", "PER>"), [
    "2024-05-02"
  ]);
  // (review K21: the sale must be found, and dated by the main clause)
  const sale = dated("Peru sold Chile a frigate priced at $40 million on 2 May.", "PER>");
  assert.ok(sale.length > 0 && sale.every((d) => d === "2024-05-02"), sale.join("; "));
  // … and a place is no occasion: "at the port in Callao, where the minister arrived on 2 May" dates the arrival.
  assert.deepEqual(
    dated(
      "Peru signed a fishing deal with Chile at the naval port of Callao, where the Chilean minister landed on 2 May.",
      "PER>"
    ),
    ["2024-05-20"]
  );
  // The act's own date after its object, and after a relative clause before it.
  assert.deepEqual(readEvents("Egypt and Jordan signed a water accord in Amman on 2 May."), [
    "EGY>JOR 057 2024-05-02",
    "JOR>EGY 057 2024-05-02"
  ]);
  assert.deepEqual(readEvents("Egypt, which hosted the talks, signed a deal with Jordan on 2 May."), [
    "EGY>JOR 057 2024-05-02",
    "JOR>EGY 057 2024-05-02"
  ]);
});

test("review K16: 'that' before a noun phrase with no verb is a determiner; 'so that' opens an adverbial clause; a report's verb after its subject is no participle", () => {
  assert.deepEqual(spans("Oman rejected that offer from Yemen on 4 June."), []);
  assert.deepEqual(kinds("Oman cut its tariffs so that Yemeni exports could grow."), ["adverbial"]);
  assert.deepEqual(kinds("Oman cut its tariffs now that the war has ended."), ["adverbial"]);
  assert.deepEqual(spans("Exports rose, the agency said in a note published on 4 June."), [
    "reduced: published on 4 June"
  ]);
});
