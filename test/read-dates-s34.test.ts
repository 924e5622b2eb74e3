/**
 * Dates of acts, session 34 (issue 10): an occasion's sequel. An act told as done with no time of its own, right after
 * a sentence of the same paragraph whose meeting or visit between the same two sides was told with a month or a day
 * before the page's, is of that occasion's time (src/read/document.ts, rule "occasion-sequel"). Every sentence here is
 * our own (Mongolia's and Japan's ministers), with near misses.
 */
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";

const PAGE = "2025-04-10";
const VISIT =
  "Foreign Minister Battsetseg Batmunkh visited Tokyo in February, where she met Japanese Prime Minister Shigeru Ishiba.";

test("the same pair's act told with no time, right after their dated visit, is of the visit's month", () => {
  has(
    readEvents(`${VISIT} The two sides also signed an agreement on mining.`, PAGE),
    /^(?:MNG>JPN|JPN>MNG) 057 2025-02-01$/
  );
  has(
    readEvents(`${VISIT} Mongolia and Japan signed an agreement on mining.`, PAGE),
    /^(?:MNG>JPN|JPN>MNG) 057 2025-02-01$/
  );
});

test("near misses: another pair, another paragraph, a plan, a year's occasion, a time of the act's own", () => {
  // another pair's act keeps the page's day
  has(
    readEvents(`${VISIT} China signed an agreement with Japan on rare earths.`, PAGE),
    /^(?:CHN>JPN|JPN>CHN) 057 2025-04-10$/
  );
  // a paragraph between
  const apart = readEvents(`${VISIT}\n\nMongolia and Japan signed an agreement on mining.`, PAGE);
  has(apart, /^(?:MNG>JPN|JPN>MNG) 057 2025-04-10$/);
  lacks(apart, / 057 2025-02/);
  // a plan is dated when told
  lacks(readEvents(`${VISIT} Mongolia and Japan will sign an agreement on mining.`, PAGE), / 03\d 2025-02/);
  // an occasion told with its year alone dates nothing after it
  has(
    readEvents("Mongolia and Japan held talks in 2019. Mongolia and Japan signed an agreement on mining.", PAGE),
    /^(?:MNG>JPN|JPN>MNG) 057 2025-04-10$/
  );
  // an act with a time of its own keeps it
  has(
    readEvents(`${VISIT} On Tuesday, Mongolia and Japan signed an agreement on mining.`, PAGE),
    /^(?:MNG>JPN|JPN>MNG) 057 2025-04-08$/
  );
});
