import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim, detectGenre} from "../src/read/index.js";
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
