/**
 * The article reader's verb frames (issue 10, session 4): who is the subject and the object of each verb, how a
 * plan's governing verb passes its mood on, and how a happening is told once. Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {readDocument} from "../src/read/index.js";

const pack = readPack();
const coder = defaultCoder(pack.actors);
const dyads = (s: string, date: string | undefined = "2024-05-20") =>
  coder.codeSentence(s, date ? {date} : {}).events.map((e) => `${e.source}>${e.target} ${e.code}`);
/** Events of a short article dated 2024-05-20: "SRC>TGT CODE DATE PRECISION [planned]". */
const read = (text: string) => {
  const r = readDocument(text, {format: "text", sourceId: "t", coder, given: {date: "2024-05-20"}});
  assert.ok(r.ok);
  return r.value.events.map(
    (e) => `${e.source}>${e.target} ${e.code} ${e.date ?? "-"} ${e.precision}${e.modality ? ` ${e.modality}` : ""}`
  );
};

test("frames: an actor list never runs across a relative or subordinate word", () => {
  // "Ankara, where Turkey and Azerbaijan …": Ankara is the place of the first clause, not a member of the subject.
  const got = dyads(
    "In March, Erdogan hosted Aliyev in Ankara, where Turkey and Azerbaijan agreed to expand energy cooperation."
  );
  assert.ok(got.includes("TUR>AZE 032") && got.includes("AZE>TUR 032"), got.join(", "));
  assert.ok(!got.some((d) => /^(\w+)>\1 /.test(d)), got.join(", "));
});

test("frames: a time between a plan's verb and its 'to' keeps the plan's mood", () => {
  // "agreed on Tuesday to …" is an intent (03x), as "agreed to …" is; not an agreement coded 050 by its first word.
  assert.deepEqual(dyads("Mongolia and Japan agreed on Tuesday to expand cooperation in mining."), [
    "MNG>JPN 032",
    "JPN>MNG 032"
  ]);
  assert.deepEqual(dyads("Mongolia and Japan agreed last week to expand cooperation in mining."), [
    "MNG>JPN 032",
    "JPN>MNG 032"
  ]);
  // What follows "on" must be a time: "agreed on a plan to" keeps the agreement itself (050).
  assert.ok(dyads("Mongolia and Japan agreed on a plan to expand cooperation in mining.").includes("MNG>JPN 050"));
});

test("frames: a second verb after 'and' shares the first verb's subject, never takes its object", () => {
  // The first verb's subject names no actor: the second verb has none either (no IRN→AFG inspection).
  assert.deepEqual(dyads("The delegation met the Iranian consul and inspected a border post near Herat."), []);
  // With a named subject both verbs are that subject's.
  assert.ok(dyads("Turkey condemned the attack by Syria and promised aid to Iraq.").includes("TUR>SYR 111"));
});

test("frames: a hosting and its visit are one happening, told once in the verb's direction", () => {
  assert.deepEqual(dyads("Turkmenistan hosted the Iranian president in March."), ["TKM>IRN 043"]);
  assert.deepEqual(dyads("The Iranian president visited Ashgabat in March."), ["IRN>TKM 042"]);
  // A mutual act keeps both directions.
  assert.deepEqual(dyads("Turkmenistan and Iran signed a gas agreement in March."), ["TKM>IRN 057", "IRN>TKM 057"]);
});

test("frames: a compound subject whose first member has its own head noun ('the Kazakh side and Baku')", () => {
  assert.deepEqual(dyads("The Kazakh government and Baku signed five agreements on transport last month."), [
    "KAZ>AZE 057",
    "AZE>KAZ 057"
  ]);
  assert.deepEqual(dyads("The Kazakh side and Baku signed five agreements on transport last month."), [
    "KAZ>AZE 057",
    "AZE>KAZ 057"
  ]);
});

test("anaphora: 'the two leaders' are the two states named before, not the organisation whose summit it was", () => {
  const got = read(
    "In May, Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban in Ankara during a summit of the Organization of Turkic States, where the two leaders signed a gas deal."
  );
  assert.ok(
    got.includes("TUR>HUN 057 2024-05-01 month") || got.includes("HUN>TUR 057 2024-05-01 month"),
    got.join("; ")
  );
  assert.ok(!got.some((e) => /OTS/.test(e)), got.join("; "));
  // A state named only by its adjective is "the Kazakh side" for the coder.
  const side = read(
    "Last month Kazakh Foreign Minister Murat Nurtleu led a delegation to Baku, where the two sides signed five agreements on transport."
  );
  assert.ok(side.includes("KAZ>AZE 057 2024-04-01 month"), side.join("; "));
});

test("dates: a plan is dated when it was made, its own later date is not yet a happening's", () => {
  // "In March, … agreed to expand": the agreement was made in March (the most recent March before the article).
  assert.deepEqual(read("In March, Mongolia and South Korea agreed to expand cooperation in mining."), [
    "MNG>KOR 032 2024-03-01 month planned",
    "KOR>MNG 032 2024-03-01 month planned"
  ]);
  // "agreed to meet again in September": September is the meeting's, still to come; the plan is dated by the article.
  assert.deepEqual(read("Mongolia and South Korea agreed to meet again in September."), [
    "MNG>KOR 036 2024-05-20 article planned",
    "KOR>MNG 036 2024-05-20 article planned"
  ]);
});
