/**
 * The article reader's verb frames (issue 10, session 4): who is the subject and the object of each verb, how a
 * plan's governing verb passes its mood on, and how a happening is told once. Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {readDocument} from "../src/read/index.js";

const pack = readPack();
const coder = defaultCoder(pack.actors);
const dyads = (s: string, date: string | undefined = "2024-05-20") =>
  coder.codeSentence(s, date ? {date} : {}).events.map((e) => `${e.source}>${e.target} ${e.code}`);
/** Events of a short article dated 2024-05-20: "SRC>TGT CODE DATE PRECISION [planned]". */
const read = (text: string) => {
  const r = readDocument(text, {format: "text", sourceId: "t", coder, given: {date: "2024-05-20"}});
  assert.ok(r.ok);
  return r.value.events.map(
    (e) => `${e.source}>${e.target} ${e.code} ${e.date ?? "-"} ${e.precision}${e.modality ? ` ${e.modality}` : ""}`
  );
};

test("frames: an actor list never runs across a relative or subordinate word", () => {
  // "Ankara, where Turkey and Azerbaijan …": Ankara is the place of the first clause, not a member of the subject.
  const got = dyads(
    "In March, Erdogan hosted Aliyev in Ankara, where Turkey and Azerbaijan agreed to expand energy cooperation."
  );
  assert.ok(got.includes("TUR>AZE 032") && got.includes("AZE>TUR 032"), got.join(", "));
  assert.ok(!got.some((d) => /^(\w+)>\1 /.test(d)), got.join(", "));
});

test("frames: a time between a plan's verb and its 'to' keeps the plan's mood", () => {
  // "agreed on Tuesday to …" is an intent (03x), as "agreed to …" is; not an agreement coded 050 by its first word.
  assert.deepEqual(dyads("Mongolia and Japan agreed on Tuesday to expand cooperation in mining."), [
    "MNG>JPN 032",
    "JPN>MNG 032"
  ]);
  assert.deepEqual(dyads("Mongolia and Japan agreed last week to expand cooperation in mining."), [
    "MNG>JPN 032",
    "JPN>MNG 032"
  ]);
  // What follows "on" must be a time: "agreed on a plan to" keeps the agreement itself (050).
  assert.ok(dyads("Mongolia and Japan agreed on a plan to expand cooperation in mining.").includes("MNG>JPN 050"));
});

test("frames: a second verb after 'and' shares the first verb's subject, never takes its object", () => {
  // The first verb's subject names no actor: the second verb has none either (no IRN→AFG inspection).
  assert.deepEqual(dyads("The delegation met the Iranian consul and inspected a border post near Herat."), []);
  // With a named subject both verbs are that subject's.
  assert.ok(dyads("Turkey condemned the attack by Syria and promised aid to Iraq.").includes("TUR>SYR 111"));
});

test("frames: a hosting and its visit are one happening, told once in the verb's direction", () => {
  assert.deepEqual(dyads("Turkmenistan hosted the Iranian president in March."), ["TKM>IRN 043"]);
  assert.deepEqual(dyads("The Iranian president visited Ashgabat in March."), ["IRN>TKM 042"]);
  // A mutual act keeps both directions.
  assert.deepEqual(dyads("Turkmenistan and Iran signed a gas agreement in March."), ["TKM>IRN 057", "IRN>TKM 057"]);
});

test("frames: a compound subject whose first member has its own head noun ('the Kazakh side and Baku')", () => {
  assert.deepEqual(dyads("The Kazakh government and Baku signed five agreements on transport last month."), [
    "KAZ>AZE 057",
    "AZE>KAZ 057"
  ]);
  assert.deepEqual(dyads("The Kazakh side and Baku signed five agreements on transport last month."), [
    "KAZ>AZE 057",
    "AZE>KAZ 057"
  ]);
});

