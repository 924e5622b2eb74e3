import assert from "node:assert/strict";
import {test} from "node:test";
import {analysisPage, claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 26 (issue 10): who says a claim in reported speech. A body's commentary page speaks as "we" in the body's
// name; a relative clause ending a speaker's sentence can be another's words ("…, a remark that X called "…""); and
// attributions the patterns missed: an unnamed official with the body before the noun ("a company spokesperson"), a
// speaker who "put it bluntly:" before the quotation, a relative time opening the sentence ("Last month X warned that
// …"), "estimated that", a speaker after a colon. Sentences
// and pages written for these tests.

const COMMENTARY = [
  "NORTHGATE RATINGS",
  "",
  "Kazakh Oil Windfall Supports Buffers",
  "",
  "Northgate Ratings-Frankfurt-12 March 2025: Kazakhstan's rising oil output supports its external position, but it also ties the budget to prices set abroad, Northgate Ratings says. We believe the fiscal buffers are adequate at the current 'BBB' rating.",
  "",
  "We forecast real GDP growth of 4.5% in 2025 and 4.8% in 2026. In our view, the national fund remains the sovereign's main strength. Kazakhstan should widen its non-oil tax base."
].join("\n");

test("a body's commentary that says 'we': its narration is the body's, and 'We forecast …' foresees", () => {
  const d = readOk(COMMENTARY, {});
  assert.equal(claimOf(d, "We believe the fiscal buffers")?.speaker, "Northgate Ratings");
  assert.equal(claimOf(d, "In our view")?.speaker, "Northgate Ratings");
  assert.equal(claimOf(d, "widen its non-oil tax base")?.speaker, "Northgate Ratings");
  assert.equal(claimOf(d, "We forecast real GDP growth")?.kind, "forecast");
  assert.equal(claimOf(d, "We forecast real GDP growth")?.speaker, "Northgate Ratings");
});

test("near misses: a news lead '…, the IMF says.' without 'we', a person who says, no body's page", () => {
  const news = readOk(
    [
      "Talks in the region",
      "",
      "By Jane Roe",
      "",
      "Kazakhstan's growth will slow to 4 percent next year, the IMF says. The fund's mission visited Astana in May.",
      "",
      "The government expects a new refinery to open in 2026."
    ].join("\n"),
    {}
  );
  assert.ok(news.voices.every((v) => v.rule !== "body-commentary"));
  // (a person's "says" in the lead is no body's page, even with a "we" after it)
  const person = readOk(
    [
      "Talks in the region",
      "",
      "By Jane Roe",
      "",
      "Kazakhstan's growth will slow next year, Daulet Omarov says. We spoke in his office in Almaty. We then drove to the port.",
      "",
      "Our trip took a day."
    ].join("\n"),
    {}
  );
  assert.equal(voiceOf(person, "drove to the port").speaker, "Jane Roe");
});

test("a relative clause of another's saying or regarding at the end of a speaker's sentence is that speaker's claim", () => {
  const d = readOk(
    [
      "Talks in the region",
      "",
      "By Jane Roe",
      "",
      'Kyrgyz Foreign Minister Aibek Toktogulov warned that the new border fees would hurt traders on both sides, a remark that the Uzbek Foreign Ministry called "regrettable and premature".',
      "",
      "Norwegian Foreign Minister Anne Lind said exports of salmon to Kazakhstan more than doubled last year, a rise that Russian officials regard with suspicion.",
      "",
      "Lind said she looked forward to the next ministerial meeting, which diplomats expect to be held in Astana next year."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "Uzbek Foreign Ministry called")?.speaker, "the Uzbek Foreign Ministry");
  assert.equal(claimOf(d, "would hurt traders")?.speaker, "Aibek Toktogulov");
  assert.ok(!claimOf(d, "would hurt traders")?.quote.includes("a remark"));
  assert.equal(claimOf(d, "regard with suspicion")?.speaker, "Russian officials");
  assert.equal(claimOf(d, "diplomats expect")?.speaker, "diplomats");
  assert.equal(claimOf(d, "diplomats expect")?.kind, "forecast");
});

test("near misses: the speaker's own relative, a relative inside the sentence, a complement after 'stated that'", () => {
  const d = readOk(
    [
      "Talks in the region",
      "",
      "By Jane Roe",
      "",
      'Kazakh Foreign Minister Murat Temirov criticised the new tariffs, a step that he called "short-sighted and costly".',
      "",
      "Temirov said the corridor, which Kazakhstan sees as its main route to Europe, would carry twice as much freight as the northern route by 2030.",
      "",
      "Minister Temirov stated that Kazakhstan regards Norway as a trusted partner."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "short-sighted")?.speaker, "Murat Temirov");
  assert.match(claimOf(d, "twice as much freight")?.speaker ?? "", /Temirov$/);
  assert.ok(claimOf(d, "twice as much freight")?.quote.includes("would carry"));
  assert.match(claimOf(d, "regards Norway as")?.speaker ?? "", /Temirov$/);
});

test("attributions: a body before 'spokesperson', 'put it bluntly:', a relative time, 'estimated that', after a colon", () => {
  const d = readOk(
    [
      "Talks in the region",
      "",
      "By Jane Roe",
      "",
      "A contract for the turbines could be signed before the end of the year, a company spokesperson told the Danube Courier.",
      "",
      'A senior diplomat in Bishkek put it bluntly: "The Russians come with a contract, the Europeans come with a seminar."',
      "",
      "Last month Kazatomprom warned that output at its southern mines would fall short of plan this year.",
      "",
      "Nurtleu estimated that Kazakhstan could export twice as much grain to Iran by 2030.",
      "",
      'Kazakhstan has avoided taking sides: a KTZ spokesman said the company "serves every client on every route".'
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "could be signed")?.speaker, "a company spokesperson");
  assert.equal(claimOf(d, "The Russians come with a contract")?.speaker, "A senior diplomat in Bishkek");
  assert.equal(claimOf(d, "The Russians come with a contract")?.kind, "assessment");
  assert.equal(claimOf(d, "would fall short of plan")?.speaker, "Kazatomprom");
  assert.equal(claimOf(d, "twice as much grain")?.speaker, "Nurtleu");
  assert.equal(claimOf(d, "serves every client")?.speaker, "a KTZ spokesman");
});

test("near misses: a relative time before an act, 'said so' (the sentence's own clause is what was said)", () => {
  const d = readOk(
    analysisPage(
      [
        "Last month the ministers signed a memorandum on water.",
        "Kazakhstan and Uzbekistan want an alternative to dependence on Moscow, and they have said so openly."
      ].join(" ")
    ),
    {}
  );
  assert.equal(voiceOf(d, "signed a memorandum on water").kind, "narration");
  assert.equal(voiceOf(d, "said so openly").kind, "narration");
  assert.equal(voiceOf(d, "said so openly").speaker, "Jane Roe");
});

test("readout verbs: 'repeated that', 'shared the view that', a second 'said' after a courtesy without 'that'", () => {
  const d = readOk(
    [
      "Talks in the region",
      "",
      "By Jane Roe",
      "",
      "Kazakh President Kassym-Jomart Tokayev, who chaired the session, repeated that the door to observer status remained open.",
      "",
      "Foreign Minister Murat Nurtleu shared the view that the Middle Corridor is essential for the whole region.",
      "",
      "OSCE Secretary General Anna Berg visited Ashgabat on Monday. The Secretary General welcomed the offer and said the OSCE stood ready to support projects that build confidence."
    ].join("\n"),
    {}
  );
  assert.equal(voiceOf(d, "repeated that").kind, "reported");
  assert.equal(voiceOf(d, "repeated that").speaker, "Kassym-Jomart Tokayev");
  assert.equal(voiceOf(d, "shared the view").kind, "reported");
  assert.equal(voiceOf(d, "shared the view").speaker, "Murat Nurtleu");
  assert.equal(voiceOf(d, "stood ready").kind, "reported");
  assert.equal(claimOf(d, "stood ready")?.kind, "recommendation");
});

test("near misses: 'repeated the offer', 'shared the costs', a second verb that is no saying", () => {
  const d = readOk(
    [
      "Talks in the region",
      "",
      "By Jane Roe",
      "",
      "Kazakh President Kassym-Jomart Tokayev repeated the offer of a water conference in Astana.",
      "",
      "Foreign Minister Murat Nurtleu shared the costs of the study with his Uzbek counterpart.",
      "",
      "The minister welcomed the offer and signed the memorandum on water."
    ].join("\n"),
    {}
  );
  assert.equal(voiceOf(d, "repeated the offer").kind, "narration");
  assert.equal(voiceOf(d, "shared the costs").kind, "narration");
  assert.equal(voiceOf(d, "signed the memorandum").kind, "narration");
});
