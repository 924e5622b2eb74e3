import assert from "node:assert/strict";
import {test} from "node:test";
import {isSchedule} from "../src/read/claims.js";
import {eventCoder} from "./helpers/events.js";
import {analysisPage, claimOf, readOk} from "./helpers/read.js";

// Session 30 (issue 10): claims and their speakers. A journey's next leg, a ceremony's roles and a paper's terms "under
// which" are schedules, not forecasts; "the minister" of a state's own site is its minister; a saying inside "every time
// X says" names no source; "The statement" speaks for the body that issued it; "I do not believe that figure"; "And
// third, do not …" in an answer's list; an organisation's office ("the Secretary General") and a title for a region
// before a name; groups by the side they take ("Supporters of the treaty"), "Some of my colleagues", officials "I have
// met in X and Y"; "find that model attractive". Every sentence here was written for these tests, with near misses.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ports and ferries on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );

test("a journey's next leg, a ceremony's roles and a paper's terms are schedules, not forecasts", () => {
  for (const s of [
    "She will instead return to Riga via Vilnius.",
    "The president is expected to depart for Tallinn on Friday, where he will open a port.",
    "The minister will be accompanied by representatives of twelve shipping firms.",
    "The forum will be opened by the Latvian ambassador, Anna Berzina.",
    "Riga accepted the invitation; the dates will be agreed through diplomatic channels.",
    "The two ministers signed a memorandum under which Latvian colleges will train Kazakh port staff.",
    "Last year Riga and Astana signed a labour agreement under which Latvian firms may hire Kazakh welders.",
    "Under the ferry pact, the state line will carry 40,000 lorries a year."
  ])
    assert.equal(isSchedule(s), true, s);
  // near misses: a return, a lead or a joining that is no journey or ceremony, and "under which" with no paper before
  for (const s of [
    "Growth will return to 4% next year.",
    "Investors will return to the market once sanctions ease.",
    "The new line will return to Riga the trade it lost.",
    "The recovery will be led by services and shipping.",
    "The region will be joined to Europe by the new rail line.",
    "It is unclear under which flag the ships will sail."
  ])
    assert.equal(isSchedule(s), false, s);
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina met her Kazakh counterpart in Astana on Monday.",
      "The two ministers signed a memorandum under which Latvian colleges will train Kazakh port staff.",
      "She will instead return to Riga via Vilnius."
    ),
    {}
  );
  assert.equal(claimOf(d, "Latvian colleges will train"), undefined);
  assert.equal(claimOf(d, "return to Riga"), undefined);
});

/** A state's own government site of our own: its masthead, its ministry's crumb, `body`, its copyright line. */
const governmentSite = (...body: string[]) =>
  [
    "Website of the Hungarian Government",
    "",
    "Ministry of Foreign Affairs and Trade › News",
    "",
    "Hungary and Kazakhstan open a river freight line",
    "",
    "05/12/2025 2:10 PM",
    "",
    ...body.flatMap((b) => [b, ""]),
    "© 2025 Government of Hungary | Legal notice"
  ].join("\n");

test('"the minister" on a state\'s own site is its minister, not a guest minister named last', () => {
  const body = [
    "Péter Szijjártó held talks in Budapest on Monday with Yermek Kosherbayev, Kazakhstan's Minister of Foreign Affairs.",
    '"River freight is the fastest way to bring our economies closer," the minister said after the talks.'
  ];
  const d = readOk(governmentSite(...body), {coder: eventCoder});
  assert.equal(claimOf(d, "River freight is the fastest way")?.speaker, "Péter Szijjártó");
  // near miss: the same story on a news page, which has no state of its own: the minister named last
  const n = readOk(news(...body), {coder: eventCoder});
  assert.equal(claimOf(n, "River freight is the fastest way")?.speaker, "Yermek Kosherbayev");
});

/** A Q/A interview page of our own: the interviewer's byline, a question, `answer` as the answer. */
const interview = (answer: string) =>
  [
    "Interview: Maria Lind on Baltic ports and Central Asia",
    "",
    "By Jane Roe",
    "",
    "12 May 2025",
    "",
    "Maria Lind is a researcher at the Riga Maritime Institute.",
    "",
    "Q: What should Riga do next?",
    "",
    `Lind: ${answer}`
  ].join("\n");

