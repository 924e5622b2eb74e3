import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";
import {classifyClaim} from "../src/read/claims.js";

// Session 10 (issue 10): who speaks in forms the reader had not seen, in texts written for these tests.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "MNG", alias: "Mongolia"},
  {code: "TUR", alias: "Turkey"},
  {code: "CHN", alias: "China"}
];

const record = (labels: readonly [string, string], closing = "") =>
  `Statements for the press after the talks in Ulaanbaatar\n\n3 March 2026\n\n` +
  `The two leaders spoke to journalists after three hours of talks; the transcript follows.\n\n` +
  `${labels[0]}: In our talks we agreed on most points. For us, Mongolia is a reliable neighbour for Kazakhstan.\n\n` +
  `We will keep the border crossings open all year, and the new road must be finished before winter.\n\n` +
  `${labels[1]}: I can only confirm what my colleague said. Kazakhstan is one of our closest partners in the region, and nothing will shake that.\n\n` +
  `I am sure the power line will lower prices for households on both sides.\n` +
  closing;

test("an official record's turns, labelled with titles and a full name, are their speakers' and run over paragraphs", () => {
  const d = readOk(
    record([
      "President of Kazakhstan Kassym-Jomart Tokayev",
      "Prime Minister of Mongolia Luvsannamsrai Oyun-Erdene (via interpreter)"
    ]),
    {aliases}
  );
  assert.equal(voiceOf(d, "reliable neighbour").speaker, "Kassym-Jomart Tokayev");
  assert.equal(voiceOf(d, "reliable neighbour").kind, "answer");
  assert.equal(voiceOf(d, "border crossings open").speaker, "Kassym-Jomart Tokayev");
  assert.equal(voiceOf(d, "closest partners").speaker, "Luvsannamsrai Oyun-Erdene");
  assert.equal(claimOf(d, "lower prices")?.speaker, "Luvsannamsrai Oyun-Erdene");
  // the narration before the first label is nobody's turn
  assert.equal(voiceOf(d, "three hours of talks").kind, "narration");
  // heads of government stating positions are not experts
  assert.deepEqual(
    d.metadata.experts.map((e) => e.name),
    []
  );
});

test("near misses: one titled label, or labels that name no person, make no record of statements", () => {
  // a single titled label (a quoted line set as a paragraph) is no transcript
  const one = readOk(
    `Talks in Ulaanbaatar\n\n3 March 2026\n\nThe two leaders met for three hours on Tuesday.\n\n` +
      `President of Kazakhstan Kassym-Jomart Tokayev: the visit opens a new stage.\n\n` +
      `Mongolia is a reliable neighbour for Kazakhstan, officials in both capitals say.\n`,
    {aliases}
  );
  assert.notEqual(voiceOf(one, "reliable neighbour").speaker, "Kassym-Jomart Tokayev");
  // rubric labels ("Ministry of Energy of Mongolia: …") name no person
  const rubrics = readOk(
    record(["Ministry of Energy of Mongolia Press Office", "Embassy of Turkey in Mongolia Press Desk"]),
    {aliases}
  );
  assert.notEqual(voiceOf(rubrics, "reliable neighbour").kind, "answer");
});

test("'we are not going to <act>' binds the speaker's side; thanks and greetings are no claims", () => {
  assert.equal(
    classifyClaim("We are not going to recognise the breakaway region, whatever happens.")?.kind,
    "recommendation"
  );
  assert.equal(classifyClaim("We are going to open a second consulate in Bursa.")?.kind, "recommendation");
  // near miss: an outcome is foreseen, not undertaken
  assert.equal(classifyClaim("We are going to grow faster than our neighbours.")?.kind, "forecast");
  const d = readOk(
    record(
      ["President of Kazakhstan Kassym-Jomart Tokayev", "Prime Minister of Mongolia Luvsannamsrai Oyun-Erdene"],
      "\nLet me begin by thanking the people of Kazakhstan for their hospitality.\n\nWe warmly welcome the decision of the Turkish side to join the power line.\n"
    ),
    {aliases}
  );
  assert.equal(claimOf(d, "hospitality"), undefined);
  assert.equal(claimOf(d, "warmly welcome"), undefined);
  // near miss: a judgement after the thanks stays one
  const e = readOk(
    record(
      ["President of Kazakhstan Kassym-Jomart Tokayev", "Prime Minister of Mongolia Luvsannamsrai Oyun-Erdene"],
      "\nI thank our guests, because without their patience the deal would have been impossible.\n"
    ),
    {aliases}
  );
  assert.ok(claimOf(e, "impossible"));
});

const story = (paras: readonly string[]) =>
  `Tenge slides as refinery plans grow\n\nBy Staff Writer\n\n12 May 2026\n\n${paras.join("\n\n")}\n`;

