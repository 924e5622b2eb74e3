import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim, detectGenre} from "../src/read/index.js";
import {claimOf, readOk} from "./helpers/read.js";
import {splitTitle} from "../src/read/voices.js";
import type {Voice} from "../src/read/index.js";

// Session 14 (issue 10): claim kinds by clause structure. Every sentence here was written for these tests (orchards, a
// ferry, a hydro dam, a cotton exchange, a copper smelter …), in constructions no fixture article uses, with near misses
// that must keep their kind.

test("a modal inside a relative clause describes its noun: the sentence is no forecast", () => {
  for (const t of [
    // who / whose / which (with a comma) / that after a noun (after a preposition, after an article)
    "Uzbekistan wants orchard investors who will stay for decades.",
    "Mongolia courts lenders whose money might arrive before the winter.",
    "Tajikistan relies on one old dam, which may fail in a flood.",
    "The ferry company is buying engines that could run on hydrogen.",
    "Bishkek hired a consortium that will manage the airport for ten years."
  ]) {
    const c = classifyClaim(t);
    assert.notEqual(c?.kind, "forecast", t);
  }
});

test("a future outside the relative clause still foresees", () => {
  for (const t of [
    // "that" completing a verb, a verb with a time phrase, an adjective, a noun of content, or after a comma
    "Analysts believe that the copper price will rise.",
    "The envoy said last week that the ferry could resume in May.",
    "It is clear that the smelter will close.",
    "There is a real risk that the border will close again.",
    "Diplomats warned, however, that the lease may collapse.",
    // the main clause's own modal after a relative that ends where a coordinated clause begins
    "The region needs roads that carry grain, and Kyrgyzstan will pay for them.",
    "Farmers who lost their orchards will leave the valley."
  ])
    assert.equal(classifyClaim(t)?.kind, "forecast", t);
});

const v = (rule: string, kind: Voice["kind"] = "narration"): Voice => ({kind, rule});

test("a newsletter that labels two paragraphs as its view is an analysis, however many people it quotes", () => {
  const quotes = [v("quote-attribution", "quote"), v("reported-speech", "reported"), v("quote-attribution", "quote")];
  const base = {
    interview: false,
    paragraphs: [{text: "Turkmen gas reached the Turkish grid on Monday."}] as never,
    footer: []
  };
  // two labelled paragraphs ("The big picture: …", "Yes, but: …"), each of two sentences
  const labelled = [
    v("narration"),
    v("labelled-view"),
    v("labelled-view"),
    ...quotes,
    v("labelled-view"),
    v("labelled-view")
  ];
  assert.equal(detectGenre({...base, voices: labelled}), "analysis");
  // one labelled paragraph of two sentences: still the quotes' news
  const once = [v("narration"), v("labelled-view"), v("labelled-view"), ...quotes, v("narration")];
  assert.equal(detectGenre({...base, voices: once}), "news");
});

test("a 'which' telling a consequence of the whole clause, and a scene set by 'where', keep their modal", () => {
  for (const t of [
    "Ashgabat is cutting the ferry subsidy, which could lead to empty berths in Turkmenbashi.",
    "The cotton exchange dropped its Friday session, which may cause thinner trading.",
    "Mongolia is becoming the place where mining giants may compete for copper.",
    // a cleft's "that" holds the predication
    "It is probably Mongolia that could gain most from the copper boom."
  ])
    assert.equal(classifyClaim(t)?.kind, "forecast", t);
});

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "TJK", alias: "Tajikistan"},
  {code: "CHN", alias: "China"},
  {code: "MNG", alias: "Mongolia"}
];
const story = (sentence: string) =>
  readOk(
    `Apricot growers look east\n\nBISHKEK, 4 June (Valley Wire) - Kyrgyz growers sent the season's first apricots to Kashgar by lorry on Monday.\n\n${sentence}\n`,
    {aliases}
  );
const kinds = (d: ReturnType<typeof story>, from: number) =>
  d.claims.filter((c) => (c.start ?? 0) >= from).map((c) => `${c.kind}: ${c.quote}`);

test("coordinated clauses of different kinds are two claims", () => {
  for (const [sentence, want] of [
    // praise with a quoted phrase, then a reported future ("… and said …")
    [
      'Trade minister Aibek Toktomushev praised the new customs post as "a gift to every grower in the valley" and said Chinese buyers would pay more for apricots next year.',
      ["assessment", "forecast"]
    ],
    // a refusal, then "but added that" with a quoted phrase
    [
      'Toktomushev said Kyrgyzstan would never allow the cold store to be sold, but added that the building was "in poor shape".',
      ["recommendation", "assessment"]
    ],
    // a view, then ", and <subject> is likely to …"
    [
      'In the view of grower Nurbek Asanov, the new tariff "hurts farmers more than traders", and apricot prices are likely to fall in July.',
      ["assessment", "forecast"]
    ],
    // advice, then a participle of describing (", calling X "…"")
    [
      'Asanov urged the government to cut inspection fees, calling the current levy "a tax on honest exporters".',
      ["recommendation", "assessment"]
    ]
  ] as const) {
    const d = story(sentence);
    const at = d.body.indexOf(sentence.slice(0, 20));
    const got = kinds(d, at);
    assert.deepEqual(
      got.map((k) => k.split(":")[0]),
      want,
      `${sentence}\n${got.join("\n")}`
    );
  }
});

