/**
 * The coder reads a sentence's verbs only when its mentions can give an event's two sides (src/read/coder.ts
 * `twoSides`): fewer than two actor codes and no agent give no event, and such a sentence's `why` names the missing
 * actor instead of a verb's modality. Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, phoenixCoder, readPack} from "../src/app/index.js";
import {readDocument} from "../src/read/index.js";

const pack = readPack();
const coder = defaultCoder(pack.actors);
const code = (s: string) => coder.codeSentence(s, {date: "2024-05-20"});
const dyads = (s: string) => code(s).events.map((e) => `${e.source}>${e.target} ${e.code}`);

test("one actor: the verbs are not read, nothing is dropped for their modality, the mention stays", () => {
  const r = code("Kazakhstan will not sign the treaty if the terms do not change.");
  assert.deepEqual(r.events, []);
  assert.deepEqual(r.dropped, []);
  assert.deepEqual(
    r.mentions.map((m) => m.code),
    ["KAZ"]
  );
  assert.deepEqual(code("The ministers never met to discuss the pipeline.").dropped, []);
});

test("two actors: the verbs are read as before (events, and modality reasons for what is left out)", () => {
  // (a signed trade agreement is a paper signed, 057, as the official gold codes every signing: session 14)
  assert.ok(dyads("Kazakhstan signed a trade agreement with China on Monday.").includes("KAZ>CHN 057"));
  assert.ok(
    code("Kazakhstan will not sign the treaty with China if the terms do not change.").dropped.length > 0,
    "a negated or hypothetical act between two actors is still dropped with its reason"
  );
});

test("one actor named with an agent, or twice with different roles, can still give a domestic event", () => {
  // A domestic happening told by a noun has one actor on both sides.
  assert.deepEqual(dyads("Mass unrest in Kazakhstan in January 2022 left more than 200 people dead."), ["KAZ>KAZ 145"]);
  // One state, two roles: the police and the opposition are two sides.
  const roles = code("The Kazakh police arrested opposition activists in Almaty on Monday.").events;
  assert.deepEqual(
    roles.map((e) => `${e.source}${e.sourceAgent}>${e.target}${e.targetAgent} ${e.code}`),
    ["KAZCOP>KAZOPP 173"]
  );
  // PETRARCH's null actor: an agent alone is a side for the yardstick coders (---COP), so their verbs are read.
  const phoenix = phoenixCoder();
  const r = phoenix.codeSentence("Police arrested protesters in Almaty.", {date: "2024-05-20"});
  assert.deepEqual(
    r.events.map((e) => `${e.source}${e.sourceAgent}>${e.target}${e.targetAgent} ${e.code}`),
    ["---COP>KAZOPP 173"]
  );
});

test("the article reader's why names the missing actor for a one-actor sentence", () => {
  const text =
    "Kazakhstan and China signed a trade agreement in Astana on 12 May 2024.\n\nKazakhstan will not join any bloc, officials say.";
  const r = readDocument(text, {format: "text", sourceId: "t", coder, given: {date: "2024-05-20"}});
  assert.ok(r.ok);
  assert.ok(r.value.events.length > 0 && r.value.events.every((e) => e.sentence?.startsWith("Kazakhstan and China")));
  const why = r.value.sentences.map((s) => s.why?.reasons ?? []);
  assert.ok(why[1]!.includes("one-actor"), JSON.stringify(why));
  assert.ok(!why[1]!.includes("negation"), JSON.stringify(why));
});
