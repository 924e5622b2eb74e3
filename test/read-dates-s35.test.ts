import {test} from "node:test";
import assert from "node:assert/strict";
import {readEvents, has} from "./helpers/events.js";

// Session 35 (issue 10): a sentence opening on an occasion told before ("On the sidelines,", "During the talks,"),
// dated by it, sets a scene as a sentence opening with a time does: the acts its paragraph goes on to tell in the
// simple past, with no time of their own, are of the occasion's time (document.ts, the scene's time). Sentences
// written for these tests.

test("the paragraph after 'On the sidelines,' goes on at the occasion's time", () => {
  const events = readEvents(
    [
      "Seoul courts the steppe",
      "",
      "On 3–4 October last year, President Lee Jae-myung hosted President Shavkat Mirziyoyev in Seoul for a state visit.",
      "",
      "On the sidelines, Korea and Uzbekistan signed a memorandum on lithium exploration. Mongolian President Ukhnaagiin Khurelsukh invited Korean companies to bid for a copper mine, and the Kazakh side asked Seoul for help with water management."
    ].join("\n"),
    "2026-01-20"
  );
  has(events, /^KOR>UZB 057 2025-10-0[34]/);
  has(events, /^MNG>KOR 02\d* 2025-10-0[34]/);
  has(events, /^KAZ>KOR 02\d* 2025-10-0[34]/);
  // near misses: a sentence in the present, or one in another paragraph, is told from the page's time
  const present = readEvents(
    [
      "Seoul courts the steppe",
      "",
      "On 3–4 October last year, President Lee Jae-myung hosted President Shavkat Mirziyoyev in Seoul for a state visit.",
      "",
      "On the sidelines, Korea and Uzbekistan signed a memorandum on lithium exploration. Mongolia now asks Seoul for help with water management.",
      "",
      "Kazakhstan invited Korean companies to bid for a copper mine."
    ].join("\n"),
    "2026-01-20"
  );
  has(present, /^KOR>UZB 057 2025-10-0[34]/);
  assert.ok(!present.some((e) => /^MNG>KOR \d+ 2025-10/.test(e)), present.join(" | "));
  assert.ok(!present.some((e) => /^KAZ>KOR \d+ 2025-10/.test(e)), present.join(" | "));
});

// "at the end of 2023" is the year's last month, "at the start of 2024" its first (dates.ts, rule year-end).
test("the end of a year is its last month, its start its first", () => {
  has(
    readEvents("Mongolia lifted its ban on Kyrgyz beef at the end of 2022, the ministry said.", "2025-06-01"),
    /^MNG>KGZ \d+ 2022-12/
  );
  has(
    readEvents("Mongolia lifted its ban on Kyrgyz beef at the start of 2023, the ministry said.", "2025-06-01"),
    /^MNG>KGZ \d+ 2023-01/
  );
  // near miss: a year alone stays the year (its first day, at the year's precision)
  has(
    readEvents("Mongolia lifted its ban on Kyrgyz beef in 2022, the ministry said.", "2025-06-01"),
    /^MNG>KGZ \d+ 2022-01-01/
  );
});