test("an answer's example of saying, its disbelief and its list's last imperative are the answerer's", () => {
  const d = readOk(
    interview(
      'Two things. First, Riga should publish the tariffs. And second, do not make the shippers wait. Whenever a Latvian minister says "trust us," the shippers hear a delay, and the answer will be no. The ministry says the port handled ten million tonnes. I do not believe that figure.'
    ),
    {}
  );
  assert.equal(claimOf(d, "do not make the shippers wait")?.kind, "recommendation");
  assert.equal(claimOf(d, "do not make the shippers wait")?.speaker, "Maria Lind");
  assert.equal(claimOf(d, "the shippers hear a delay")?.speaker, "Maria Lind");
  assert.equal(claimOf(d, "I do not believe that figure")?.kind, "assessment");
  // near misses: an item with no verb, and a first person that only does not know
  const n = readOk(interview("Two things. And second, the money. I do not know the figure."), {});
  assert.equal(claimOf(n, "the money"), undefined);
  assert.equal(claimOf(n, "know the figure"), undefined);
});

test('"The statement" speaks for the body that issued it; an office of an organisation is its holder', () => {
  const d = readOk(
    news(
      "Latvian Foreign Minister Anna Berzina met Kazakh officials in Astana, according to a statement from the Latvian foreign ministry.",
      'The statement described Kazakhstan as "an important partner on the Caspian."'
    ),
    {}
  );
  assert.equal(claimOf(d, "an important partner on the Caspian")?.speaker, "Latvian foreign ministry");
  const o = readOk(
    news(
      "OSCE Secretary General Feridun H. Sinirlioğlu visited the port of Riga on Monday.",
      "The Secretary General welcomed Latvia's offer and said the OSCE stood ready to support the ferry project.",
      '"Ports that work together are the best guarantee of peace," said ADB Director General for Central and West Asia Ingrid Holm.'
    ),
    {}
  );
  assert.equal(claimOf(o, "stood ready to support the ferry")?.speaker, "Feridun H. Sinirlioğlu");
  assert.equal(claimOf(o, "Ports that work together")?.speaker, "Ingrid Holm");
  // near miss: a title for a field before the name keeps the field's words out of the name
  const m = readOk(news('"The tariffs are too high," said Minister for Foreign Trade Anna Berzina.'), {});
  assert.equal(claimOf(m, "The tariffs are too high")?.speaker, "Anna Berzina");
});

test("groups by the side they take, the writer's colleagues, officials the writer met in two capitals", () => {
  const d = readOk(
    analysisPage(
      "Supporters of the treaty argue that the old quota is obsolete and that it harms Latvian ports. Some of my colleagues believe that Riga should wait. Critics of the plan, including a former minister, say it has done little for the ports. Latvian officials I have met in Riga and Vilnius say they find that model attractive."
    ),
    {}
  );
  assert.equal(claimOf(d, "the old quota is obsolete")?.speaker, "Supporters of the treaty");
  assert.equal(claimOf(d, "Riga should wait")?.speaker, "Some of my colleagues");
  assert.equal(claimOf(d, "has done little for the ports")?.speaker, "Critics of the plan");
  assert.equal(claimOf(d, "find that model attractive")?.speaker, "Latvian officials");
  assert.equal(claimOf(d, "find that model attractive")?.kind, "assessment");
  // near misses: the same groups acting, and a finding that is no judgement
  const n = readOk(
    analysisPage(
      "Critics of the plan met in Riga on Monday. Supporters of the president rallied in Vilnius. The inspectors found the port closed."
    ),
    {}
  );
  assert.equal(claimOf(n, "Critics of the plan")?.speaker === "Critics of the plan", false);
  assert.equal(claimOf(n, "Supporters of the president")?.speaker === "Supporters of the president", false);
  assert.equal(claimOf(n, "found the port closed")?.rule?.includes("found the port"), undefined);
});
