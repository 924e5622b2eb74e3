/**
 * A read the server is still computing when its client stops waiting: a client that sends `Prefer: respond-async`
 * (the dashboard) is answered 202 "computing", not an error; the computation runs on, its answer is kept, and asking
 * again gets it. A real server over a seeded store, with other processes keeping the CPU busy (artificial load).
 */
import assert from "node:assert/strict";
import {after, before, test} from "node:test";
import {preferAsync} from "../src/server/limits.js";
import {underLoad} from "./helpers/load.js";
import {startServer} from "./helpers/server.js";

let server: Awaited<ReturnType<typeof startServer>>;

before(async () => {
  server = await startServer({datasets: false});
});
after(async () => server?.close());

const url = (p: string) => new URL(p, server.url).toString();
const ASYNC_NOW = {prefer: "respond-async, wait=0"};

/** Asks for `path` with `wait=0` until the answer is not 202; the answers' statuses in order and the last one. */
async function untilAnswered(path: string): Promise<{statuses: number[]; res: Response; body: string}> {
  const statuses: number[] = [];
  for (let i = 0; i < 600; i++) {
    const res = await fetch(url(path), {headers: ASYNC_NOW});
    statuses.push(res.status);
    if (res.status !== 202) return {statuses, res, body: await res.text()};
    const body = (await res.json()) as {status: string; retryAfter: number};
    assert.equal(body.status, "computing");
    assert.equal(res.headers.get("retry-after"), String(body.retryAfter));
    assert.equal(res.headers.get("preference-applied"), "respond-async");
    assert.equal(res.headers.get("cache-control"), "no-store");
    assert.equal(res.headers.get("x-content-type-options"), "nosniff", "the security headers are on the 202 too");
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path}: still computing after 600 requests`);
}

test("Prefer: respond-async is read as RFC 7240 writes it; other preferences are not it", () => {
  assert.deepEqual(preferAsync("respond-async, wait=10"), {wait: 10});
  assert.deepEqual(preferAsync("wait=2.5,respond-async"), {wait: 2.5});
  assert.deepEqual(preferAsync("Respond-Async"), {});
  assert.deepEqual(preferAsync('respond-async, wait="3"'), {wait: 3});
  assert.equal(preferAsync(undefined), undefined);
  assert.equal(preferAsync("wait=10"), undefined);
  assert.equal(preferAsync("return=minimal"), undefined);
  assert.equal(preferAsync("respond-asynchronously"), undefined);
  assert.deepEqual(preferAsync("respond-async, wait=soon"), {});
});

test("under load, cold measures asked with respond-async are 202 'computing', then their kept answers", async () => {
  const paths = ["KAZ", "UZB", "KGZ", "TJK"].map(
    (focal) => `/api/measures/balance?focal=${focal}&vectors=RUS,CHN,USA,EU&from=1995&to=2020`
  );
  const answers = await underLoad(3, () => Promise.all(paths.map(untilAnswered)));
  for (const [i, a] of answers.entries()) {
    assert.equal(a.statuses[0], 202, `${paths[i]}: the first answer is "computing"`);
    assert.equal(a.statuses.at(-1), 200, `${paths[i]}: ${a.body.slice(0, 200)}`);
    // The answer was computed once, apart from the requests: the one that gets it finds it kept (or waits for it).
    assert.equal(a.res.headers.get("x-cache"), "hit");
    const plain = await fetch(url(paths[i]!));
    assert.equal(plain.status, 200);
    assert.equal(await plain.text(), a.body);
    assert.equal(plain.headers.get("etag"), a.res.headers.get("etag"));
  }
});

test("without Prefer a read waits for its answer; a bad query asked with respond-async ends in its 422", async () => {
  const cold = await fetch(url("/api/measures/influence?focal=KAZ&vectors=RUS,CHN&from=2001&to=2019"));
  assert.equal(cold.status, 200);
  assert.equal(cold.headers.get("x-cache"), null, "the first answer is the computation's own");
  const bad = await untilAnswered("/api/measures/balance?focal=ATLANTIS&vectors=RUS,CHN");
  assert.equal(bad.statuses.at(-1), 422, bad.body.slice(0, 200));
  assert.match(JSON.parse(bad.body).error.message, /ATLANTIS/);
});

test("writes ignore respond-async: a POST's answer is its own", async () => {
  const res = await fetch(url("/api/ingest"), {method: "POST", headers: ASYNC_NOW, body: "{}"});
  assert.equal(res.status, 401);
});
