import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";
import {type ReadDocument} from "../src/read/index.js";

// Speakers, claim kinds and page metadata in the forms the eighth blind set (session 9) showed the reader failing on,
// in texts written for these tests (not from any fixture article): a podcast or panel transcript with timestamps and
// speaker labels in capitals, a briefing's "Question (Outlet):" / "Answer:" turns, anonymous sources ("said the people,
// who asked not to be identified"), a quotation before its attribution with a title and no article, "described X as
// "…"", commitments, and a Turkish, a Korean and a financial agency's page furniture.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "UZB", alias: "Uzbekistan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "TKM", alias: "Turkmenistan"},
  {code: "MNG", alias: "Mongolia"},
  {code: "RUS", alias: "Russia"},
  {code: "CHN", alias: "China"},
  {code: "IND", alias: "India"},
  {code: "TUR", alias: "Türkiye"},
  {code: "ARE", alias: "UAE"},
  {code: "EU", alias: "EU"},
  {code: "EU", alias: "European Union"}
];

const read = (text: string): ReadDocument => readOk(text, {format: "text", aliases});

const PANEL =
  "CASPIAN AUDIO\nShows | Newsletters | About\n\nSilk Road Talk\n\nEpisode 14: Who pays for the new railways?\n\n3 March 2026 · 41 min · Transcript\n\n" +
  "Host Aruzhan Bekova talks to Timur Saidov, researcher at the Fergana Policy Centre, and Helen Grant, economist at Ridgeline Capital, about rail finance.\n\n" +
  "[00:00:05] ARUZHAN BEKOVA: Hello and welcome. Last week Mongolia and China opened a new border crossing for freight. Timur, does it matter for the region?\n\n" +
  "[00:00:40] TIMUR SAIDOV: I think it matters a lot, because every new crossing weakens the old monopoly routes.\n\n" +
  "Mongolia is now a serious competitor for Kazakhstan in transit.\n\n" +
  "[00:01:10] ARUZHAN: Helen, who pays?\n\n" +
  "[00:01:14] HELEN GRANT: Mostly Chinese banks, and that creates a dangerous dependence for the smaller borrowers.\n\n" +
  "[00:01:50] ARUZHAN: And what should Uzbekistan do?\n\n" +
  "[00:01:55] TIMUR: Uzbekistan should borrow from several lenders at once.\n\n" +
  "[00:02:20] HELEN GRANT: My expectation is that India will offer cheaper loans within two years.\n\n" +
  "[00:02:45] ARUZHAN: Timur Saidov, Helen Grant, thank you.\n";

test("a panel transcript: timestamped labels in capitals, first names later; the host asks; each guest speaks", () => {
  const d = read(PANEL);
  assert.equal(claimOf(d, "matters a lot")?.speaker, "Timur Saidov");
  // an unlabelled paragraph goes on with the turn before it
  assert.equal(claimOf(d, "serious competitor")?.speaker, "Timur Saidov");
  assert.equal(claimOf(d, "dangerous dependence")?.speaker, "Helen Grant");
  const rec = claimOf(d, "borrow from several lenders");
  assert.equal(rec?.speaker, "Timur Saidov");
  assert.equal(rec?.kind, "recommendation");
  const fc = claimOf(d, "cheaper loans");
  assert.equal(fc?.speaker, "Helen Grant");
  assert.equal(fc?.kind, "forecast");
  assert.equal(voiceOf(d, "who pays?").kind, "question");
  assert.equal(voiceOf(d, "Hello and welcome").speaker, "Aruzhan Bekova");
  assert.equal(claimOf(d, "opened a new border crossing"), undefined);
  assert.deepEqual(d.metadata.experts.map((e) => e.name).sort(), ["Helen Grant", "Timur Saidov"]);
  // the episode's own title, not the show's name, is the title
  assert.equal(d.metadata.title, "Episode 14: Who pays for the new railways?");
  // "what it means" in the summary above is no judgement (nothing in it is a claim)
  assert.equal(claimOf(d, "talks to Timur Saidov"), undefined);
});

