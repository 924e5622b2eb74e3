import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

// Sentences written for these tests (not from the seeds).
const figuresOf = (text: string) =>
  readFigures(splitSentences(text), [], {sourceId: "s"}).map((f) => ({
    value: f.value,
    unit: f.unit,
    amount: f.amount,
    what: f.what,
    year: f.year,
    approximate: f.approximate,
    text: f.text
  }));

test("readFigures() reads money with its scale, what it measures and its year", () => {
  assert.deepEqual(figuresOf("In 2022, bilateral trade between Uzbekistan and Turkey reached $3.1 billion."), [
    {
      value: 3.1,
      unit: "billion USD",
      amount: 3.1e9,
      what: "bilateral trade between Uzbekistan and Turkey",
      year: 2022,
      approximate: false,
      text: "$3.1 billion"
    }
  ]);
  const [f] = figuresOf("The bank will lend nearly 450 million euros for the railway by 2027.");
  assert.deepEqual([f!.value, f!.unit, f!.amount, f!.approximate, f!.year], [450, "million EUR", 4.5e8, true, 2027]);
});

test("readFigures() reads shares, tonnes, TEU, barrels and kilometres", () => {
  const got = figuresOf(
    "Grain exports grew 15% in 2021 to 9.2 million tonnes. The terminal handled 310,000 TEU. The line runs 1,200 km and carries 60,000 barrels per day."
  );
  assert.deepEqual(
    got.map((f) => [f.value, f.unit, f.year ?? null]),
    [
      [15, "%", 2021],
      [9.2, "million tonnes", 2021],
      [310000, "TEU", null],
      [1200, "km", null],
      [60000, "barrels per day", null]
    ]
  );
  // (a share told by a rise measures the growth of what rose: session 29)
  assert.equal(got[0]!.what, "growth of Grain exports");
});

test("readFigures() reads counts and ordinals; years, dates and durations are not figures", () => {
  const got = figuresOf(
    "Seven ministers attended the fifth intergovernmental commission in Baku on 14 March 2024, ten years after the first. Hundreds of trucks queued at the border."
  );
  assert.deepEqual(
    got.map((f) => [f.value, f.unit, f.approximate]),
    [
      [7, "ministers", false],
      [5, "ordinal", false],
      [100, "trucks", true]
    ]
  );
  assert.deepEqual(figuresOf("The treaty was signed in 1994 and renewed for 25 years (Smith, 2019)."), []);
});

test("a figure's year counted from the article's date; what an amount after another amount measures", () => {
  const read = (text: string, articleDate = "2025-05-20") =>
    readFigures(splitSentences(text), [], {sourceId: "s", articleDate}).map((f) => [
      f.text,
      f.what,
      f.year,
      f.rule.split(" ")[1]
    ]);
  assert.deepEqual(read("Remittances from Russia fell 14% last year."), [
    ["14%", "fall in Remittances from Russia", 2024, "year:last-year"]
  ]);
  assert.deepEqual(read("Officials said cotton exports had grown 6% in the first half of the year, to $410 million."), [
    ["6%", "growth of cotton exports", 2025, "year:this-year"],
    ["$410 million", "cotton exports", 2025, "year:this-year"]
  ]);
  assert.deepEqual(read("Eight years ago the fund promised to invest about $2 billion in Tajik hydropower."), [
    ["$2 billion", "money invested by fund", 2017, "year:years-ago"]
  ]);
  // A month without a year is the article's year; a year the sentence states wins; no time, no year.
  // (the papers signed are the meeting's tally, no figure of their own: session 29)
  assert.deepEqual(read("In March the two sides signed 14 contracts worth $800 million."), [
    ["$800 million", "contracts", 2025, "year:month-of-article-year"]
  ]);
  assert.deepEqual(read("Freight on the corridor reached 4.1 million tonnes in 2023, up 30% year on year."), [
    ["4.1 million tonnes", "Freight on the corridor", 2023, undefined],
    ["30%", "growth of Freight on the corridor", 2023, undefined]
  ]);
  assert.deepEqual(read("The new terminal, which will handle up to 2 million tonnes, is a joint venture."), [
    ["2 million tonnes", "The new terminal", undefined, undefined]
  ]);
  // After an article the amount modifies the noun that follows; a leading month is no part of what is measured.
  assert.deepEqual(read("In May the bank extended a $300 million credit line to Bishkek."), [
    ["$300 million", "credit line", 2025, "year:month-of-article-year"]
  ]);
  // Without the article's date a relative year stays unknown.
  assert.equal(readFigures(splitSentences("Remittances fell 14% last year."), [], {sourceId: "s"})[0]?.year, undefined);
});

