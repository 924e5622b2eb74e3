/**
 * The article reader's event codes, session 14 (issue 10: the lexicon of diplomatic acts read in every tense and voice,
 * acts in the constructions new prose uses). Every sentence here is our own, written for these tests with states and
 * goods no fixture pairs this way (Peru, Chile, Norway, Egypt, Ghana …); each rule is varied along the conditions it
 * tests (the verb's form and tense, a word before the noun, the object's form) with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

test("a verb of telephoning is a telephone call (041) whatever the words after it, in each of its forms", () => {
  // ("on Monday" after the object is no "called on X to", the dictionary's appeal: 020)
  assert.deepEqual(readEvents("Peru's president phoned the Chilean president on Monday.").sort(), [
    "CHL>PER 041 2024-05-20",
    "PER>CHL 041 2024-05-20"
  ]);
  // (another verb, a perfect: the article's date)
  assert.ok(dyads("Norway has telephoned Egypt's foreign minister.").includes("NOR>EGY 041"));
  // ("rang" is ringing a telephone, never the dictionary's encircling, 190, which is "ringed")
  assert.deepEqual(dyads("The Ghanaian president rang his Togolese counterpart on Friday.").sort(), [
    "GHA>TGO 041",
    "TGO>GHA 041"
  ]);
  // Near misses: an appeal stays an appeal; a call with nobody at the other end codes nothing.
  assert.deepEqual(dyads("Peru called on Chile to reopen the border on Monday."), ["PER>CHL 020"]);
  assert.deepEqual(dyads("Peru's president phoned in on Monday."), []);
});

test("aid sent, delivered or provided is aid (07) of its kind, told in the past or the perfect", () => {
  // (aid of no kind named: CAMEO's root, 070; past and perfect alike)
  assert.deepEqual(dyads("Norway sent aid to Ghana on Monday."), ["NOR>GHA 070"]);
  assert.deepEqual(dyads("Norway has sent aid to Ghana."), ["NOR>GHA 070"]);
  // (the kind before the noun: military 072, financial 071, humanitarian 073)
  assert.deepEqual(dyads("Egypt has delivered military assistance to Sudan."), ["EGY>SDN 072"]);
  assert.deepEqual(dyads("Japan provided financial aid to Laos in March."), ["JPN>LAO 071"]);
  assert.deepEqual(dyads("Japan dispatched humanitarian relief to Laos in March."), ["JPN>LAO 073"]);
  // (an amount before the noun; its kind unnamed)
  assert.deepEqual(dyads("Norway shipped 300 tonnes of aid to Ghana in May."), ["NOR>GHA 070"]);
  // Near misses: troops sent "to aid" a state are no aid sent; aid named after the recipient is another phrase.
  assert.ok(!dyads("Egypt sent troops to Sudan to aid its army.").some((d) => / 07\d$/.test(d)));
  assert.ok(!dyads("Norway sent a delegation to Ghana on Monday.").some((d) => / 07\d$/.test(d)));
});

test("a flow of goods or aid stopped is an embargo (163) or aid cut (162), whatever commodity names the flow", () => {
  // (a commodity before the flow's noun: fuels, farm goods, arms)
  assert.deepEqual(dyads("Algeria halted gas supplies to Morocco in October."), ["DZA>MAR 163"]);
  assert.deepEqual(dyads("India banned wheat exports to Nepal in May."), ["IND>NPL 163"]);
  assert.deepEqual(dyads("Germany suspended arms deliveries to Turkey in 2019."), ["DEU>TUR 163"]);
  // ("cut off" is a measure where "cut" alone is a market's word)
  assert.deepEqual(dyads("Algeria cut off gas supplies to Morocco in October."), ["DZA>MAR 163"]);
  // (the commodity after the noun: "supplies of gas to X")
  assert.deepEqual(dyads("Algeria halted supplies of gas to Morocco in October."), ["DZA>MAR 163"]);
  // (aid stopped: material aid reduced, 162)
  assert.deepEqual(dyads("Sweden suspended development aid to Mali in 2022."), ["SWE>MLI 162"]);
  // Near misses: a price cut, a plan to halt, a halt with no other state, "cut" alone.
  assert.deepEqual(dyads("Algeria cut gas prices in October."), []);
  assert.ok(!dyads("Algeria plans to halt gas supplies to Morocco.").some((d) => / 16\d$/.test(d)));
  assert.deepEqual(dyads("Algeria halted gas supplies for a week in October."), []);
});

test("a gerund clause opening the sentence is an act of the main clause's subject, for every verb class", () => {
  // (a meeting, a reception, a praise, a refusal, a signing: the subject named after the clause's comma)
  assert.deepEqual(readEvents("After meeting the Ghanaian president on Friday, Norway's prime minister flew home."), [
    "NOR>GHA 040 2024-05-17"
  ]);
  assert.deepEqual(dyads("After hosting the Laotian premier in Tokyo, the Japanese foreign minister returned home."), [
    "JPN>LAO 043"
  ]);
  assert.deepEqual(dyads("After rejecting Chile's proposal, Peru consulted its lawyers."), ["PER>CHL 120"]);
  assert.deepEqual(dyads("Upon signing the accord with Norway, Ghana's minister thanked the mediators.").sort(), [
    "GHA>NOR 057",
    "NOR>GHA 057"
  ]);
  // (a fronted date before the clause; a title and a name as the subject)
  assert.deepEqual(
    dyads("On Friday, after praising Chile's reforms, Peruvian President Dina Boluarte left Santiago."),
    ["PER>CHL 051"]
  );
  // Near misses: a verb before the clause makes it no fronted clause; no actor after the comma, no act.
  assert.deepEqual(dyads("After meeting the Ghanaian president, reporters asked about trade."), []);
  // (review K14: inside a reported clause the fronted clause's act is its own subject's, never the sayer's)
  assert.ok(!dyads("Norway said that, after meeting Ghana's president, trade grew.").includes("NOR>GHA 040"));
  assert.deepEqual(dyads("Norway said that, after meeting Ghana's president on Monday, Peru's president flew home."), [
    "PER>GHA 040"
  ]);
});

test("a gerund aside between the subject and its verb, and 'while receiving' a named guest, are the subject's acts", () => {
  // (the aside: "The X president, receiving Y …, praised …")
  assert.deepEqual(
    dyads("The Egyptian president, receiving Sudan's foreign minister in Cairo, praised the new bridge."),
    ["EGY>SDN 043"]
  );
  // (a title and a name as the guest, after "while"; the verb's other forms)
  assert.deepEqual(
    dyads(
      "Ghana's president spoke about cocoa on Monday while receiving Togolese President Faure Gnassingbe in Accra."
    ),
    ["GHA>TGO 043"]
  );
  assert.deepEqual(dyads("Chile's president thanked Peru while welcoming the Peruvian delegation in Santiago."), [
    "CHL>PER 051",
    "CHL>PER 043"
  ]);
  // Near misses: an aside whose subject names no actor; criticism received is no guest.
  assert.deepEqual(dyads("Reporters, receiving Sudan's envoy in Cairo, praised the new bridge."), []);
  assert.deepEqual(dyads("The Egyptian president, receiving criticism from Sudan, praised the new bridge."), []);
  assert.ok(
    !dyads("The Ghanaian government, receiving aid from Norway, announced new schools.").some((d) => / 04\d$/.test(d))
  );
});

test("a paper or diplomatic relations in the passive: 'was signed by X and Y', 'relations … were established'", () => {
  // (the agents after "by": two of them, each toward the other; a date after the participle dates it)
  assert.deepEqual(readEvents("The accord on fisheries was signed by Peru and Chile on 3 May 2001."), [
    "PER>CHL 057 2001-05-03"
  ]);
  // (a reduced relative set off by commas; another paper's noun; a year)
  assert.deepEqual(readEvents("The treaty, concluded by Norway and Ghana in 2011, expires in 2031."), [
    "NOR>GHA 057 2011-01-01"
  ]);
  // (the other side after "with", the agent after "by")
  assert.deepEqual(dyads("The memorandum was signed with Laos by Japan in 2016."), ["JPN>LAO 057"]);
  // (diplomatic relations: the parties after "between" or as a hyphenated pair; another participle)
  assert.deepEqual(readEvents("Diplomatic relations between Peru and Chile were established in 1990."), [
    "PER>CHL 050 1990-01-01"
  ]);
  assert.deepEqual(readEvents("Ghanaian-Norwegian diplomatic ties were restored on 9 June 1999."), [
    "GHA>NOR 050 1999-06-09"
  ]);
  // Near misses: relations described, not begun; a paper that is only discussed.
  assert.deepEqual(dyads("Diplomatic relations between Peru and Chile have been tense since 2020."), []);
  assert.deepEqual(dyads("Diplomatic relations between Peru and Chile are strained."), []);
  assert.ok(!dyads("The accord was discussed by Peru and Chile in 2011.").some((d) => / 057$/.test(d)));
});

test("aid named before its verb, as the object of a relative clause, is the relative's subject's aid", () => {
  // (with "that", a perfect, a date of its own after the verb)
  assert.ok(
    readEvents("Ghana thanked Norway for the aid that Norway has sent to Ghana since 2020.").includes(
      "NOR>GHA 070 2020-01-01"
    )
  );
  // (without a relative pronoun; its kind before the noun)
  assert.deepEqual(dyads("The military aid Egypt delivered to Sudan in March arrived late."), ["EGY>SDN 072"]);
  assert.deepEqual(dyads("Peru welcomed the humanitarian relief which Chile shipped to Bolivia."), ["CHL>BOL 073"]);
  // Near misses: no recipient named; a verb that sends no aid; aid after the verb in another clause.
  assert.ok(!dyads("Ghana received the aid that Norway sent in March.").some((d) => / 07\d$/.test(d)));
  assert.ok(!dyads("The aid Norway promised to Ghana in March never came.").some((d) => / 07\d$/.test(d)));
});

test("a visit after a time preposition is the visit of the sentence's subject", () => {
  // (after / during; a possessive pronoun or an article before the noun)
  assert.deepEqual(readEvents("Peru's president returned home on Friday after a visit to Chile."), [
    "PER>CHL 042 2024-05-17"
  ]);
  assert.ok(
    dyads("During his visit to Norway in March, the Ghanaian president signed three accords.").includes("GHA>NOR 042")
  );
  // Near misses: a visit that is the subject's guest's (its visitor named by "of"), a planned visit.
  assert.ok(!dyads("Peru praised the agenda ahead of the visit of Chile's president.").includes("PER>CHL 042"));
  assert.ok(!dyads("Ghana prepared for its president's upcoming visit to Norway.").includes("GHA>NOR 042"));
});

test("nouns of acts with their author before and their target after, in a sentence with its own date", () => {
  // (a possessive author; the target after the noun's own preposition: of, to, on, against, with)
  assert.deepEqual(readEvents("Norway's rebuke of Hungary on Tuesday drew attention."), ["NOR>HUN 111 2024-05-14"]);
  assert.deepEqual(readEvents("Peru's plea to Chile on 2 October went unanswered."), ["PER>CHL 020 2023-10-02"]);
  assert.deepEqual(dyads("Algeria's offensive against Morocco in March failed."), ["DZA>MAR 190"]);
  assert.deepEqual(dyads("Ghana's ultimatum to Togo in June expired."), ["GHA>TGO 130"]);
  // (a word after "of" is a noun, whatever the tagger: the pledge of aid, the suspension of talks)
  assert.deepEqual(dyads("Norway's pledge of aid to Ghana on 6 June 2024 drew attention."), ["NOR>GHA 030"]);
  assert.deepEqual(dyads("Sweden's suspension of talks with Mali last week drew attention."), ["SWE>MLI 164"]);
  // Near misses: no target actor; a threat with no author; no date of the sentence's own.
  assert.deepEqual(dyads("Norway's criticism of the plan was muted."), []);
  assert.deepEqual(dyads("The threat of war loomed over the region in 2022."), []);
  assert.deepEqual(readEvents("Norway's rebuke of Hungary drew attention."), []);
});

test("an act inside an object relative or a passive reduced relative is read as its clause said the plain way", () => {
  // (object relatives: "that"/"which", a subject with a title, an apposition's commas, an auxiliary)
  assert.deepEqual(readEvents("The aid that Japan has delivered to Laos since March was modest."), [
    "JPN>LAO 070 2024-03-01"
  ]);
  assert.deepEqual(dyads("The talks which Peru held with Chile last week drew little attention.").sort(), [
    "CHL>PER 046",
    "PER>CHL 046"
  ]);
  assert.deepEqual(
    dyads(
      "The fishing agreement that Jan Holm, the Norwegian trade minister, signed with Ghana in May expires in 2030."
    ),
    ["NOR>GHA 057"]
  );
  // (the verb's reading with its object replaces its reading without: sanctions imposed, 163, not 170)
  assert.deepEqual(dyads("The sanctions that Algeria imposed on Morocco last week were lifted."), ["DZA>MAR 163"]);
  // (a passive reduced relative with its agent after "by", before or after the other phrases)
  assert.deepEqual(readEvents("The sanctions imposed on Morocco by Algeria on 6 June 2023 hurt trade."), [
    "DZA>MAR 163 2023-06-06"
  ]);
  assert.deepEqual(dyads("The loan granted by Japan to Laos in 2019 was repaid."), ["JPN>LAO 071"]);
  // Near misses: the relative pronoun as the subject; a reported "that"; a reduced relative without an agent.
  assert.ok(!dyads("The company that signed the deal with Ghana is Norwegian.").some((d) => d.startsWith("GHA>")));
  assert.deepEqual(dyads("Peru said that Chile had closed the border."), []);
  assert.deepEqual(dyads("The loan granted to Laos in 2019 was repaid."), []);
  // … and a description, not an act: no time of its own, an adverb of duration before the participle, a coordinated
  // participle inside the agent, a present tense in an object relative.
  assert.deepEqual(dyads("The loan granted to Laos by Japan was repaid."), []);
  assert.deepEqual(dyads("The loan long granted to Laos by Japan in 2019 was repaid."), []);
  assert.ok(
    !dyads("The loan granted to Laos by Japan and later forgiven by Korea in 2019 was repaid.").includes("JPN>LAO 071")
  );
  assert.deepEqual(dyads("The region that Japan dominates in 2024 is Laos."), []);
});

test("review K3, K4, K5, K8, K11: the object of a call, a planned main clause, perception, an adjective subject, papers", () => {
  // K3: a call's actor is the verb's own object; "rang alarm bells in X", "phoned in to …" are no call, no appeal
  assert.deepEqual(dyads("Peru's decision rang alarm bells in Chile."), []);
  assert.deepEqual(dyads("Peru's president phoned home from Chile on Monday."), []);
  assert.ok(dyads("Ghana's president rang his Togolese counterpart on Friday.").includes("GHA>TGO 041"));
  // K4: a main clause still to come makes the fronted clause's act planned too (an intent, not a meeting held)
  const planned = readEvents("Before meeting Chile's foreign minister next week, Peru's president will visit Bolivia.");
  assert.ok(planned.includes("PER>CHL 036 2024-05-20 planned"), planned.join("; "));
  assert.ok(!planned.some((e) => / 040 /.test(e)), planned.join("; "));
  // K5: what one hears, studies or watches is no act toward its author
  assert.deepEqual(dyads("After studying Chile's proposal on Monday, Peru's president promised an answer."), []);
  assert.deepEqual(dyads("After hearing Chile's complaint on Monday, Peru's president promised an inquiry."), []);
  // K8: a commodity's adjective ("natural gas")
  assert.deepEqual(dyads("Algeria halted natural gas supplies to Morocco in October."), ["DZA>MAR 163"]);
  assert.deepEqual(dyads("Russia's energy ministry halted gas supplies to Georgia in January."), ["RUS>GEO 163"]);
  // K11: any paper signed is a signing (057), whatever it is about
  assert.deepEqual(dyads("Peru signed a trade agreement with Chile on Monday.").sort(), ["CHL>PER 057", "PER>CHL 057"]);
  assert.deepEqual(dyads("Peru concluded a fisheries protocol with Chile on Monday.").sort(), [
    "CHL>PER 057",
    "PER>CHL 057"
  ]);
  assert.deepEqual(dyads("Peru signed a decree on Monday."), []);
});

test("review K26: a verbal or policy attack is a criticism; diplomatic relations severed in the passive are reduced", () => {
  // (a diplomatic offensive, an attack on a policy: 111; an attack on a state stays force, 190)
  assert.deepEqual(dyads("Norway's verbal attack on Hungary's media law drew applause on Monday."), ["NOR>HUN 111"]);
  assert.deepEqual(dyads("Norway's diplomatic offensive against Hungary began on Monday."), ["NOR>HUN 111"]);
  assert.deepEqual(dyads("Algeria's assault on Morocco in March failed."), ["DZA>MAR 190"]);
  // (relations broken off: 161; begun: 050)
  assert.deepEqual(readEvents("Diplomatic ties between Ghana and Togo were severed in 1994."), [
    "GHA>TGO 161 1994-01-01"
  ]);
  assert.deepEqual(readEvents("Diplomatic ties between Ghana and Togo were restored in 1995."), [
    "GHA>TGO 050 1995-01-01"
  ]);
});
