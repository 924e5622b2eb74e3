import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

// Session 10 (issue 10): figures in forms the reader had not seen, in sentences written for these tests.

const figures = (text: string, articleDate?: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s", ...(articleDate ? {articleDate} : {})}).map((f) => ({
    text: f.text,
    amount: f.amount,
    year: f.year,
    rule: f.rule
  }));

test("an amount converted in brackets is a figure of its own; 'one million' people are counted", () => {
  const f = figures("Tokyo offered ¥90 billion ($600 million) for the new terminal in 2025.");
  assert.deepEqual(
    f.map((x) => [x.text, x.amount, x.year]),
    [
      ["¥90 billion", 90e9, 2025],
      ["$600 million", 600e6, 2025]
    ]
  );
  const g = figures("About half a million pilgrims and one million tourists came through the airport.");
  assert.deepEqual(
    g.map((x) => x.amount),
    [500000, 1e6]
  );
  // near miss: a citation's year in brackets stays no figure
  assert.deepEqual(figures("The port handles 3 million tonnes (Karimov, 2021)."), [
    {text: "3 million tonnes", amount: 3e6, year: undefined, rule: "figure:measure"}
  ]);
});

test("a thread's numbering and a contents line are no counts", () => {
  assert.deepEqual(figures("3/9 Long talks with the mayor about twelve bridges."), [
    {text: "twelve bridges", amount: 12, year: undefined, rule: "figure:count"}
  ]);
  assert.deepEqual(figures("4 Foreign relations"), []);
  // near miss: a sentence that starts with a count
  assert.equal(figures("4 ministers resigned on Friday.").length, 1);
});

test("a year heading dates the figures under it; otherwise a figure of the present takes the article's year", () => {
  const text = [
    "2021",
    "March – The bank lends $300 million for the dam.",
    "The two sides sign contracts worth $1.2 billion.",
    "Outlook",
    "Exports cover roughly 60% of the budget."
  ].join("\n\n");
  const f = figures(text, "2024-06-01");
  assert.deepEqual(
    f.map((x) => [x.text, x.year, x.rule]),
    [
      ["$300 million", 2021, "figure:money year:heading"],
      ["$1.2 billion", 2021, "figure:money year:heading"],
      ["60%", 2024, "figure:percent year:article"]
    ]
  );
  // a target is of a time to come: no year inferred
  assert.equal(figures("The sides want to bring turnover to $5 billion.", "2024-06-01")[0]!.year, undefined);
  // a year in the main clause dates the occasion a "where" clause tells
  assert.equal(
    figures("The leaders met in Baku on 2 May 2023, where the fund pledged €40 million.", "2024-06-01")[0]!.year,
    2023
  );
});

test("review G13: a figure of a past time said without its year takes no article year", () => {
  const years = (t: string) => figures(t, "2026-02-01").map((x) => x.year);
  assert.deepEqual(years("In the late 1980s the mine employed 4,000 workers."), [undefined]);
  assert.deepEqual(years("During the war the currency lost 70 percent of its value."), [undefined]);
  assert.deepEqual(years("At the time, a tonne of cotton sold for $900."), [undefined]);
  assert.deepEqual(years("Soviet planners built a dam that cost 80 million roubles."), [undefined]);
  // near miss: a level told in the present is of the article's time
  assert.deepEqual(years("The dam now supplies 30 percent of the city's power."), [2026]);
});

test("review G13 (note): a sentence opening with a time of its own takes no article year", () => {
  const years = (t: string) => figures(t, "2026-02-01").map((x) => x.year);
  assert.deepEqual(years("Under the old tariff, a wagon of grain cost $4,000 to ship."), [undefined]);
  assert.deepEqual(years("When the bank failed, depositors lost 40 percent of their savings."), [undefined]);
  assert.deepEqual(years("In her second term, the mayor cut bus fares by 15 percent."), [undefined]);
  // near miss: "under" inside the sentence is no time of its own
  assert.deepEqual(years("Grain shipped under the new tariff costs 12 percent less."), [2026]);
});

test("review G13 (brief m1): a figure told in the plain past with no time of its own takes no article year", () => {
  const years = (t: string) => figures(t, "2026-02-01").map((x) => x.year);
  assert.deepEqual(years("The old ferry terminal cost $45 million to build."), [undefined]);
  assert.deepEqual(years("The smelter's output grew by 30 percent."), [undefined]);
  assert.deepEqual(years("Cotton exports fell by 18 percent, the ministry said."), [undefined]);
  // near misses: a present level, a present perfect, a recent time keep the article's year
  assert.deepEqual(years("The minister said the smelter's output is 40 percent higher."), [2026]);
  assert.deepEqual(years("Cotton exports have fallen by 18 percent."), [2026]);
  assert.deepEqual(years("So far this year, cotton exports fell by 18 percent."), [2026]);
  // an act told in the past, or a past change on a day, is news of the article's time
  assert.deepEqual(years("A Chinese consortium bought 30 percent of the smelter."), [2026]);
  assert.deepEqual(years("On Friday the tenge fell 3 percent against the dollar."), [2026]);
  // an opening time with a present level after it, or a past change in a recent quarter, keeps the article's year
  assert.deepEqual(years("When pressed, the governor said unemployment is 6 percent."), [2026]);
  assert.deepEqual(years("Under the new code, importers must pay 12 percent duty."), [2026]);
  assert.deepEqual(years("Despite the floods, grain exports rose 7 percent in the first quarter."), [2026]);
});
