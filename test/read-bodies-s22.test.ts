/**
 * A state's body named "<name> of <state>" and later by its name alone, and China's central bank (issue 10, session 22;
 * src/read/anaphora-bodies.ts `shortenedBodies`, data/dictionaries/central-asia.actors.txt). Every sentence our own
 * (the South Caucasus and its neighbours); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const page = (...paragraphs: string[]) => ["Central banks", ...paragraphs].join("\n\n");
const has = (events: string[], wanted: string) => assert.ok(events.includes(wanted), events.join(" | "));
const lacks = (events: string[], unwanted: RegExp) =>
  assert.ok(!events.some((e) => unwanted.test(e)), events.join(" | "));

test("'the National Bank' alone is the state's whose National Bank the text named with it", () => {
  const events = readEvents(
    page(
      "TBILISI, May 20 (Wire) - The National Bank of Georgia raised its key rate on Monday.",
      "In 2023, the National Bank signed a memorandum on payment systems with Armenia."
    )
  );
  has(events, "GEO>ARM 057 2023-01-01");
});

test("near miss: another state's body of the same name keeps its own state", () => {
  const events = readEvents(
    page(
      "TBILISI, May 20 (Wire) - The National Bank of Georgia raised its key rate on Monday.",
      "The National Bank of Moldova signed a memorandum on payment systems with Armenia."
    )
  );
  lacks(events, /^GEO>ARM/);
});

test("near misses: a name two states' bodies share, a body the name does not mark as the state's", () => {
  const shared = readEvents(
    page(
      "TBILISI, May 20 (Wire) - The Central Bank of Armenia and the Central Bank of Azerbaijan met in Tbilisi on Monday.",
      "In 2023, the Central Bank signed a memorandum on payment systems with Georgia."
    )
  );
  lacks(shared, /^(?:ARM|AZE)>GEO 057/);
  const development = readEvents(
    page(
      "TBILISI, May 20 (Wire) - The Development Bank of Georgia opened a branch on Monday.",
      "In 2023, the Development Bank signed a memorandum on lending with Armenia."
    )
  );
  lacks(development, /^GEO>ARM 057/);
});

test("the People's Bank of China is China's", () => {
  const events = readEvents(
    page(
      "ASTANA, May 20 (Wire) - The National Bank of Mongolia and the People's Bank of China signed a currency swap agreement in 2011."
    )
  );
  has(events, "MNG>CHN 057 2011-01-01");
});
