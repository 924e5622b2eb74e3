import assert from "node:assert/strict";
import {test} from "node:test";
import {eventCoder} from "./helpers/events.js";
import {claimOf, readOk} from "./helpers/read.js";

// Session 35 (issue 10): a speaker's quoted words that say how things stand are the speaker's view even with no word
// of judgement: a copula's contraction ("It's a relic"), a verb in -s after a name ("Riga now sits at the heart of …"), a place
// that qualifies the copula's noun ("is a core partner in the Baltic region"), "the question is not whether …, but
// how"; and an institution's verb of judging ("The Authority assesses that …"). Every sentence here was written for
// these tests (ferries and harbours of our own), with near misses that must stay facts.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ferries and ports on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );
const lead =
  "Latvian Foreign Minister Anna Berzina arrived in Tallinn on Monday for talks on the ferry link with her counterpart Margus Tsahkna.";

test("a quotation telling how things stand is the speaker's view, with no word of judgement", () => {
  const d = readOk(
    news(
      lead,
      '"It\'s a relic of the Soviet years," Tsahkna said.',
      '"Riga now sits at the heart of the ferry trade," Tsahkna said.',
      '"Estonians remember who stood with them," Tsahkna said.',
      '"Latvia is a core partner in the Baltic region, with the longest coast," Tsahkna said.',
      '"Latvia is Estonia\'s gateway to Lithuania," Tsahkna said.',
      '"For us the question is not whether the ferry comes to Riga, but when," Tsahkna said.'
    ),
    {coder: eventCoder}
  );
  for (const q of [
    "relic of the Soviet years",
    "now sits at the heart",
    "remember who stood",
    "a core partner in the Baltic",
    "gateway to Lithuania",
    "the question is not whether"
  ]) {
    const c = claimOf(d, q);
    assert.equal(c?.kind, "assessment", q);
    assert.equal(c?.speaker, "Margus Tsahkna", q);
  }
});

test("quoted whereabouts, timetables and routines stay facts", () => {
  const d = readOk(
    news(
      lead,
      '"The ferry leaves at nine," Tsahkna said.',
      '"The minister is still in Riga," Tsahkna said.',
      '"The delegation flies to Riga tonight," Tsahkna said.',
      '"The port office is in Riga," Tsahkna said.',
      '"It\'s in Riga, next to the harbour," Tsahkna said.',
      '"The committee meets every Tuesday," Tsahkna said.',
      '"Tallinn sends its trucks to Riga every day," Tsahkna said.',
      '"The question of the timetable is on the agenda in Riga," Tsahkna said.'
    ),
    {coder: eventCoder}
  );
  for (const q of [
    "leaves at nine",
    "still in Riga",
    "flies to Riga",
    "port office is in Riga",
    "next to the harbour",
    "meets every Tuesday",
    "sends its trucks",
    "on the agenda in Riga"
  ])
    assert.equal(claimOf(d, q), undefined, q);
});

test("an institution's verb of judging reports its assessment", () => {
  const d = readOk(
    news(
      "The Baltic Ports Authority published its annual review of the ferry market on Monday.",
      "The Authority assesses that the Riga line lost its lead to the Tallinn line after the strike, and that its owners moved the fleet.",
      "The Authority reports that the Riga line carried 40,000 passengers in April."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "lost its lead")?.kind, "assessment");
  assert.equal(claimOf(d, "40,000 passengers"), undefined);
});

test("an office's plural abbreviation ends no sentence; a pronoun after it is the speaker's", () => {
  const d = readOk(
    news(
      "Governor Jane Holm met the Latvian ambassador on Monday to discuss the ferry tariff.",
      "Holm said she would raise the tariff with Sens. John Berg and Tom Lind.",
      '"It\'s a tariff from another century," she said.'
    ),
    {coder: eventCoder}
  );
  assert.ok(d.sentences.some((s) => s.text.includes("Sens. John Berg and Tom Lind.")));
  assert.equal(claimOf(d, "another century")?.speaker, "Jane Holm");
});

test("a capitalised word after 'the' starts no person's name: 'the Authority' speaks as the Authority", () => {
  const d = readOk(
    news(
      '"The ferry trade has outgrown its harbours," said Deputy Director of the Authority Maris Kalnins.',
      "The ferry review of the year came out on Monday.",
      "Authority also warned that the Riga line is among the most crowded routes on the Baltic."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "most crowded routes")?.speaker, "Authority");
});

test("an expectation with an aside of comparison before its 'to' is the speaker's forecast", () => {
  const d = readOk(
    news(
      lead,
      "Janis Ozols, a shipping analyst in Riga, was less sure.",
      'He expected the ferry contract, rather than the port treaty, to be "the real prize of this visit".',
      "He expected nothing from the talks, and went home to rest."
    ),
    {coder: eventCoder}
  );
  const c = claimOf(d, "rather than the port treaty");
  assert.equal(c?.kind, "forecast");
  assert.equal(c?.speaker, "Janis Ozols");
  assert.equal(claimOf(d, "went home to rest"), undefined);
});

test("a party's spokesperson on a field of policy speaks as that spokesperson, not as the byline", () => {
  const d = readOk(
    news(
      lead,
      "The opposition Reform Party's spokesperson on maritime affairs said the government should publish the ferry contract."
    ),
    {coder: eventCoder}
  );
  assert.equal(
    claimOf(d, "should publish the ferry contract")?.speaker,
    "the opposition Reform Party's spokesperson on maritime affairs"
  );
});