const BRIEFING =
  "Ministry of Foreign Affairs of Mongolia\n\nHome / Press / Briefings\n\nWeekly briefing by the Press Secretary of the Ministry of Foreign Affairs Enkhjin Batbold\n\nPublished: 4 March 2026 11:00\n\n" +
  "Good morning. Today I will speak about two visits.\n\n" +
  "Questions from journalists\n\n" +
  "Question (Montsame): Some reports say that Russia may raise fuel prices for Mongolia. How does the Ministry see this?\n\n" +
  "Answer: We have received no such notice. We believe that fuel supplies should be agreed in long-term contracts, not by sudden decisions.\n\n" +
  "Mongolia will not allow its energy security to become a bargaining chip.\n\n" +
  "Question (Ikon): Will Mongolia join the new transport corridor?\n\n" +
  "Answer: The corridor is a valuable opportunity for landlocked states like ours.\n\n" +
  "Question (Unuudur): What has the Ministry done about the drivers held at the border?\n\n" +
  "Answer: The drivers are in good health. Our embassy lodged a serious complaint with the Chinese side last week.\n\n" +
  "Last week, our consul handed the border authorities a strong protest.\n\n" +
  "Question (Zuunii Medee): And the new tariffs?\n\n" +
  "Answer: They were expected. We protested on 3 March, because such tariffs are unacceptable between neighbours.\n\n" +
  "Thank you.\n";

test("a briefing's Q/A turns: answers are the title's person's; questions and their premises are no claims", () => {
  const d = read(BRIEFING);
  const rec = claimOf(d, "long-term contracts");
  assert.equal(rec?.speaker, "Enkhjin Batbold");
  assert.equal(rec?.kind, "recommendation");
  const c = claimOf(d, "will not allow its energy security");
  assert.equal(c?.speaker, "Enkhjin Batbold");
  assert.equal(c?.kind, "recommendation");
  assert.equal(claimOf(d, "valuable opportunity")?.speaker, "Enkhjin Batbold");
  assert.equal(claimOf(d, "may raise fuel prices"), undefined);
  // the speaker's side's dated act, told in an answer ("Our embassy lodged …", "our consul handed …"), is no claim
  assert.equal(claimOf(d, "lodged a serious complaint"), undefined);
  assert.equal(claimOf(d, "handed the border authorities"), undefined);
  // near-miss: a dated act of the side given with a reason that judges stays the speaker's claim
  assert.equal(claimOf(d, "unacceptable between neighbours")?.speaker, "Enkhjin Batbold");
  assert.equal(voiceOf(d, "may raise fuel prices").kind, "question");
});

const WIRE =
  "Uzbekistan Seeks Gulf Loans for Power Grid\n\nBy Dana Roe and Paul Kim\nApril 2, 2026 at 8:00 AM GMT+5\n\n" +
  "Uzbekistan is in talks to borrow about $1 billion from Gulf lenders, according to people familiar with the matter.\n\n" +
  "The loan could be agreed as soon as June, said the people, who asked not to be identified because the talks are private.\n\n" +
  '"Gulf money is the cheapest long-term capital available to Tashkent right now," said Marat Ospanov, chief economist at Steppe Analytics in Almaty. "It also comes with fewer conditions."\n\n' +
  "Most of the money would go to two power plants in the south, the people said.\n\n" +
  "Kazakh diplomats complain openly that the Gulf terms are unfair to smaller borrowers.\n\n" +
  "Uzbek officials complained about the delays at a meeting with the lenders on Monday.\n\n" +
  "The European Union reiterated the importance of transparent procurement in a statement on Tuesday.\n";

test("anonymous sources, a month that is no speaker, a quotation before 'said X, chief economist at Y'", () => {
  const d = read(WIRE);
  const f = claimOf(d, "as soon as June");
  assert.equal(f?.speaker, "people familiar with the matter");
  assert.equal(f?.kind, "forecast");
  assert.equal(claimOf(d, "cheapest long-term capital")?.speaker, "Marat Ospanov");
  assert.ok(d.metadata.experts.some((e) => e.name === "Marat Ospanov" && /economist/.test(e.role ?? "")));
  // "<people> complain <adverb> that …" reports their view; "complained about <thing>" (no clause) reports an act
  assert.equal(claimOf(d, "unfair to smaller borrowers")?.speaker, "Kazakh diplomats");
  assert.equal(claimOf(d, "complained about the delays"), undefined);
  assert.equal(claimOf(d, "would go to two power plants"), undefined);
  const r = claimOf(d, "transparent procurement");
  assert.match(r?.speaker ?? "", /European Union$/);
  assert.equal(r?.kind, "recommendation");
  assert.equal(d.metadata.author, "Dana Roe and Paul Kim");
});

