import assert from "node:assert/strict";
import {test} from "node:test";
import {checkCoverageOptions, runCoverage} from "../src/app/coverage.js";
import {packReader} from "../src/app/document-eval.js";
import {STATES} from "../src/read/coverage-lexicon.js";
import {
  articleText,
  datePhrase,
  familyOfItem,
  generate,
  seededRandom,
  type CoverageItem
} from "../src/read/coverage.js";
import {compareCoverage, coverageRows, scoreItem} from "../src/read/coverage-score.js";
import type {ReadingForEval} from "../src/read/document-eval.js";

const stateName = (code: string) => STATES.find((s) => s.code === code)!.name;

test("the generator: a passive with a by-agent of a signing names both states, and the expected reading is theirs", () => {
  const items = generate({seed: 7, perCell: 3, acts: ["sign"], constructions: ["passive-agent"], forms: ["state"]});
  assert.equal(items.length, 3);
  for (const it of items) {
    assert.equal(it.sentences.length, 1);
    const [e] = it.expected;
    assert.equal(it.expected.length, 1);
    assert.equal(e!.root, "05");
    assert.equal(e!.mutual, true);
    assert.match(
      it.sentences[0]!,
      new RegExp(
        `^An agreement on energy cooperation was signed by ${stateName(e!.source)} and ${stateName(e!.target)} `
      )
    );
    assert.equal(e!.quote, it.sentences[0]);
  }
});

test("the generator: the same seed gives the same items, another seed others; a cell's items do not depend on the filters", () => {
  const a = generate({seed: 3, perCell: 2});
  assert.deepEqual(generate({seed: 3, perCell: 2}), a);
  assert.notDeepEqual(generate({seed: 4, perCell: 2}), a);
  const only = generate({seed: 3, perCell: 2, acts: ["criticise"], constructions: ["pronoun"]});
  assert.deepEqual(
    only,
    a.filter((x) => x.act === "criticise" && x.construction === "pronoun")
  );
});

test("the generator: a pronoun continuation opens with the pronoun of the actor named before; after talks adds the talks", () => {
  for (const it of generate({seed: 11, perCell: 6, acts: ["warn"], constructions: ["pronoun"]})) {
    // two sentences, and one more for each actor that needs a sentence naming its state first ("the country's")
    const contexts = [it.sourceForm, it.targetForm].filter((f) => f === "country-title").length;
    assert.equal(it.sentences.length, 2 + contexts);
    const last = it.sentences.at(-1)!;
    const pronoun = /^(It|He|She|They) warned /.exec(last)?.[1];
    assert.ok(pronoun, last);
    if (["title", "title-lower", "apposition", "country-title"].includes(it.sourceForm))
      assert.match(pronoun!, /^(He|She)$/);
    if (it.sourceForm === "region") assert.equal(pronoun, "They");
    assert.equal(it.expected[0]!.quote, last);
  }
  const [talks] = generate({
    seed: 2,
    perCell: 1,
    acts: ["criticise"],
    constructions: ["after-talks"],
    forms: ["capital"]
  });
  assert.match(
    talks!.sentences[0]!,
    /^(After|Following) talks with [A-Z]\w+ .*, [A-Z]\w+ criticised it over its trade policy\.$/
  );
  assert.deepEqual(
    talks!.expected.map((e) => [e.root, e.act, e.source, e.target]),
    [
      ["11", "criticise", talks!.expected[0]!.source, talks!.expected[0]!.target],
      ["04", "meet", talks!.expected[0]!.source, talks!.expected[0]!.target]
    ]
  );
});

test("the generator: a plan of one's own is an intent (03) at the article's month; a third party's hope or a denied plan is no event", () => {
  const planned = generate({seed: 5, perCell: 4, acts: ["sign", "deliver-aid"], constructions: ["planned"]});
  assert.equal(planned.length, 8);
  for (const it of planned) {
    assert.match(
      it.sentences.at(-1)!,
      / (plans?|intends?|will) (to )?(sign|deliver) .*(next month|later this year|in the coming weeks)\.$/
    );
    assert.deepEqual(
      it.expected.map((e) => [e.root, e.date]),
      [["03", it.articleDate.slice(0, 7)]]
    );
  }
  // no plan of a criticism or a statement: those are not intents to cooperate
  assert.deepEqual(generate({seed: 5, perCell: 2, acts: ["criticise", "comment"], constructions: ["planned"]}), []);
  for (const it of generate({seed: 5, perCell: 3, acts: ["attack", "meet"], constructions: ["attitude", "no-plans"]})) {
    assert.deepEqual(it.expected, []);
    assert.match(
      it.sentences.at(-1)!,
      / (hopes|expects|fears|worries) that .* will (attack|meet) | (has|have) no plans to /
    );
  }
});