test("anaphora: 'the two leaders' are the two states named before, not the organisation whose summit it was", () => {
  const got = read(
    "In May, Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban in Ankara during a summit of the Organization of Turkic States, where the two leaders signed a gas deal."
  );
  assert.ok(
    got.includes("TUR>HUN 057 2024-05-01 month") || got.includes("HUN>TUR 057 2024-05-01 month"),
    got.join("; ")
  );
  assert.ok(!got.some((e) => /OTS/.test(e)), got.join("; "));
  // A state named only by its adjective is "the Kazakh side" for the coder.
  const side = read(
    "Last month Kazakh Foreign Minister Murat Nurtleu led a delegation to Baku, where the two sides signed five agreements on transport."
  );
  assert.ok(side.includes("KAZ>AZE 057 2024-04-01 month"), side.join("; "));
});

test("dates: a plan is dated when it was made, its own later date is not yet a happening's", () => {
  // "In March, … agreed to expand": the agreement was made in March (the most recent March before the article).
  assert.deepEqual(read("In March, Mongolia and South Korea agreed to expand cooperation in mining."), [
    "MNG>KOR 032 2024-03-01 month planned",
    "KOR>MNG 032 2024-03-01 month planned"
  ]);
  // "agreed to meet again in September": September is the meeting's, still to come; the plan is dated by the article.
  assert.deepEqual(read("Mongolia and South Korea agreed to meet again in September."), [
    "MNG>KOR 036 2024-05-20 article planned",
    "KOR>MNG 036 2024-05-20 article planned"
  ]);
});

test("modality: 'would' under a past report or promise is a plan, not a condition", () => {
  // "announced that Japan would lend …" is Japan's pledge (planned), not a hypothetical.
  assert.deepEqual(dyads("Tokyo announced that Japan would lend Uzbekistan 500 million dollars."), ["JPN>UZB 033"]);
  // A condition after it keeps it hypothetical; a "would" whose subject is no actor ("a move both governments said
  // would ease …") stays none.
  assert.deepEqual(dyads("Moscow said Kazakhstan would join the talks with Iran if pressed."), []);
  assert.deepEqual(
    dyads("Georgia and Armenia renamed a bridge, a move both governments said would ease trade with Iran."),
    []
  );
});

test("modality: a hope or a wish with nothing coded after it is no act", () => {
  assert.deepEqual(dyads("The Mongolian minister said Ulaanbaatar hoped to attract Korean technology."), []);
  // What it governs, when coded, is still an intent.
  assert.deepEqual(dyads("Mongolia wants to expand cooperation with South Korea."), ["MNG>KOR 032"]);
});

test("frames: a parenthesis between a compound subject and its verb ('for their part', 'in turn')", () => {
  assert.deepEqual(dyads("Turkey and Azerbaijan, for their part, agreed last year to create a shipping company."), [
    "TUR>AZE 032",
    "AZE>TUR 032"
  ]);
});

test("anaphora: a pronoun after a time phrase, 'He and X', 'Its President X', and 'the sides' of the sentence before", () => {
  const got = read(
    "Tashkent hosts talks.\n\nIn April, Uzbek President Shavkat Mirziyoyev flew to Doha. Later that month he hosted the Turkmen leader in Samarkand.\n\nTajik President Emomali Rahmon arrived in Bishkek on Thursday. He and Kyrgyz President Sadyr Japarov agreed to restore direct flights."
  );
  // "Later that month" is the month of the sentence before; "he" is Uzbekistan.
  assert.ok(got.includes("UZB>TKM 043 2024-04-01 month"), got.join("; "));
  // (a plan agreed after "arrived in Bishkek on Thursday" is of the story's day, the 16th, since session 27:
  // src/read/dates-story.ts)
  assert.ok(got.includes("TJK>KGZ 032 2024-05-16 day planned"), got.join("; "));
  const its = read(
    "Ulaanbaatar hosts talks.\n\nMongolia sent a trade mission to Seoul last week. Its Foreign Minister Battsetseg Batmunkh travelled to Astana in October 2023."
  );
  assert.ok(its.includes("MNG>KAZ 042 2023-10-01 month"), its.join("; "));
  // "The sides agreed …" right after a sentence naming exactly two states that gave no event: those two, not the sides
  // of an older event.
  const sides = read(
    "Baku hosts talks.\n\nAzerbaijan and Georgia signed a rail agreement on Monday. The Turkish vice president and the Hungarian economy minister talked in Ankara the next day. The sides agreed to set up a joint fund."
  );
  assert.ok(
    sides.some((e) => /^(TUR>HUN|HUN>TUR) 03/.test(e)),
    sides.join("; ")
  );
  assert.ok(!sides.some((e) => /^(AZE>GEO|GEO>AZE) 03/.test(e)), sides.join("; "));
  // "the governments along it have signed …" points nowhere: a pointer needs a verb after it.
  const along = read(
    "Baku hosts talks.\n\nAzerbaijan and Georgia signed a rail agreement on Monday. Freight on the route doubled in 2023, and the governments along it have signed more memoranda than anyone can count."
  );
  assert.equal(along.filter((e) => e.includes("2023")).length, 0, along.join("; "));
});

