import {test} from "node:test";
import assert from "node:assert/strict";
import {readEvents, has} from "./helpers/events.js";

// Session 34 (issue 10): places and states named inside a quotation are what a speaker spoke of, not a pair a next
// "the two sides" may point to (anaphora.ts QUOTED_SPAN). Sentences written for these tests.

test("'the two sides' after a quotation naming two places are the latest event's sides, not the quotation's places", () => {
  const events = readEvents(
    [
      "Lisbon and Bishkek talk shipping",
      "",
      "Kyrgyz Foreign Minister Jeenbek Kulubaev met Portuguese Foreign Minister Paulo Rangel in Lisbon on Monday.",
      "",
      "Kulubaev thanked Portugal for supporting Kyrgyzstan's candidacy for the UN Human Rights Council.",
      "",
      '"Portugal showed that a small country can make a difference in New York," he said.',
      "",
      "The two sides also discussed the war in Ukraine and the situation in the Middle East."
    ].join("\n"),
    "2025-10-14"
  );
  assert.ok(!events.some((e) => /USA/.test(e)), events.join(" | "));
  has(events, /^(?:KGZ>PRT|PRT>KGZ) 04/);
  // near miss: two states named in plain narration just before are the pair
  const plain = readEvents(
    [
      "Lisbon and Bishkek talk shipping",
      "",
      "Kyrgyz Foreign Minister Jeenbek Kulubaev met Portuguese Foreign Minister Paulo Rangel in Lisbon on Monday.",
      "",
      "Trade between Portugal and Kyrgyzstan amounted to €3 million last year.",
      "",
      "The two sides also discussed the war in Ukraine."
    ].join("\n"),
    "2025-10-14"
  );
  has(plain, /^(?:KGZ>PRT|PRT>KGZ) 04/);
});
