/**
 * A quotation opening at a statement's verb (issue 10, session 21; src/read/shallow.ts, `transparentQuotes`): "The
 * ministry "demanded that Kabul take …"", "Latvia "strongly condemned" the strike" — the subject before the mark is
 * the verb's subject, and a short fragment's closing mark does not hide the object after it. Every sentence our own
 * (the Baltic states, Russia, Poland); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

test("a quotation opening at a past verb keeps the subject before it", () => {
  assert.deepEqual(
    readEvents(
      `Latvia's Foreign Ministry "demanded that Moscow stop the flights over the Baltic," the statement said.`
    ),
    ["LVA>RUS 100 2024-05-20"]
  );
  assert.deepEqual(readEvents(`Poland "strongly condemned" the Russian strike on Kyiv.`), ["POL>RUS 111 2024-05-20"]);
  assert.deepEqual(readEvents(`Estonia “firmly rejected” the Russian proposal on Monday.`), ["EST>RUS 120 2024-05-20"]);
});

test("near misses: a quotation opening the sentence, a present tense stance", () => {
  // the speaker's own words: no subject before the mark
  assert.deepEqual(readEvents(`"We demand that Moscow stop the flights," Latvia said.`), []);
  // a present tense in quotation marks is a stance told in the speaker's words
  assert.deepEqual(readEvents(`Latvia said Russia "respects the sovereign right" of Estonia.`), []);
});