const AGENCY =
  "TNA | Taurus News Agency\nTürkiye | World | Economy | Energy | Sports\n\nWorld, Europe - Balkans\n\nTürkiye, Mongolia agree to double trade as leaders meet\n\n" +
  "Ayla Demir and Bora Yilmaz  |02.03.2026 - Update : 02.03.2026\n\nANKARA\n\n" +
  "Türkiye and Mongolia agreed to double their trade, Turkish President Recep Tayyip Erdogan said on Monday after talks with his Mongolian counterpart.\n\n" +
  'Mongolian President Ukhnaagiin Khurelsukh, for his part, described Türkiye as "a friend that keeps its word."\n\n' +
  '"Our peoples share a long history. We will open a new consulate in Istanbul this year," he said.\n\n' +
  "As part of the new road map, Mongolian engineers will train at Turkish rail depots.\n\n" +
  "In line with the gas contract, a Turkish operator will deliver fuel to Ulaanbaatar every winter.\n\n" +
  "The two presidents agreed that their ministers would hold talks in Izmir next month.\n\n" +
  "Critics say the road map will leave Mongolia deeply indebted to Ankara.\n\n" +
  "Writing by Can Aydin\n";

test("a Turkish agency's page: initials beside the name, a rubric of regions, two names and a date; 'described X as \"…\"'", () => {
  const d = read(AGENCY);
  assert.equal(d.metadata.publisher, "Taurus News Agency");
  assert.equal(d.metadata.title, "Türkiye, Mongolia agree to double trade as leaders meet");
  assert.equal(d.metadata.author, "Ayla Demir and Bora Yilmaz");
  assert.equal(claimOf(d, "keeps its word")?.speaker, "Ukhnaagiin Khurelsukh");
  // "he said" after it is the same person; "We will open …" commits (advice in the scheme)
  const c = claimOf(d, "We will open a new consulate");
  assert.equal(c?.speaker, "Ukhnaagiin Khurelsukh");
  assert.equal(c?.kind, "recommendation");
  // what a plan, deal or contract provides for, and a meeting agreed, are plans, not forecasts
  assert.equal(claimOf(d, "will train at Turkish rail depots"), undefined);
  assert.equal(claimOf(d, "will deliver fuel"), undefined);
  assert.equal(claimOf(d, "would hold talks in Izmir"), undefined);
  // near-miss: observers foreseeing what the plan will do is a forecast
  const fc = claimOf(d, "deeply indebted");
  assert.equal(fc?.speaker, "Critics");
  assert.equal(fc?.kind, "forecast");
});

test("a hope about 'we' stays a forecast", () => {
  const d = read(
    'Dina Roe, an analyst at the Steppe Institute, spoke about Central Asia.\n\n"I hope we will see more trade with Mongolia," Roe said.\n'
  );
  assert.equal(claimOf(d, "I hope we will")?.kind, "forecast");
});

const KOREAN =
  "TAEBAEK NEWS AGENCY\nNational | Economy | World | Sports\n\n(LEAD) S. Korea, Uzbekistan agree to expand cooperation in critical minerals\n\n" +
  "All News 10:15 April 09, 2026\n\n(ATTN: UPDATES with details in paras 4-5)\n\nBy Kim Ha-neul\n\n" +
  "SEOUL, April 9 (Taebaek) -- South Korea and Uzbekistan agreed Thursday to expand cooperation in critical minerals, the presidential office said.\n\n" +
  "Next month's forum in Busan will bring together energy ministers from across the region.\n\n" +
  "Trade ministers of both countries are set to convene in Busan in September.\n\n" +
  "Analysts expect the forum to bring little new money to the region.\n\n" +
  "khn@taebaek.co.kr\n(END)\n";

test("a Korean agency's page: the update tag, 'All News', the masthead's full name", () => {
  const d = read(KOREAN);
  assert.equal(d.metadata.title, "S. Korea, Uzbekistan agree to expand cooperation in critical minerals");
  assert.equal(d.metadata.publisher, "Taebaek News Agency");
  assert.equal(d.metadata.author, "Kim Ha-neul");
  // a gathering announced is a schedule, not a forecast
  assert.equal(claimOf(d, "will bring together"), undefined);
  assert.equal(claimOf(d, "set to convene"), undefined);
  // near-miss: what observers expect the gathering to yield is a forecast
  assert.equal(claimOf(d, "little new money")?.kind, "forecast");
});