test("verbs: invitations, restrictions on trade, borders reopened, infrastructure opened, attending with, signed papers", () => {
  // An invitation is an intent to meet (036); an invitation to build or invest is an appeal for cooperation (021).
  assert.deepEqual(dyads("In May, Turkey's president invited Tokayev to Ankara."), ["TUR>KAZ 036"]);
  assert.deepEqual(dyads("The Uzbek minister invited Japanese companies to build a car plant near Tashkent."), [
    "UZB>JPN 021"
  ]);
  // Restricting another state's goods is an embargo (163), whatever the verb's own code.
  assert.deepEqual(dyads("In October Russia restricted imports of Kazakh grain."), ["RUS>KAZ 163"]);
  assert.deepEqual(dyads("Turkey banned imports from Iran on Monday."), ["TUR>IRN 163"]);
  // A border reopened together is a restriction eased (080); a crossing or a port opened together is cooperation (061).
  assert.deepEqual(dyads("Kyrgyzstan and Tajikistan reopened their common border on Friday."), [
    "KGZ>TJK 080",
    "TJK>KGZ 080"
  ]);
  assert.deepEqual(dyads("China and Kazakhstan opened a second dry port at Khorgos in June."), [
    "CHN>KAZ 061",
    "KAZ>CHN 061"
  ]);
  // Attending a ceremony with someone is meeting them (040), not a symbolic act (017).
  assert.deepEqual(
    dyads("The Chinese vice premier attended the ceremony with Kazakh Prime Minister Olzhas Bektenov on Monday."),
    ["CHN>KAZ 040"]
  );
  // A partnership, a pact or a contract signed is an agreement (057); a future signing is not read this way.
  assert.deepEqual(dyads("Britain had already signed a minerals partnership with Kazakhstan in 2023."), [
    "GBR>KAZ 057",
    "KAZ>GBR 057"
  ]);
  assert.deepEqual(dyads("Hungary and Turkey signed a gas deal in May."), ["HUN>TUR 057", "TUR>HUN 057"]);
  // A refusal verb's own rejection is kept ("declined the offer"), a refused attack is none.
  assert.deepEqual(dyads("Turkmenistan declined the offer from Russia in March."), ["TKM>RUS 127"]);
  assert.deepEqual(dyads("Turkmenistan refused to attack Russia in March."), []);
});

test("nouns: 'will provide $N in loans and grants to X' is a pledge (033); coordinated nouns are no verbs", () => {
  assert.deepEqual(
    dyads("Japan will provide 2.1 billion dollars in loans and grants to Central Asia, the minister said on Tuesday."),
    ["JPN>CAS 033"]
  );
});

test("states of affairs: trade told as a share or a ranking is no act", () => {
  assert.deepEqual(dyads("China bought about 60% of Kazakh uranium exports last year."), []);
  assert.deepEqual(
    dyads("Turkey buys the bulk of Azerbaijani gas exports, about 10 billion cubic metres in 2022."),
    []
  );
  assert.deepEqual(dyads("China has been Mongolia's largest trading partner since 2020, overtaking Russia."), []);
  // A purchase told as an act stays one.
  assert.deepEqual(dyads("China bought Kazakh wheat last year."), ["CHN>KAZ 061"]);
});

