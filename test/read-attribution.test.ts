import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk, voiceOf, claimOf} from "./helpers/read.js";
import {classifyClaim, type ReadDocument} from "../src/read/index.js";

// Pages and sentences written for these tests (not from the seeds): who speaks, and what is a claim.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "UZB", alias: "Uzbekistan"},
  {code: "RUS", alias: "Russia"},
  {code: "CHN", alias: "China"},
  {code: "TUR", alias: "Turkey"},
  {code: "EU", alias: "European Union"}
];

const read = (text: string, given: {date?: string} = {}): ReadDocument => readOk(text, {aliases, given});

const WIRE = [
  "Uzbekistan weighs gas swap with Russia",
  "TASHKENT, 4 October 2024 (Steppe Wire) - Uzbekistan is negotiating a gas swap with Russia, the energy ministry said on Friday.",
  "«The swap will cover the winter deficit and keep prices stable for households,» Deputy Minister Aziz Karimov told reporters.",
  "He added that talks with China on a second pipeline had stalled.",
  "According to Dilnoza Rasulova, an economist at the Tashkent Policy Centre, the deal will deepen Uzbekistan's dependence on Russia. The country has few alternatives in the short run, she said.",
  "Rasulova said in an interview with Steppe Wire that Tashkent should diversify its suppliers before 2030. Dependence on one supplier is always risky for a small market. Exports to China fell in 2023.",
  "The ministers will meet in Samarkand on 12 November to sign the agreement.",
  "Karimov put it simply:",
  "“We are not choosing sides. We are choosing warm homes for our people.”"
].join("\n\n");

test("wire story: guillemets, «X told Y», according to X, X said in an interview with Y, colon-introduced quotes", () => {
  const d = read(WIRE);
  assert.equal(d.metadata.genre, "news");
  assert.equal(d.metadata.date, "2024-10-04");
  assert.equal(d.metadata.publisher, "Steppe Wire");
  // The speaker is the person's name; the title before it is the role.
  assert.deepEqual(
    [
      voiceOf(d, "The swap will cover").kind,
      voiceOf(d, "The swap will cover").speaker,
      voiceOf(d, "The swap will cover").role
    ],
    ["quote", "Aziz Karimov", "Deputy Minister"]
  );
  assert.equal(voiceOf(d, "He added that talks").speaker, "Aziz Karimov");
  assert.equal(voiceOf(d, "According to Dilnoza Rasulova").speaker, "Dilnoza Rasulova");
  assert.equal(voiceOf(d, "The country has few alternatives").speaker, "Dilnoza Rasulova");
  // A surname alone is the person named before in full.
  assert.equal(voiceOf(d, "Tashkent should diversify").speaker, "Dilnoza Rasulova");
  // A sentence that continues her reported view in the same paragraph is hers.
  assert.deepEqual(
    [voiceOf(d, "always risky").speaker, voiceOf(d, "always risky").rule],
    ["Dilnoza Rasulova", "continued-speech"]
  );
  assert.equal(voiceOf(d, "We are not choosing sides").speaker, "Aziz Karimov");
  assert.equal(claimOf(d, "The swap will cover")?.kind, "forecast");
  assert.equal(claimOf(d, "will deepen Uzbekistan's dependence")?.kind, "forecast");
  assert.equal(claimOf(d, "should diversify")?.kind, "recommendation");
  // The narration of a news story reports; a scheduled meeting is not a forecast.
  assert.equal(claimOf(d, "ministers will meet"), undefined);
  assert.equal(claimOf(d, "Uzbekistan is negotiating a gas swap"), undefined);
});

const ESSAY = [
  "Why Kazakhstan cannot afford to pick a side",
  "By Saule Omarova",
  "Kazakhstan has always tried to keep equal distance from Russia and China. This balancing act is increasingly difficult because both neighbours now expect open loyalty.",
  "The European Union, for its part, remains a distant but important investor. Its interest is mostly in raw materials.",
  "Astana should treat Turkey as a partner rather than a patron. In the coming years the pressure from Moscow will probably grow.",
  "In March 2023 Kazakhstan hosted a summit of Turkic states in Astana.",
  "The views expressed are the author's own."
].join("\n\n");

