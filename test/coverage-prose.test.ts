import assert from "node:assert/strict";
import {test} from "node:test";
import {checkCoverageOptions} from "../src/app/coverage.js";
import {ACTS} from "../src/read/coverage-lexicon.js";
import {ALL_ACTS, CONSTRUCTIONS, CONTEXTS, familyOfItem, generate} from "../src/read/coverage.js";
import {realismRows, scoreItem} from "../src/read/coverage-score.js";
import type {ReadingForEval} from "../src/read/document-eval.js";

const prose = (constructions: string[], perCell = 3, acts?: string[]) =>
  generate({seed: 4, perCell, constructions, ...(acts ? {acts} : {})});

test("session 15's cells leave the first matrix's items as they were: its constructions never draw the new acts", () => {
  const first = generate({seed: 3, perCell: 2, family: "first"});
  const own = new Set(ALL_ACTS.filter((a) => a.onlyIn).map((a) => a.name));
  assert.ok(first.length > 800);
  assert.ok(first.every((it) => !own.has(it.act) && familyOfItem(it) === "first"));
  const all = generate({seed: 3, perCell: 2});
  assert.deepEqual(
    all.filter((it) => familyOfItem(it) === "first"),
    first
  );
  // every construction of session 15 is a cell of several verbs, never one sentence
  for (const c of CONSTRUCTIONS.filter((x) => x.prose)) {
    const acts = new Set(all.filter((it) => it.construction === c.name).map((it) => it.act));
    assert.ok(acts.size >= 3, `${c.name}: ${[...acts].join(", ")}`);
  }
});

test("postponing or cancelling: six verbs, 16 at the month of the act, whatever the frame", () => {
  const items = prose(["postponed"], 6);
  assert.deepEqual([...new Set(items.map((it) => it.act))].sort(), [
    "call-off",
    "cancel",
    "delay",
    "postpone",
    "put-off",
    "suspend-plans"
  ]);
  for (const it of items) {
    assert.deepEqual(
      it.expected.map((e) => e.root),
      ["16"]
    );
    assert.match(it.sentences.at(-1)!, /\b(postpon|delay|put off|cancel|call(ed)? off|suspend)/);
  }
  // the frames: the act itself, a passive "at the request of", "informed … that … would be", a decision
  const text = items.map((it) => it.sentences.at(-1)).join("\n");
  assert.match(text, /at the request of /);
  assert.match(text, / informed .* that the \w+ would be /);
});

test("schedules and plans are intents (03) in the article's month, never the act held", () => {
  const items = prose(["schedule"], 4);
  assert.ok(new Set(items.map((it) => it.act)).size >= 6);
  for (const it of items) {
    assert.deepEqual(
      it.expected.map((e) => [e.root, e.date]),
      [["03", it.articleDate.slice(0, 7)]]
    );
    assert.match(
      it.sentences.at(-1)!,
      /to be held|to take place|set to (meet|welcome|sign)|is due|expected (in|to)|slated for|scheduled for|calendars for|host|planned for|set for|likely to|to be signed|formally signed|would be held|would take place/
    );
  }
});

test("acts toward a group: the organisation's members are the organisation, 'the five' and 'the region' are CAS", () => {
  const items = prose(["group-target"], 4);
  assert.ok(items.length >= 15);
  for (const it of items) {
    const [e] = it.expected;
    // the organisation or the region is named one or two sentences before the act
    const context = it.sentences.slice(0, -1).join(" ");
    if (it.targetForm === "group-region") {
      assert.equal(e!.target, "CAS");
      assert.match(context, /Central Asia/);
    } else {
      assert.match(e!.target, /^(CSTO|SCO|OTS)$/);
      assert.ok(context.includes(e!.target === "SCO" ? "Shanghai" : e!.target === "OTS" ? "Turkic" : "CSTO"));
      assert.match(
        it.sentences.at(-1)!,
        /colleagues|member states|partners|counterparts|other members|allies|fellow|bloc/
      );
    }
  }
});

test("a gerund complement expresses two acts with their own dates; the act of the gerund is the cell's", () => {
  const items = prose(["gerund-complement"], 2);
  for (const it of items) {
    const [act, thanks] = it.expected;
    assert.equal(act!.act, it.act);
    assert.deepEqual([act!.source, act!.target], [thanks!.target, thanks!.source]);
    assert.ok(act!.date < thanks!.date, `${act!.date} before ${thanks!.date}`);
    assert.match(thanks!.root, /^(05|11)$/);
  }
});

test("a tour of three named states is one visit with other targets, and the scorer takes any of them", () => {
  const [it] = prose(["toured"], 1, ["visit-list"]);
  const e = it!.expected[0]!;
  assert.equal(e.others!.length, 2);
  const read = (target: string): ReadingForEval => ({
    source: {},
    sentences: [],
    events: [{source: e.source, target, code: "042", date: `${e.date}-10`, sentence: e.quote}],
    claims: [],
    mentions: []
  });
  assert.equal(scoreItem(it!, read(e.others![1]!)).outcomes[0]!.strict, true);
  assert.equal(scoreItem(it!, read("USA")).outcomes[0]!.strict, false);
});

