/**
 * A sentence of a person's words passes the person on as the subject a next "He" or "She" points to (issue 10,
 * session 21; src/read/anaphora.ts, `speakerOf`): "'…,' Sikorski told a news conference. He praised …". Every sentence
 * our own (the Baltic states, Poland, Switzerland); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const praise = (text: string) => readEvents(text).filter((e) => / 051 /.test(e));

test("'He' after a sentence of the person's words is that person", () => {
  assert.deepEqual(
    praise(
      `Polish Foreign Minister Radoslaw Sikorski held talks in Vilnius on Monday. "We are asking for nothing more," Sikorski told a news conference after the talks. He praised Lithuania for its new export rules.`
    ),
    ["POL>LTU 051 2024-05-20"]
  );
  assert.deepEqual(
    praise(
      "Swiss Foreign Minister Ignazio Cassis met Estonian President Alar Karis in Tallinn on Monday. Cassis said only that Bern follows the reforms closely. He also praised Estonia for its digital services."
    ),
    ["CHE>EST 051 2024-05-20"]
  );
});

test("near misses: a speaker not known as a person of a state, a speaker of another state", () => {
  // an unknown name says nothing of whom "He" is: the person before it is not passed over it either
  assert.deepEqual(
    praise(
      `Polish Foreign Minister Radoslaw Sikorski held talks in Vilnius on Monday. "Nothing more," Jonas Petraitis told reporters. He praised Lithuania for its new export rules.`
    ),
    []
  );
  // the speaker is the last person named: "He" is the Lithuanian speaker, not the Polish visitor
  assert.deepEqual(
    praise(
      `Polish Foreign Minister Radoslaw Sikorski met Lithuanian Foreign Minister Gabrielius Landsbergis in Vilnius on Monday. "We agree on everything," Landsbergis said. He praised Poland for its support.`
    ),
    ["LTU>POL 051 2024-05-20"]
  );
});