test("a press release's issuing team under the title is its author", () => {
  const d = read(
    "European Union External Action\nHome > Press material > Press releases\n\nEU and Mongolia hold their first trade dialogue\n\n05.02.2026\nUlaanbaatar\nPress and information team of the Delegation to Mongolia\n\n" +
      "The European Union and Mongolia held today in Ulaanbaatar their first trade dialogue. The sides discussed market access for Mongolian cashmere.\n"
  );
  assert.equal(d.metadata.author, "Press and information team of the Delegation to Mongolia");
});

test("figures: a year before a 'when' clause, basis points, an exchange rate, a hyphenated counted noun, 'last month'", () => {
  const d = readOk(
    "Mongolia sold bonds again\n\nMarch 3, 2026\n\nMongolia last sold bonds in May 2025, when it raised $800 million at a yield of 6.25%.\n\n" +
      "The spread widened by about 35 basis points in February.\n\nThe tugrik weakened 1.2% to 3,450.5 per dollar.\n\n" +
      "The money would go to three coal-fired power plants.\n\nLast month the two governments signed deals worth $2 billion.\n",
    {format: "text", aliases, given: {date: "2026-03-03"}}
  );
  const fig = (text: string) => d.figures.find((f) => f.text.includes(text));
  assert.equal(fig("$800 million")?.year, 2025);
  assert.equal(fig("6.25%")?.year, 2025);
  assert.equal(fig("35 basis")?.unit, "basis points");
  assert.equal(fig("3,450.5")?.amount, 3450.5);
  assert.equal(fig("three")?.unit, "plants");
  assert.equal(fig("$2 billion")?.year, 2026);
});

test("a short sentence denying what a thing is judges; a word of judgement inside a name does not; a host is the author", () => {
  const d = read(
    "Steppe Sounds\n\nEpisode 3: Tolls and trade\n\nHost Aruzhan Bekova talks to Helen Grant of Greenfield Risk about transit fees.\n\n" +
      "[00:00:05] ARUZHAN BEKOVA: Welcome. Helen, are the new tolls a problem?\n\n" +
      "[00:00:20] HELEN GRANT: Tolls are not a strategy. Mongolia is not a rival to Kazakhstan.\n\n" +
      "[00:00:40] ARUZHAN: Why not?\n\n[00:00:45] HELEN GRANT: Its railways are too short.\n\n" +
      "[00:01:10] ARUZHAN: Thank you, Helen.\n"
  );
  assert.equal(claimOf(d, "Tolls are not a strategy")?.kind, "assessment");
  assert.equal(claimOf(d, "not a rival to Kazakhstan")?.speaker, "Helen Grant");
  assert.equal(claimOf(d, "Greenfield Risk"), undefined);
  assert.equal(d.metadata.author, "Aruzhan Bekova");
});

// Gaps found when the tests above were rewritten in other constructions (review F16): written where the rule should
// fire, marked todo (node:test reports them) until the rules are generalised.

test("a side's dated act told in an answer is no claim, also as the answer's first sentence, after an adverb, or dated in May", () => {
  const d = read(
    "Ministry of Foreign Affairs of Mongolia\n\nHome / Press / Briefings\n\nWeekly briefing by the Press Secretary of the Ministry of Foreign Affairs Enkhjin Batbold\n\nPublished: 4 June 2026 11:00\n\n" +
      "Good morning.\n\nQuestions from journalists\n\n" +
      "Question (Ikon): What has the Ministry done about the drivers held at the border?\n\n" +
      "Answer: Our embassy lodged a serious complaint with the Chinese side last week.\n\n" +
      "Question (Montsame): Did the Ministry raise it in Beijing?\n\n" +
      "Answer: Certainly. I personally raised this serious matter with the Chinese ambassador on Tuesday.\n\n" +
      "Question (Unuudur): In writing?\n\nAnswer: Yes. On 12 May we sent a sharply worded note to the Chinese side.\n\nThank you.\n"
  );
  assert.equal(claimOf(d, "lodged a serious complaint"), undefined);
  assert.equal(claimOf(d, "personally raised"), undefined);
  assert.equal(claimOf(d, "sharply worded note"), undefined);
});

test("a meeting a source says 'would' take place is a plan, not a forecast or a view", () => {
  const d = read(
    "Türkiye, Mongolia plan forum\n\nMarch 2, 2026\n\nANKARA\n\n" +
      "A joint business forum would take place in Izmir next spring, the ministry said.\n\n" +
      "According to the ministry, the leaders would meet again in Ankara in the autumn.\n"
  );
  assert.equal(claimOf(d, "would take place in Izmir"), undefined);
  assert.equal(claimOf(d, "would meet again"), undefined);
});