test("analysis: the author's own judgements are claims by the author, with or without a cue word", () => {
  const d = read(ESSAY);
  assert.equal(d.metadata.author, "Saule Omarova");
  assert.equal(d.metadata.genre, "analysis");
  const a = claimOf(d, "has always tried to keep equal distance")!;
  assert.deepEqual([a.speaker, a.kind], ["Saule Omarova", "assessment"]);
  assert.equal(claimOf(d, "increasingly difficult")?.kind, "assessment");
  assert.equal(claimOf(d, "remains a distant but important investor")?.kind, "assessment");
  assert.equal(claimOf(d, "should treat Turkey")?.kind, "recommendation");
  assert.equal(claimOf(d, "will probably grow")?.kind, "forecast");
  // A dated happening told plainly is a report, not a judgement.
  assert.equal(claimOf(d, "hosted a summit"), undefined);
});

const QA = [
  "Interview with Murat Seitkali",
  "Q: Will Central Asia integrate economically in the next decade?",
  "A: There are also such forecasts. I think integration will be slow, because the five economies compete for the same markets.",
  "Q: What should Uzbekistan do?",
  "A: Uzbekistan must open its borders to regional trade first."
].join("\n\n");

test("interview set as Q:/A: paragraphs: questions are never claims; not every answer sentence is a claim", () => {
  const d = read(QA);
  assert.equal(d.metadata.interview, true);
  assert.equal(voiceOf(d, "Will Central Asia integrate").kind, "question");
  assert.equal(voiceOf(d, "integration will be slow").speaker, "Murat Seitkali");
  assert.equal(claimOf(d, "There are also such forecasts"), undefined);
  assert.equal(claimOf(d, "integration will be slow")?.kind, "forecast");
  assert.equal(claimOf(d, "must open its borders")?.kind, "recommendation");
});

test("classifyClaim: hedges and schedules are not forecasts; 'must be acknowledged' is not advice", () => {
  assert.equal(classifyClaim("The summit will be held in Bishkek in May."), undefined);
  assert.equal(classifyClaim("It must be admitted that the talks went well.")?.kind, undefined);
  assert.equal(classifyClaim("The region might soon become a transit hub.")?.kind, "forecast");
  assert.equal(classifyClaim("Russia could not guarantee the security of its allies."), undefined);
  assert.equal(classifyClaim("There is no good reason to abandon the treaty.")?.kind, "recommendation");
  // A modal inside a relative clause describes; it does not advise. "The will to …" is a noun, no forecast.
  assert.equal(
    classifyClaim("The real driver is the will to build a state that must survive between two giants."),
    undefined
  );
  assert.equal(classifyClaim("Astana must build a state that survives between two giants.")?.kind, "recommendation");
  // "May" the month is no modal: "in May Beijing extended a loan" reports.
  assert.equal(
    classifyClaim("In March Ankara opened a consulate, and in May Tashkent extended a loan to Dushanbe."),
    undefined
  );
  assert.equal(classifyClaim("Tashkent may extend the loan to Dushanbe.")?.kind, "forecast");
});

const BRIEFING = [
  "Ministers discuss a rail corridor",
  "BISHKEK – The transport ministers of Kyrgyzstan and Uzbekistan met in Osh on Monday to discuss a new rail corridor.",
  "Speaking after the talks, Kyrgyz Deputy Prime Minister Edil Baisalov said the line could open within three years.",
  "“Financing is the hard part. Our partners must decide quickly,” he said.",
  "“Our task is to finish the survey this year,” Baisalov added.",
  "Uzbek Transport Minister Ilhom Makhkamov noted that the corridor would cut freight costs for both countries.",
  "Lola Yusupova, in turn, stressed that the project still lacks a feasibility study. She said China should not be the only lender.",
  "The Uzbek Railways press service said in a statement that surveys had begun. Trains would run daily, the statement said.",
  "Kremlin spokesman Pavel Orlov told journalists that Russia was watching the project closely.",
  "In his words, the corridor will shift trade away from Russian railways.",
  "Growth of trade reached 12% last year, according to the Uzbek Ministry of Investment and Foreign Trade."
].join("\n\n");