test("one claim when the clauses share a kind, when one has no kind, or when the second points back at the first", () => {
  for (const sentence of [
    // both clauses judge
    'Asanov said the cold store was "badly run" and that its fees were "far too high".',
    // the second clause reports a happening, with no kind of its own
    'Asanov called the new tariff "a fair bargain for everyone" and said the ministers met twice in April.',
    // "…, and that will not change" goes on about the clause before it
    "Asanov said China remains the main market for the valley's apricots, and that will not change soon."
  ]) {
    const d = story(sentence);
    const at = d.body.indexOf(sentence.slice(0, 20));
    assert.equal(kinds(d, at).length, 1, `${sentence}\n${kinds(d, at).join("\n")}`);
  }
});

test("advice without a modal of obligation: a goal's necessity, a wish for another's act, a course judged or weighed", () => {
  for (const t of [
    // a goal's condition (or purpose) and a necessity
    "If Bishkek hopes to keep the airline, it will have to cut landing fees.",
    "To keep its buyers, Ashgabat would need to lower the price.",
    // a wish that another party act (the speaker as subject, or the clause's start)
    "She said she hoped the neighbours would reopen the mountain pass.",
    "We hope Tashkent will lift the cotton quota.",
    // a course judged in the conditional, by "it" or by its gerund
    "It would be unwise, in our view, to sell the refinery now.",
    "Selling the refinery now would be a mistake.",
    // a course weighed against another
    "A direct flight would do more for tourism than a new visa regime."
  ])
    assert.equal(classifyClaim(t)?.kind, "recommendation", t);
  for (const t of [
    // a condition with no goal, an outcome hoped for, another's hope narrated, a view of a view, an amount weighed
    "If the rains fail, farmers will have to sell their cattle.",
    "He hoped the talks would lead to a settlement.",
    "Traders had hoped that the central bank would cut rates.",
    "It would be wrong to assume that Moscow pulls every string.",
    "The new pipe would carry more gas than the old one."
  ])
    assert.notEqual(classifyClaim(t)?.kind, "recommendation", t);
});

test("a concession, a noun of likelihood and an inverted 'should … expect'", () => {
  assert.equal(
    classifyClaim("The two capitals may differ on water, but on trade their interests are the same.")?.kind,
    "assessment"
  );
  assert.equal(classifyClaim("Prices may rise, but demand will hold.")?.kind, "forecast");
  assert.equal(classifyClaim("The likely outcome is a quiet compromise over the dam.")?.kind, "forecast");
  assert.equal(classifyClaim("Nor should the farmers expect new subsidies.")?.kind, "forecast");
  assert.equal(classifyClaim("Nor should the ministry delay the reform.")?.kind, "recommendation");
});

test("an indirect question's modal asks; the main clause's future still foresees", () => {
  assert.notEqual(
    classifyClaim("Asked about whether the canal will be finished, the engineer said the budget is too small.")?.kind,
    "forecast"
  );
  assert.equal(
    classifyClaim("Asked whether the canal would be finished, the engineer said it will cost twice the estimate.")
      ?.kind,
    "forecast"
  );
});

test("speakers: initials joined by a dot, a title 'of <state>' before them; groups that take care to say", () => {
  assert.deepEqual(splitTitle("Minister of Agriculture of Kyrgyzstan A.Dzhumabekov"), {
    name: "A.Dzhumabekov",
    title: "Minister of Agriculture of Kyrgyzstan"
  });
  const d = story(
    'Minister of Agriculture of Kyrgyzstan A.Dzhumabekov told reporters that apricot exports could double by autumn. Kyrgyz officials took care to say that the new quota "does not target anyone". Bankers in Almaty were quick to stress that the bulk of the new credit was old money. "What the valley needs is a buyer that is willing to pay in advance," Asanov said. The minister said that Bishkek regarded Ankara as a natural partner for its orchards.'
  );
  const by = (q: string) => claimOf(d, q);
  assert.equal(by("could double")?.speaker, "A. Dzhumabekov");
  assert.equal(by("does not target anyone")?.speaker, "Kyrgyz officials");
  assert.match(by("old money")?.speaker ?? "", /^Bankers/);
  assert.equal(by("willing to pay in advance")?.kind, "assessment");
  assert.equal(by("natural partner")?.kind, "assessment");
});

test("titles: a medium's full name under its masthead, a menu set with spaces, an edition named after the masthead", () => {
  const broadcaster = readOk(
    "HORIZON\nHorizon Broadcasting Corporation of Laos\nNews  Business  Sport  Culture  Weather    LO | EN | FR\n\nWorld\n\nLaos and Vietnam open a new rail bridge over the Mekong\n\n2024-03-02 10:15\n\nVIENTIANE, March 2 (Horizon) -- Laos and Vietnam opened a new rail bridge over the Mekong on Saturday, the two governments said.\n",
    {aliases}
  );
  assert.equal(broadcaster.metadata.title, "Laos and Vietnam open a new rail bridge over the Mekong");
  const edition = readOk(
    "ORBITAL\nNewsletters  ·  Mining  ·  Markets  ·  Sign up\n\nOrbital Andes\n\nChile's lithium pact: brine, batteries and a seat at the table\n\nJane Roe\nMarch 4, 2025 - Mining\n\nChile and Bolivia signed a lithium pact in La Paz on Monday, the two governments said.\n",
    {aliases}
  );
  assert.equal(edition.metadata.title, "Chile's lithium pact: brine, batteries and a seat at the table");
  // (a headline in title case that names an agency, after the menu, stays the title)
  const headline = readOk(
    "VALLEY WIRE\nHome | News | Business | Sport\n\nKyrgyz Grain Traders Form New Export Agency\n\nBISHKEK, 4 June (Valley Wire) - Kyrgyz grain traders formed an export agency on Tuesday.\n",
    {aliases}
  );
  assert.equal(headline.metadata.title, "Kyrgyz Grain Traders Form New Export Agency");
});
