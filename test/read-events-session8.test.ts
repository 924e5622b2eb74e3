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
  // (the order of a mutual act's two directions is no part of the reading: session 17's pointer clause copy gives the
  // pair in the order named)
  assert.deepEqual(
    read(text).sort(),
    ["JPN>MNG 042 2023-05-01", "MNG>JPN 057 2023-05-01", "JPN>MNG 057 2023-05-01"].sort()
  );
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

test("an abstention told the other way round: 'Among the abstaining delegations were A, B and C'", () => {
  assert.deepEqual(
    dyads("Among the abstaining delegations were Armenia, Georgia and Mongolia, while Bhutan did not vote."),
    ["ARM>UN 011", "GEO>UN 011", "MNG>UN 011"]
  );
  assert.deepEqual(dyads("Abstaining were Armenia and Georgia."), ["ARM>UN 011", "GEO>UN 011"]);
});

test("a state's possessive before a named place is no side: 'the use of Iran's Chabahar port'", () => {
  assert.deepEqual(dyads("India and Kyrgyzstan agreed on Monday to expand the use of Georgia's Poti port."), [
    "IND>KGZ 031",
    "KGZ>IND 031"
  ]);
  assert.deepEqual(dyads("India agreed on Monday to expand Georgia's port of Anaklia."), []);
});

test("a date in a relative clause, or one still to come, does not date the act told", () => {
  const text = [
    "Title",
    "",
    "Armenia welcomed the decision of Georgia, which was first announced in 2023.",
    "",
    "The ministers of Japan and Mongolia discussed the first Japan-Mongolia summit, which is expected to be held in Tokyo later this year."
  ].join("\n");
  assert.deepEqual(read(text), [
    "ARM>GEO 052 2024-05-20",
    // (session 21: the talk is read from its two talkers, not from the summit it was about: src/read/talk-topics.ts)
    "JPN>MNG 040 2024-05-20",
    "MNG>JPN 040 2024-05-20",
    "JPN>MNG 036 2024-05-20 planned"
  ]);
});

test("an occasion opening the sentence is no member of the subject; 'held talks' is no present tense", () => {
  assert.deepEqual(
    dyads("Following the OTS summit, the foreign ministers of Georgia and Armenia adopted a joint statement."),
    ["GEO>ARM 057", "ARM>GEO 057"]
  );
  assert.deepEqual(dyads("After the SCO summit, Russia and Mongolia signed a treaty."), ["RUS>MNG 057", "MNG>RUS 057"]);
  // A sentence with no date of its own: "held talks" is a past act all the same.
  assert.deepEqual(dyads("Earlier that day, Erdogan held talks with Aliyev."), ["TUR>AZE 046", "AZE>TUR 046"]);
});

test("a cooperation declared off ('would not join', 'will not sign') is a refusal by its subject", () => {
  assert.deepEqual(dyads("An aide told reporters that Mongolia would not join the CSTO in the foreseeable future."), [
    "MNG>CSTO 120"
  ]);
  assert.deepEqual(dyads("Armenia will not sign the treaty with Russia."), ["ARM>RUS 120"]);
  // Not under a condition, and not a hostile act declared off.
  assert.deepEqual(dyads("Mongolia would not join the CSTO if asked."), []);
  assert.deepEqual(dyads("Armenia will not attack Azerbaijan."), []);
  // The reporting clause after a comma is no object of the refusal.
  assert.deepEqual(dyads("Mongolian President Khurelsukh will not attend the summit, Japanese officials said."), []);
});

test("'A few days after the summit' is dated by the summit told before", () => {
  const text = [
    "Title",
    "",
    "Japarov flew to Baku early last month for a summit of Turkic leaders.",
    "",
    "A few days after the summit, his spokesman said that Kyrgyzstan would not join the new bloc."
  ].join("\n");
  assert.deepEqual(read(text), ["KGZ>AZE 042 2024-04-01"]);
  const joined = text.replace("the new bloc", "the CSTO's new rapid force");
  assert.deepEqual(read(joined), ["KGZ>AZE 042 2024-04-01", "KGZ>CSTO 120 2024-04-01"]);
});

test("a happening told by its noun keeps the date of its own relative clause", () => {
  const text = ["Title", "", "Memories of the civil war in Tajikistan, which ended in 1997, are still alive."].join(
    "\n"
  );
  assert.deepEqual(read(text), ["TJK>TJK 190 1997-01-01"]);
});

test("'the Zionist regime' (Iranian official usage) is Israel", () => {
  assert.deepEqual(dyads("On Monday Pezeshkian condemned the crimes of the Zionist regime in Gaza."), ["IRN>ISR 111"]);
});

test("'was received by the (acting) prime minister of X' is X's reception of the subject", () => {
  assert.deepEqual(
    dyads("Mongolian Foreign Minister Battsetseg was received by the Prime Minister of Japan on Monday."),
    ["JPN>MNG 043"]
  );
  assert.deepEqual(
    dyads("Ararat Mirzoyan also was received by acting prime minister of Georgia Irakli Kobakhidze on Monday."),
    ["GEO>ARM 043"]
  );
});

test("a total counted over years is a figure; a wish ('keen to supply') is no act", () => {
  assert.deepEqual(dyads("Since 1992, Japan has provided more than $1.5 billion in assistance to Mongolia."), []);
  assert.deepEqual(dyads("Japan has also invested a total of $3 billion in Mongolia over the past two decades."), []);
  // One grant told in the perfect is still an act.
  assert.deepEqual(dyads("Japan has provided $20 million in aid to Mongolia this week."), ["JPN>MNG 070"]);
  assert.deepEqual(dyads("Mongolia was keen to supply more coal to Japan, the minister said on Monday."), []);
});

test("'The first summit was held …' is the summit named before by its two sides", () => {
  const text = [
    "Title",
    "",
    "Trade between the two countries grew last year, officials in Tokyo said on Monday.",
    "",
    "Officials are preparing the second Japan-Mongolia Summit. The first summit was held in Ulaanbaatar in May 2022."
  ].join("\n");
  assert.ok(read(text).includes("JPN>MNG 040 2022-05-01"), read(text).join("; "));
  // Not when the sentence names its own sides.
  const own = [
    "Title",
    "",
    "Trade between the two countries grew last year, officials in Tokyo said on Monday.",
    "",
    "Officials are preparing the second Japan-Mongolia Summit. The first summit was held in May 2022 without Japan."
  ].join("\n");
  assert.ok(!read(own).includes("JPN>MNG 040 2022-05-01"), read(own).join("; "));
});
