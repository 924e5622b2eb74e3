import assert from "node:assert/strict";
import {test} from "node:test";
import {reportedClauses} from "../src/read/claims.js";
import {claimOf, readOk} from "./helpers/read.js";

// Session 16 (issue 10): a speaker's sentence of two clauses of different kinds gives one claim per clause. Every
// sentence here was written for these tests (Andean lithium, Baltic ferries, Icelandic fisheries, Mekong dams …), in
// words and constructions no fixture article uses, with near misses that must stay one claim.

const kinds = (t: string, speech?: "reported" | "quoted") =>
  reportedClauses(t, undefined, undefined, speech)?.map((p) => [p.kind, t.slice(p.from, p.to)]);

test("a speaker's clause with no cue of its own beside a forecast or advice is the speaker's assessment", () => {
  // a view opener, then ", and" + a clause with its own subject and "will"
  assert.deepEqual(
    kinds(
      "In her reading, Andean producers price their lithium by the Chilean benchmark, and Bolivia's share will shrink in the next decade.",
      "reported"
    ),
    [
      ["assessment", "In her reading, Andean producers price their lithium by the Chilean benchmark"],
      ["forecast", "Bolivia's share will shrink in the next decade"]
    ]
  );
  // a verb of thinking with its clause, then ", however" + a clause whose verb is "stay" (no auxiliary word list)
  assert.deepEqual(
    kinds(
      "Port engineers believe the new lock will double traffic, however questions of dredging remain unsettled.",
      "reported"
    ),
    [
      ["forecast", "Port engineers believe the new lock will double traffic"],
      ["assessment", "questions of dredging remain unsettled"]
    ]
  );
  // a quotation: two present clauses joined by "but", then advice; the two present clauses stay one claim
  assert.deepEqual(
    kinds(
      "Riga and Tallinn are neighbours, but they are also competitors, and Vilnius ought to exploit that.",
      "quoted"
    ),
    [
      ["assessment", "Riga and Tallinn are neighbours, but they are also competitors"],
      ["recommendation", "Vilnius ought to exploit that"]
    ]
  );
  // a refusal after "but" keeps its force once cut from the clause before it
  assert.deepEqual(
    kinds(
      "I must say that Iceland respects the quota regime, but still Reykjavik will never permit trawlers from outside to fish its banks.",
      "quoted"
    )?.map((p) => p[0]),
    ["assessment", "recommendation"]
  );
});

test("near misses: no speech, the speaker's verb alone, facts, second verbs, concessions and the speaker's own side", () => {
  const t =
    "In her reading, Andean producers price their lithium by the Chilean benchmark, and Bolivia's share will shrink.";
  // (narration: no speaker, so the clause without a cue joins the forecast as before)
  assert.equal(kinds(t), undefined);
  // (the first part is only the speaker's verb and its audience: nothing said in it)
  assert.equal(
    kinds("The minister spoke to fishermen in Akureyri, and the quota will rise next spring.", "reported"),
    undefined
  );
  // (a number without a word of judgement, a dated act, a state told by its participle: reports)
  assert.equal(
    kinds("Ferry traffic now exceeds 40,000 cars a month, and I am sure it will grow further.", "quoted"),
    undefined
  );
  assert.equal(
    kinds(
      "The operator said the ferry sailed from Klaipeda on Sunday, and the line will add a second ship.",
      "reported"
    ),
    undefined
  );
  assert.equal(
    kinds("The agency said its turbines were already insured, and the dam will reopen to traffic.", "reported"),
    undefined
  );
  // (a happening in the simple past, regular or irregular, beside advice: a report, not a view)
  assert.equal(
    kinds("The mayor insisted that the harbour must expand and that the two ferries collided twice.", "reported"),
    undefined
  );
  assert.equal(
    kinds("The mayor insisted that the harbour must expand, and the envoys spoke about it twice.", "reported"),
    undefined
  );
  // (a second verb of the same subject, not a clause of its own)
  assert.equal(
    kinds("The envoy said Laos welcomed the survey and called on Hanoi to share its river data.", "reported"),
    undefined
  );
  // (a concession: "may be …, but …" is one judgement)
  assert.equal(kinds("We might be a small market, but our engineers can compete with anyone.", "quoted"), undefined);
  // (the speaker's own side's future stays with the clause before it: a commitment)
  assert.equal(
    kinds(
      "The premier said both capitals had called for restraint and that both governments would publish the river data.",
      "reported"
    ),
    undefined
  );
});