test("'she' and 'he' look back to the person named last whose gender does not contradict the pronoun", () => {
  const d = readOk(
    story([
      "Economist Dana Seitova said the tenge was undervalued against the rouble by a wide margin.",
      "Energy Minister Arman Zholdasov announced on Monday that a new refinery would open near Shymkent.",
      "She added that the central bank would probably cut rates before the autumn."
    ]),
    {aliases}
  );
  assert.equal(voiceOf(d, "cut rates").speaker, "Dana Seitova");
  // near miss: "he" stays with the man named last
  const e = readOk(
    story([
      "Economist Dana Seitova said the tenge was undervalued against the rouble by a wide margin.",
      "Energy Minister Arman Zholdasov announced on Monday that a new refinery would open near Shymkent.",
      "He added that the plant would double the country's output of jet fuel."
    ]),
    {aliases}
  );
  assert.equal(voiceOf(e, "jet fuel").speaker, "Arman Zholdasov");
  // a title tells the gender where the surname does not
  const f = readOk(
    story([
      "Ms. Jordan Miller, a banker in Almaty, said lending to farmers was far too expensive.",
      "Mr. Samuel Park, the trade minister, told reporters that exports to China had risen.",
      "She argued that the state should guarantee part of the loans."
    ]),
    {aliases}
  );
  assert.equal(voiceOf(f, "guarantee part").speaker, "Jordan Miller");
});

test("an example of a group speaks; 'X, whose …, said'; a two-sentence quotation is one claim; a warning foresees", () => {
  const d = readOk(
    story([
      "Two Almaty bankers, among them Timur Ospanov of the Caspian Institute, have argued that the currency band is too narrow.",
      "Finance Minister Ruslan Abenov, whose ministry drafts the budget rule, told parliament the fund should not finance deficits.",
      '"We spent ten years building reserves. Nobody will waste them now," Abenov told parliament.',
      "Deputy Governor Ruslan Abenov warned that reserves could not cover every shock."
    ]),
    {aliases}
  );
  assert.equal(voiceOf(d, "band is too narrow").speaker, "Timur Ospanov");
  assert.equal(voiceOf(d, "finance deficits").speaker, "Ruslan Abenov");
  const quoted = claimOf(d, "Nobody will waste");
  assert.ok(quoted?.quote.startsWith('"We spent ten years'), quoted?.quote);
  assert.equal(claimOf(d, "every shock")?.kind, "forecast");
  // near miss: two quotations by different speakers stay apart
  const e = readOk(
    story([
      '"The band is too narrow," said Ospanov, an analyst. "Reserves are fine," said Abenov, the deputy governor.'
    ]),
    {aliases}
  );
  assert.ok(!claimOf(e, "band is too narrow")?.quote.includes("Reserves"));
});

test("facts and plans are no claims: membership, a page describing itself, a site's terms, a side's own target", () => {
  // review F18: a state or a membership denied is a fact
  assert.equal(classifyClaim("Mongolia is not a party to the treaty."), undefined);
  assert.equal(classifyClaim("The new bridge is not yet finished."), undefined);
  assert.equal(classifyClaim("Sanctions are not a strategy.")?.kind, "assessment");
  const d = readOk(
    story([
      "This timeline lists the main steps in the talks between Ankara and Astana since 2019.",
      "Mongolia remains an observer of the Shanghai Cooperation Organisation, as it has been since 2004.",
      "Mongolia is also an observer of the bloc, which narrows its room to court Washington openly.",
      "Kazakhstan and Turkey aim to raise their trade to $10 billion, officials in both capitals said.",
      "Analyst Dana Seitova said the government would seek to raise car exports to $2 billion by 2030.",
      "Kazakhstan declined to sign the charter, saying it would study the text first.",
      "Photos may be reused under a free licence; other terms may apply."
    ]),
    {aliases}
  );
  assert.equal(claimOf(d, "timeline lists"), undefined);
  assert.equal(claimOf(d, "as it has been since"), undefined);
  // (news narration judges nothing of its own; the sentence's kind is a judgement)
  assert.equal(
    classifyClaim("Mongolia is also an observer of the bloc, which narrows its room to court Washington openly.")?.kind,
    "assessment"
  );
  assert.equal(claimOf(d, "aim to raise"), undefined);
  assert.equal(claimOf(d, "car exports")?.kind, "forecast");
  assert.equal(claimOf(d, "study the text"), undefined);
  assert.equal(claimOf(d, "free licence"), undefined);
});

test("a word of judgement inside a hyphenated compound judges nothing; a contrast set off with commas judges", () => {
  const d = readOk(
    story([
      "The two leaders signed an agreement on good-neighbourly relations and a low-cost rail link.",
      "Ankara's trade with Astana grew alongside, not at the expense of, its trade with Moscow."
    ]),
    {aliases}
  );
  assert.equal(claimOf(d, "good-neighbourly"), undefined);
  assert.equal(
    classifyClaim("Ankara's trade grew alongside, not at the expense of, its trade with Moscow.")?.kind,
    "assessment"
  );
});

