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
    assert.equal(classifyClaim(t)?.kind, "assessment", t);
  }
});

test("a future outside the relative clause still foresees", () => {
  for (const t of [
    // "that" completing a verb, a verb with a time phrase, an adjective, a noun of content, or after a comma
    "Analysts believe that the copper price will rise.",
    "The envoy said last week that the ferry could resume in May.",
    "It seems certain that the smelter will close.",
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
    // a verb of hailing with a quoted phrase, then "and predicted that"
    [
      'Georgian envoy Levan Beridze described the ferry link as "a lifeline for the Black Sea ports" and predicted that freight rates would fall by spring.',
      ["assessment", "forecast"]
    ],
    // a refusal with "permit", then "but conceded that" with a quoted phrase
    [
      'Chilean mining minister Diego Pardow said Chile would never permit the salt flats to be leased, but conceded that the brine plant was "badly outdated".',
      ["recommendation", "assessment"]
    ],
    // a view opened "In the view of", then ", and <subject> is likely to …"
    [
      'In the view of grower Nurbek Asanov, the new tariff "hurts farmers more than traders", and apricot prices are likely to fall in July.',
      ["assessment", "forecast"]
    ],
    // advice, then a participle of describing (", describing X as "…"")
    [
      'Asanov urged the government to cut inspection fees, describing the current levy as "a tax on honest exporters".',
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
  // a second speaker's clause is no part of the first speaker's claim (review K19)
  const two =
    "The Ghanaian cocoa board said the harvest was poor, while the Ivorian minister said prices would double.";
  const d = story(two);
  const got = kinds(d, d.body.indexOf(two.slice(0, 20)));
  assert.ok(!got.some((k) => k.includes("prices would double")), got.join("\n"));
});

test("one claim when the clauses share a kind, when one has no kind, or when the second points back at the first", () => {
  for (const sentence of [
    // both clauses judge
    'Asanov said the cold store was "badly run" and that its fees were "far too high".',
    // the second clause reports a happening, with no kind of its own
    'Asanov called the new tariff "a fair bargain for everyone" and said the ministers met twice in April.',
    // "…, and this will not last" goes on about the clause before it (a demonstrative subject)
    "Asanov said cocoa prices have doubled since the spring, and this will not last."
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
    // the same in reported speech, with a noun for the goal (review K20)
    "The Peruvian trade minister said that if Lima wants Asian investors, it will have to simplify its permits.",
    "To keep its buyers, Ashgabat would need to lower the price.",
    // a wish that another party act (the speaker as subject, or the clause's start)
    "She said she hoped the neighbours would reopen the mountain pass.",
    "We hope Tashkent will lift the cotton quota.",
    // a course judged in the conditional, by "it" or by its gerund
    "It would be unwise, in our view, to sell the refinery now.",
    "Selling the refinery now would be a mistake.",
    // a course weighed against another
    "Reopening the rail link would achieve more for cocoa farmers than any new subsidy.",
    "The minister said it would be a bad idea to cap cocoa exports."
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
  assert.deepEqual(splitTitle("Deputy Minister of Energy of Chile M.Rojas"), {
    name: "M.Rojas",
    title: "Deputy Minister of Energy of Chile"
  });
  const d = story(
    "According to Deputy Minister of Energy of Chile M.Rojas, copper output could rise next year. Norwegian diplomats made a point of saying that the fishing quota \"is not aimed at Moscow\". Ghanaian bankers went out of their way to stress that the cocoa loan was no gift. Ghana's farmers need a buyer who is prepared to pay before the harvest, their union said. The Ghanaian minister said his government saw the port of Tema as the cocoa trade's natural outlet."
  );
  const by = (q: string) => claimOf(d, q);
  assert.equal(by("copper output could rise")?.speaker, "M. Rojas");
  assert.equal(by("is not aimed at Moscow")?.speaker, "Norwegian diplomats");
  assert.match(by("no gift")?.speaker ?? "", /bankers/i);
  assert.equal(by("prepared to pay")?.kind, "assessment");
  assert.equal(by("natural outlet")?.kind, "assessment");
});

test("titles: a medium's full name under its masthead, a menu set with spaces, an edition named after the masthead", () => {
  const broadcaster = readOk(
    "HORIZON\nHorizon Broadcasting Corporation of Laos\nNews  Business  Sport  Culture  Weather    LO | EN | FR\n\nWorld\n\nLaos and Vietnam open a new rail bridge over the Mekong\n\n2024-03-02 10:15\n\nVIENTIANE, March 2 (Horizon) -- Laos and Vietnam opened a new rail bridge over the Mekong on Saturday, the two governments said.\n",
    {aliases}
  );
  assert.equal(broadcaster.metadata.title, "Laos and Vietnam open a new rail bridge over the Mekong");
  const edition = readOk(
    "ORBITAL\nNewsletters  ·  Mining  ·  Markets  ·  Sign up\n\nOrbital Andes\n\nChile's lithium pact: brine, batteries and the race for Asian buyers\n\nJane Roe\nMarch 4, 2025 - Mining\n\nChile and Bolivia signed a lithium pact in La Paz on Monday, the two governments said.\n",
    {aliases}
  );
  assert.equal(edition.metadata.title, "Chile's lithium pact: brine, batteries and the race for Asian buyers");
  // (a headline in title case that names an agency, after the menu, stays the title)
  const headline = readOk(
    "VALLEY WIRE\nHome | News | Business | Sport\n\nKyrgyz Grain Traders Form New Export Agency\n\nBISHKEK, 4 June (Valley Wire) - Kyrgyz grain traders formed an export agency on Tuesday.\n",
    {aliases}
  );
  assert.equal(headline.metadata.title, "Kyrgyz Grain Traders Form New Export Agency");
  // (nor right under the masthead: a headline in title case holds words of no medium's name; review K25)
  for (const h of ["Laos Opens a Public Broadcasting Agency in Pakse", "Nepal Sells Its State Radio to a Bank"]) {
    const d = readOk(`MEKONG WEEKLY\n${h}\n\nVIENTIANE, 4 June (Mekong Weekly) - The story happened on Tuesday.\n`, {
      aliases
    });
    assert.equal(d.metadata.title, h);
  }
});
