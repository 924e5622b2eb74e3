// A dashboard that explains itself, checked in Chromium at 1280×800 and 390×844 for every view: no two
// text boxes intersect (the overlap rule), every encoding has a legend, every chart has its SVG, PNG
// and CSV downloads (and they download). Screenshots go to test-output/; UPDATE_SCREENSHOTS=1 also
// writes them to docs/img/ (look at them before committing).
import assert from "node:assert/strict";
import {copyFileSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import type {Browser} from "playwright-core";
import {PROJECT_ROOT} from "../../src/app/index.js";
import {ingestArticle, launchBrowser, openPage, SHOTS} from "../helpers/browser.js";
import {TEST_EVENTS_ON_CLICKHOUSE} from "../helpers/clickhouse.js";
import {describeOverlaps, textOverlaps} from "../helpers/overlap.js";
import {ensureWebBuild, startServer} from "../helpers/server.js";

type Server = Awaited<ReturnType<typeof startServer>>;

interface ViewSpec {
  route: string;
  /** Present once the view has drawn its data. */
  ready: string;
  /** Legends the view must show (their titles, as `data-legend` starts). */
  legends: readonly string[];
}

const VIEWS: readonly ViewSpec[] = [
  {route: "overview", ready: "#triangle svg", legends: ["Triangle", "Vectors"]},
  {route: "map", ready: "#map svg.map", legends: ["Line width", "Corridors"]},
  {route: "network?at=2022-01-01", ready: "#network svg.network", legends: ["Node colour"]},
  {route: "events", ready: "#event-table table", legends: []},
  {route: "claims", ready: "#claims .claim-speaker, #claims [data-state]:not([data-state=loading])", legends: []},
  {route: "scenarios", ready: "#scenario-editor h2", legends: []}
];

const SIZES = [
  {name: "desktop", width: 1280, height: 800},
  {name: "phone", width: 390, height: 844}
] as const;

const ARTICLE =
  "Kazakhstan and Russia signed an agreement on energy cooperation in Astana on 5 March 2024. China welcomed the deal. " +
  "Analyst John Smith of Chatham House said that Astana will keep balancing between Moscow and Beijing until 2030.";

describe("a dashboard that explains itself", {timeout: 600_000}, () => {
  let server: Server;
  let browser: Browser;
  before(async () => {
    ensureWebBuild();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await ingestArticle(server, {text: ARTICLE, title: "Energy deal in Astana", date: "2024-03-06"});
    // The first overview waits on the server's first measures after the ingest (on ClickHouse in CI's browser run);
    // at load 15-19 on two cores that took more than the 90 s a view is given (sessions 20 and 22). Drawn once here,
    // with a longer bound, the views below are timed on drawing, not on the server's first computation.
    const warm = await openPage(browser);
    try {
      await warm.page.goto(`${server.url}#/overview`, {waitUntil: "networkidle", timeout: 240_000});
      await warm.page.waitForSelector("#triangle svg", {timeout: 240_000});
    } finally {
      await warm.close();
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(route: string, size: {width: number; height: number}, ready: string) {
    const opened = await openPage(browser, size);
    await opened.page.goto(`${server.url}#/${route}`, {waitUntil: "networkidle"});
    await opened.page.waitForSelector(ready);
    // Charts draw after their data arrives: wait until no slot shows "Loading".
    await opened.page.waitForFunction(() => !document.querySelector("main [data-state=loading]"), undefined, {
      timeout: 30_000
    });
    return opened;
  }

  for (const size of SIZES) {
    test(`${size.width}×${size.height}: no text overlaps, legends, and downloads under every chart`, async () => {
      for (const v of VIEWS) {
        const {page, errors, close} = await open(v.route, size, v.ready);
        try {
          const overlaps = await textOverlaps(page);
          assert.deepEqual(overlaps, [], `#/${v.route} at ${size.name}:\n${describeOverlaps(overlaps)}`);
          const legends = await page
            .locator("[data-legend]")
            .evaluateAll((ls) => ls.map((l) => l.getAttribute("data-legend")!));
          for (const title of v.legends)
            assert.ok(
              legends.some((l) => l.startsWith(title)),
              `#/${v.route}: no legend "${title}…" (found ${legends.join(" | ") || "none"})`
            );
          const charts = await page.locator("main .chart").evaluateAll((cs) =>
            cs
              .filter((c) => c.querySelector("svg") && (c as HTMLElement).offsetParent !== null)
              .map((c) => ({
                id: c.id || c.className,
                buttons: [...c.querySelectorAll("[data-chart-tools] [data-download]")].map((b) =>
                  b.getAttribute("data-download")
                )
              }))
          );
          for (const c of charts)
            assert.deepEqual(c.buttons, ["svg", "png", "csv"], `#/${v.route}: chart ${c.id} has no downloads`);
          const shot = `explain-${v.route.split("?")[0]}-${size.name}`;
          await page.screenshot({path: join(SHOTS, `${shot}.png`), fullPage: true});
          if (process.env.UPDATE_SCREENSHOTS === "1" && !TEST_EVENTS_ON_CLICKHOUSE)
            copyFileSync(
              join(SHOTS, `${shot}.png`),
              join(PROJECT_ROOT, "docs", "img", `${v.route.split("?")[0]}${size.name === "phone" ? "-phone" : ""}.png`)
            );
          assert.deepEqual(errors, [], `console errors on #/${v.route}`);
        } finally {
          await close();
        }
      }
    });
  }

  test("a chart downloads as SVG, PNG and CSV", async () => {
    const {page, close} = await open("overview", SIZES[0], "#triangle [data-chart-tools]");
    try {
      const get = async (kind: string) => {
        const [download] = await Promise.all([
          // Rendering the PNG takes a while on a loaded machine.
          page.waitForEvent("download", {timeout: 90_000}),
          page.click(`#triangle [data-download=${kind}]`)
        ]);
        return {name: download.suggestedFilename(), bytes: readFileSync((await download.path())!)};
      };
      const svg = await get("svg");
      assert.match(svg.name, /\.svg$/);
      assert.match(svg.bytes.toString("utf8"), /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.match(svg.bytes.toString("utf8"), /data-year="\d{4}"/);
      const png = await get("png");
      assert.match(png.name, /\.png$/);
      assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
      const csv = await get("csv");
      assert.match(csv.name, /\.csv$/);
      const lines = csv.bytes.toString("utf8").trim().split("\n");
      assert.match(lines[0]!, /^year,/);
      assert.ok(lines.length > 2, "one line per year");
    } finally {
      await close();
    }
  });
});
