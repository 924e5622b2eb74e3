import assert from "node:assert/strict";
import {test} from "node:test";
import {eventCoder} from "./helpers/events.js";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 33 (issue 10): who says a claim and what is one. A view opened by "For" and a person's name is whom the
// "she said" after it means; a quotation of how things stand whose attribution adds ", adding that …" takes the added
// clause's kind; a verb of judging ("considered that", "alleged that", "found that") reports a view; "the Court" is the
// court the text named in full; "the Kyrgyz minister", "the Kazakh deputy minister" are the ministers named before with
// the title; a relative clause whose verb follows its pronoun is no relative of saying. Every sentence here was written
// for these tests, with near misses.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ferries and ports on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );

test("a view opened by a person's name: the quotation after it is hers, and the next 'he' is the man named last", () => {
  const d = readOk(
    news(
      "Latvia's Foreign Minister Anna Berzina arrived in Tallinn on Monday with a delegation of ten companies.",
      "Estonian Foreign Minister Margus Tsahkna said Tallinn would welcome Latvian participation in the port project.",
      'For Maria Lind, a Baltic analyst at a Riga think tank, the visit comes late. "Finland and Sweden have had their presidents in Tallinn. Latvia has sent a minister," she said. She argued that Riga should open a trade office in Tartu as well.',
      'Tsahkna was more generous. "Latvia is a natural partner for us in the north," he said at the joint press conference, adding that he expected bilateral trade to double within five years.'
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(d, "Latvia has sent a minister").speaker, "Maria Lind");
  assert.equal(voiceOf(d, "She argued").speaker, "Maria Lind");
  assert.match(voiceOf(d, "natural partner").speaker ?? "", /Tsahkna$/);
  // the quotation states how things stand; the added clause foresees
  assert.equal(claimOf(d, "natural partner")?.kind, "forecast");
  // (the "For" sentence is the writer's narration, no claim of hers)
  assert.equal(voiceOf(d, "For Maria Lind").kind, "narration");
});

test("near misses: a 'For' of a place or a purpose names nobody; an attribution adding a plan's date adds no kind", () => {
  const d = readOk(
    news(
      "For Riga Port and its ferry lines, the season starts later than in Tallinn this year.",
      'Latvian Transport Minister Kaspars Briskens opened the new terminal on Monday. "The terminal has four berths," he said, adding that the ferries were already running.'
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(d, "For Riga Port").kind, "narration");
  assert.equal(claimOf(d, "four berths"), undefined);
});

test("a verb of judging reports a view: considered, alleged, found; the Court named in full before", () => {
  const d = readOk(
    news(
      "The European Court of Justice ruled on Tuesday on a complaint by a Latvian ferry operator, Baltic Line.",
      "Peteris Ozols, the company's director, alleged that Estonian port officials had delayed his ships for political reasons.",
      "The Court considered that such delays could not be justified by safety concerns.",
      "The Court found that there were substantial grounds for the complaint.",
      "Inspectors found that the ship carried 40 tonnes of fuel.",
      "The Court held that Estonia was to pay the operator 4,500 euros."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "alleged that")?.kind, "assessment");
  assert.equal(claimOf(d, "alleged that")?.speaker, "Peteris Ozols");
  assert.equal(claimOf(d, "considered that")?.speaker, "European Court of Justice");
  assert.equal(claimOf(d, "considered that")?.kind, "assessment");
  assert.equal(claimOf(d, "substantial grounds")?.speaker, "European Court of Justice");
  // near misses: a finding of a number reports a fact; a holding orders, no view
  assert.equal(claimOf(d, "40 tonnes"), undefined);
  assert.equal(claimOf(d, "held that"), undefined);
});

test("a state's minister by role: the minister named before with the title, a deputy for 'deputy minister'", () => {
  const d = readOk(
    news(
      "The Latvian side was headed by Deputy Foreign Minister Andris Kalnins, while the talks in Tallinn were opened by Foreign Minister Margus Tsahkna of Estonia.",
      "The Latvian deputy minister said Riga was ready to supply timber on long-term contracts.",
      "The Estonian minister said his country respected the freedom of navigation and supported a common ferry tariff."
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(d, "Latvian deputy minister").speaker, "Andris Kalnins");
  assert.equal(voiceOf(d, "Estonian minister said").speaker, "Margus Tsahkna");
});

test("a relative whose verb follows its pronoun is the subject's own clause, no relative of saying", () => {
  const d = readOk(
    news(
      'A diplomat in Riga who has followed the talks described the deal as "a trade of berths for tariffs," and said the port had dropped its objection.',
      'The port authority approved the plan, which shippers in Riga described as "overdue."'
    ),
    {coder: eventCoder}
  );
  assert.equal(voiceOf(d, "who has followed").embedded, undefined);
  assert.equal(claimOf(d, "who has followed")?.speaker, "A diplomat in Riga");
  // near miss: a relative of saying with its own subject stays that subject's
  assert.equal(voiceOf(d, "which shippers").embedded?.rule, "relative-of-saying");
});

test("a warning set off by 'however' and a complaint of what would happen foresee", () => {
  const d = readOk(
    news(
      "Latvian Transport Minister Kaspars Briskens opened the new ferry terminal in Riga on Monday.",
      "He warned, however, that Estonia would likely answer by cutting its own port fees, notably for freight.",
      "Baltic Line's director, Peteris Ozols, complained that his ships would lose the winter season if the terminal closed.",
      "The ferry operators complained loudly but changed nothing."
    ),
    {coder: eventCoder}
  );
  assert.equal(claimOf(d, "would likely answer")?.kind, "forecast");
  assert.equal(claimOf(d, "would lose the winter season")?.kind, "forecast");
  // near miss: a complaint with no "that"-clause foresees nothing
  assert.notEqual(claimOf(d, "complained loudly")?.kind, "forecast");
});
