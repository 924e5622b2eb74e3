/** The one reading of a speech's title that the page's writer (speech-giver.ts) and its speaking office (own-words.ts) share. */
import assert from "node:assert/strict";
import {test} from "node:test";
import {afterSpeechBy} from "../src/read/speech-title.js";
import {speechGiver} from "../src/read/speech-giver.js";
import {ownWordsOffice} from "../src/read/own-words.js";

test("a speech's, an address's, a written answer's title: what follows 'by'", () => {
  assert.equal(
    afterSpeechBy("Keynote address by Foreign Minister Jane Roe to the Council"),
    "Foreign Minister Jane Roe to the Council"
  );
  assert.equal(afterSpeechBy("  Written answer given by the Foreign Secretary "), "the Foreign Secretary");
  assert.equal(afterSpeechBy("Op-ed by Minister of State Alan Moss"), "Minister of State Alan Moss");
  // near misses: a news headline, a speech named without its giver, a statement "on" a subject
  assert.equal(afterSpeechBy("Minister Jane Roe visits Astana"), undefined);
  assert.equal(afterSpeechBy("The speech that changed Central Asia"), undefined);
  assert.equal(afterSpeechBy("Statement on the situation in the region"), undefined);
});

test("both readers of the title agree on one title: the writer is the person, the office speaks for a state", () => {
  const title = "Speech by Minister of State Jane Roe at the opening of the Tashkent Forum";
  assert.equal(speechGiver(title), "Jane Roe");
  assert.deepEqual(ownWordsOffice(title, []), {office: "Minister of State", line: title});
  // a body gives no writer and no office; two speakers give no writer
  assert.equal(speechGiver("Statement by the Ministry of Foreign Affairs"), undefined);
  assert.equal(ownWordsOffice("Statement by the Ministry of Foreign Affairs", []), undefined);
  assert.equal(speechGiver("Remarks by President Ann Lee and President Tom Berg"), undefined);
});
