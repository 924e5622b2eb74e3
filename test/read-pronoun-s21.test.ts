/**
 * "He" or "she" in a later clause of a sentence is the one person the sentence named before it (issue 10, session 21;
 * src/read/anaphora.ts, the inner pronoun): "When X visited Warsaw in March, she and Y signed …", "X completed a
 * visit to Z, during which he and Y opened …", "X flew into Riga on Thursday - and she and Y signed …". Every
 * sentence our own (the Baltic states and Poland); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const signings = (text: string) => readEvents(text).filter((e) => / 057 /.test(e));

test("the person named in an opening clause of time is the 'she' of the main clause", () => {
  assert.deepEqual(
    signings(
      "When Latvian Foreign Minister Baiba Braze visited Warsaw in March, she and Polish Foreign Minister Radoslaw Sikorski signed a roadmap on energy."
    ),
    ["LVA>POL 057 2024-03-01", "POL>LVA 057 2024-03-01"]
  );
});

test("'during which he' and a dash's 'and he' are the person the sentence opened with", () => {
  assert.deepEqual(
    signings(
      "Polish President Andrzej Duda completed a state visit to Lithuania, during which he and Lithuanian President Gitanas Nauseda signed a defence agreement."
    ),
    ["POL>LTU 057 2024-05-20", "LTU>POL 057 2024-05-20"]
  );
  assert.deepEqual(
    signings(
      "Estonian Prime Minister Kaja Kallas flew into Riga on Thursday - and she and Latvian Prime Minister Evika Silina signed a treaty on the border."
    ),
    ["EST>LVA 057 2024-05-16", "LVA>EST 057 2024-05-16"]
  );
});

test("near misses: two persons before the pronoun, another state before the person", () => {
  // two persons of different states: whose "he" is unknown (the coder's own reading stands: no Polish signing)
  const two = signings(
    "When Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius, he signed a treaty with Latvia."
  );
  assert.ok(!two.includes("POL>LVA 057 2024-05-20"), two.join(" | "));
  // a state named before the person ("After Estonia protested, …"): the sentence is not the person's alone
  const other = signings(
    "After Estonia protested, Latvian Foreign Minister Baiba Braze flew to Warsaw, where she and Radoslaw Sikorski later signed a memorandum with Lithuania."
  );
  assert.ok(!other.includes("LVA>LTU 057 2024-05-20"), other.join(" | "));
});
