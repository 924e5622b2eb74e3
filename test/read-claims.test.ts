import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {loadPack} from "../src/packs/index.js";
import {classifyClaim, readDocument, stanceScore} from "../src/read/index.js";

const ROOT = join(import.meta.dirname, "..");
const pack = loadPack(join(ROOT, "packs", "central-asia"));
assert.ok(pack.ok);
// As the store lists them: each actor's code, name and aliases.
const aliases = pack.value.actors.flatMap((a) => [
  {code: a.code, alias: a.code},
  {code: a.code, alias: a.name},
  ...a.aliases.map((x) => ({code: a.code, alias: x.alias}))
]);
const read = (name: string, date?: string) => {
  const r = readDocument(readFileSync(join(ROOT, "test/fixtures/articles/seeds", name), "utf8"), {
    format: "text",
    sourceId: "s",
    aliases,
    ...(date ? {given: {date}} : {})
  });
  assert.ok(r.ok);
  return r.value;
};

test("interview: questions are the journalist's and never claims; answers belong to the interviewee", () => {
  const d = read("000_3fd4c63bc4bf2362.txt");
  const questions = d.sentences.filter((_s, i) => d.voices[i]!.kind === "question").map((s) => s.text);
  assert.equal(questions.length, 7);
  assert.ok(questions[0]!.startsWith("How do you see the importance of the Central Asian republics"));
  assert.deepEqual(
    [...new Set(d.voices.filter((v) => v.kind === "question").map((v) => v.speaker))],
    ["Matanat Nasibova"]
  );
  assert.deepEqual([...new Set(d.claims.map((c) => c.speaker))], ["Karlygash Nugmanova"]);
  for (const c of d.claims) {
    assert.ok(!questions.includes(c.quote), c.quote);
    assert.ok(!c.quote.endsWith("?"), c.quote);
    assert.equal(d.body.slice(c.start, c.end), c.quote);
  }
  const byQuote = (q: string) => d.claims.find((c) => c.quote.includes(q));
  assert.deepEqual(byQuote("withdrawal from the CSTO is inadvisable"), {
    id: byQuote("withdrawal from the CSTO is inadvisable")!.id,
    sourceId: "s",
    speaker: "Karlygash Nugmanova",
    affiliation: `doctor of political sciences, professor, and president of the "East-West" International Centre for Geopolitical Forecasting`,
    kind: "recommendation",
    quote: byQuote("withdrawal from the CSTO is inadvisable")!.quote,
    about: ["CAS", "ISIS", "TALIBAN", "ALQAEDA", "AFG", "KAZ", "CSTO"],
    start: byQuote("withdrawal from the CSTO is inadvisable")!.start,
    end: byQuote("withdrawal from the CSTO is inadvisable")!.end,
    rule: "claim:interview-answer/recommendation:inadvisable"
  });
  const drones = byQuote("Türkiye will produce new-generation drones")!;
  assert.deepEqual(
    [drones.kind, drones.about, drones.resolution, drones.rule],
    ["forecast", ["TUR", "KAZ"], "open", "claim:interview-answer/forecast:in the future"]
  );
  assert.equal(byQuote("we should clearly understand")!.kind, "recommendation");
});

test("news interview: quotations attributed to the expert named or described beside them", () => {
  const d = read("004_967f618bfd538b06.txt", "2025-11-20");
  const voiceOf = (q: string) => d.voices[d.sentences.findIndex((s) => s.text.includes(q))]!;
  assert.deepEqual(voiceOf("It must be acknowledged"), {
    kind: "quote",
    speaker: "Gaziz Abishev",
    role: "Political scientist",
    rule: "quote-attribution"
  });
  assert.deepEqual(voiceOf("According to Abishev"), {
    kind: "reported",
    speaker: "Gaziz Abishev",
    role: "Political scientist",
    rule: "reported-speech"
  });
  assert.deepEqual(voiceOf("I hope we will move in this direction"), {
    kind: "quote",
    speaker: "Gaziz Abishev",
    role: "Political scientist",
    rule: "quote-attribution"
  });
  assert.equal(voiceOf("Kazakhstan already has strong and close relations").kind, "narration");
  // "do not threaten Kazakhstan but … guarantee its security … help": friendly, with the negation flipped.
  const stance = d.stances.find((s) => s.quote.includes("do not threaten Kazakhstan"))!;
  assert.deepEqual(
    [stance.speaker, stance.target, stance.polarity, stance.rule],
    ["Gaziz Abishev", "KAZ", 1, "stance:quote-paragraph/not threaten+guarantee+help+threats"]
  );
  // Every quotation, reported view and its continuation ("Abishev believes … . This indicates …"); "a firm
  // pragmatism in our relations" is a judgement too. (Session 16: two quoted sentences of clauses of different kinds
  // give a claim per clause: "… the main thing that interests the Americans is raw materials" and "the task of the
  // Kazakh Government is to bargain …"; "so everything will be fine" beside "I think our country will …": 29 -> 31;
  // his quoted words of how things stand, "The traditional relations … testify to the authority of our country" and
  // "Some commentators discuss with sarcasm …": 31 -> 33.)
  assert.equal(d.claims.filter((c) => c.speaker === "Gaziz Abishev").length, 33);
  // The reported event date: "on November 11 and 12" → 2025-11-11.
  const i = d.sentences.findIndex((s) => s.text.includes("on November 11 and 12"));
  assert.deepEqual(d.dates[i], {
    date: "2025-11-11",
    precision: "day",
    text: "November 11",
    start: 48,
    end: 59,
    rule: "month-day"
  });
});

test("essay: the author's forecasts and recommendations are claims; a quoted leader is the speaker of his quote", () => {
  const d = read("003_4b4c7042c2e079b4.txt", "2024-02-15");
  // "Tokayev also wrote that “…”" is the Kassym-Jomart Tokayev named before; "Then he wrote that …" is him too.
  const tokayev = d.claims.filter((c) => c.speaker === "Kassym-Jomart Tokayev");
  assert.equal(tokayev.length, 2);
  assert.ok(
    tokayev.some((c) =>
      c.quote.includes("One of the priority aspects of Kazakhstan’s foreign policy is the pursuit of balance")
    )
  );
  assert.ok(tokayev.some((c) => c.quote.startsWith("Then he wrote that") && c.kind === "recommendation"));
  const kinds: Record<string, number> = {};
  for (const c of d.claims) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  // An analysis: the author's own judgements are claims, with or without a cue word.
  assert.deepEqual(kinds, {forecast: 15, assessment: 20, recommendation: 4});
  assert.equal(d.claims.find((c) => c.quote.startsWith("Candidly speaking"))!.kind, "recommendation");
});

test("classifyClaim: kind, cue and forecast horizon", () => {
  assert.deepEqual(classifyClaim("Kazakhstan will join the WTO by 2030.", {year: 2024}), {
    kind: "forecast",
    cue: "will",
    horizon: "2030"
  });
  assert.deepEqual(classifyClaim("Astana should keep its distance from the CSTO."), {
    kind: "recommendation",
    cue: "should"
  });
  assert.deepEqual(classifyClaim("In my opinion, the balance is stable."), {kind: "assessment", cue: "in my opinion"});
  assert.equal(classifyClaim("The delegation arrived in Astana."), undefined);
});

test("stanceScore: lexicon with negation", () => {
  assert.deepEqual(stanceScore("China does not threaten, but strengthens its position"), {
    score: 2,
    cues: ["not threaten", "strengthens"]
  });
  assert.deepEqual(stanceScore("aggressive statements of Kremlin propagandists"), {
    score: -2,
    cues: ["aggressive", "propagandists"]
  });
});
