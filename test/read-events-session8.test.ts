/**
 * The article reader's event frames, session 8 (issue 10): a subordinate clause opening the sentence, trade figures
 * that are no acts, a meeting asked for in an invitation, topics of a discussion. Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

const read = readEvents;

test("a clause opening with When or Where has its own subject", () => {
  assert.deepEqual(dyads("When Mirziyoyev flew to Baku last month, analysts expected a pipeline deal."), [
    "UZB>AZE 042"
  ]);
  assert.deepEqual(dyads("When Japarov visited Ankara in March, the talks were long."), ["KGZ>TUR 042"]);
  // The same clause after the main one was read before, and still is.
  assert.deepEqual(dyads("Analysts expected a deal when Mirziyoyev flew to Baku in March."), ["UZB>AZE 042"]);
});

test("trade told as a figure is no act", () => {
  // A flow of goods that rose, fell or reached an amount is a statistic, not a shipment.
  assert.deepEqual(dyads("Uzbek exports to China rose by a third in 2023, customs data showed."), []);
  assert.deepEqual(dyads("Turkmen gas imports from Iran fell sharply in 2022 as prices climbed."), []);
  // … and so is the rest of the sentence that borrows the figure's owner as its subject.
  assert.deepEqual(
    dyads("Kyrgyz exports to Kazakhstan grew in 2023 as traders hurried to replace Western suppliers."),
    []
  );
  // Goods bought in aggregate, told by their worth, are a figure too.
  assert.deepEqual(dyads("Germany alone bought Kazakh goods worth $4 billion in 2023."), []);
  // A share of a partner's supplies is a state of affairs ("the bulk of", "most of").
  assert.deepEqual(dyads("Japan continues to provide the bulk of Mongolia's development loans."), []);
  // One shipment or one purchase is still an act.
  assert.deepEqual(dyads("Kazakhstan exported its first grain cargo to Iran on Monday."), ["KAZ>IRN 061"]);
});

test("a meeting asked for in an invitation, or planned, has not happened", () => {
  const text = [
    "Invitation",
    "",
    "On Monday, Erdogan received Japan's special envoy for the Caucasus, who handed over an invitation to a Japan-Caucasus summit."
  ].join("\n");
  assert.deepEqual(read(text), ["TUR>JPN 043 2024-05-20"]);
  // (an office "for" a region is the guest's title: the region is no side of the reception)
  assert.deepEqual(dyads("On Monday, Erdogan received the EU's special representative for the South Caucasus."), [
    "TUR>EU 043"
  ]);
  // A summit "planned for" a later time is still to come (an intent to meet), not a meeting held.
  assert.deepEqual(
    dyads("On Monday the ministers set the date of a Japan-Kyrgyzstan summit planned for next spring."),
    ["JPN>KGZ 036"]
  );
});

test("what two sides discussed is a consultation, whatever its topic", () => {
  assert.deepEqual(dyads("On Monday Uzbekistan and Japan discussed cooperation in trade and investment."), [
    "UZB>JPN 040",
    "JPN>UZB 040"
  ]);
});