test("speakers with titles, parentheses, pronouns, 'in his words', institutions and their statements", () => {
  const d = read(BRIEFING, {date: "2025-04-14"});
  const who = (q: string) => [voiceOf(d, q).speaker, voiceOf(d, q).role];
  // "Speaking after …, <titles> <name> said": the name speaks; the titles are the role.
  assert.deepEqual(who("the line could open"), ["Edil Baisalov", "Kyrgyz Deputy Prime Minister"]);
  // A quotation closed by "he said" is the person named last.
  assert.deepEqual(who("Financing is the hard part"), ["Edil Baisalov", "Kyrgyz Deputy Prime Minister"]);
  assert.equal(voiceOf(d, "cut freight costs").speaker, "Ilhom Makhkamov");
  assert.equal(voiceOf(d, "lacks a feasibility study").speaker, "Lola Yusupova");
  assert.equal(voiceOf(d, "China should not be the only lender").speaker, "Lola Yusupova");
  // A title in lower case before the name: "Kremlin spokesman Pavel Orlov told journalists that …".
  assert.deepEqual(who("watching the project closely"), ["Pavel Orlov", "Kremlin spokesman"]);
  assert.equal(voiceOf(d, "In his words").speaker, "Pavel Orlov");
  // An institution speaks as written; "the statement" speaks for the institution that issued it.
  assert.equal(voiceOf(d, "surveys had begun").speaker, "the Uzbek Railways press service");
  assert.equal(voiceOf(d, "Trains would run daily").speaker, "the Uzbek Railways press service");
  assert.equal(voiceOf(d, "Growth of trade reached").speaker, "the Uzbek Ministry of Investment and Foreign Trade");
  assert.equal(claimOf(d, "Our partners must decide")?.kind, "recommendation");
  assert.equal(claimOf(d, "Our partners must decide")?.speaker, "Edil Baisalov");
  assert.equal(claimOf(d, "shift trade away")?.speaker, "Pavel Orlov");
  // "Our task is to …" recommends.
  assert.deepEqual(
    [claimOf(d, "Our task is to")?.kind, claimOf(d, "Our task is to")?.speaker],
    ["recommendation", "Edil Baisalov"]
  );
});

const AGENCY_STORY = [
  "Mongolia and Kazakhstan agree on a grain corridor",
  "Source: Steppe Wire | 2024-09-05 10:12:00 | Editor: Oyun Bat",
  "ULAANBAATAR, Sept. 5 (Steppe Wire) -- Mongolian President Ukhnaagiin Khurelsukh and Kazakh President Kassym-Jomart Tokayev on Thursday agreed to open a grain corridor.",
  "Khurelsukh said the corridor would cut freight costs by a third. Both countries should simplify border checks, he said.",
  "Tokayev said Kazakhstan sees Mongolia as a gateway to East Asian markets.",
  "«The border posts are not ready for this traffic,» Baurzhan Omarov told the agency.",
  "Omarov, who heads a logistics association in Almaty, argued that the deal would need new rail sidings.",
  'Deputy Agriculture Minister Sanzhar Abenov rejected the criticism. "The posts will be ready by spring," he told reporters.',
  "Analysts say the corridor could double grain exports within five years.",
  "Economists expect Astana to keep the quotas in place until the harvest.",
  "Bilateral trade reached 1.2 billion U.S. dollars in 2023, up 14 percent from a year earlier."
].join("\n\n");