test("the generator keeps to what English allows (review K9, K10, K12)", () => {
  const items = generate({seed: 2, perCell: 3});
  const members = new Set(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);
  for (const it of items) {
    // "the country's" has no other state named before it in its sentence, and a paragraph has one at most
    const withCountry = it.sentences.filter((t) => t.includes("the country's"));
    assert.ok(withCountry.length <= 1, it.sentences.join(" "));
    for (const t of withCountry) {
      const before = t.slice(0, t.indexOf("the country's"));
      const own = STATES.find((x) => it.sentences[0]!.includes(x.name))!;
      for (const x of STATES.filter((y) => y !== own))
        assert.ok(![x.name, x.adj, x.capital].some((w) => new RegExp(`\\b${w}\\b`).test(before)), t);
    }
    // no state acts on the region it belongs to, or the reverse
    for (const e of it.expected)
      assert.ok(
        !(e.source === "CAS" && members.has(e.target)) && !(e.target === "CAS" && members.has(e.source)),
        it.id
      );
  }
  const acts = (c: string) => new Set(items.filter((x) => x.construction === c).map((x) => x.act));
  for (const a of ["attack", "mobilise", "exercise", "expel", "host", "receive", "investigate"])
    assert.ok(!acts("purpose").has(a), `purpose: ${a}`);
  assert.ok(acts("purpose").has("sign") && acts("purpose").has("deliver-aid"));
  assert.deepEqual([...acts("fronted-partner")].sort(), [
    "discuss",
    "hold-talks",
    "negotiate",
    "sign",
    "sign-memorandum"
  ]);
});

test("date phrases denote the month the generator expects", () => {
  const rng = seededRandom(1);
  assert.deepEqual(datePhrase("earlier-this-month", "2024-10-17", rng), {text: "earlier this month", month: "2024-10"});
  assert.deepEqual(datePhrase("last-week", "2025-03-05", rng), {text: "last week", month: "2025-02"});
  const w = datePhrase("weekday", "2024-06-19", seededRandom(5));
  assert.match(w.text, /^on (Monday|Tuesday|Friday|Saturday|Sunday)$/);
  assert.equal(w.month, "2024-06");
  const m = datePhrase("in-month", "2024-06-19", seededRandom(9));
  assert.match(m.text, /^in (March|April|May)$/);
  assert.equal(m.month, `2024-0${["March", "April", "May"].indexOf(m.text.slice(3)) + 3}`);
  const us = datePhrase("month-day-year", "2024-06-19", seededRandom(2));
  const [, mon, day, year] = /^on (\w+) (\d+), (\d{4})$/.exec(us.text)!;
  assert.equal(
    us.month,
    `${year}-${String(new Date(`${mon} ${day}, ${year} UTC`).getUTCMonth() + 1).padStart(2, "0")}`
  );
});

const item = (over: Partial<CoverageItem> = {}): CoverageItem => ({
  id: "t",
  construction: "past",
  act: "accuse",
  root: "11",
  cls: "verbal-conflict",
  sourceForm: "state",
  targetForm: "state",
  dateForm: "day-month-year",
  articleDate: "2024-06-19",
  sentences: ["Mongolia accused Azerbaijan of violating the ceasefire on 2 June 2024."],
  expected: [
    {
      source: "MNG",
      target: "AZE",
      root: "11",
      date: "2024-06",
      mutual: false,
      quote: "Mongolia accused Azerbaijan of violating the ceasefire on 2 June 2024.",
      act: "accuse"
    }
  ],
  ...over
});

