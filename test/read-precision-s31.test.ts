import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {readDocument} from "../src/read/index.js";

// Session 31 (pr31): false events. Every sentence is our own.
const coder = defaultCoder(readPack().actors);
const dyads = (sentence: string) => {
  const r = readDocument(`Diplomatic diary\n\n${sentence}\n`, {
    format: "text",
    sourceId: "t",
    coder,
    given: {date: "2025-03-03"}
  });
  assert.ok(r.ok);
  return r.value.events.map((e) => `${e.source}>${e.target} ${e.code}`);
};

test("a journey put off past a participle's aside between commas is put off, not made", () => {
  const listed = dyads(
    "A visit by Uzbek Foreign Minister Bakhtiyor Saidov to Tbilisi, previously listed for Tuesday, has been postponed."
  );
  assert.ok(listed.includes("UZB>GEO 160"), listed.join(", "));
  assert.ok(!listed.some((d) => / 04\d$/.test(d)), listed.join(", "));
  // "May" inside the aside is the month
  const may = dyads(
    "A trip by Kyrgyz Foreign Minister Jeenbek Kulubaev to Ankara, planned for May, has been cancelled."
  );
  assert.ok(may.includes("KGZ>TUR 161") || may.some((d) => /^KGZ>TUR 16/.test(d)), may.join(", "));
});

test("near misses: an aside that is a clause of its own, and a journey that did take place", () => {
  // a relative clause with its own verb is no participle's aside; the visit is not read as put off by it
  const relative = dyads(
    "A visit by Uzbek Foreign Minister Bakhtiyor Saidov to Tbilisi, which officials had called historic, was postponed."
  );
  assert.ok(!relative.some((d) => / 04\d$/.test(d)), relative.join(", "));
  // a participle's aside on a visit that happened: no putting off
  const made = dyads(
    "Uzbek Foreign Minister Bakhtiyor Saidov, accompanied by business leaders, visited Tbilisi on Tuesday."
  );
  assert.ok(made.includes("UZB>GEO 042"), made.join(", "));
  assert.ok(!made.some((d) => / 16\d$/.test(d)), made.join(", "));
});

test("a gerund that is the matter of a talk tells no act: the talk with its partner is the event", () => {
  const wb = dyads(
    "Astana said Kazakhstan had discussed financing for the new power line with the Asian Development Bank."
  );
  assert.ok(
    wb.some((d) => /^KAZ>ADB 04/.test(d)),
    wb.join(", ")
  );
  assert.ok(!wb.some((d) => / 03\d+$/.test(d)), wb.join(", "));
  // the gerund's own object is no side of the talk
  const to = dyads(
    "Tajikistan's foreign minister met the Chinese ambassador and discussed raising electricity exports to Afghanistan."
  );
  assert.ok(!to.some((d) => /AFG/.test(d)), to.join(", "));
});

test("near misses: a pair that discussed, a gerund proposed, a partner right after the verb, a delegation after 'with'", () => {
  const pair = dyads("Kazakhstan and China discussed building a second gas pipeline.");
  assert.ok(
    pair.some((d) => /^(KAZ>CHN|CHN>KAZ) 04/.test(d)),
    pair.join(", ")
  );
  const proposed = dyads("Kazakhstan proposed holding a summit with China.");
  assert.ok(
    proposed.some((d) => /^KAZ>CHN 036/.test(d)),
    proposed.join(", ")
  );
  const russia = dyads("Tokayev discussed with Russia the supply of gas.");
  assert.ok(
    russia.some((d) => /^KAZ>RUS 04/.test(d)),
    russia.join(", ")
  );
  const afghan = dyads("Kazakhstan held talks with the Afghan delegation on trade.");
  assert.ok(
    afghan.some((d) => /^KAZ>AFG 04/.test(d)),
    afghan.join(", ")
  );
});
