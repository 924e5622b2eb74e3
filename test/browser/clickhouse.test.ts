// The dashboard with its events on ClickHouse (two shards on loopback, scripts/clickhouse.sh), always, in every
// run: the views that read events (events, the overview's relations and event dimension) against a real server
// whose store keeps everything else embedded. CI also runs every browser test with MULTIVECTOR_TEST_EVENTS=clickhouse.
import assert from "node:assert/strict";
import {after, before, describe, test} from "node:test";
import type {Browser, Page} from "playwright-core";
import {checkView, ingestArticle, launchBrowser} from "../helpers/browser.js";
import {clickhouseDatabase, clickhouseQuery} from "../helpers/clickhouse.js";
import {ensureWebBuild, startServer} from "../helpers/server.js";
import {sql} from "../helpers/sql.js";

const ARTICLE =
  "Kazakhstan and Russia signed an agreement on energy cooperation in Astana on 5 March 2024. China welcomed the deal.";

describe("dashboard in Chromium, events on ClickHouse", {timeout: 300_000}, () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let ch: Awaited<ReturnType<typeof clickhouseDatabase>>;
  before(async () => {
    ch = await clickhouseDatabase("browser");
    ensureWebBuild();
    [server, browser] = await Promise.all([startServer({datasets: false, events: ch.url}), launchBrowser()]);
    await ingestArticle(server, {text: ARTICLE, title: "Energy deal in Astana", date: "2024-03-06"});
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await ch?.dispose();
  });

  const view = (route: string, shot: string, check: (page: Page) => Promise<void>) =>
    checkView(browser, server.url, route, shot, check);

  test("the events live on the shards, not in the embedded file", async () => {
    const onShards = Number(await clickhouseQuery(`SELECT count() FROM ${ch.database}.events_dist`));
    assert.ok(onShards > 0);
    const [local] = await sql(server.store).all(`SELECT count(*)::INTEGER AS n FROM events`);
    assert.equal(local!.n, 0);
    const api = (await (await fetch(new URL("/api/events?limit=1", server.url))).json()) as {total: number};
    assert.equal(api.total, onShards);
  });

  test("the server's cached answers follow a write another process makes on the shards (within seconds)", async () => {
    const total = async () =>
      ((await (await fetch(new URL("/api/events?limit=1", server.url))).json()) as {total: number}).total;
    const before = await total();
    assert.equal(await total(), before, "a repeated read is answered the same (from the cache)");
    await clickhouseQuery(
      `INSERT INTO ${ch.database}.events_dist (id, source_id, date, source, target, code, goldstein, quad) VALUES ('other:1', 'other', '2024-05-01', 'KAZ', 'CHN', '042', 1.9, 1)`
    );
    const deadline = Date.now() + 10_000;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      after = await total();
    }
    assert.equal(after, before + 1, "the new event is seen without restarting the server");
  });

  test("events view: the dyad filter and the article's event with its sentence, read from ClickHouse", async () => {
    await view("events", "events-clickhouse", async (page) => {
      await page.waitForSelector("#event-table table");
      const total = Number(await page.locator("#event-chart").getAttribute("data-count"));
      assert.ok(total > 0, "events listed");
      await page.fill("input[name=a]", "KAZ");
      await page.fill("input[name=b]", "RUS");
      await page.fill("input[name=from]", "2024-01-01");
      await page.fill("input[name=to]", "2024-12-31");
      await page.click("#event-filters button[type=submit]");
      await page.waitForFunction((n) => {
        const count = document.querySelector<HTMLElement>("#event-chart")?.dataset.count;
        return count !== undefined && Number(count) !== n && document.querySelector("#event-table table") !== null;
      }, total);
      const row = page.locator("#event-table tbody tr", {hasText: "2024-03-05"}).first();
      await row.press("Enter");
      await page.waitForSelector("#event-source .doc mark.sentence");
      assert.equal(
        await page.locator("#event-source .doc mark.sentence").innerText(),
        "Kazakhstan and Russia signed an agreement on energy cooperation in Astana on 5 March 2024."
      );
    });
  });

  test("relations are aggregated on the shards and the overview renders without errors", async () => {
    const r = (await (
      await fetch(new URL("/api/measures/relations?focal=KAZ&vectors=RUS,CHN&from=2020&to=2024", server.url))
    ).json()) as {items: unknown[]};
    assert.ok(r.items.length > 0, "relations from ClickHouse");
    // The event dimension with the reader's clusters (kept on the shards beside the events), and by dyad-day.
    for (const rule of ["reader", "dyad-day"]) {
      const res = await fetch(
        new URL(
          `/api/measures/events?focal=KAZ&vectors=RUS,CHN&from=2024&to=2024&rule=${rule}&explain=true`,
          server.url
        )
      );
      const text = await res.text();
      assert.equal(res.status, 200, text);
      assert.match(text, /RUS/, `the event dimension (${rule}) names the article's vector`);
    }
    await view("overview", "overview-clickhouse", async (page) => {
      await page.waitForLoadState("networkidle");
    });
  });
});