test("the scorer end to end: a sentence the reader reads right scores strict; the same reading fails a wrong expectation", () => {
  const read = packReader();
  const it = item();
  const reading = read("t.txt", articleText(it));
  const right = scoreItem(it, reading);
  assert.equal(right.outcomes[0]!.strict, true, right.produced.join(", "));
  assert.equal(right.falseEvents, 0);
  // The same reading against an expectation it does not meet: another root, then the dyad the other way round.
  const wrongCode = scoreItem(item({expected: [{...it.expected[0]!, root: "19"}]}), reading);
  assert.equal(wrongCode.outcomes[0]!.strict, false);
  assert.deepEqual(wrongCode.outcomes[0]!.lost, ["code"]);
  assert.equal(wrongCode.outcomes[0]!.lenient, true);
  assert.equal(wrongCode.falseEvents, 1);
  const reversed = scoreItem(item({expected: [{...it.expected[0]!, source: "AZE", target: "MNG"}]}), reading);
  assert.deepEqual(reversed.outcomes[0]!.lost, ["source", "target"]);
  // No reading: nothing lenient, the event lost.
  const none = scoreItem(it, undefined);
  assert.deepEqual(
    [none.outcomes[0]!.strict, none.outcomes[0]!.lenient, none.outcomes[0]!.lost],
    [false, false, ["event"]]
  );
});

// A signing of ours, and a reading made of the events given (for the scorer alone, without the reader).
const SIGNED = "Mongolia and Azerbaijan signed an agreement on energy cooperation on 2 June 2024.";
const signing = () =>
  item({
    act: "sign",
    root: "05",
    sentences: [SIGNED],
    expected: [{source: "MNG", target: "AZE", root: "05", date: "2024-06", mutual: true, quote: SIGNED, act: "sign"}]
  });
const readingOf = (events: ReadingForEval["events"]): ReadingForEval => ({
  source: {},
  sentences: [],
  events,
  claims: [],
  mentions: []
});
const ev = (source: string, target: string, sentence: string, code = "057"): ReadingForEval["events"][number] => ({
  source,
  target,
  code,
  date: "2024-06-02",
  sentence
});

test("the scorer: a mutual event matches either way; an event from another sentence is strict but not lenient", () => {
  const it = signing();
  assert.equal(scoreItem(it, readingOf([ev("AZE", "MNG", SIGNED)])).outcomes[0]!.strict, true);
  const elsewhere = scoreItem(it, readingOf([ev("MNG", "AZE", "Another sentence altogether.")])).outcomes[0]!;
  assert.deepEqual([elsewhere.strict, elsewhere.lenient], [true, false]);
  const rows = coverageRows(
    [scoreItem(it, readingOf([ev("AZE", "MNG", SIGNED), ev("MNG", "KAZ", SIGNED)]))],
    () => "all"
  );
  assert.deepEqual([rows[0]!.n, rows[0]!.strict, rows[0]!.falseEvents, rows[0]!.sentences], [1, 1, 1, 1]);
});

test("comparing with a baseline: items matched by id, a strict event lost and a false event gained are listed", () => {
  const it = signing();
  const right = scoreItem(it, readingOf([ev("MNG", "AZE", SIGNED)]));
  const wrong = scoreItem(it, readingOf([ev("MNG", "AZE", SIGNED, "111")]));
  const c = compareCoverage([right], [wrong]);
  assert.deepEqual(
    [c.lost.length, c.gained.length, c.moreFalse.length, c.fewerFalse.length, c.unmatched],
    [1, 0, 1, 0, 0]
  );
  const back = compareCoverage([wrong], [right]);
  assert.deepEqual([back.lost.length, back.gained.length, back.fewerFalse.length], [0, 1, 1]);
  // another item (another id) is not compared
  assert.equal(compareCoverage([right], [{...wrong, item: {...wrong.item, id: "other"}}]).unmatched, 2);
});

test("bad options are issues naming what was expected", () => {
  const r = checkCoverageOptions({
    seed: 1.5,
    sample: 0,
    acts: ["hug"],
    constructions: ["inversion"],
    forms: ["nickname"]
  });
  assert.equal(r.ok, false);
  if (r.ok) return;
  const codes = r.issues.map((i) => i.code).sort();
  assert.deepEqual(codes, ["bad_sample", "bad_seed", "unknown_act", "unknown_construction", "unknown_form"]);
  const msg = (code: string) => r.issues.find((i) => i.code === code)!.message;
  assert.match(msg("unknown_act"), /Unknown act "hug": expected one of comment, urge, .*attack/);
  assert.match(msg("unknown_construction"), /expected one of past, perfect, .*pronoun/);
  assert.match(msg("unknown_form"), /expected one of state, capital, .*igo/);
  assert.equal(checkCoverageOptions({seed: 1, sample: 2, acts: ["meet"]}).ok, true);
});

