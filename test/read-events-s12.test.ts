/**
 * The article reader's event frames, session 12 (issue 10: precision on ordinary words, acts through clauses, dates
 * from the right clause). Every sentence here is our own, written for these tests in other constructions than any
 * fixture's (other actors, verbs, goods and clause orders), each rule with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

test("a preposition of two words ending in 'to' is no verb, and what follows it is no side of the act", () => {
  // "according" is not the verb ACCORD (a grant, 060), and the report's source is not the act's target.
  const signed = dyads(
    "Mongolia and South Korea signed a railway accord on Thursday, according to an official in Tokyo."
  );
  assert.deepEqual(signed.sort(), ["KOR>MNG 057", "MNG>KOR 057"]);
  assert.deepEqual(
    dyads("Kyrgyzstan shipped two tonnes of gold to Switzerland in March, according to customs data from Russia."),
    []
  );
  // "owing to pressure", "thanks to help": nouns after a preposition, not an act of pressing or helping; the cause is
  // no side of the act either.
  const vote = dyads("Armenia postponed the vote on Friday owing to pressure from Moscow.");
  assert.ok(!vote.some((d) => /RUS/.test(d)), vote.join("; "));
  assert.deepEqual(dyads("Tajikistan reopened the border crossing on Monday thanks to help from Uzbekistan."), []);
  const expelled = dyads("Azerbaijan expelled two Iranian diplomats on Monday due to pressure from Armenia.");
  assert.deepEqual(expelled, ["AZE>IRN 161"]);
  // Near misses: "is due to <verb>" is a schedule, and a verb's own "to" still governs an infinitive.
  assert.deepEqual(dyads("Beijing is due to host the Kazakh president next week."), ["CHN>KAZ 036"]);
  assert.ok(dyads("Moscow agreed on Monday to supply more wheat to Egypt.").some((d) => /^RUS>EGY 03/.test(d)));
  assert.ok(dyads("Ankara expelled two Swedish diplomats on Monday.").includes("TUR>SWE 161"));
});

test("'called X a/an <noun>' names what X is: a charge with a hostile aim, else no event; never a telephone call", () => {
  // A naming whose noun is an aim with a hostile verb is a charge (111) toward the object's owner.
  assert.deepEqual(dyads("Ankara called the Greek move an attempt to undermine Turkey."), ["TUR>GRC 111"]);
  assert.deepEqual(dyads("Seoul called Pyongyang's launch a bid to split South Korea from Japan."), ["KOR>PRK 111"]);
  // A naming with no judgement is too vague to code, and its words ("for talks") are no appeal.
  assert.deepEqual(dyads("Macron called the Iranian proposal a useful basis for talks."), []);
  // Near misses: telephone calls, with a time, a purpose, a second verb or "a day later" after the callee.
  assert.ok(dyads("Erdogan called Aliyev a day after the vote.").includes("TUR>AZE 041"));
  assert.ok(dyads("Erdogan called Aliyev to discuss the corridor.").includes("TUR>AZE 041"));
  assert.ok(dyads("Putin called Tokayev and discussed gas transit.").includes("RUS>KAZ 041"));
  assert.ok(dyads("Lavrov called his Armenian counterpart on Monday.").includes("RUS>ARM 041"));
});

test("a traveller who 'flew into' a named place visits it; craft flying into a place or its airspace stay a show of force", () => {
  assert.deepEqual(dyads("Mongolian President Khurelsukh flew into Seoul on Tuesday."), ["MNG>KOR 042"]);
  assert.deepEqual(dyads("Iranian Foreign Minister Araghchi flew into Baku late on Sunday for talks."), [
    "IRN>AZE 042"
  ]);
  // Near misses: aircraft, drones and jets, or a flight into airspace.
  assert.deepEqual(dyads("Russian bombers flew into Japanese airspace on Tuesday."), ["RUS>JPN 154"]);
  assert.deepEqual(dyads("Two Chinese drones flew into Taiwan on Monday."), ["CHN>TWN 154"]);
  assert.deepEqual(dyads("A Turkish jet flew into Syria on Friday."), ["TUR>SYR 154"]);
});

test("'On the sidelines of the summit' points to a summit told before and held by the page's date, not any 'call'", () => {
  const text = [
    "Turkic leaders gather in Baku",
    "",
    "Leaders of the Turkic states opened their annual summit in Baku on Tuesday.",
    "",
    "Aliyev renewed his call on the members to invest in Karabakh, where the fighting ended in 2023. The next summit will be held in Astana in 2025.",
    "",
    "On the sidelines of the summit, Erdogan met Mirziyoyev."
  ].join("\n");
  const events = readEvents(text, "2024-05-16");
  // (the meeting is of the summit's time: Tuesday 14 May, or the page's date; never 2023 nor 2025)
  assert.ok(
    events.some((e) => /^TUR>UZB 040 2024-05-1[46]$/.test(e)),
    events.join("; ")
  );
  // Near miss: "Following the talks" right after a dated sentence of talks keeps that date.
  const talks = [
    "Ankara and Tashkent",
    "",
    "Erdogan held talks with Mirziyoyev in Ankara on 3 May.",
    "",
    "Following the talks, Turkey and Uzbekistan signed a treaty on military cooperation."
  ].join("\n");
  const signed = readEvents(talks, "2024-05-16");
  assert.ok(
    signed.some((e) => /^(TUR>UZB|UZB>TUR) 057 2024-05-03$/.test(e)),
    signed.join("; ")
  );
});

test("goods measured in units are no money, and a year's measured total of trade is a figure, not an act", () => {
  // An amount of goods is not money given (071): goods sold or supplied are trade (061) …
  assert.deepEqual(dyads("Azerbaijan supplied 2 million barrels of oil to Israel in March."), ["AZE>ISR 061"]);
  // … and over a whole year, a total: no event.
  assert.deepEqual(dyads("Last year Kazakhstan exported 12 million tonnes of grain to Afghanistan."), []);
  assert.deepEqual(dyads("In 2021, Turkmenistan sold 34 billion cubic metres of gas to China."), []);
  // Near misses: money stays money, aid stays aid (by the year or not), a dated shipment stays an act.
  assert.deepEqual(dyads("In 2023 Japan supplied $2 billion to Mongolia."), ["JPN>MNG 071"]);
  assert.deepEqual(dyads("In 2022 Kazakhstan sent 5,000 tonnes of wheat flour to Afghanistan as humanitarian aid."), [
    "KAZ>AFG 073"
  ]);
  assert.deepEqual(dyads("On Monday Kazakhstan supplied 5,000 tonnes of flour to Afghanistan."), ["KAZ>AFG 073"]);
});

test("a date inside a noun's participle phrase past its partner ('the one signed with X in March 2021') is the noun's", () => {
  const text = [
    "Mining talks",
    "",
    "Japan and Mongolia agreed to start negotiations on a mining accord, similar to the one signed with Vietnam in March 2021."
  ].join("\n");
  const events = readEvents(text, "2024-05-20");
  assert.ok(
    events.some((e) => /^(JPN>MNG|MNG>JPN) 036 2024-05-20 planned$/.test(e)),
    events.join("; ")
  );
  assert.ok(!events.some((e) => /2021/.test(e)), events.join("; "));
  // Near miss: the act's own partner and date ("signed a treaty with Vietnam in March 2021") stay the act's.
  const own = readEvents(["Treaty", "", "Japan signed a treaty with Vietnam in March 2021."].join("\n"), "2024-05-20");
  assert.ok(
    own.some((e) => /^(JPN>VNM|VNM>JPN) 057 2021-03-01$/.test(e)),
    own.join("; ")
  );
});

test("a noun that starts like a verb of pressing ('as pressure after X refused to …') does not make the act wanted", () => {
  assert.deepEqual(
    dyads(
      "Analysts saw the move as pressure after Armenia refused to recognise the Russian annexation of Crimea in 2014."
    ),
    ["ARM>RUS 120"]
  );
  // Near misses: what one is pressed or persuaded to do is wanted, not done.
  const pressed = dyads("Washington pressed Ankara to buy American jets.");
  assert.ok(!pressed.some((d) => /^TUR>USA/.test(d)), pressed.join("; "));
  const persuaded = dyads("The EU sought to persuade Georgia to join the sanctions against Russia.");
  assert.ok(!persuaded.some((d) => /^GEO>/.test(d)), persuaded.join("; "));
});

test("a need is a state, not a demand", () => {
  assert.deepEqual(dyads("Astana needed Russian financing in 2022."), []);
  assert.deepEqual(dyads("Mongolia needed Russian fuel in the winter of 2023."), []);
  // Near misses: demanding and pressing are acts.
  assert.deepEqual(dyads("Russia demanded that Georgia withdraw its troops on Monday."), ["RUS>GEO 025"]);
  assert.deepEqual(dyads("Kyiv pressed Berlin for more air defence on Monday."), ["UKR>DEU 0212"]);
});

test("'continued to <verb>', 'kept <verb>ing' with no time of their own tell a standing policy, not an act", () => {
  assert.deepEqual(dyads("Tokyo stressed that Japan continued to support Ukraine's sovereignty."), []);
  assert.deepEqual(dyads("Russia kept supplying Armenia with fuel."), []);
  assert.deepEqual(dyads("Beijing continues to back Pakistan in the dispute."), []);
  // Near misses: with a time of its own it is an act; "continued talks" is the talks.
  assert.deepEqual(dyads("Russia continued to shell Kharkiv on Monday."), ["RUS>UKR 190"]);
  assert.ok(dyads("Ankara continued talks with Baghdad on Tuesday.").includes("TUR>IRQ 046"));
});

test("a refusal told by its verb is the refuser's alone, not the other side's too", () => {
  assert.deepEqual(dyads("Armenia declined to sign the treaty with Russia on Monday."), ["ARM>RUS 120"]);
  // Near miss: the act itself, done together, stays mutual.
  assert.deepEqual(dyads("Armenia and Azerbaijan signed the treaty on Monday.").sort(), ["ARM>AZE 057", "AZE>ARM 057"]);
});
