import {test} from "node:test";
import assert from "node:assert/strict";
import {readEvents, has} from "./helpers/events.js";

// Session 34 (issue 10): "On the sidelines, …" with no occasion named is the occasion told a little before, and its
// date (document.ts SAME_OCCASION). Sentences written for these tests.

test("'On the sidelines,' opening a sentence dates its act by the occasion told before", () => {
  const events = readEvents(
    [
      "Tokyo courts the steppe",
      "",
      "On 14–15 November last year, Prime Minister Shigeru Ishiba hosted President Kassym-Jomart Tokayev in Tokyo for a summit.",
      "",
      "The two leaders discussed critical minerals and transport.",
      "",
      "On the sidelines, Japan and Kazakhstan signed a memorandum on uranium supplies."
    ].join("\n"),
    "2025-02-10"
  );
  has(events, /^JPN>KAZ 057 2024-11-1[45]/);
  assert.ok(!events.some((e) => /057 2025/.test(e)), events.join(" | "));
  // near miss: the act's own date keeps it
  const own = readEvents(
    [
      "Tokyo courts the steppe",
      "",
      "Prime Minister Shigeru Ishiba hosted President Kassym-Jomart Tokayev in Tokyo on 14 November 2024.",
      "",
      "On the sidelines, Japan and Kazakhstan signed a memorandum on uranium supplies on 3 March 2025."
    ].join("\n"),
    "2025-05-10"
  );
  has(own, /^JPN>KAZ 057 2025-03-03/);
  assert.ok(!own.some((e) => /057 2024-11/.test(e)), own.join(" | "));
});