// The matrix's overall figure, pinned as a floor (docs/coverage.md): `npm run coverage -- --sample 1` with seed 1.
// Never lowered; raised when a change to the reader raises it. A change to the generator (new acts, constructions
// or forms) changes the items: re-pin it then with the figure the same reader gives, and say so in the doc.
// 380 of 826 (session 14, 06:56, main a459ffc's reader, the generator widened: 53 verbs, 21 constructions, 12 forms);
// 388 (ac14: region groups, office holders as persons, agentive compounds); 414 on main 6600935 (with ev's 6e03897:
// verbs of telephoning, fronted clauses such as "After urging B …, A said"); 429 of 845 with three constructions of
// modality; 436 of 824, 936 paragraphs, after review K9/K10/K12 (07:40, main 4e8bb71: "the country's" only where no
// other state precedes it, no state acting on its own region, purpose clauses and a fronted partner only where English
// allows them).
// 517 (ac14: a person named with an apposition giving office and state; "the country's <office>").
// 533 on main 8f7dc0c (ev's 680aceb: acts in a noun's clause, papers in the passive, nouns of acts).
// Session 15 (cx, 09:30, main fcd49c7): the first matrix's figures apart ("first": its constructions, unchanged
// items) and session 15's cells ("prose", src/read/coverage-prose.ts: blind13's and blind14's failure classes),
// pinned on fcd49c7's reader: 256 of 423, 528 paragraphs.
// 259 (ac15: an organisation's members told without their names after a gathering of it, "urged the member states",
// "thanked his colleagues": group-target 4/21 -> 18/21 at sample 3).
// Review K4-K6 (10:25, main 36792cf): the cells' wordings varied and mended (other verbs, group nouns, acronym heads,
// agreement, no capital twice, "was supposed to" a no-event row): the cells re-pinned on the same reader, 246 of 422,
// 475 paragraphs (the generator changed, not the reader).
// 247 on main 2fa7f6f (with ac15's members of a gathered organisation; on the varied wordings group-target reads 7/21).
// Variants (cx, 10:45, task 4; src/read/coverage-variants.ts): the cells' acts in other words, their own family so
// that the cells' items stay; 4 of 12, 99 paragraphs on main 8537c51.
// Raised by ev (session 15, meetings put off and "a memorandum of understanding" read as a paper): first 533 -> 541,
// prose 247 -> 254 (on main 8537c51 + ev, sample 1).
// Session 17 (ev, review L12/L13): two cells (coordinated-pronoun, coordinated-home) re-pin the prose family on main
// 45c2566's reader: 336 of 453 strict, 506 items (the generator changed; the same reader gives 316 of 422 on the 475
// items before them).
// pr (session 17): the cells gain "skipped" (a meeting skipped, 125: the "absent" cell's not-attend and "skipped"
// wordings move there) and the schedule's to-be-signed and agreed-venue acts, and the postponed passive tells its
// schedule in a relative clause too: the generator changed, re-pinned on the reader before the change (main 0102dc3):
// prose 337 of 510 items (on main b28f4c7's cells, 317 of 479; the change itself reads 320 there).
// Session 17 (ac17): + the cell office-alone (src/read/coverage-who.ts, 32 paragraphs; the other items unchanged),
// re-pinned on the reader that reads it (ac17's office holders, rebased on main 84ecce6): 340 of 510 without the cell,
// 367 of 542 with it (office-alone 27/32; 0/32 on b28f4c7's reader).
// ev (session 17, review M1/M2): cells coordinated-self and witnessed-signing, coordinated-home reworded by the act's
// class: the generator changed; pinned on the reader of the same landing (partner pronouns after review M1, signings
// after a verb of presence): 397 of 519 strict, 571 items with ac17's office-alone, 75 false events (main 6a86aa1's
// reader: 388, 91 false); with ac's pair-own-clause too, 402 of 525, 577 items, 77 false.
const FLOOR = {
  first: {strict: 541, items: 936},
  // + the cell pair-own-clause (review L8; 6 items): 372 of 548 (pair-own-clause 5/6) on the same reader.
  // + ev's cells (coordinated-*, witnessed-signing), on this landing's reader: 402 of 525, 577 items, 77 false.
  prose: {strict: 402, items: 577},
  variants: {strict: 4, items: 99}
};
// False events (review K13): at most these, overall and in the rows that express no event (negated, attitude,
// no-plans). Lowered when precision work lowers them; a change that reads new sentences with a wrong code raises the
// overall count: fix the code.
// 105 (ac14, apposition: 10 false events in sentences whose actors were not read before, all a code or a passive's
// direction, not an actor: "X was thanked … in a statement from <apposition>" read with the thanked side as source
// (×3), impose-sanctions 170, protest 127, welcome 043 ×2, demand 0311, suspend-talks both ways, negotiate 050; for ev).
// 103 on main 8f7dc0c.
// Session 15's cells: 106 false events on fcd49c7 (gerund complements read as the thanks the wrong way round, a
// postponement read as 130/030, "as did" with a wrong code), 31 in the rows of no event (group-wish, learned-how,
// habitual, relations-state, no-date, absent, long-participle). After review K4-K6 (10:25): 93, and 21 in the
// no-event rows (plan-off added).
// pr (session 15, 10:55, on de3829a's generator): attitudes past an apposition, denied plans ("has no plans to"),
// negated refusals, wants of groups ("few of", "not one of"), lessons learnt, habits told after the verb, standing
// descriptions by a participle, verbal attacks only planned: first 92 (1 in the no-event rows), cells 71 (0).
// Session 17 (ac17): the cells 70 on main 84ecce6 (under the ceiling 71), 76 with office-alone's 6 (the coder's codes
// for the acts told: comment, negotiate, welcome, demand, protest — not the office's side): re-pinned with the generator.
const CEILING = {
  // + ev19's compound members (session 19, 84f4e80): "Turkey's foreign ministry and Iran suspended talks with X" reads
  // Iran's side too, and with it the dictionary's reply (164:164) as for Turkey's: 93 (strict 563 -> 582 of 824).
  first: {falseEvents: 93, noEventFalse: 1},
  // + pair-own-clause's 2 (the coder's 060 for "discussed water sharing": the act's code, not the pair): 78.
  // (session 19: ev19's compound members made the no-new-date row "A new date for the talks between Kazakh Trade
  // Minister X and Uzbekistan has yet to be found" read the talks as held; an occasion named only as what a date is
  // sought for is no act (src/read/nominal.ts dateSoughtFor), so the no-event rows are back at 0.)
  prose: {falseEvents: 78, noEventFalse: 0},
  variants: {falseEvents: 3, noEventFalse: 1}
};
/** The rows that express no event. */
const NO_EVENT = new Set([
  "negated",
  "attitude",
  "no-plans",
  "group-wish",
  "learned-how",
  "habitual",
  "relations-state",
  "no-date",
  "absent",
  "long-participle",
  "plan-off",
  "habitual-v",
  "learned-how-v",
  "group-wish-v",
  "plan-off-v",
  "long-participle-v"
]);

test("the coverage matrix's overall strict figure (seed 1, one item per cell) stays at or above its floor", () => {
  const {scores} = runCoverage({seed: 1, sample: 1});
  for (const family of ["first", "prose", "variants"] as const) {
    const fam = scores.filter((s) => familyOfItem(s.item) === family);
    const all = coverageRows(fam, () => "all")[0]!;
    const floor = FLOOR[family];
    const ceiling = CEILING[family];
    assert.equal(fam.length, floor.items, `${family}: the generator changed: re-pin the floor (docs/coverage.md)`);
    assert.ok(all.strict >= floor.strict, `${family}: strict ${all.strict}/${all.n} below the floor ${floor.strict}`);
    assert.ok(
      all.falseEvents <= ceiling.falseEvents,
      `${family}: false events ${all.falseEvents} above ${ceiling.falseEvents}`
    );
    const none = coverageRows(
      fam.filter((s) => s.item.expected.length === 0 && NO_EVENT.has(s.item.construction)),
      () => "none"
    )[0]!;
    assert.ok(none.falseEvents <= ceiling.noEventFalse, `${family}, no-event rows: ${none.falseEvents} false events`);
  }
});
