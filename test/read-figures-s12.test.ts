import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";

// Session 12 (issue 10, class 4): the year of a figure told beside another clause's year. Sentences written for these
// tests (grain, power and tourism figures of our own), with near misses.

const yearOf = (body: string, text: string, date = "2 February 2026") => {
  const d = readOk(`Statistics\n\n${date}\n\n${body}\n`, {aliases: []});
  const f = d.figures.find((x) => x.text === text);
  assert.ok(f, `no figure ${text}: ${d.figures.map((x) => x.text).join(" | ")}`);
  return f.year;
};

test("a change 'more than a year earlier' is of the period the sentence states; a level 'a year earlier' of the year before", () => {
  assert.equal(yearOf("Grain exports reached 11 million tonnes in 2025, 14% more than a year earlier.", "14%"), 2025);
  assert.equal(yearOf("Tourist arrivals were up 9% on a year before, at 3.2 million in 2025.", "9%"), 2025);
  // near miss: the amount itself of the year before
  assert.equal(
    yearOf("Power imports fell to 2.1 billion kWh in 2025 from 2.6 billion kWh a year earlier.", "2.6 billion kWh"),
    2024
  );
});

test("a contrast joined by 'while'/'whereas' with no time of its own shares the dated clause's year", () => {
  assert.equal(
    yearOf(
      "Uzbekistan sold 4.4 million tonnes of cotton fibre abroad in 2024, whereas Tajikistan managed 0.3 million tonnes.",
      "0.3 million tonnes"
    ),
    2024
  );
  // near misses: a clause with its own time ("since", "this year") is its own
  assert.notEqual(
    yearOf(
      "Remittances reached $3.1 billion in 2023, while Chinese lending has totalled $9 billion since 2013.",
      "$9 billion"
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

test("a later clause's own 'this year' beats the sentence's opening year", () => {
  assert.equal(
    yearOf(
      "In 2025, the dam delivered 1.9 billion kWh to the grid, and output this year is forecast to top 2.4 billion kWh.",
      "2.4 billion kWh"
    ),
    2026
  );
  // near miss: without a time of its own, the later clause keeps the opening year
  assert.equal(
    yearOf(
      "In 2025, the dam delivered 1.9 billion kWh to the grid, and the old plant added 0.4 billion kWh.",
      "0.4 billion kWh"
    ),
    2025
  );
});

test("a report's period said as 'last year' carries to the next statistic, past a base year 'up from … in 2022'", () => {
  const report =
    "Wheat exports rose by 12% last year to 9 million tonnes, the grain union said on Friday. " +
    "Flour shipments grew faster, to 2.4 million tonnes, up from 1.9 million tonnes in 2022.";
  assert.equal(yearOf(report, "2.4 million tonnes"), 2025);
  assert.equal(yearOf(report, "1.9 million tonnes"), 2022);
  // near misses: alone, the level is the article's; with a year of its own, that year
  assert.equal(
    yearOf(
      "Flour shipments grew faster, to 2.4 million tonnes, up from 1.9 million tonnes in 2022.",
      "2.4 million tonnes"
    ),
    2026
  );
  assert.equal(
    yearOf(
      "Wheat exports rose by 12% last year to 9 million tonnes, the grain union said on Friday. Flour shipments reached 2.4 million tonnes in 2023.",
      "2.4 million tonnes"
    ),
    2023
  );
});