test("agency stories: '--' datelines, 'Source:' headers, full names for surnames, «…,» X told Y, relative clauses, narrated subjects, 'analysts say'", () => {
  const d = read(AGENCY_STORY);
  assert.equal(d.metadata.publisher, "Steppe Wire");
  const who = (q: string) => voiceOf(d, q).speaker;
  // A surname alone is the full name written before, titles left out (and a family name first, in either order).
  assert.equal(who("cut freight costs"), "Ukhnaagiin Khurelsukh");
  assert.equal(who("should simplify border checks"), "Ukhnaagiin Khurelsukh");
  assert.equal(who("gateway to East Asian markets"), "Kassym-Jomart Tokayev");
  // A sentence that opens with a quotation closed by its attribution.
  assert.deepEqual(
    [voiceOf(d, "not ready for this traffic").kind, who("not ready for this traffic")],
    ["quote", "Baurzhan Omarov"]
  );
  // A relative clause between the speaker and the verb.
  assert.equal(who("would need new rail sidings"), "Baurzhan Omarov");
  // The subject of the narration is whom "he told reporters" means.
  assert.equal(who("will be ready by spring"), "Sanzhar Abenov");
  assert.equal(who("could double grain exports"), "Analysts");
  assert.equal(who("keep the quotas"), "Economists");
  assert.equal(claimOf(d, "could double grain exports")?.kind, "forecast");
  const fig = d.figures.find((f) => f.text === "1.2 billion U.S. dollars");
  assert.deepEqual([fig?.unit, fig?.what, fig?.year], ["billion USD", "Bilateral trade", 2023]);
  assert.equal(d.figures.find((f) => f.text === "14 percent")?.what, "growth of Bilateral trade"); // (a share told by a rise: session 29)
});

test("an interview set as 'Outlet: question?' and 'Name: answer' paragraphs after 'Interview with <name>, <role>'", () => {
  const text = [
    "Water will decide the region's future",
    "Interview with Malika Yusupova, hydrologist at the Tashkent Water Institute",
    "Steppe Review: Is the Amu Darya treaty working?",
    "Malika Yusupova: Only on paper. Uzbekistan and Turkmenistan still quarrel over every cubic metre.",
    "Steppe Review: What should Afghanistan do about its new canal?",
    "Malika Yusupova: Kabul should join the basin commission before the canal opens."
  ].join("\n\n");
  const d = read(text);
  assert.equal(d.metadata.interview, true);
  assert.deepEqual(
    d.metadata.experts.map((e) => e.name),
    ["Malika Yusupova"]
  );
  assert.equal(voiceOf(d, "Is the Amu Darya treaty working").kind, "question");
  assert.deepEqual(
    [voiceOf(d, "still quarrel").kind, voiceOf(d, "still quarrel").speaker],
    ["answer", "Malika Yusupova"]
  );
  assert.deepEqual(
    [claimOf(d, "Kabul should join")?.kind, claimOf(d, "Kabul should join")?.speaker],
    ["recommendation", "Malika Yusupova"]
  );
});

test("analysis: a judgement without an actor is the author's claim when it judges ('it would be a mistake to …')", () => {
  const d = read(
    [
      "Why the corridor matters",
      "By Saule Omarova",
      "It would be a mistake to read every new railway as a choice between patrons. The routes serve trade first, and the trade follows prices.",
      "The views expressed are the author's own."
    ].join("\n\n")
  );
  assert.equal(d.metadata.genre, "analysis");
  assert.deepEqual([claimOf(d, "a mistake")?.speaker, claimOf(d, "a mistake")?.kind], ["Saule Omarova", "assessment"]);
});

test("a reporting verb after a name and the place the person speaks from, with or without 'the'", () => {
  const d = read(
    [
      "Grain talks in Tashkent",
      "",
      "Uzbekistan and Kazakhstan agreed on 3 April 2024 to open a new grain terminal.",
      "Researcher Dilnoza Karimova of Westminster University said the terminal would halve waiting times by 2026.",
      "Economist Pavel Orlov at Eurasia Capital Partners said the deal will lift prices in Russia.",
      "Analyst Arman Bekov of the Almaty Policy Centre said the terminal could draw Chinese buyers."
    ].join("\n")
  );
  assert.equal(claimOf(d, "halve waiting")?.speaker, "Dilnoza Karimova");
  assert.equal(claimOf(d, "lift prices")?.speaker, "Pavel Orlov");
  assert.equal(claimOf(d, "Chinese buyers")?.speaker, "Arman Bekov");
});