test("'<people> complain that …' gives their view in other orders and with other nouns", () => {
  const d = read(
    "Uzbekistan Seeks Gulf Loans\n\nBy Dana Roe\nApril 2, 2026\n\n" +
      "Several Uzbek ministers have quietly complained that the Gulf loans come with too many conditions.\n\n" +
      "Kyrgyz exporters complain bitterly that European customs rules are far too slow.\n\n" +
      "Bankers in Bishkek complain, often in private, that Brussels is too slow.\n"
  );
  assert.equal(claimOf(d, "too many conditions")?.speaker, "Several Uzbek ministers");
  assert.equal(claimOf(d, "far too slow")?.speaker, "Kyrgyz exporters");
  // (a group's place is its affiliation, as for "analysts in Almaty")
  assert.equal(claimOf(d, "Brussels is too slow")?.speaker, "Bankers");
  assert.equal(claimOf(d, "Brussels is too slow")?.affiliation, "in Bishkek");
});

// The two rules above in other constructions (m1, session 10), with near misses that must stay claims.
const BRIEFING_KZ =
  "Ministry of Foreign Affairs of Kazakhstan\n\nHome / Press / Briefings\n\nWeekly briefing by the Official Representative of the Ministry of Foreign Affairs Aibek Smadiyarov\n\nPublished: 9 June 2026 10:00\n\nGood afternoon.\n\nQuestions from journalists\n\n" +
  "Question (Kursiv): Did Astana answer Bishkek?\n\nAnswer: Of course. We formally protested to the Kyrgyz side on 2 June.\n\n" +
  "Question (Vlast): And the delegation?\n\nAnswer: In late May our delegation quietly proposed new talks, which was a serious mistake by Bishkek.\n\n" +
  "Question (Orda): Anything more?\n\nAnswer: On 4 May I raised the matter, and it is a dangerous precedent.\n\n" +
  "Question (Tengri): And next?\n\nAnswer: By 20 June we may send another note.\n\nThank you.\n";

test("an answer's dated act after an adverb is no claim; a judgement after a copula or a modal 'may' still is", () => {
  const d = read(BRIEFING_KZ);
  assert.equal(claimOf(d, "formally protested"), undefined);
  assert.equal(claimOf(d, "serious mistake")?.kind, "assessment");
  assert.equal(claimOf(d, "dangerous precedent")?.kind, "assessment");
  assert.equal(claimOf(d, "may send another note")?.kind, "forecast");
});

test("'would meet' / 'would take place' is a plan only for a meeting: 'would meet China's demand' and a condition stay claims", () => {
  const d = read(
    "Talks set\n\nMay 2, 2026\n\nThe two presidents would meet in Tashkent in June, officials said.\n\n" +
      "The new pipeline would meet China's demand for gas, analysts said.\n\n" +
      "A summit would take place only if the ceasefire held, the ministry said.\n"
  );
  assert.equal(claimOf(d, "would meet in Tashkent"), undefined);
  assert.notEqual(claimOf(d, "China's demand"), undefined);
  assert.notEqual(claimOf(d, "only if the ceasefire"), undefined);
});

test("the complaint frame with other group nouns and insertions; a complaint about no clause is no claim", () => {
  const d = read(
    "Grain rules\n\nBy Lena Ott\nApril 2, 2026\n\n" +
      "Some Tajik importers complain, mostly off the record, that the new tariffs are too high.\n\n" +
      "Several Chinese manufacturers said the plant would be expensive.\n\n" +
      "The ministers complained about the weather on Tuesday.\n"
  );
  assert.equal(claimOf(d, "tariffs are too high")?.speaker, "Some Tajik importers");
  assert.equal(claimOf(d, "plant would be expensive")?.speaker, "Several Chinese manufacturers");
  assert.equal(claimOf(d, "about the weather"), undefined);
});

test("talks that 'will continue' on a named day are a plan; 'will continue to rise' stays a forecast", () => {
  const d = read(
    "Talks go on\n\nBy Ann Lee\nMay 2, 2026\n\n" +
      "The negotiations will continue on Friday in Bishkek, the ministry said.\n\n" +
      "Analysts said prices will continue to rise next year.\n"
  );
  assert.equal(claimOf(d, "continue on Friday"), undefined);
  assert.equal(claimOf(d, "continue to rise")?.kind, "forecast");
});
