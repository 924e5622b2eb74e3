/**
 * Drives Debian's Chromium with playwright-core (RECIPES R5). Fails loudly when Chromium is missing, and
 * collects console errors and page errors so a test can fail on them.
 *
 * @module
 */
import assert from "node:assert/strict";
import {existsSync, mkdirSync} from "node:fs";
import {join} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {PROJECT_ROOT} from "../../src/app/index.js";
import {TEST_EVENTS_ON_CLICKHOUSE} from "./clickhouse.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage"
];

/** Where screenshots go (test-output/clickhouse/ when the servers keep their events on ClickHouse). */
export const SHOTS = join(PROJECT_ROOT, "test-output", ...(TEST_EVENTS_ON_CLICKHOUSE ? ["clickhouse"] : []));

/** Launches headless Chromium, or throws telling how to install it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: run "bash scripts/setup-chromium.sh" (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, {recursive: true});
  return chromium.launch({executablePath: CHROMIUM, headless: true, args: ARGS});
}

/** A page of the given size that records console errors, page errors and failed API requests in `errors`. */
export async function openPage(
  browser: Browser,
  {width = 1280, height = 800} = {}
): Promise<{page: Page; errors: string[]; close: () => Promise<void>}> {
  const context = await browser.newContext({viewport: {width, height}, deviceScaleFactor: 1});
  // A view's first answer can wait on the server's first measures; on a loaded 2-core machine that took over 30 s
  // (playwright's default), so every wait and navigation is bounded at 90 s instead.
  context.setDefaultTimeout(90_000);
  context.setDefaultNavigationTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return {page, errors, close: () => context.close()};
}

/**
 * Opens `#/<route>` of the server at `url` in a page of the given size, runs `check`, saves a screenshot as
 * `<shot>.png` under {@link SHOTS}, and fails on console errors.
 */
export async function checkView(
  browser: Browser,
  url: string,
  route: string,
  shot: string,
  check: (page: Page) => Promise<void>,
  size = {width: 1280, height: 800}
): Promise<void> {
  const {page, errors, close} = await openPage(browser, size);
  try {
    await page.goto(`${url}#/${route}`, {waitUntil: "networkidle"});
    await check(page);
    await page.screenshot({path: join(SHOTS, `${shot}.png`), fullPage: true});
    assert.deepEqual(errors, [], `console errors on #/${route}`);
  } finally {
    await close();
  }
}

/** Ingests one article through the server's API (with its write token) and checks it was stored. */
export async function ingestArticle(
  server: {url: string; token: string},
  article: {text: string; title: string; date: string}
): Promise<void> {
  const res = await fetch(new URL("/api/ingest", server.url), {
    method: "POST",
    headers: {"content-type": "application/json", authorization: `Bearer ${server.token}`},
    body: JSON.stringify(article)
  });
  assert.equal(res.status, 201, await res.text());
}
