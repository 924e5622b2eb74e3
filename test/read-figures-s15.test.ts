import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";

// Session 15 (issue 10, figures by form): the missed figures of all sets counted by form first — a measure as a
// compound adjective (five in four sets), a volume with a joined scale and "m³" (seven, one set), a share said as a
// fraction (two sets), a currency written with letters before the amount, a count with a scale word, the bounds of a
// range — then filled by form. Sentences written for these tests (ports, orchards, power lines; none a fixture
// sentence), with near misses that must read no figure.

const figures = (body: string) =>
  readOk(`Statistics\n\n2 February 2026\n\n${body}\n`, {aliases: []}).figures.map((f) => ({
    text: f.text,
    value: f.value,
    amount: f.amount
  }));
const has = (body: string, text: string, amount: number) => {
  const fs = figures(body);
  assert.ok(
    fs.some((f) => f.text === text && Math.abs((f.amount ?? f.value) - amount) < 1e-6 * Math.max(1, amount)),
    `${text} = ${amount} in ${JSON.stringify(fs)}`
  );
};
const none = (body: string, text: RegExp) => {
  const fs = figures(body);
  assert.ok(!fs.some((f) => text.test(f.text ?? "")), `no ${text} in ${JSON.stringify(fs)}`);
};

test("a measure as a compound adjective: number, hyphen and the singular unit, with a scale or a number word", () => {
  has("The utility will string a 310-kilometre transmission line across the valley.", "310-kilometre", 310);
  has("Investors plan a 120-megawatt wind farm near the pass.", "120-megawatt", 120);
  has("The port will add a 1.5-million-tonne grain terminal by spring.", "1.5-million-tonne", 1_500_000);
  has("A fifty-mile canal would link the two lakes.", "fifty-mile", 50);
  has("They leased a 3,000-hectare orchard estate.", "3,000-hectare", 3000);
  // near misses: durations and counts in the same form are no measures
  none("The two sides signed a 25-year lease and held a three-hour meeting.", /year|hour/);
  none("A 12-member commission will study the route.", /member/);
});

test("a volume with its scale joined to the number and the unit in cubic metres with a superscript", () => {
  has("Shipments reached 14.2bn m³ last year.", "14.2bn m³", 14_200_000_000);
  has("The pipeline can carry up to 6bn m³ a year.", "6bn m³", 6_000_000_000);
  // (thousands written "'000" after a price are no volume)
  none("Buyers paid $310/'000m³ at the border.", /^0|000m³/);
});

test("a share said as a fraction after a word of degree, before 'of', or as 'two-thirds'", () => {
  has("Grain shipments fell by nearly a third after the floods.", "nearly a third", 33);
  has("Apricot sales rose by roughly a fifth in the spring.", "roughly a fifth", 20);
  has("A quarter of the orchards lost their crop.", "A quarter of", 25);
  has("Three-quarters of the freight now goes by rail.", "Three-quarters", 75);
  has("Half of the country's wheat is sold abroad.", "Half of", 50);
  // near misses: an ordinal, a quarter of the year, a quarter century, half an hour
  none("A third country joined the talks in the third quarter.", /third/i);
  none("The dispute lasted a quarter of a century.", /quarter/i);
  none("They met for half an hour.", /half/i);
  none("Exports grew in the first half of the season and slowed for a third of the year.", /half|third/i);
});

test("currencies written with letters before the amount: ISO codes, the ringgit's RM, the rupiah's Rp, other dollars", () => {
  has("Malaysian buyers signed contracts worth RM3.4 billion.", "RM3.4 billion", 3_400_000_000);
  has("The bank lent Rp 5 trillion to the port operator.", "Rp 5 trillion", 5e12);
  has("A fund pledged SGD 40 million for cold storage.", "SGD 40 million", 40_000_000);
  has("The plant cost NZ$30 million to build.", "NZ$30 million", 30_000_000);
  has("A $1.2-billion loan financed the line.", "$1.2-billion", 1_200_000_000);
  // near miss: capitals that are no currency before a number
  none("The RMB rate and the RMA 12 rule were discussed.", /RMA|^RM\b/);
});

test("a count with a scale word before its noun is scaled", () => {
  has("The region is a market of 60 million shoppers.", "60 million shoppers", 60_000_000);
});

test("a range's bounds: each with the unit written after the second", () => {
  has("Output will be 40,000 to 42,500 tonnes this season.", "40,000", 40_000);
  has("Output will be 40,000 to 42,500 tonnes this season.", "42,500 tonnes", 42_500);
  has("The new line is 12-15 km shorter.", "12", 12);
  has("Fruit traders paid $410-450 per tonne.", "450", 450);
  // near misses: a span of years is no range of amounts; a year before "to" is no bound
  none("The 2019-2023 plan is over.", /2019|2023/);
  none("Sales doubled in 2024 to 8.1 million tonnes.", /^2024/);
});
