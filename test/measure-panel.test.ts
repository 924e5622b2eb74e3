/**
 * The measure workers answer each period from one panel per query: the answer must be the one the measure
 * gives for that period directly (records, warnings, breaks, coverage, evidence, stability), for balance and
 * influence, with and without the sensitivity sweep and the evidence. Periods are drawn with a seeded PRNG.
 */
import assert from "node:assert/strict";
import {after, before, test} from "node:test";
import {
  BusyError,
  createMeasurePool,
  entityTag,
  measure,
  measureJson,
  type MeasureAnswer,
  type MeasurePool
} from "../src/app/index.js";
import {prng} from "./helpers/reliability.js";
import {seededStore} from "./helpers/server.js";

let s: Awaited<ReturnType<typeof seededStore>>;
let pool: MeasurePool;

before(async () => {
  s = await seededStore();
  pool = createMeasurePool(s.store, {workers: 2});
});
after(async () => {
  await pool?.close();
  s?.dispose();
});

const random = prng(20261202);
const periods: [number, number][] = [
  [1992, 2024],
  [1992, 1992],
  [2024, 2024],
  [1985, 2000]
];
while (periods.length < 6) {
  const a = 1992 + Math.floor(random() * 33);
  const b = 1992 + Math.floor(random() * 33);
  periods.push([Math.min(a, b), Math.max(a, b)]);
}

for (const name of ["balance", "influence"] as const) {
  test(`${name}: the workers' answer for a period cut from its panel equals the measure of that period`, async () => {
    for (const [i, [from, to]] of periods.entries()) {
      const raw = {
        focal: "KAZ",
        vectors: i % 2 ? "RUS,CHN,USA" : "RUS,CHN,USA,EU,TUR",
        from,
        to,
        explain: i % 3 === 0,
        sensitivity: i % 4 !== 1,
        params: {}
      };
      const direct = JSON.stringify(measureJson(await measure(s.store, name, raw)));
      const answer = await pool.measureBody(name, raw);
      const pooled = new TextDecoder().decode(answer.body);
      assert.equal(answer.etag, entityTag(pooled), "the tag is the body's");
      assert.equal(pooled.length, direct.length, `${name} ${from}–${to} ${JSON.stringify(raw)}: lengths differ`);
      assert.equal(pooled, direct, `${name} ${from}–${to} ${JSON.stringify(raw)}`);
    }
  });
}

test("a bad query through the workers is the same IssueError as on the request thread", async () => {
  await assert.rejects(pool.measureBody("balance", {focal: "KAZ", vectors: "NOPE", params: {}}), /NOPE/);
  await assert.rejects(pool.measureBody("influence", {focal: "KAZ", from: 2000, to: 1990, params: {}}), /after/);
});

test("the queue is bounded: past maxQueue a BusyError with a retry time; identical queries in flight are one", async () => {
  const small = createMeasurePool(s.store, {workers: 1, maxQueue: 2});
  try {
    const ask = (from: number) => small.measureBody("influence", {focal: "KAZ", from, to: 2020, params: {}});
    const same = [ask(2001), ask(2001)];
    assert.equal(small.pending(), 1, "two identical queries in flight are one computation");
    const results = await Promise.allSettled([...same, ask(2002), ask(2003), ask(2004)]);
    const busy = results.filter((r) => r.status === "rejected");
    assert.ok(busy.length >= 1, "a query past the queue's bound is refused");
    for (const b of busy) {
      const e = (b as PromiseRejectedResult).reason;
      assert.ok(e instanceof BusyError, String(e));
      assert.match(e.message, /maxQueue = 2/);
      assert.ok(e.retryAfter > 0);
    }
    assert.equal(
      (results[0] as PromiseFulfilledResult<MeasureAnswer>).value.etag,
      (results[1] as PromiseFulfilledResult<MeasureAnswer>).value.etag
    );
  } finally {
    await small.close();
  }
});
