import assert from "node:assert/strict";
import {test} from "node:test";
import {resolveDate, parseDateline, splitSentences} from "../src/read/index.js";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

test("sentences: abbreviations, initials, U.S., quotes and paragraph breaks", () => {
  const body = `Prof. Karlygash Nugmanova met Dr. A. B. Smith in Astana. The U.S. Embassy said “No.” Then it left.\n\nThe U.S. is a partner. He said: "We will see." She agreed.`;
  assert.deepEqual(splitSentences(body), [
    {index: 0, start: 0, end: 56, text: "Prof. Karlygash Nugmanova met Dr. A. B. Smith in Astana."},
    {index: 1, start: 57, end: 84, text: "The U.S. Embassy said “No.”"},
    {index: 2, start: 85, end: 98, text: "Then it left."},
    {index: 3, start: 100, end: 122, text: "The U.S. is a partner."},
    {index: 4, start: 123, end: 146, text: `He said: "We will see."`},
    {index: 5, start: 147, end: 158, text: "She agreed."}
  ]);
  for (const s of splitSentences(body)) assert.equal(body.slice(s.start, s.end), s.text);
});

test("sentences: an abbreviation that ends a sentence, decimals, e.g. and et al.", () => {
  assert.deepEqual(
    texts(
      "Trade grew 3.5 per cent in 2023 (Vanderhill et al., 2020). Kazakhstan exports oil, gas, etc. The rest goes e.g. to China."
    ),
    [
      "Trade grew 3.5 per cent in 2023 (Vanderhill et al., 2020).",
      "Kazakhstan exports oil, gas, etc.",
      "The rest goes e.g. to China."
    ]
  );
  assert.deepEqual(texts("Why does Russia matter? It is the main player! Indeed…"), [
    "Why does Russia matter?",
    "It is the main player!",
    "Indeed…"
  ]);
});

test("dates: explicit, partial and relative dates resolved against the article's date", () => {
  const at = "2024-11-20";
  const r = (s: string) => {
    const d = resolveDate(s, at)!;
    return [d.date, d.precision, d.rule, d.text];
  };
  assert.deepEqual(r("the meeting with Olaf Scholz on 17 September 2024 (Akorda, 2024)"), [
    "2024-09-17",
    "day",
    "day-month-year",
    "17 September 2024"
  ]);
  assert.deepEqual(r("Tokayev visited Washington on September 19, 2023."), [
    "2023-09-19",
    "day",
    "month-day-year",
    "September 19, 2023"
  ]);
  assert.deepEqual(r("the CSTO intervention in January 2022"), ["2022-01-01", "month", "month-year", "January 2022"]);
  assert.deepEqual(r("the Russian-Ukraine war in February of 2022"), [
    "2022-02-01",
    "month",
    "month-year",
    "February of 2022"
  ]);
  assert.deepEqual(r("Tokayev shared his vision earlier this month"), [
    "2024-11-01",
    "month",
    "this-month",
    "earlier this month"
  ]);
  assert.deepEqual(r("it was explained last September that"), [
    "2024-09-01",
    "month",
    "last-month-name",
    "last September"
  ]);
  assert.deepEqual(r("In November, the Head of State made two visits"), [
    "2024-11-01",
    "month",
    "in-month",
    "November"
  ]);
  assert.deepEqual(r("In December, he went to Beijing"), ["2023-12-01", "month", "in-month", "December"]);
  assert.deepEqual(r("on November 11 and 12, President Tokayev made a state visit"), [
    "2024-11-11",
    "day",
    "month-day",
    "November 11"
  ]);
  assert.deepEqual(r("The minister said yesterday that"), ["2024-11-19", "day", "relative-day", "yesterday"]);
  assert.deepEqual(r("the retreat of the United States from Afghanistan during the summer of 2021"), [
    "2021-06-01",
    "month",
    "season-year",
    "the summer of 2021"
  ]);
  assert.deepEqual(r("Iran built a drone factory in Tajikistan in early 2022"), [
    "2022-01-01",
    "year",
    "year",
    "early 2022"
  ]);
  assert.deepEqual(r("Kazakhstan is a unique country."), ["2024-11-20", "article", "article-date", undefined]);
  assert.equal(resolveDate("earlier this month", undefined), undefined);
  // An impossible day falls back to the month it names.
  assert.deepEqual(resolveDate("on 31 February 2024", at), {
    date: "2024-02-01",
    precision: "month",
    text: "February 2024",
    start: 6,
    end: 19,
    rule: "month-year"
  });
});

test("datelines", () => {
  assert.equal(parseDateline("INTERVIEWS  01 June 2023 - 17:27"), "2023-06-01");
  assert.equal(parseDateline("June 1, 2023"), "2023-06-01");
  assert.equal(parseDateline("01.06.2023"), "2023-06-01");
  assert.equal(parseDateline("Posted 2023-06-31"), undefined);
});