test("the rows of no event expect nothing; currencies expect the act and never a state of the currency", () => {
  for (const it of prose(
    ["group-wish", "learned-how", "habitual", "relations-state", "no-date", "absent", "long-participle", "plan-off"],
    1
  ))
    assert.deepEqual(it.expected, [], it.sentences.join(" "));
  for (const it of prose(["currency"], 3)) {
    assert.match(it.sentences.at(-1)!, /US\$|USD|US dollars|\$|€|euros/);
    assert.ok(it.expected.every((e) => e.source !== "USA" && e.target !== "USA" && e.target !== "EU"));
  }
});

test("comparative ellipsis and two predicates in a relative clause expect both acts", () => {
  for (const it of prose(["as-did"], 1, ["criticise", "recall", "visit"])) {
    assert.equal(it.expected.length, 2);
    assert.equal(it.expected[0]!.target, it.expected[1]!.target);
    assert.match(it.sentences.at(-1)!, /, (as did|and so did) /);
  }
  for (const it of prose(["relative-coordinated"], 2, ["expel", "sign"])) {
    assert.equal(it.expected.length, 2);
    assert.notEqual(it.expected[0]!.root, it.expected[1]!.root);
  }
});

test("variants: each takes its cell's acts and expected reading in other words; the cells' items stay", () => {
  const variants = generate({seed: 5, perCell: 2, family: "variants"});
  assert.ok(variants.length > 80);
  for (const it of variants) {
    const c = CONSTRUCTIONS.find((x) => x.name === it.construction)!;
    assert.ok(c.variantOf && it.construction === `${c.variantOf}-v`);
  }
  const cells = (family: "prose" | "variants") =>
    new Set(generate({seed: 5, perCell: 1, family}).map((it) => it.construction.replace(/-v$/, "")));
  for (const c of cells("variants")) assert.ok(cells("prose").has(c), c);
  // the cell's schedule is an intent at the article's month in its variant too; a plan that fell through is none
  for (const it of variants.filter((x) => x.construction === "schedule-v"))
    assert.deepEqual(
      it.expected.map((e) => [e.root, e.date]),
      [["03", it.articleDate.slice(0, 7)]]
    );
  for (const it of variants.filter((x) =>
    /^(plan-off|habitual|learned-how|group-wish|long-participle)-v$/.test(x.construction)
  ))
    assert.deepEqual(it.expected, []);
});

test("the family option: first or prose, anything else an issue", () => {
  assert.equal(checkCoverageOptions({seed: 1, sample: 1, family: "prose"}).ok, true);
  const bad = checkCoverageOptions({seed: 1, sample: 1, family: "blind"});
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && bad.issues[0]!.code === "unknown_family");
  // the lexicon's acts are untouched: session 15's acts come from their own module
  assert.ok(ACTS.every((a) => !a.onlyIn));
});

test("realism: a share of the items get a copy in a context of real prose; the plain items stay as they were", () => {
  const plain = generate({seed: 6, perCell: 2, constructions: ["past", "cleft", "passive-agent"]});
  const mixed = generate({seed: 6, perCell: 2, constructions: ["past", "cleft", "passive-agent"], realism: 0.5});
  assert.deepEqual(
    mixed.filter((it) => !it.context),
    plain
  );
  const copies = mixed.filter((it) => it.context);
  assert.ok(copies.length > plain.length / 4 && copies.length < plain.length);
  for (const copy of copies) {
    const original = plain.find((it) => copy.id === `${it.id}~${copy.context}`)!;
    assert.ok(original, copy.id);
    // the same events (and a second act's), each quoting a sentence of the copy
    assert.deepEqual(
      copy.expected.slice(0, original.expected.length).map((e) => [e.source, e.target, e.root, e.date]),
      original.expected.map((e) => [e.source, e.target, e.root, e.date])
    );
    for (const e of copy.expected) assert.ok(copy.sentences.includes(e.quote), `${copy.context}: ${e.quote}`);
    assert.notDeepEqual(copy.sentences, original.sentences);
  }
  // every context can be asked for alone
  for (const context of CONTEXTS.map((c) => c.name)) {
    const only = generate({seed: 6, perCell: 2, constructions: ["past"], realism: 1, contexts: [context]});
    assert.ok(
      only.some((it) => it.context === context),
      context
    );
  }
});

test("realism: the cost of a context compares each copy with its own plain item", () => {
  const [it] = generate({seed: 2, perCell: 1, constructions: ["past"], acts: ["criticise"], forms: ["state"]});
  const copy = generate({
    seed: 2,
    perCell: 1,
    constructions: ["past"],
    acts: ["criticise"],
    forms: ["state"],
    realism: 1,
    contexts: ["citation"]
  })[1]!;
  const e = it!.expected[0]!;
  const event = (sentence: string) => ({
    source: e.source,
    target: e.target,
    code: "111",
    date: `${e.date}-05`,
    sentence
  });
  const reading = (events: ReadingForEval["events"]): ReadingForEval => ({
    source: {},
    sentences: [],
    events,
    claims: [],
    mentions: []
  });
  const rows = realismRows([
    scoreItem(it!, reading([event(e.quote)])),
    scoreItem(copy, reading([{...event(copy.expected[0]!.quote), source: "USA"}]))
  ]);
  assert.deepEqual(
    rows.map((r) => [r.context, r.n, r.strictPlain, r.strictEmbedded, r.broken, r.falseEmbedded]),
    [["citation", 1, 1, 0, 1, 1]]
  );
});