test("in a read document: one claim per clause, each with its kind and the speaker's name", () => {
  const d = readOk(
    [
      "Mekong ferries face a dry season",
      "",
      "VIENTIANE, 4 March - Laos has opened a second ferry crossing on the Mekong.",
      "",
      '"Cambodia and Thailand buy from us, yet each of them undercuts our tariffs, and Vientiane should price its berths accordingly," said Somchai Phommavong, a logistics researcher at the National University of Laos.',
      "",
      "In Phommavong's opinion, river freight follows the rice harvest, and the new crossing will carry more fertiliser than rice."
    ].join("\n"),
    {}
  );
  const by = (q: string) => claimOf(d, q);
  assert.equal(by("undercuts our tariffs")?.kind, "assessment");
  assert.equal(by("price its berths")?.kind, "recommendation");
  assert.equal(by("follows the rice harvest")?.kind, "assessment");
  assert.equal(by("carry more fertiliser")?.kind, "forecast");
  assert.equal(by("carry more fertiliser")?.speaker, by("price its berths")?.speaker);
});

test("a named speaker's quoted words of how things stand are the speaker's assessment; happenings and figures are not", () => {
  const d = readOk(
    [
      "Baltic ferry operators meet in Klaipeda",
      "",
      "KLAIPEDA, 9 May - Lithuanian and Swedish ferry operators met on Thursday to discuss winter schedules.",
      "",
      '"Our harbours compete for the same trucks, but our sailors share the same storms," said Rasa Mockute, who chairs the Lithuanian shipowners\' association.',
      "",
      '"Shippers trust our crews more than any timetable," Mockute said.',
      "",
      '"We doubled the winter sailings and hired forty crew," Mockute said.',
      "",
      '"Traffic through the port reached 7 million tonnes," she said.',
      "",
      '"Will the Swedish side join the pool?" Mockute asked.',
      "",
      '"Gothenburg has always welcomed Lithuanian trucks," said Olle Berglund, a Swedish port official. "The northern route remains our busiest," he said.'
    ].join("\n"),
    {}
  );
  const by = (q: string) => claimOf(d, q);
  // a present copula with a contrast; a present verb after a plural subject (no cue word in either)
  assert.equal(by("share the same storms")?.kind, "assessment");
  assert.equal(by("share the same storms")?.speaker, "Rasa Mockute");
  assert.equal(by("more than any timetable")?.kind, "assessment");
  // a present perfect is a state too ("has always welcomed")
  assert.ok(by("always welcomed Lithuanian trucks"));
  // (a past happening, a figure, a question: no claim)
  assert.equal(by("doubled the winter sailings"), undefined);
  assert.equal(by("reached 7 million tonnes"), undefined);
  assert.equal(by("join the pool"), undefined);
  // (review L10: origin or kind after a copula, whereabouts, a count in words — facts, no claim)
  const f = readOk(
    [
      "Ferry operators meet in Klaipeda",
      "",
      "KLAIPEDA, 9 May - Lithuanian and Swedish ferry operators met on Thursday.",
      "",
      '"The turbines in our engine rooms are German," said Rasa Mockute, who chairs the shipowners\' association.',
      "",
      '"Most of our passengers are Latvian truckers," Mockute said.',
      "",
      '"The harbour master is away this week," Mockute said.',
      "",
      '"The terminal has three ramps and a waiting hall," Mockute said.'
    ].join("\n"),
    {}
  );
  for (const q of ["are German", "Latvian truckers", "away this week", "three ramps"])
    assert.equal(claimOf(f, q), undefined, q);
});