test("anaphora: an earlier act named by its noun ('declined the offer', 'condemned the decision') is its doer's", () => {
  const got = read(
    "Ashgabat hosts talks.\n\nUzbekistan expelled two Russian diplomats on Monday. Russia condemned the decision and summoned the Uzbek ambassador.\n\nKazakhstan and China held joint military drills near Almaty on Friday. Russia criticised the drills."
  );
  assert.ok(
    got.some((e) => e.startsWith("RUS>UZB 111")),
    got.join("; ")
  );
  assert.ok(
    got.some((e) => e.startsWith("RUS>KAZ 111")),
    got.join("; ")
  );
});

test("anaphora: a pronoun opening a later clause is the actor the sentence opened with", () => {
  const got = read(
    "Tashkent hosts talks.\n\nMongolia went further in September 2023, when its foreign minister declined to condemn Moscow at the UN.\n\nIn November, Mongolian President Ukhnaagiin Khurelsukh paid a state visit to Tokyo, where he signed agreements worth 2 billion dollars with Japan.\n\nErdogan visited Baku in May 2023, his first trip abroad that year, and he promised to support Azerbaijan's claims."
  );
  assert.ok(got.includes("MNG>RUS 011 2023-09-01 month"), got.join("; "));
  assert.ok(got.includes("MNG>JPN 057 2023-11-01 month"), got.join("; "));
  assert.ok(
    got.some((e) => e.startsWith("TUR>AZE 03")),
    got.join("; ")
  );
  // "…, yet it also allowed X": a pronoun the sentence's opening actor does not explain stays unread.
  assert.deepEqual(dyads("The deal was a surprise, and it angered Russia on Monday."), []);
});

test("anaphora: 'On Wednesday, he was received by X' is the visitor of the sentence before", () => {
  const got = read(
    "Moscow hosts talks.\n\nKyrgyz Foreign Minister Jeenbek Kulubaev arrived in Moscow on an official visit on Tuesday. On Wednesday, he was received by Russian Prime Minister Mikhail Mishustin."
  );
  assert.ok(
    got.some((e) => e.startsWith("RUS>KGZ 043 2024-05-15")),
    got.join("; ")
  );
});

test("frames: a verb's shared subject and a governed verb's subject; a meeting's place is not its other side", () => {
  // "met … on the sidelines of the SCO summit and agreed to harmonise": the three leaders meet and agree; the SCO
  // neither meets them nor agrees.
  const got = dyads(
    "On 4 July, the leaders of Azerbaijan, Georgia and Turkey met in Baku on the sidelines of the Shanghai Cooperation Organisation summit and agreed to harmonise rail tariffs."
  );
  assert.ok(got.includes("AZE>GEO 040") && got.includes("AZE>GEO 032"), got.join(", "));
  assert.ok(!got.some((e) => e.includes("SCO")), got.join(", "));
  // Met in a place with someone: the one after "with".
  assert.deepEqual(dyads("Erdogan met in Ankara with Aliyev on Monday."), ["TUR>AZE 040"]);
  // "X and Y discussed a pipeline and signed a treaty": the second verb shares the compound subject.
  assert.deepEqual(
    dyads("Kazakhstan and Turkmenistan discussed a gas pipeline and signed a border treaty on Monday."),
    ["KAZ>TKM 040", "TKM>KAZ 040", "KAZ>TKM 057", "TKM>KAZ 057"]
  );
});

test("dates: a date that belongs to a noun after the act ('an agreement signed in 2021', 'a plan for 2023-2024')", () => {
  const got = read(
    "Moscow hosts talks.\n\nThe Kyrgyz side also asked Moscow to speed up deliveries of helicopters under a cooperation agreement signed in 2021. Moscow and Bishkek signed a plan of consultations between their foreign ministries for 2023-2024. Russia and Kyrgyzstan signed the treaty in 2021."
  );
  assert.ok(got.includes("KGZ>RUS 020 2024-05-20 article"), got.join("; "));
  assert.ok(got.includes("RUS>KGZ 057 2024-05-20 article"), got.join("; "));
  // A date right after the act stays the act's.
  assert.ok(got.includes("RUS>KGZ 057 2021-01-01 year"), got.join("; "));
});
