/**
 * Figures (issue 10, session 29): what an amount measures as the noun phrase it measures — the object of a verb of
 * producing, giving or spending ("oil produced by …"), a share's base ("share of …", "growth of …", "cut in …"), the
 * noun phrase an amount stands in apposition to, with asides, brackets and a closing time left out; a count of the
 * papers signed at a meeting is no figure; a partitive count ("4,000 of its members' relatives"); the month "May" and
 * a condition ("if oil falls below $60") are no outlook. Every sentence here is our own, written for these tests.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readFigures, splitSentences} from "../src/read/index.js";

const read = (text: string) => readFigures(splitSentences(text), [], {sourceId: "s", articleDate: "2025-06-01"});
const whats = (text: string) => read(text).map((f) => `${f.text}: ${f.what}`);

test("the object of a verb of producing, giving or spending is what the amount measures", () => {
  assert.deepEqual(whats("Mongolia produced 41 million tonnes of coal in 2024."), [
    "41 million tonnes: coal produced by Mongolia"
  ]);
  assert.deepEqual(whats("Norway would provide €300 million in export guarantees over four years."), [
    "€300 million: export guarantees provided by Norway"
  ]);
  assert.deepEqual(whats("The Baltic Fund has lent more than $250 million to Armenia since 2010."), [
    "$250 million: money lent by Baltic Fund to Armenia"
  ]);
  assert.deepEqual(whats("Last year Georgia shipped 2 million tonnes of grain through Poti."), [
    "2 million tonnes: grain shipped by Georgia"
  ]);
  // near misses: a noun that only looks like the verb ("the supply of"), a linking verb ("reached"), a place after "in"
  assert.deepEqual(whats("The pact covers the supply of 50,000 tonnes of wheat."), [
    "50,000 tonnes: pact covers the supply"
  ]);
  assert.deepEqual(whats("Trade between Chile and Mongolia reached $90 million in 2024."), [
    "$90 million: Trade between Chile and Mongolia"
  ]);
  assert.deepEqual(whats("Danish firms invested $40 million in the country last year."), [
    "$40 million: money invested by Danish firms"
  ]);
});

test("a share's base: growth, fall, cut, a share of the noun after 'of', a ratio to GDP", () => {
  assert.deepEqual(whats("Trade between Chile and Mongolia reached $90 million in 2024, up 12 percent on the year."), [
    "$90 million: Trade between Chile and Mongolia",
    "12 percent: growth of Trade between Chile and Mongolia"
  ]);
  assert.deepEqual(whats("Grain shipments through Poti, the main port, fell by about 9% in May."), [
    "9%: fall in Grain shipments through Poti"
  ]);
  assert.deepEqual(whats("The railway cut its tariff for empty wagons by 20% in March."), [
    "20%: cut in tariff for empty wagons"
  ]);
  assert.deepEqual(whats("Norway accounted for 15% of foreign direct investment into Armenia."), [
    "15%: share of foreign direct investment into Armenia"
  ]);
  assert.deepEqual(whats("Remittances from Kazakhstan were equal to 12 per cent of Armenia's GDP."), [
    "12 per cent: Remittances from Kazakhstan as a share of Armenia's GDP"
  ]);
  // near misses: "makes up" is no rise; a change told by the noun itself ("an increase of") stays as it is
  assert.deepEqual(whats("Copper makes up 60% of Mongolia's exports."), ["60%: share of Mongolia's exports"]);
  assert.deepEqual(whats("Officials reported an increase of 7% in freight."), ["7%: an increase"]);
});

test("an amount in apposition measures the noun before it; asides, brackets and a closing time are left out", () => {
  assert.deepEqual(whats("He said trade between Chile and the region, about $300 million last year, was too low."), [
    "$300 million: trade between Chile and the region"
  ]);
  assert.deepEqual(whats("Armenia, for its part, earned only $12 million from exports of brandy."), [
    // (what the sum was earned from names it too; session 32)
    "$12 million: money earned by Armenia from exports of brandy"
  ]);
  assert.deepEqual(whats("The Nordic Investment Bank (NIB) has committed €80 million to the project."), [
    "€80 million: money committed by Nordic Investment Bank to the project"
  ]);
  assert.deepEqual(whats("Freight on the route this year is expected to reach 3 million tonnes."), [
    "3 million tonnes: Freight on the route"
  ]);
});

test("the month May and a condition are no outlook", () => {
  const outlook = (t: string) => read(t).map((f) => f.outlook ?? "-");
  assert.deepEqual(
    outlook("Norway pledged $50 million at the talks in May 2024, and Chile announced a $20 million fund."),
    ["-", "-"]
  );
  assert.deepEqual(outlook("We would not rule out a sharper fall if copper drops below $8,000 a tonne."), ["-"]);
  // near misses: a modal "may" and a forecast with "could" stay forecasts
  assert.deepEqual(outlook("Exports may reach $2 billion by 2027."), ["forecast"]);
  assert.deepEqual(outlook("The line could carry up to 5 million tonnes a year by 2030."), ["forecast"]);
});

test("the papers a meeting signs are its tally, no figure; a part of a group is counted", () => {
  const texts = (t: string) => read(t).map((f) => f.text);
  assert.deepEqual(texts("After the talks the two presidents signed 12 documents on trade and transport."), []);
  assert.deepEqual(texts("In their presence, 9 memorandums were exchanged."), []);
  assert.deepEqual(texts("The ministers oversaw the signing of 7 agreements worth $300 million."), ["$300 million"]);
  // near misses: agreements counted with no signing, companies, states
  assert.deepEqual(texts("Mongolia has free trade agreements with 3 countries."), ["3 countries"]);
  assert.deepEqual(texts("The law lists 12 agreements that still need ratification."), ["12 agreements"]);
  assert.deepEqual(texts("The union said more than 2,000 of its members had lost their jobs."), [
    "2,000 of its members"
  ]);
  // near miss: "one of the largest" counts nothing
  assert.deepEqual(texts("It is one of the largest deposits in the world."), []);
});

test("a verb of intent before the verb of producing is no part of the subject, nor is a quotation's opening mark", () => {
  assert.deepEqual(whats("Kazmunaygas aims to produce 100 million tonnes of oil by 2030."), [
    "100 million tonnes: oil produced by Kazmunaygas"
  ]);
  assert.deepEqual(whats("Japan intends to provide €500 million in credit guarantees."), [
    "€500 million: credit guarantees provided by Japan"
  ]);
  assert.deepEqual(whats('"The EU offered €10 billion for the corridor," she said.'), [
    "€10 billion: money offered by EU for the corridor"
  ]);
  // near miss: a relative's verb of intent leaves no subject ("which aims to"), so no agent is named at all
  const [relative] = whats("The plant in Atyrau, which aims to produce three million tonnes of ammonia, is stalled.");
  assert.doesNotMatch(relative ?? "", / by /);
});