test("a month without a year is the most recent such month before the article", () => {
  const year = (text: string, articleDate: string) =>
    readFigures(splitSentences(text), [], {sourceId: "s", articleDate})[0]?.year;
  assert.equal(year("In November exports rose 9%.", "2025-05-20"), 2024);
  assert.equal(year("In April exports rose 9%.", "2025-05-20"), 2025);
});

test("a day range before a month dates the figure; a year in another clause is not the figure's; clause words end a count", () => {
  const figs = (text: string, articleDate?: string) =>
    readFigures(splitSentences(text), [], {sourceId: "s", ...(articleDate ? {articleDate} : {})});
  assert.equal(
    figs("At the donors' meeting on 12–13 March, the bank pledged €2 billion.", "2024-06-01")[0]?.year,
    2024
  );
  assert.equal(
    figs(
      "Mongolia buys about 70 percent of its fuel from Russia, and every cabinet since 2019 has promised to change it."
    )[0]?.year,
    undefined
  );
  assert.equal(figs("Exports rose 12% in 2023, and imports fell.")[0]?.year, 2023);
  assert.deepEqual(
    figs("The bank is the largest of the three because its capital is larger.").map((f) => f.unit),
    []
  );
});

test("a statistic's year stays with its report: not on a dated act, and not past the report's run", () => {
  const f = readFigures(
    splitSentences(
      "Freight between Tajikistan and China grew to 4.1 million tonnes in 2023. " +
        "On Monday, the two governments also reached an agreement worth $1.5 billion on a new road. " +
        "Rail freight rose 8% to 2.2 million tonnes. " +
        "Road freight climbed 5% to 1.3 million tonnes. " +
        "The road will cross the Pamirs. Work on it will take years. The ministry has not named a builder. " +
        "Air cargo grew 2% to 9,000 tonnes."
    ),
    [],
    {sourceId: "t", articleDate: "2024-06-12"}
  );
  const year = (t: string) => f.find((x) => x.text === t)?.year;
  assert.equal(year("4.1 million tonnes"), 2023);
  // A dated act ("On Monday … reached an agreement") is not the statistic's: it is of the article's own time.
  assert.equal(year("$1.5 billion"), 2024);
  // The report's changes that follow are of its period, each within two sentences of the last …
  assert.equal(year("2.2 million tonnes"), 2023);
  assert.equal(year("1.3 million tonnes"), 2023);
  // … and a change three sentences after the run is not.
  assert.equal(year("9,000 tonnes"), undefined);
});

test("a sentence with a day of its own, or a deal reached, keeps no carried year; a change after it does", () => {
  const f = readFigures(
    splitSentences(
      "Trade between Kazakhstan and Turkey reached $6.3 billion in 2023. On Tuesday, the finance ministry sold bonds worth $300 million. Exports rose 12% to $3.9 billion. The two sides reached a deal worth $2 billion."
    ),
    [],
    {sourceId: "t", articleDate: "2024-05-10"}
  );
  const year = (t: string) => f.find((x) => x.text === t)?.year;
  // (the act on Tuesday and the deal are of the article's own time, not the report's period)
  assert.deepEqual(["$6.3 billion", "$300 million", "$3.9 billion", "$2 billion"].map(year), [2023, 2024, 2023, 2024]);
});
