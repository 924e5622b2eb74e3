import assert from "node:assert/strict";
import {test} from "node:test";
import {authorView, ellipsis} from "../src/read/claims-author.js";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 18 (issue 10): the writer's short judgements in an analysis that carry no word of judgement — a negative
// quantifier summing up what was said, an ability weighed, a course read in the present progressive, a clause whose verb
// phrase is left out. Every sentence here was written for these tests (Andean water, Baltic ports, Sahel grain …), with
// near misses that must stay no claim.

test("summing up, ability and a course in the present progressive are the writer's judgements", () => {
  for (const [t, cue] of [
    ["None of this makes Lima a rival to Santiago.", "none of this"],
    ["But none of that changes the arithmetic of the harbour.", "none of that"],
    ["Neither capital will give up its claim to the glacier.", "neither capital will"],
    ["Neither side is ready to pay for the dredging.", "neither side is"],
    ["Small ports cannot compete with Gdańsk on price.", "cannot"],
    ["Both can learn from the Danish model.", "can"],
    ["Riga is slowly turning its back on transit.", "turning"],
    ["Instead, the region is buying grain wherever it is cheapest.", "buying"],
    ["Niger has found another buyer: it is hedging.", "hedging"]
  ] as const)
    assert.equal(authorView(t), cue, t);
  for (const t of [
    // a count of named members reports a fact
    "None of the three ministers attended the launch.",
    "None of them signed the protocol.",
    // a passive of procedure, a modal inside a comparison
    "This can be done through the existing customs union.",
    "The port handled more cargo in 2024 than anyone can remember.",
    // a plan or a schedule in the progressive
    "Vilnius is planning to open a consulate in Riga.",
    "The minister is visiting Tallinn next week.",
    "The two sides are meeting in Oslo.",
    // a progressive in a clause of its own after a subordinator is no main course of the sentence's subject
    "The ferries stop when the ice is forming."
  ])
    assert.equal(authorView(t), undefined, t);
});

test("a clause with its verb phrase left out takes the kind of its auxiliary", () => {
  assert.deepEqual(ellipsis("Lisbon should not."), {kind: "recommendation", cue: "ellipsis:should"});
  assert.deepEqual(ellipsis("So must Madrid."), {kind: "recommendation", cue: "ellipsis:must"});
  assert.deepEqual(ellipsis("So will the Baltic states."), {kind: "forecast", cue: "ellipsis:will"});
  assert.deepEqual(ellipsis("Neither would Vilnius."), {kind: "forecast", cue: "ellipsis:would"});
  assert.deepEqual(ellipsis("Tallinn is not."), {kind: "assessment", cue: "ellipsis:is"});
  assert.deepEqual(ellipsis("Nor can the smaller ports."), {kind: "assessment", cue: "ellipsis:can"});
  // near misses: the pro-verb "do" reports conduct; a copula with its predicate is no ellipsis; a question
  for (const t of ["For now they do.", "Riga did not.", "Tallinn is not a member.", "Will Riga?", "The work is done."])
    assert.equal(ellipsis(t), undefined, t);
});

test("the writer's short verdicts in an analysis, read as a document; the same sentences in news are no claims", () => {
  const piece = [
    "The Baltic ports and the grain that did not come",
    "",
    "By Ilse Marjanović-Kerr",
    "",
    "Riga, Tallinn and Klaipėda lost most of their Russian grain transit in 2022. Klaipėda found new cargo within a year.",
    "",
    "Riga is slowly turning its back on transit. None of this makes the port a loser. Tallinn has not adapted. Should Tallinn wait for the transit to return? It should not.",
    "",
    "Small ports cannot compete with Gdańsk on price. Klaipėda signed a lease with a Danish operator on 3 May 2024. The Danes will judge the port by its speed. So will the shippers."
  ].join("\n");
  const d = readOk(piece, {});
  const by = (q: string) => claimOf(d, q);
  assert.equal(by("turning its back")?.kind, "assessment");
  assert.equal(by("turning its back")?.speaker, "Ilse Marjanović-Kerr");
  assert.equal(by("None of this")?.kind, "assessment");
  assert.equal(by("It should not")?.kind, "recommendation");
  assert.equal(by("cannot compete")?.kind, "assessment");
  assert.equal(by("So will the shippers")?.kind, "forecast");
  // narration of what happened stays no claim
  assert.equal(by("signed a lease"), undefined);
  assert.equal(by("found new cargo"), undefined);
  // near miss: in a wire story the narration reports; its short sentences are no claims of the writer's
  const wire = readOk(
    [
      "Baltic ports lose grain transit",
      "",
      "RIGA, 4 June 2024 (Baltic Wire) – Latvia's transport minister said on Tuesday that Riga would seek new cargo, after the port lost most of its Russian grain transit.",
      "",
      '"We have lost a third of our volume," the minister told reporters. Tallinn is not. None of this was announced in advance, the port authority said.'
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(wire, "Tallinn is not"), undefined);
});

test("groups that speak: a verb of saying joined to their first verb, a plural verb of saying or naming, 'in what X described as'", () => {
  const d = readOk(
    [
      "Chile opens its lithium tender",
      "",
      "SANTIAGO, 4 June 2025 (Andes Wire) – Chile opened a tender for two lithium salt flats on Tuesday, the mining ministry said.",
      "",
      "Traders in Valparaíso welcomed the tender but warned that the royalty remained too high.",
      "",
      "Bankers describe the terms as a test of the government's pragmatism. Bolivian diplomats portrayed the tender as a threat to a shared basin.",
      "",
      "Argentina raised its own royalty in March, in what Chilean officials privately called a provocation.",
      "",
      "Traders in Arica loaded the first cargo and shipped it north in March."
    ].join("\n"),
    {}
  );
  const by = (q: string) => claimOf(d, q);
  assert.equal(by("royalty remained too high")?.speaker, "Traders");
  assert.equal(by("royalty remained too high")?.kind, "assessment");
  assert.equal(by("a test of the government")?.speaker, "Bankers");
  assert.equal(by("a threat to a shared basin")?.speaker, "Bolivian diplomats");
  assert.equal(by("privately called a provocation")?.speaker, "Chilean officials");
  assert.equal(by("privately called a provocation")?.quote, "in what Chilean officials privately called a provocation");
  // near misses: two acts joined with no verb of saying are narration; a naming without "in" names a thing
  assert.equal(voiceOf(d, "loaded the first cargo").kind, "narration");
  assert.equal(by("loaded the first cargo"), undefined);
  const e = readOk(
    'Lithium in the Andes\n\nBy Rosa Quispe-Lind\n\nThe two governments signed what both capitals call "lithium diplomacy" in 2023.\n',
    {}
  );
  assert.equal(
    e.claims.find((c) => c.speaker === "both capitals"),
    undefined
  );
});
