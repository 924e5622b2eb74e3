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

test("the talks an act followed were held by its subject", () => {
  assert.deepEqual(dyads("Kazakhstan and Japan signed a transit deal after talks in Tokyo on Monday."), [
    "KAZ>JPN 057",
    "JPN>KAZ 057",
    "KAZ>JPN 046",
    "JPN>KAZ 046"
  ]);
  // (told by a noun, a mutual happening is given once, its first-named side first)
  assert.deepEqual(
    dyads("Mirziyoyev and Aliyev adopted a joint declaration following lengthy negotiations in Baku on Friday."),
    ["UZB>AZE 057", "AZE>UZB 057", "UZB>AZE 046"]
  );
});

test("the two sides after a visit, in a sentence that also names someone by title and name", () => {
  const text = [
    "Title",
    "",
    "In May 2023, Kishida visited Ulaanbaatar and the two sides signed a transit accord, while German Chancellor Olaf Scholz stayed away."
  ].join("\n");
  assert.deepEqual(read(text), ["JPN>MNG 042 2023-05-01", "MNG>JPN 057 2023-05-01", "JPN>MNG 057 2023-05-01"]);
});

test("an actor who 'followed' a visit visited the same host", () => {
  const text = [
    "Title",
    "",
    "Erdogan visited Bishkek in March 2024, and Iranian President Ebrahim Raisi followed in April.",
    "",
    "Lavrov flew to Ashgabat on 3 May. Wang Yi followed on 6 May."
  ].join("\n");
  assert.deepEqual(read(text), [
    "TUR>KGZ 042 2024-03-01",
    "IRN>KGZ 042 2024-04-01",
    "RUS>TKM 042 2024-05-03",
    "CHN>TKM 042 2024-05-06"
  ]);
  // Not "followed" with an object, nor a side of the visit itself.
  const not = ["Title", "", "Erdogan visited Bishkek in March 2024. Kyrgyzstan followed the talks closely."].join("\n");
  assert.deepEqual(read(not), ["TUR>KGZ 042 2024-03-01"]);
});

test("a past perfect at a place told before with a date is of that date", () => {
  const text = [
    "Title",
    "",
    "Mirziyoyev travelled to Baku early last month for an energy forum.",
    "",
    "Few expected much from it.",
    "",
    "Mirziyoyev had met Aliyev on the sidelines in Baku and signed two accords."
  ].join("\n");
  const events = read(text);
  assert.ok(events.includes("UZB>AZE 040 2024-04-01"), events.join("; "));
  // Without the place named before, the past perfect keeps the article's date.
  const other = [
    "Title",
    "",
    "Mirziyoyev travelled to Baku early last month.",
    "",
    "Mirziyoyev had met Aliyev in Tashkent."
  ].join("\n");
  assert.ok(read(other).includes("UZB>AZE 040 2024-05-20"), read(other).join("; "));
});

test("a verb's object is not past a second verb joined by 'and'", () => {
  // The state named in the clause of the second verb is nobody's target of the first.
  assert.deepEqual(
    dyads(
      "The Kyrgyz side reaffirmed its commitment to the one-China principle and recognizes that Tibet and Taiwan belong to China."
    ),
    []
  );
  // A list of objects is still one object.
  assert.deepEqual(dyads("Japarov met Erdogan and Aliyev in Baku on Monday."), ["KGZ>TUR 040", "KGZ>AZE 040"]);
});

test("verbs of news English: inked, expressed thankfulness, voiced or expressed support for", () => {
  assert.deepEqual(dyads("Kyrgyzstan and Iran inked a transit agreement on Monday."), ["KGZ>IRN 057", "IRN>KGZ 057"]);
  assert.deepEqual(dyads("Kyrgyzstan and Iran inked 12 documents on Monday."), ["KGZ>IRN 057", "IRN>KGZ 057"]);
  assert.deepEqual(dyads("Japarov expressed thankfulness to Turkey on Monday."), ["KGZ>TUR 051"]);
  assert.deepEqual(dyads("Japarov voiced support for Turkey's bid on Monday."), ["KGZ>TUR 051"]);
  assert.deepEqual(dyads("Japarov expressed support for Armenia's reforms on Monday."), ["KGZ>ARM 051"]);
});

test("what is scheduled or being prepared is still to come", () => {
  // "is scheduled to meet" is a plan (036), told on the day it was said.
  const text = ["Title", "", "Japarov is scheduled to meet Aliyev in Baku on Thursday."].join("\n");
  assert.deepEqual(read(text), ["KGZ>AZE 036 2024-05-20 planned"]);
  // A summit being prepared, or one that "is expected to be held", is an intent to meet, not a meeting.
  assert.deepEqual(
    dyads("On Monday the ministers discussed preparations for the first Japan-Mongolia summit in Tokyo."),
    ["JPN>MNG 036"]
  );
  assert.deepEqual(
    dyads("On Monday Japan announced the first Japan-Mongolia summit, which is expected to be held in Tokyo in June."),
    ["JPN>MNG 036"]
  );
});

test("a happening an anniversary is of happened that many years before", () => {
  const text = [
    "Title",
    "",
    "On the eve of the fourth anniversary of Azerbaijan's military operation against Armenia on Thursday, officials held a vigil in Yerevan."
  ].join("\n");
  assert.deepEqual(read(text, "2024-09-19"), ["AZE>ARM 190 2020-09-01"]);
});