test("a hearing's list of witnesses names its experts; an official on it is none", () => {
  const d = readOk(
    "SENATE COMMITTEE ON ENERGY\n\nHearing: Critical minerals from Central Asia\n\nHearing Date: Tuesday, March 3, 2026\n\nWitnesses:\n" +
      "The Honorable Maria Lopez, Assistant Secretary of Energy, U.S. Department of Energy\n" +
      "Prof. Daniyar Kassymov, Director, Steppe Mining Research Centre\n" +
      "Ms. Helen Brandt, Former U.S. Ambassador to Mongolia\n\n" +
      "The committee met on Tuesday to review supply chains for rare earths and lithium from Kazakhstan and Mongolia.\n\n" +
      "Prof. Kassymov told senators that the region's lithium deposits were far larger than the official estimates.\n\n" +
      "Ambassador Brandt argued that Washington should offer long-term purchase contracts instead of grants.\n",
    {aliases}
  );
  assert.deepEqual(
    d.metadata.experts.map((e) => e.name),
    ["Daniyar Kassymov", "Helen Brandt"]
  );
  assert.equal(claimOf(d, "lithium deposits")?.speaker, "Daniyar Kassymov");
  assert.equal(claimOf(d, "purchase contracts")?.speaker, "Helen Brandt");
});

test("review G1, G8, G15: a box of reactions is no record; 'proposed' an act is no speech; a warning of a present state judges", () => {
  // G1: two titled labels before quotations only, then the correspondent's narration
  const d = readOk(
    "Capitals weigh the new corridor\n\nBy Lena Ortiz\n\n9 June 2026\n\nGovernments reacted on Tuesday to the rail deal between Turkey and Mongolia.\n\n" +
      'Prime Minister of Japan Hiroshi Tanaka: "A welcome step for trade."\n\n' +
      'President of Korea Min-jun Park: "We hope it opens new markets."\n\n' +
      "The line will cost about $2 billion and should open in 2029, officials in Ankara said.\n\n" +
      "Freight analysts expect tariffs on the route to drop sharply next year.\n",
    {aliases}
  );
  assert.notEqual(voiceOf(d, "Freight analysts").kind, "answer");
  assert.ok(d.claims.every((c) => c.speaker !== "Min-jun Park" || c.quote.includes("new markets")));
  // G8: proposing a thing is an act; "proposed that …" reports speech
  const e = readOk(
    story([
      "Mongolia proposed a joint customs post on the border, the two ministries said.",
      "Turkey proposed that the talks move to Istanbul because the venue was cheaper."
    ]),
    {aliases}
  );
  assert.notEqual(voiceOf(e, "customs post").speaker, "Mongolia");
  assert.equal(voiceOf(e, "move to Istanbul").speaker, "Turkey");
  // G15: a warning about how things stand judges; about what will come, foresees
  const f = readOk(
    story([
      "Economist Dana Seitova warned that the reservoir is already half empty.",
      "Economist Dana Seitova warned that the reservoir could run dry by August."
    ]),
    {aliases}
  );
  assert.equal(claimOf(f, "half empty")?.kind, "assessment");
  assert.equal(claimOf(f, "run dry")?.kind, "forecast");
});

test("review F12 (brief m1): two presenters reading a bulletin are no experts; their greeting is no claim", () => {
  const d = readOk(
    "Morning Report: grain corridor\n\n4 April 2026\n\n" +
      "ALIYA NURMAN: Good morning. Kyrgyzstan reopened its southern rail link overnight.\n\n" +
      "TOM BRAY: Economists say the new link is crucial for wheat exports.\n\n" +
      "ALIYA NURMAN: Freight trains resumed running through Osh at dawn.\n\n" +
      "TOM BRAY: Mongolia sent a delegation to the ceremony.",
    {format: "text", aliases}
  );
  assert.deepEqual(d.metadata.experts, []);
  assert.equal(claimOf(d, "Good morning"), undefined);
  assert.equal(claimOf(d, "crucial for wheat")?.speaker, "Economists");
  // near miss: a host who asks makes the one answering an interviewee, an expert
  const q = readOk(
    "Morning Report: grain corridor\n\n4 April 2026\n\n" +
      "TOM BRAY: Is the new link important for exports?\n\n" +
      "DANA ORAL: It is crucial for wheat, and prices will fall.\n\n" +
      "TOM BRAY: Why now?\n\n" +
      "DANA ORAL: Because the harvest was strong, the old road is too slow.",
    {format: "text", aliases}
  );
  assert.deepEqual(
    q.metadata.experts.map((e) => e.name),
    ["Dana Oral"]
  );
});
