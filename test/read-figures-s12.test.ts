import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";

// Session 12 (issue 10, class 4): the year of a figure told in a contrast beside a dated clause (seeds and blind11
// have the form). Sentences written for these tests (lending, remittances; none a fixture sentence), with near misses
// (review J6, J7).

const yearOf = (body: string, text: string, date = "2 February 2026") => {
  const d = readOk(`Statistics\n\n${date}\n\n${body}\n`, {aliases: []});
  const f = d.figures.find((x) => x.text === text);
  assert.ok(f, `no figure ${text}: ${d.figures.map((x) => x.text).join(" | ")}`);
  return f.year;
};

test("a contrast joined by 'whereas'/'while', in the past and with no time of its own, shares the dated clause's year", () => {
  assert.equal(
    yearOf(
      "Kazakh banks lent $12 billion to small firms during 2023, whereas foreign lenders provided about $2 billion.",
      "$2 billion"
    ),
    2023
  );
  assert.equal(
    yearOf(
      "Remittances from Russia to Kyrgyzstan totalled $2.6 billion in 2022, while transfers from Kazakhstan amounted to $0.3 billion.",
      "$0.3 billion"
    ),
    2022
  );
});

test("near misses: a contrast with a time, a modal or a present tense of its own is not of the dated clause's year", () => {
  assert.notEqual(
    yearOf(
      "Remittances reached $3.1 billion in 2023, while Chinese lending has totalled $9 billion since 2013.",
      "$9 billion"
    ),
    2023
  );
  assert.notEqual(
    yearOf(
      "Kazakh banks lent $12 billion to small firms during 2023, whereas foreign lending could reach $4 billion.",
      "$4 billion"
    ),
    2023
  );
  assert.notEqual(
    yearOf(
      "Kazakh banks lent $12 billion to small firms during 2023, whereas the state fund's capital is $5 billion.",
      "$5 billion"
    ),
    2023
  );
  assert.equal(
    yearOf(
      "Remittances reached $3.1 billion in 2024, while this year they could fall to $2.8 billion.",
      "$2.8 billion"
    ),
    2026
  );
});
