/**
 * The article reader's event frames, session 6 (issue 10): members of a compound with their own titles, clauses
 * joined by ", and", papers named by two words, an interviewer's dated statement, departures. Every sentence here is
 * our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

const read = readEvents;

test("compounds: each member may carry its own title, adjective or possessive", () => {
  assert.deepEqual(dyads("Erdogan and President Aliyev met in Baku on Monday."), ["TUR>AZE 040", "AZE>TUR 040"]);
  assert.deepEqual(dyads("President Erdogan and President Aliyev met in Baku on Monday."), [
    "TUR>AZE 040",
    "AZE>TUR 040"
  ]);
  assert.deepEqual(dyads("Turkish President Erdogan and Aliyev met in Baku on Monday."), [
    "TUR>AZE 040",
    "AZE>TUR 040"
  ]);
  assert.deepEqual(dyads("Georgian Prime Minister Kobakhidze and Armenian Prime Minister Pashinyan signed a treaty."), [
    "GEO>ARM 057",
    "ARM>GEO 057"
  ]);
  assert.deepEqual(dyads("Modi and his Mongolian counterpart met in Delhi on Friday."), ["IND>MNG 040", "MNG>IND 040"]);
  // A possessive with no state after it adds no member.
  assert.deepEqual(dyads("Turkey and its partners met in Ankara on Friday."), []);
});

test("clauses: the group after ', and' that has its own verb is that clause's subject, not the object", () => {
  assert.deepEqual(dyads("Georgia and Armenia signed a transit deal on Monday, and Turkish firms won the contracts."), [
    "GEO>ARM 057",
    "ARM>GEO 057"
  ]);
  assert.deepEqual(dyads("Aliyev and Erdogan met in Shusha on Friday, and Iranian officials watched closely."), [
    "AZE>TUR 040",
    "TUR>AZE 040"
  ]);
  // … an object after the verb stays one.
  assert.deepEqual(dyads("Mongolia criticised Japan on Monday, and the talks stalled."), ["MNG>JPN 111"]);
});

test("papers: a road map or a joint statement is signed like an agreement", () => {
  assert.deepEqual(dyads("Pashinyan and Kobakhidze signed a road map on transit in March."), [
    "ARM>GEO 057",
    "GEO>ARM 057"
  ]);
  assert.deepEqual(dyads("India and Mongolia signed a joint statement on 3 June."), ["IND>MNG 057", "MNG>IND 057"]);
  assert.deepEqual(dyads("India and Mongolia adopted a joint statement on 3 June."), ["IND>MNG 057", "MNG>IND 057"]);
  // Where a paper was signed is no side of it.
  assert.deepEqual(dyads("Armenia and Azerbaijan signed a border treaty in Tbilisi on Friday."), [
    "ARM>AZE 057",
    "AZE>ARM 057"
  ]);
  // A map that is no paper is nothing.
  assert.deepEqual(dyads("India and Mongolia studied a map of the border on 3 June."), []);
});

test("trips: 'went to' a capital is a visit; leaving a place is no meeting with it", () => {
  assert.deepEqual(dyads("The Indian minister went to Ulaanbaatar in April."), ["IND>MNG 042"]);
  assert.deepEqual(dyads("The World Bank mission left Baku in March."), []);
  assert.deepEqual(dyads("Erdogan left for Baku on Monday."), ["TUR>AZE 042"]);
});

test("interviews: an interviewer's statement that dates a happening is read; the questions are not", () => {
  const text = [
    "Mongolia and India: copper first",
    "",
    "Batbayar Dorj is an economist at a research centre in Ulaanbaatar. We spoke to him about Mongolia and India.",
    "",
    "Caucasus Weekly: Prime Minister Modi came to Ulaanbaatar on 14 May. What did Mongolia get from the visit?",
    "",
    "Batbayar: Quite a lot. The two prime ministers signed a road map on copper, and Indian firms won a smelter contract.",
    "",
    "Caucasus Weekly: Did Modi come to Darkhan on 15 May?",
    "",
    "Batbayar: He did not."
  ].join("\n");
  const evs = read(text);
  assert.ok(evs.includes("IND>MNG 042 2024-05-14"), evs.join("; "));
  assert.ok(
    evs.some((e) => /^(IND>MNG|MNG>IND) 057 2024-05/.test(e)),
    evs.join("; ")
  );
  // A question that names a date stays a question.
  assert.ok(!evs.some((e) => e.endsWith("2024-05-15")), evs.join("; "));
});

test("verbs the CAMEO dictionary lacks: urged (an appeal), sanctioned (163), slammed (111)", () => {
  assert.deepEqual(dyads("Ankara urged Baku on Monday to open the Zangezur route."), ["TUR>AZE 020"]);
  assert.deepEqual(dyads("Washington sanctioned two Georgian banks in June."), ["USA>GEO 163"]);
  assert.deepEqual(dyads("Yerevan slammed Baku on Friday."), ["ARM>AZE 111"]);
  // Sanctions as a noun stay the imposition's object, not a verb.
  assert.deepEqual(dyads("Britain imposed sanctions on three Georgian firms in May."), ["GBR>GEO 163"]);
});

test("pronoun objects: 'it' after a verb that shares the verb before's subject is that verb's object", () => {
  assert.deepEqual(
    dyads(
      "Japan signed a loan deal with Ulaanbaatar in May 2023 and has repeatedly urged it to open the copper sector."
    ),
    ["JPN>MNG 057", "MNG>JPN 057", "JPN>MNG 020"]
  );
  assert.deepEqual(dyads("India hosted Armenia's prime minister in May and promised him new credit lines."), [
    "IND>ARM 043",
    "IND>ARM 030"
  ]);
  // A pronoun with no object before it stays nothing.
  assert.deepEqual(dyads("India held elections in May and then urged it to reform."), []);
});

test("fighting told without its sides is between the two sides of the story's latest event", () => {
  const evs = read(
    [
      "Border News",
      "",
      "Armenia and Azerbaijan signed a border treaty in Tbilisi on Friday, ending a dispute that led to deadly fighting in 2020 and 2023.",
      "",
      "Clashes in September 2023 killed about 200 soldiers on both sides."
    ].join("\n")
  );
  assert.ok(
    evs.some((e) => /^(ARM>AZE|AZE>ARM) 19\d 2020-01-01/.test(e)),
    evs.join("; ")
  );
  assert.ok(
    evs.some((e) => /^(ARM>AZE|AZE>ARM) 19\d 2023-09-01/.test(e)),
    evs.join("; ")
  );
  // "the clashes" is a reference back; concern about fighting is no report of it.
  const back = read(
    [
      "Border News",
      "",
      "Armenia and Azerbaijan signed a border treaty in Tbilisi on Friday.",
      "",
      "The clashes in September 2023 killed about 200 soldiers.",
      "",
      "Georgia voiced concern about fighting in March 2024."
    ].join("\n")
  );
  assert.ok(!back.some((e) => / 19\d /.test(e)), back.join("; "));
});

test("interviews: 'our' after a preposition is the speaker's state; a speaker's state from where they work", () => {
  const text = [
    '"The grid needs money": an interview with Bat-Erdene Ganbold',
    "",
    "Interview by Sara Lund | Energy Review | 20 May 2024",
    "",
    "Bat-Erdene Ganbold is an energy economist at a research centre in Ulaanbaatar. We spoke to him about loans.",
    "",
    "Energy Review: Who pays for the grid?",
    "",
    "Ganbold: In April the Asian Development Bank approved a $300 million loan for our power grid. We need more."
  ].join("\n");
  const evs = read(text);
  assert.ok(evs.includes("ADB>MNG 071 2024-04-01"), evs.join("; "));
});

test("verb supplement: a block named as the dictionary's adds to it; its reading of a shared word comes first", async () => {
  const {mergeVerbDictionary, parseVerbDictionary} = await import("../src/read/index.js");
  const main = parseVerbDictionary("---  ASK   [---]  ---\nASK [020]\n\n---  CRASH   [---]  ---\nBUMP\n").dictionary;
  const extra = parseVerbDictionary(
    "---  ASK   [---]  ---\nPLEAD [020]\n\n---  SCOLD   [111]  ---\nBUMP\n- * (AS RUDE) [111]\n"
  ).dictionary;
  mergeVerbDictionary(main, extra);
  assert.equal(main.blocks.filter((b) => b.name === "ASK").length, 1);
  assert.equal(main.forms.get("PLEADED")?.[0]?.block.name, "ASK");
  assert.deepEqual(
    main.forms.get("BUMP")?.map((f) => f.block.name),
    ["SCOLD", "CRASH"]
  );
  assert.equal(main.blocks.find((b) => b.name === "SCOLD")?.patterns.length, 1);
});

test("meetings: a past 'met … at' is a meeting, not an intent; 'will meet at' stays one", () => {
  assert.deepEqual(dyads("Aliyev and Pashinyan met on Friday evening at the Zarzuela Palace."), [
    "AZE>ARM 040",
    "ARM>AZE 040"
  ]);
  assert.deepEqual(dyads("Aliyev will meet Pashinyan at the palace on Friday."), ["AZE>ARM 036"]);
});

test("clauses: nothing after ', but' is the object; a place opening the sentence is no member of the subject", () => {
  assert.deepEqual(
    dyads("In May 2023 Armenia and Georgia held talks on transit, but Moscow's pressure on Yerevan continues."),
    ["ARM>GEO 046", "GEO>ARM 046"]
  );
  assert.deepEqual(dyads("In Baku, Turkey and Georgia signed agreements on rail freight on Monday."), [
    "TUR>GEO 057",
    "GEO>TUR 057"
  ]);
});

test("infinitives and pledges: money promised 'to help X' is the promiser's pledge to X", () => {
  assert.deepEqual(
    dyads(
      "Modi toured Baku and Tbilisi in March 2024 and promised $40 million to help the Caucasus states build roads."
    ),
    ["IND>AZE 042", "IND>GEO 042", "IND>CAU 0331"]
  );
  // "asked X to …": the asking is Russia's act; what China is asked to do is not done (session 26: a request is no
  // report of its content, docs/reading.md "Sentences read as acts that are not acts"), so China's help is no event.
  assert.deepEqual(dyads("Russia asked China in May to help Iran."), ["RUS>CHN 020"]);
});

test("joint papers: 'adopted / issued a joint declaration' is 057; another thing adopted is none", () => {
  assert.deepEqual(dyads("Georgia and Armenia adopted a joint declaration on 2 May."), ["GEO>ARM 057", "ARM>GEO 057"]);
  assert.deepEqual(dyads("Georgia adopted a new law on 2 May."), []);
});

test("counted groups: the states named up to three sentences back; all five Central Asian states are one side", () => {
  const evs = read(
    [
      "The C5 plus Japan",
      "",
      "On 9 May, Japanese Prime Minister Kishida hosted the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in Tokyo, beside the United Nations University.",
      "",
      "It was the first meeting of the format at the level of heads of state.",
      "",
      "The six leaders adopted a joint declaration."
    ].join("\n")
  );
  // (dated by the sentence the pointer points back to, since session 9)
  assert.ok(evs.includes("JPN>CAS 057 2024-05-09"), evs.join("; "));
  assert.ok(!evs.some((e) => /^KAZ>KGZ 057/.test(e)), evs.join("; "));
});

test("talks held: 'X and Y held talks' is their negotiation, not a vague 'talk'", () => {
  assert.deepEqual(dyads("Aliyev and Erdogan held talks on energy on Tuesday."), ["AZE>TUR 046", "TUR>AZE 046"]);
  assert.deepEqual(dyads("Georgia and Armenia held bilateral talks in Batumi in June 2024."), [
    "GEO>ARM 046",
    "ARM>GEO 046"
  ]);
  assert.deepEqual(dyads("Aliyev and Erdogan will hold talks on Tuesday."), ["AZE>TUR 036", "TUR>AZE 036"]);
});

test("dates: 'since <date>' after a past act starts a period, it does not date the act", () => {
  const evs = read(
    "Caspian Notes\n\nAliyev and Erdogan held talks on the eve of the forum, their third meeting since March."
  );
  assert.ok(evs.includes("AZE>TUR 046 2024-05-20"), evs.join("; "));
  // … with a perfect it does ("have frozen the talks since March").
  const kept = read("Caspian Notes\n\nArmenia has suspended its talks with Azerbaijan since March.");
  assert.ok(!kept.some((e) => e.includes("2024-05-20")), kept.join("; "));
});

test("called off: talks suspended are the suspension only; 'called X a failure' is a criticism", () => {
  assert.deepEqual(dyads("Armenia suspended its talks with Azerbaijan in March 2024."), ["ARM>AZE 164", "AZE>ARM 164"]);
  assert.deepEqual(dyads("Baku called the talks with Yerevan in May 2024 a failure."), ["AZE>ARM 111"]);
});

test("batch 4: comment declined on an earlier agreement; 'and to' keeps the plan; transit routes; video links", () => {
  const evs = read(
    [
      "Caspian Wire",
      "",
      "Georgia and Azerbaijan signed a transit agreement in Baku on Monday.",
      "",
      "Yerevan declined to comment on the agreement."
    ].join("\n")
  );
  assert.ok(
    evs.some((e) => e.startsWith("ARM>GEO 011") || e.startsWith("ARM>AZE 011")),
    evs.join("; ")
  );
  // The second infinitive is planned as the first; "direct" before a noun is no verb (OVERSEE, 060).
  const plan = dyads(
    "Georgia and Armenia agreed to reopen the crossings that have stayed closed since May 2022 and to restore direct flights between Tbilisi and Yerevan."
  );
  assert.ok(plan.includes("GEO>ARM 032") && !plan.some((e) => / 06\d$/.test(e)), plan.join("; "));
  // A place goods pass through is no partner.
  assert.deepEqual(dyads("Iran rerouted trade through Armenia and Georgia in 2023."), []);
  // Taking part by video is no visit.
  assert.deepEqual(dyads("Erdogan and Aliyev attended a forum in Baku by video on Monday."), []);
});

test("dates: 'The decision was reached at … on <date>' dates the agreement just told; '<month> of last year'", () => {
  const evs = read(
    [
      "Caucasus Wire",
      "",
      "Georgia and Armenia have agreed to open a joint customs post on their border, the Georgian minister said on Friday.",
      "",
      "The decision was reached at a meeting of the intergovernmental commission held in Tbilisi on 2 May."
    ].join("\n")
  );
  assert.ok(
    evs.some((e) => /^(GEO>ARM|ARM>GEO) 03\d 2024-05-02 planned$/.test(e)),
    evs.join("; ")
  );
  const last = read("Caucasus Wire\n\nIn March of last year Aliyev visited Ankara.");
  assert.deepEqual(last, ["AZE>TUR 042 2023-03-01"]);
});

test("pairs: 'the leaders' after one actor and all five Central Asian states is that actor and the region", () => {
  const evs = read(
    [
      "Summit Notes",
      "",
      "On 12 May, Korean President Yoon hosted the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in Seoul.",
      "",
      "The leaders signed a joint declaration."
    ].join("\n")
  );
  assert.ok(
    evs.some((e) => e.startsWith("KOR>CAS 057")),
    evs.join("; ")
  );
  assert.ok(!evs.some((e) => /^(KOR>UZB|UZB>KOR) 057/.test(e)), evs.join("; "));
});

test("pairs: 'They' opening the sentence after a two-sided event is those two sides", () => {
  const evs = read(
    [
      "Border News",
      "",
      "Georgia and Armenia signed a border treaty in Tbilisi on 10 May.",
      "",
      "They also agreed to open two new crossings.",
      "",
      "They say the line is fair."
    ].join("\n")
  );
  assert.ok(
    // (agreed on the day of the signing told just before, since session 9)
    evs.some((e) => /^(GEO>ARM|ARM>GEO) 03\d 2024-05-10 planned$/.test(e)),
    evs.join("; ")
  );
  assert.equal(evs.filter((e) => e.includes(" 01")).length, 0, evs.join("; "));
});
