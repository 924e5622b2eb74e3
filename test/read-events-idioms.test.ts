/**
 * The article reader's general event mechanisms of issue 10 (round 2): relative and yearless dates, light verbs
 * and idioms, visits from place, domestic and group happenings told by nouns, abstentions and refusals, and the
 * precision rules (pronoun subjects, reduced relatives, states of affairs). Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {estimateReferenceYear, namesDate, readDocument, resolveDate, resolveDates} from "../src/read/index.js";

const pack = readPack();
const coder = defaultCoder(pack.actors);
const dyads = (s: string, date: string | undefined = "2024-05-20") =>
  coder.codeSentence(s, date ? {date} : {}).events.map((e) => `${e.source}>${e.target} ${e.code}`);
const reasons = (s: string) => coder.codeSentence(s, {date: "2024-05-20"}).dropped.map((d) => d.reason);

test("dates: weekdays, 'ago', next week/month and 'earlier this year' resolve against the article's date", () => {
  // 2024-05-22 is a Wednesday.
  const on = (s: string) => resolveDate(s, "2024-05-22");
  assert.equal(on("The envoy flew to Baku on Monday.")!.date, "2024-05-20");
  assert.equal(on("On Wednesday, the talks ended.")!.date, "2024-05-22");
  assert.equal(on("The minister resigned last Wednesday.")!.date, "2024-05-15");
  assert.equal(on("The ministers will meet next Friday.")!.date, "2024-05-24");
  assert.equal(on("The border reopened three days ago.")!.date, "2024-05-19");
  assert.equal(on("The border reopened two weeks ago.")!.date, "2024-05-08");
  assert.deepEqual(
    [on("The plant opened six months ago.")!.date, on("The plant opened six months ago.")!.precision],
    ["2023-11-01", "month"]
  );
  assert.deepEqual(
    [on("The pact was signed ten years ago.")!.date, on("The pact was signed ten years ago.")!.precision],
    ["2014-01-01", "year"]
  );
  assert.equal(on("The summit is planned for next month.")!.date, "2024-06-01");
  assert.equal(on("Trade rose earlier this year.")!.date, "2024-01-01");
  assert.equal(on("Trade rose earlier this year.")!.precision, "year");
  assert.deepEqual(
    [
      on("They backed the plan for the period of 2021-2023.")!.date,
      on("They backed the plan for the period of 2021-2023.")!.rule
    ],
    ["2021-01-01", "year-range"]
  );
  // "may" the verb is no month, "Monday" with no preposition before it no date.
  assert.equal(on("Monday's meeting was short.")!.rule, "article-date");
});

test("dates: an undated article reads month names in the year its dated sentences give, and says so", () => {
  assert.equal(estimateReferenceYear(["Talks began on 3 March 2021.", "In 1994 the union was founded."]), 2021);
  // Bare years are history, not the article's time.
  assert.equal(estimateReferenceYear(["In 1994 the union was founded.", "Trade grew after 2010."]), undefined);
  const d = resolveDate("In November, the president went to Tokyo.", undefined, 2023)!;
  assert.deepEqual([d.date, d.precision, d.rule], ["2023-11-01", "month", "in-month+estimated-year"]);
  assert.equal(resolveDate("on October 4 and 5, the minister was in Seoul.", undefined, 2023)!.date, "2023-10-04");
  assert.equal(resolveDate("The pact was signed ten years ago.", undefined, 2023)!.date, "2013-01-01");
  // What needs a day or a month is not read against a guessed year.
  assert.equal(resolveDate("The envoy arrived yesterday.", undefined, 2023), undefined);
  assert.equal(resolveDate("The envoy arrived last month.", undefined, 2023), undefined);
  assert.equal(resolveDates("In May and on 2 June 2023 they met.", undefined, 2023).length, 2);
  assert.ok(namesDate("on November 11 and 12 the leaders met"));
  assert.ok(!namesDate("the leaders met to discuss transit"));

  const text = [
    "Mongolia and Japan: a year of visits",
    "",
    "The Mongolian president signed a transit accord with China on 14 March 2023 in Beijing, the ministry said in a statement on its website.",
    "",
    "In November, the Mongolian president made a state visit to Japan, where the two sides discussed mining and transport links at some length."
  ].join("\n");
  const r = readDocument(text, {format: "text", sourceId: "t1", coder});
  assert.ok(r.ok);
  const visit = r.value.events.find((e) => e.source === "MNG" && e.target === "JPN");
  assert.ok(visit, JSON.stringify(r.value.events));
  assert.equal(visit.date, "2023-11-01");
  assert.equal(visit.precision, "month");
  assert.match(visit.rule!, /estimated-year/);
  assert.ok(r.value.warnings.some((w) => w.code === "estimated_year"));
});

test("light verbs and idioms: take part in, arrive in, send a delegation, make a visit, abstain, decline to condemn", () => {
  assert.deepEqual(dyads("Brazil took part in the negotiations with China."), ["BRA>CHN 046"]);
  assert.deepEqual(dyads("Brazil took part in a summit with China on Friday."), ["BRA>CHN 040"]);
  assert.deepEqual(dyads("Georgia took part of the valley from Armenia."), []);
  assert.deepEqual(dyads("The Georgian president arrived in Baku on Monday."), ["GEO>AZE 042"]);
  assert.deepEqual(dyads("Japan sent a delegation to Mongolia last week."), ["JPN>MNG 042"]);
  assert.deepEqual(dyads("Japan sent an envoy on a tour of Central Asia in May."), ["JPN>CAS 042"]);
  assert.deepEqual(dyads("Mongolia made a state visit to Japan on Tuesday."), ["MNG>JPN 042"]);
  assert.deepEqual(dyads("Vietnam paid an official visit to India in March 2023."), ["VNM>IND 042"]);
  assert.deepEqual(dyads("Mongolia made an official visit to Japan in May."), ["MNG>JPN 042"]);
  assert.deepEqual(dyads("Georgia abstained on the UN resolution on Syria in 2019."), ["GEO>UN 011"]);
  assert.deepEqual(dyads("Georgia declined to condemn Armenia at the UN."), ["GEO>ARM 011"]);
  // Refusing a hostile act is no hostile act; refusing cooperation is a rejection.
  assert.deepEqual(dyads("Georgia refused to attack Armenia."), []);
  // The voting body is the abstention's target, not the resolution's subject.
  assert.deepEqual(dyads("Mongolia abstained on the General Assembly resolution on Syria in 2019."), ["MNG>UN 011"]);
  // A host receives a guest (043; the guest's visit is the same happening, told once); "received X from Y" is Y's
  // aid; "exchanged fire" is mutual.
  assert.deepEqual(dyads("The Georgian president received the Armenian foreign minister in Tbilisi on Friday."), [
    "GEO>ARM 043"
  ]);
  assert.deepEqual(dyads("Tajikistan received loans from Japan on Monday."), ["JPN>TJK 071"]);
  assert.deepEqual(dyads("Armenia received weapons from India last year."), ["IND>ARM 072"]);
  assert.deepEqual(dyads("The Georgian minister received an award from the university."), []);
  assert.deepEqual(dyads("Georgian and Armenian border guards exchanged fire on Sunday.").sort(), [
    "ARM>GEO 193",
    "GEO>ARM 193"
  ]);
  // The head of a verb's object is a noun: "cut gas supplies" is no supplying.
  assert.ok(!dyads("Russia threatened to cut gas supplies to Moldova on Tuesday.").some((d) => d.endsWith("060")));
  // The invitation stands (the inviter's 036); the act it asks for is nobody's intent yet (session 7: the golds code
  // the invitation alone, and the invitee's planned visit was counted wrong in blind5 and blind6).
  const invited = coder.codeSentence("During the visit, Tokayev invited Erdogan to visit Astana.", {
    date: "2024-05-20"
  }).events;
  assert.ok(invited.some((e) => e.source === "KAZ" && e.target === "TUR" && e.code === "036"));
  assert.ok(!invited.some((e) => e.source === "TUR"), JSON.stringify(invited));
  assert.ok(!invited.some((e) => e.code === "042" || e.code === "043"), JSON.stringify(invited));
  // Loans: announced or pledged is the intent to give (0331); extended or granted, the aid (071).
  assert.deepEqual(dyads("China announced a $2 billion loan to Kyrgyzstan on Friday."), ["CHN>KGZ 0331"]);
  assert.deepEqual(dyads("Japan extended a loan to Mongolia in 2020."), ["JPN>MNG 071"]);
  // Suspending, freezing or halting: relations reduced (16x), halted talks 164.
  assert.deepEqual(dyads("The EU suspended visa-free travel for Georgian diplomats in January."), ["EU>GEO 160"]);
  assert.deepEqual(dyads("Japan has frozen talks with Mongolia since 2023."), ["JPN>MNG 164"]);
  // Joining sanctions against Y is sanctioning Y; the sanctions' own author is not a new imposition.
  assert.deepEqual(dyads("Mongolia joined the UN sanctions against North Korea in 2017."), ["MNG>PRK 163"]);
  // The group one acts in is no target.
  assert.deepEqual(dyads("Tajikistan took part in the talks as part of the CSTO delegation."), []);
});

test("happenings told by nouns: domestic unrest and civil war (X on X), group meetings, clients, factories, new deals", () => {
  assert.deepEqual(dyads("The civil war in Georgia, which ended in 1993, was bloody."), ["GEO>GEO 190"]);
  assert.deepEqual(dyads("Protests in Armenia erupted in March 2018."), ["ARM>ARM 141"]);
  assert.deepEqual(dyads("The unrest in Mongolia in July 2008 left five dead."), ["MNG>MNG 145"]);
  // A domestic noun with no date of its own refers back.
  assert.deepEqual(dyads("The unrest in Mongolia changed its politics."), []);
  assert.deepEqual(dyads("The summit of Central Asian heads of state in August 2023 adopted a declaration."), [
    "CAS>CAS 040"
  ]);
  assert.deepEqual(dyads("A meeting of EU foreign ministers on 3 May discussed tariffs."), ["EU>EU 040"]);
  assert.deepEqual(dyads("Mongolia is a Turkish drone client."), ["TUR>MNG 062"]);
  assert.deepEqual(dyads("Turkey built an ammunition factory in Georgia in 2021."), ["TUR>GEO 062"]);
  assert.deepEqual(dyads("A car plant in Mongolia built by Japan opened in 2019."), ["JPN>MNG 061"]);
  assert.deepEqual(dyads("The EU's new trade deal with Mongolia covers textiles."), ["EU>MNG 057"]);
  assert.deepEqual(dyads("Georgia and Armenia held joint military exercises near Gyumri on Monday."), ["GEO>ARM 062"]);
  assert.deepEqual(dyads("Georgia and Armenia held a new round of border talks in Batumi last week."), ["GEO>ARM 046"]);
  assert.deepEqual(dyads("A visit by the Japanese premier to Mongolia in May 2023 went well."), ["JPN>MNG 042"]);
  // Demanded, urged or called for: not (yet) a happening.
  assert.deepEqual(dyads("The resolution demanding Russia's withdrawal from Georgia in 2008 passed."), []);
  // "talks with the leaders of X, Y and Z" are not talks among X, Y and Z.
  const talks = dyads("Mongolia took part in talks with the leaders of Japan, China and South Korea in May.");
  assert.ok(talks.includes("MNG>KOR 046") && talks.includes("MNG>JPN 046"), talks.join());
  assert.ok(!talks.some((d) => /^(JPN|CHN|KOR)>(JPN|CHN|KOR)/.test(d)), talks.join());
  // What a group's summit signs, its members sign.
  assert.deepEqual(
    dyads("The charter signed at the summit of Central Asian heads of state in May 2023 is short.").sort(),
    ["CAS>CAS 040", "CAS>CAS 057"]
  );
  // Production in another state: planned (intent, 0311/0312) or done (061/062, with a time of its own).
  assert.deepEqual(dyads("In the future, Japan will produce new-generation drones in Mongolia."), ["JPN>MNG 0312"]);
  assert.equal(
    coder.codeSentence("Japan will build a bridge in Mongolia.", {date: "2024-05-20"}).events[0]?.modality,
    "planned"
  );
  assert.deepEqual(dyads("Japan built a bridge in Mongolia in 2019."), ["JPN>MNG 061"]);
  assert.deepEqual(dyads("Japan builds bridges in Mongolia."), []);
  // Without "new" or a date, a deal is a reference back.
  assert.deepEqual(dyads("The EU's trade deal with Mongolia covers textiles."), []);
});

test("precision: pronoun subjects, reduced relatives, states of affairs, searches, efforts, lists and the means of an act", () => {
  assert.deepEqual(dyads("The war hurt trade, yet it also allowed Russia to court China."), []);
  assert.deepEqual(dyads("Mongolian rebels, supported by Chinese groups, attacked the town."), []);
  assert.ok(reasons("Georgia's presence in the region is reinforced by the European Union.").includes("generic"));
  assert.deepEqual(dyads("China has been investing in Mongolia for many years."), []);
  assert.deepEqual(dyads("Moscow is looking for allies in Asia while Japan is courting Mongolia."), []);
  assert.deepEqual(dyads("Japan is making efforts to isolate Russia."), []);
  assert.deepEqual(dyads("Georgia complies with Western sanctions."), []);
  // (Japan's hope to persuade is its intent; the sanctions are not imposed.)
  assert.ok(
    !dyads(
      "Japan hopes to persuade the political elites of the Central Asian states to join sanctions against Russia."
    ).some((d) => d.includes(">RUS"))
  );
  assert.deepEqual(
    dyads(
      "Japan sent envoys to Mongolia in May with the aim of persuading Ulaanbaatar to join sanctions against Russia."
    ),
    ["JPN>MNG 042"]
  );
  // A list that joins NATO is each member toward NATO; ", and X has been accepted" starts a new clause.
  assert.deepEqual(dyads("Norway and Denmark have decided to join NATO, and Oslo has already been accepted.").sort(), [
    "DNK>NATO 036",
    "NOR>NATO 036"
  ]);
  // A present form after a preposition is a noun: "looking for allies".
  assert.deepEqual(
    dyads("Now, when Moscow is looking for allies when Japan has turned away from it, Mongolia waits."),
    []
  );
  // "by signing X and endorsing Y": both are means of the main clause's subject.
  assert.deepEqual(
    dyads(
      "In 2021, the EU deepened its ties with Georgia by signing a memorandum in May 2021 and endorsing a roadmap for 2022-2023."
    ).filter((d) => /05\d$/.test(d)),
    ["EU>GEO 057", "EU>GEO 051"]
  );
  // "the leaders of X and Y met": the group after a title acts, though it follows a preposition.
  assert.deepEqual(dyads("The foreign ministers of Georgia and Armenia met on Monday.").sort(), [
    "ARM>GEO 040",
    "GEO>ARM 040"
  ]);
  assert.deepEqual(dyads("The president of Georgia visited Baku on Monday.")[0], "GEO>AZE 042");
  // (session 21: "discussed transit in Tbilisi" had read the venue as the talk's other side, which made this pass;
  // a talk's matter and place are no side now, src/read/talk-topics.ts, and the officials' pair is read with "met")
  assert.ok(dyads("Officials from Georgia and Armenia met in Tbilisi last week.").includes("GEO>ARM 040"));
  // (A place after a plain preposition still does not act: "threats in Central Asia grow".)
  assert.deepEqual(dyads("Threats from Afghanistan worry Georgia on Monday."), []);
  // "by signing": the means takes the main clause's subject and, with no object of its own, its object.
  assert.deepEqual(
    dyads("In 2021, the EU has deepened its ties with Georgia by signing a memorandum in May 2021.").filter((d) =>
      d.endsWith("057")
    ),
    ["EU>GEO 057"]
  );
});
