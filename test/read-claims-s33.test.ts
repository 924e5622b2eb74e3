import assert from "node:assert/strict";
import {test} from "node:test";
import {argueRubric} from "../src/read/genre.js";
import {detectGenre} from "../src/read/index.js";
import {analysisPage, claimOf, readOk} from "./helpers/read.js";

// Session 33 (issue 10): the writer's own judgements in editorials and analyses. Every sentence here was written for
// these tests (harbours, ferries and a river commission of our own), with near misses that must keep their reading.

test("a headline's rubric of argument names the piece: an editorial, or a writer's analysis or opinion", () => {
  for (const t of ["EDITORIAL: The ferry deal deserves a second look", "Editorial | Harbour dues are a tax on trade"])
    assert.equal(argueRubric(t), "editorial", t);
  for (const t of [
    "Analysis: With the new locks, the river commission bets on barges",
    "OPINION: Why the harbour board should wait",
    "Comment | The ferry subsidy is a mistake",
    "Op-Ed: The port needs a second berth",
    "Viewpoint — A river of promises"
  ])
    assert.equal(argueRubric(t), "opinion", t);
  for (const t of [
    // pieces that tell, not argue; a headline that starts with the word as its own subject; no rubric at all
    "Explainer: How the ferry tariff works",
    "Interview: The harbour master on dredging",
    "Analysis of ferry data shows a fall in freight",
    "Opinion polls favour the new bridge",
    "Ferry operators agree on a common tariff",
    undefined
  ])
    assert.equal(argueRubric(t), undefined, String(t));
});

test("a page whose headline's rubric argues is an analysis, however much it quotes", () => {
  const voices = Array.from({length: 10}, (_, i) => ({
    kind: i < 5 ? ("quote" as const) : ("narration" as const),
    rule: i < 5 ? "quote-attribution" : "narration",
    speaker: "Jane Roe"
  }));
  const base = {interview: false, paragraphs: [], voices, footer: []};
  assert.equal(detectGenre(base), "news");
  assert.equal(detectGenre({...base, title: "Analysis: The river commission bets on barges"}), "analysis");
  assert.equal(detectGenre({...base, title: "Explainer: How the ferry tariff works"}), "news");
});

const editorial = (title: string, byline?: string) =>
  [
    "The Harbour Courier",
    "News | Editorials | Business | Sport",
    "Mon, Mar 3, 2025 page 6",
    "",
    title,
    ...(byline ? ["", byline] : []),
    "",
    'The ferry board voted on Friday to raise harbour dues by a fifth. "We have no other way to pay for the dredging," its chairman, Peter Holm, told reporters after the vote.',
    "",
    "That was the wrong answer. The dues will drive the freight lines to the rival port, and the board should look for the money elsewhere.",
    "",
    "Copyright © 2025 The Harbour Courier. All rights reserved."
  ].join("\n");

test("an unsigned editorial's claims are the publication's editorial view; a signed one's are the writer's", () => {
  const d = readOk(editorial("EDITORIAL: The ferry board's costly shortcut"), {});
  assert.equal(d.metadata.author, undefined);
  assert.equal(claimOf(d, "should look for the money")?.speaker, "The Harbour Courier (editorial)");
  assert.equal(claimOf(d, "the rival port")?.speaker, "The Harbour Courier (editorial)");
  // (a quoted speaker keeps the quotation)
  assert.equal(claimOf(d, "no other way")?.speaker ?? "Peter Holm", "Peter Holm");
  // a signed editorial is its writer's; a page with no rubric stays the unknown writer's
  const signed = readOk(editorial("EDITORIAL: The ferry board's costly shortcut", "By Anna Berg"), {});
  assert.equal(claimOf(signed, "should look for the money")?.speaker, "Anna Berg");
  const plain = readOk(editorial("The ferry board's costly shortcut"), {});
  assert.ok(
    plain.claims.every((c) => !c.speaker.endsWith("(editorial)")),
    JSON.stringify(plain.claims)
  );
});

/** The writer's claim on the sentence holding `q` of a signed analysis page whose next paragraph is `body`. */
const writerClaim = (body: string, q: string) => claimOf(readOk(analysisPage(body), {}), q);

test("the writer's verdicts without a word of the judgement lexicon: forms of English that judge", () => {
  for (const [t, kind] of [
    // an evaluative "right", sufficiency denied, a reason drawn, weight compared, a hedge on paper
    ["That was the right answer, but it is not enough.", "assessment"],
    ["The river states pursue a balancing policy, and they are right to do so.", "assessment"],
    ["The barge route is hard to close without hurting Vienna, and that is exactly why it works.", "assessment"],
    ["The tonnage figures matter less than the rules on dredging.", "assessment"],
    ["This spring the commission is doing the opposite, at least on paper.", "assessment"],
    // a pseudo-cleft of what was not done or what changed; a contrast of subjects; a stance adverbial in commas
    ["What the commission did not do was say how much of the money pledged in March 2023 has arrived.", "assessment"],
    ["What has changed is the riparian states' room for manoeuvre.", "assessment"],
    ["Austria, not Hungary, decides how much of that cargo turns north at Linz.", "assessment"],
    ["It was, above all, a ferry trip.", "assessment"],
    // a negative quantity as the subject; past conduct judged; "real" worth
    ["Since then, little has happened on the upper river.", "assessment"],
    ["Little of this has moved beyond the ministers' speeches.", "assessment"],
    ["The river ministers should have said more about the locks.", "assessment"],
    ["Slovakia has real leverage over the upper reaches.", "assessment"],
    // a conditional forecast whose main clause's verb is one of a schedule's
    ["If Bratislava offers nothing, the riparian states will sign whatever Vienna puts in front of them.", "forecast"]
  ] as const) {
    const c = writerClaim(t, t.slice(0, 24));
    assert.equal(c?.kind, kind, t);
    assert.equal(c?.speaker, "Jane Roe", t);
  }
  for (const t of [
    // a time corrected, not a subject; a procedure's condition; a schedule; "real" as a term; a signpost
    "In April, not March, the ministers met in Linz with the harbour masters.",
    "If approved, the treaty will enter into force in the autumn of next year.",
    "The river ministers will meet in Linz on 12 June to sign the protocol.",
    "Real wages on the barges fell by a tenth over the decade.",
    "The real test for the commission is what happens next."
  ])
    assert.equal(writerClaim(t, t.slice(0, 24)), undefined, t);
});

test("a verdict set off from the happening it judges is no report, however dated the happening", () => {
  for (const t of [
    "In March 2024, Vienna signed a memorandum on barges with Bratislava, a reminder that Budapest is one partner among several.",
    "In May 2024, Serbia declined an offer to join the commission, a decision I read as a wish to keep its options open."
  ])
    assert.equal(writerClaim(t, t.slice(0, 24))?.kind, "assessment", t);
  // (a dated happening told with no verdict stays a report)
  const t = "In March 2024, Vienna signed a memorandum on barges with Bratislava in the presence of the ministers.";
  assert.equal(writerClaim(t, t.slice(0, 24)), undefined, t);
});
