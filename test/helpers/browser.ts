/**
 * Drives Debian's Chromium with playwright-core (RECIPES R5). Fails loudly when Chromium is missing, and
 * collects console errors and page errors so a test can fail on them.
 *
 * @module
 */
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
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return {page, errors, close: () => context.close()};
}
