/**
 * A page in an office holder's own words (issue 10, session 24; src/read/own-words.ts, src/read/first-person.ts): a
 * speech, a statement, a written answer or a thread by a minister, whose narration's "I" and "we" act for the
 * minister's state. Every page and sentence our own (South America, the Baltic states); pages dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";
import {rewriteFirstPerson} from "../src/read/first-person.js";
import {leadingStateIn, ownWordsOffice} from "../src/read/own-words.js";

const has = (events: string[], wanted: string) => assert.ok(events.includes(wanted), events.join(" | "));
const lacks = (events: string[], unwanted: RegExp) =>
  assert.ok(!events.some((e) => unwanted.test(e)), events.join(" | "));
const office = (title: string | undefined, ...lines: string[]) => ownWordsOffice(title, lines)?.office ?? "-";

test("a title naming a speech, remarks or a statement by an office", () => {
  assert.equal(office("Speech by Minister of State Jane Roe at the opening of the Andean Forum"), "Minister of State");
  assert.equal(office("Remarks by the President at the Mercosur summit in Asuncion"), "President");
  assert.equal(office("Opening statement by the Foreign Secretary"), "Foreign Secretary");
  assert.equal(office("Keynote address by Prime Minister Ana Soto"), "Prime Minister");
});

test("a line naming only an office under a person's name at the page's head", () => {
  assert.equal(
    office("Thread by @mlopez", "Maria Lopez", "@mlopez", "Minister of Foreign Affairs of the Republic of Chile"),
    "Minister of Foreign Affairs of the Republic of Chile"
  );
  assert.equal(
    office(
      "Question for the Foreign Office",
      "Dame Ruth Kerr",
      "Labour",
      "Minister of State (Foreign and Commonwealth Office)"
    ),
    "Minister of State (Foreign and Commonwealth Office)"
  );
});

test("near misses: a headline, a former holder, a caption, an office with no name above, an expert", () => {
  assert.equal(office("Minister Jane Roe visits Lima"), "-");
  assert.equal(office("Speech by a former minister sparks debate"), "-");
  assert.equal(office("Why Chile should sign", "Carlos Ruiz", "Former Ambassador of Peru to Belgium"), "-");
  assert.equal(office("Chile and Peru sign a deal", "By John Smith", "President of Chile Gabriel Ortega"), "-");
  assert.equal(office("Chile and Peru sign a deal", "Minister of Foreign Affairs of Chile"), "-");
  assert.equal(office("Lithium and the Andes", "Ana Vidal", "Senior Fellow, Andean Institute"), "-");
  // (an organisation's office: its "we" is the organisation's, not a state's)
  assert.equal(office("Statement by the Secretary General on the Andean floods"), "-");
  assert.equal(office("Speech by Commissioner Jane Roe at the Andean Forum"), "-");
  assert.equal(office("Remarks", "Jane Roe", "High Representative of the Union for Foreign Affairs"), "-");
});

test("the state named most: two mentions at least and no tie", () => {
  const counts = (...pairs: [string, number][]) => new Map(pairs);
  const state = (code: string) => code.length === 3 && code !== "CAS";
  assert.equal(leadingStateIn(counts(["CHL", 3], ["PER", 2], ["CAS", 5]), state), "CHL");
  assert.equal(leadingStateIn(counts(["CHL", 2], ["PER", 2]), state), undefined);
  assert.equal(leadingStateIn(counts(["CHL", 1]), state), undefined);
});

test("on the speaker's own page: a performative present and a 'will' of an act; views stay views", () => {
  const read = (s: string) => rewriteFirstPerson(s, "Chile", {firstPerson: true, holder: true, ownWords: true})?.text;
  assert.equal(read("We welcome Peru's decision."), "Chile welcomed Peru's decision.");
  assert.equal(read("I warmly congratulate Peru."), "Chile warmly congratulated Peru.");
  assert.equal(read("Tomorrow I will meet the Bolivian minister."), "Tomorrow Chile will meet the Bolivian minister.");
  assert.equal(read("I hope that Peru will join."), undefined);
  assert.equal(read("We will continue to press Peru."), undefined);
  assert.equal(read("I think Peru was right."), undefined);
  assert.equal(read("Last week I was in Lima."), "Last week Chile visited Lima.");
  assert.equal(read("I was in January in favour of it."), undefined);
  // (an interviewee's words: past acts only, as before)
  assert.equal(rewriteFirstPerson("We welcome Peru's decision.", "Chile", {firstPerson: true}), undefined);
});

const speech = (head: string[], ...paragraphs: string[]) => [...head, "", "20.05.2024", "", ...paragraphs].join("\n\n");

test("a minister's speech: 'I' and 'we' are the ministry's state (the page's home)", () => {
  const events = readEvents(
    speech(
      [
        "Ministry of Foreign Affairs of the Republic of Estonia",
        "Home > Newsroom > Speeches",
        "Speech by Foreign Minister Kadri Tamm at the Baltic Forum"
      ],
      "Ladies and gentlemen, thank you for coming to Tallinn.",
      "Last month I signed a memorandum on energy security with Latvia in Riga.",
      "Tomorrow I will meet the Foreign Minister of Lithuania in Vilnius.",
      "We warmly welcome Finland as a new member of the power link.",
      "I hope that Poland will join us soon, and I believe Sweden will follow.",
      "I welcome the fact that Norway and Denmark joined the cable project last year."
    )
  );
  // (the welcome is the speech's, of its day; "last year" dates what was welcomed)
  has(events, "EST>NOR 051 2024-05-20");
  has(events, "EST>LVA 057 2024-04-01");
  has(events, "EST>LTU 036 2024-05-20 planned");
  has(events, "EST>FIN 051 2024-05-20");
  lacks(events, /^EST>(?:POL|SWE) /);
});

test("a thread by a minister: the state the office line names", () => {
  const events = readEvents(
    [
      "ThreadReader",
      "",
      "Thread by @mlopez",
      "",
      "Maria Lopez",
      "@mlopez",
      "Minister of Foreign Affairs of the Republic of Chile",
      "",
      "1/3 A good day in Lima. We agreed with Peru to open a new border crossing this year.",
      "",
      "2/3 Tomorrow I will meet Bolivia's Foreign Minister in La Paz."
    ].join("\n")
  );
  // (session 33: a bare "this year" dates no act on a page dated to its day, here the crossing's opening, not the
  // agreement; the agreement is of the page's day)
  has(events, "CHL>PER 030 2024-05-20");
  has(events, "CHL>BOL 036 2024-05-20 planned");
});

test("a speech whose ministry names no state: the state the speech names most so far", () => {
  const events = readEvents(
    speech(
      ["Foreign Office", "Speech by Minister of State Ana Soto at the opening of the Andean Forum"],
      "Welcome to Santiago, and thank you to the Chilean Andean Society for organising this forum.",
      "Two years ago Chile hosted the first Andean energy meeting here in Santiago.",
      "Last month I signed a declaration on lithium with Bolivia in La Paz."
    )
  );
  has(events, "CHL>BOL 057 2024-04-01");
});

test("near misses: a former ambassador's op-ed, a think tank's 'we', a journalist's report", () => {
  const oped = readEvents(
    speech(
      [
        "ANDES REVIEW",
        "Opinion",
        "",
        "Why Peru should look east",
        "",
        "Carlos Ruiz",
        "Former Ambassador of Peru to Belgium"
      ],
      "When I was in Brussels, I signed many papers with Belgium.",
      "Tomorrow I will meet old friends from Bolivia.",
      "Last year we signed a trade agreement with Bolivia."
    )
  );
  lacks(oped, /^PER>/);
  const brief = readEvents(
    speech(
      ["Andean Institute", "Lithium and the Andes", "By Ana Vidal, Senior Fellow"],
      "In this brief we examine the lithium trade of Chile and Bolivia.",
      "We will meet Argentina's officials next month to discuss it."
    )
  );
  lacks(brief, /^CHL>ARG/);
  const report = readEvents(
    speech(
      ["MERIDIAN", "Chile and Peru talk trade"],
      "Chile and Peru held talks in Lima on Monday.",
      "We will meet the Bolivian minister tomorrow, an official said."
    )
  );
  lacks(report, /^(?:CHL|PER)>BOL 036/);
});
