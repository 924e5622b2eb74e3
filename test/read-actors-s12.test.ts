/**
 * Who acts in news prose (issue 10, session 12): one subject for several coordinated predicates. Every sentence here
 * is our own, written for these tests in other constructions than any fixture's (other actors, verbs and orders).
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {reportRoots as events, readReport} from "./helpers/events.js";
import {sharedSubject} from "../src/read/anaphora-predicates.js";

const fullCodes = (body: string) => readReport(body).map((e) => `${e.source}>${e.target} ${e.code}`);

test("coordinated predicates: the later verbs are the subject's acts, not the first predicate's object's", () => {
  // (the object of the first predicate, an organisation, no longer acts)
  const a = events(
    "Uzbek Foreign Minister Bakhtiyor Saidov addressed the OSCE council in Vienna, met his Austrian counterpart and invited Austria to the Tashkent forum."
  );
  assert.ok(a.includes("UZB>AUT 04"), a.join("; "));
  assert.ok(a.includes("UZB>AUT 03"), a.join("; "));
  assert.ok(!a.some((e) => e.startsWith("OSCE>")), a.join("; "));
  // (a place named in the first predicate does not receive the third)
  const b = events(
    "Georgian Prime Minister Irakli Kobakhidze opened the Baku energy forum, received the Turkish energy minister and signed a gas accord with Azerbaijan."
  );
  assert.ok(b.includes("GEO>TUR 04"), b.join("; "));
  assert.ok(b.includes("GEO>AZE 05"), b.join("; "));
  assert.ok(!b.includes("AZE>TUR 04"), b.join("; "));
});

test("coordinated predicates after 'He': the subject is the acting side of the sentence before", () => {
  const got = events(
    "Finnish President Alexander Stubb arrived in Astana on Monday. He addressed the NATO partners' seminar in the capital, then praised Kazakhstan for its neutrality and criticized Russia over its threats."
  );
  assert.ok(got.includes("FIN>KAZ 05"), got.join("; "));
  assert.ok(got.includes("FIN>RUS 11"), got.join("; "));
  assert.ok(!got.some((e) => e.startsWith("NATO>")), got.join("; "));
});

test("near misses: a verb of saying, a participle of a noun, an adjective after 'and', a subject that is no name", () => {
  // (the acts after "said" are Armenia's, as the coder reads them; nothing is given to the envoy's state)
  const said = sharedSubject(
    "The Turkish envoy said Armenia had closed the border and expelled two Iranian diplomats.",
    [
      {start: 4, end: 11, code: "TUR"},
      {start: 23, end: 30, code: "ARM"},
      {start: 74, end: 81, code: "IRN"}
    ]
  );
  assert.equal(said, undefined);
  // (", signed in Vienna in March," tells of the treaty, not of Armenia; the list's last predicate is Armenia's)
  const text = "Armenia welcomed the treaty, signed in Vienna in March, and praised Austria for its mediation.";
  const treaty = sharedSubject(text, [
    {start: 0, end: 7, code: "ARM"},
    {start: 39, end: 45, code: "AUT"},
    {start: 68, end: 75, code: "AUT"}
  ]);
  assert.deepEqual(
    treaty?.predicates.map((p) => text.slice(p.start, p.end)),
    ["praised Austria for its mediation"]
  );
  // ("and upgraded terminals": a past form before a bare noun is an adjective, no predicate)
  assert.equal(
    sharedSubject("The Azerbaijani president inaugurated new and upgraded terminals at the port of Alat.", [
      {start: 4, end: 15, code: "AZE"}
    ]),
    undefined
  );
  // (a subject phrase with a common noun is not a name: "The agreement between X and Y")
  assert.equal(
    sharedSubject("The pipeline between Turkmenistan and China doubled its volume and cut costs for Beijing.", [
      {start: 21, end: 33, code: "TKM"},
      {start: 38, end: 43, code: "CHN"},
      {start: 81, end: 88, code: "CHN"}
    ]),
    undefined
  );
  // (a clause of its own between the predicates: "… after Y …")
  assert.equal(
    sharedSubject("Serbia recalled its envoy after Croatia expelled a diplomat and closed a consulate.", [
      {start: 0, end: 6, code: "SRB"},
      {start: 32, end: 39, code: "HRV"}
    ]),
    undefined
  );
});

test("a body introduced with its state acts for it: its name, its acronym and its head noun ('the ministry')", () => {
  // (a possessive introduction with descriptors and an acronym; the acronym alone later)
  const a = events(
    "Mongolia's state mining company Erdenes Tavan (ETT) opened a new pit in the Gobi. On Monday ETT signed a coal supply deal with China."
  );
  assert.ok(a.includes("MNG>CHN 05"), a.join("; "));
  // (a body named after its state, with an acronym in brackets: the acronym is the state)
  const b = events(
    "Uzbekistan Railways (UTY) carried 70 million tonnes last year. In May UTY and Turkmenistan signed a transit accord."
  );
  assert.ok(b.includes("UZB>TKM 05") || b.includes("TKM>UZB 05"), b.join("; "));
  // (a description by the head noun of a body named with its state's adjective, in the next sentence)
  const c = fullCodes(
    "The Turkmen Foreign Ministry summoned the Afghan ambassador on Monday. A day later the ministry accused Afghanistan of harbouring smugglers."
  );
  assert.ok(c.includes("TKM>AFG 112"), c.join("; "));
  // (a person titled by the body, "the company's chairman, X", is the body's state)
  const d = events(
    "Georgia's national gas company Georgian Gas Hub (GGH) raised prices in March. The company's chairman, Levan Beridze, defended the move. On Friday Beridze signed a supply deal with Azerbaijan."
  );
  assert.ok(d.includes("GEO>AZE 05"), d.join("; "));
});

test("near misses: a private firm, a news agency, a description long after its body are not the state", () => {
  assert.deepEqual(
    events("Kazakhstan's privately owned airline SCAT expanded its fleet. SCAT signed a lease deal with Turkey."),
    []
  );
  assert.deepEqual(
    events("Russia's state news agency Vesti reported the talks. The agency criticized Japan over its sanctions."),
    []
  );
  const far = fullCodes(
    "The Turkmen Foreign Ministry summoned the Afghan ambassador on Monday. Uzbekistan opened a new bridge. Kazakhstan cut rail tariffs. Kyrgyzstan raised tariffs. Tajikistan opened a road. China built a port. Iran opened a consulate. The ministry accused Afghanistan of harbouring smugglers."
  );
  assert.ok(!far.includes("TKM>AFG 112"), far.join("; "));
});

test("a shared predicate ends at a clause of its own: the other subject's acts after ', as', ', while', ';' stay", () => {
  // (review J1: a predicate ran to the sentence's end and dropped the trailing clause's events)
  const text =
    "Mongolian Prime Minister Luvsannamsrain Oyun-Erdene opened a copper smelter and signed a loan accord with Japan, as China protested to Mongolia over the border fence.";
  const shared = sharedSubject(text, [
    {start: 0, end: 9, code: "MNG"},
    {start: 105, end: 110, code: "JPN"},
    {start: 115, end: 120, code: "CHN"},
    {start: 136, end: 144, code: "MNG"}
  ]);
  assert.deepEqual(
    shared?.predicates.map((p) => text.slice(p.start, p.end)),
    ["signed a loan accord with Japan"]
  );
  const got = events(
    "Armenian Foreign Minister Ararat Mirzoyan toured the Gyumri border post and thanked France for its aid; Turkey accused Greece of violating its airspace the next day."
  );
  assert.ok(got.includes("ARM>FRA 05"), got.join("; "));
  assert.ok(got.includes("TUR>GRC 11"), got.join("; "));
});

test("'He' is a person: not the state named alone in the sentence before; 'the leaders' at an organisation's summit are no earlier pair", () => {
  // ("He" after a sentence naming only the state: no pronoun reading; after a titled person: that person's state)
  const state = fullCodes(
    "Japan lifted its tariffs on Mongolian cashmere on Tuesday. He thanked Mongolia for its patience and praised Korea for its mediation."
  );
  assert.ok(!state.some((e) => e.startsWith("JPN>MNG 05") || e.startsWith("JPN>KOR")), state.join("; "));
  const person = events(
    "Japanese Prime Minister Shigeru Ishiba lifted tariffs on Mongolian cashmere on Tuesday. He thanked Mongolia for its patience and praised Korea for its mediation."
  );
  assert.ok(person.includes("JPN>KOR 05"), person.join("; "));
  // (two guests named in the sentence before are not "the leaders" who sign at the organisation's summit: review J17,
  // the test in another construction than the fixture's — guests by role, the summit's close told after the verb)
  const summit = events(
    "The Collective Security Treaty Organization opened its summit in Minsk on Thursday. Serbia's president attended as a guest, and Mongolia sent its foreign minister. The leaders signed a declaration on border security as the summit closed."
  );
  assert.ok(!summit.some((e) => /^(SRB>MNG|MNG>SRB) /.test(e)), summit.join("; "));
  // (near miss: with no organisation's summit, the two named before are still the pair)
  const pair = events(
    "Azerbaijani President Ilham Aliyev hosted Georgian Prime Minister Irakli Kobakhidze in Baku. At the summit of the two, the leaders signed a transit accord."
  );
  assert.ok(pair.includes("AZE>GEO 05"), pair.join("; "));
});

test("review J5, J10, J11: the nearest body of a kind, a passive's subject, and bodies the text does not mark as the state's", () => {
  // (J5: another agency named between the bound one and "the agency")
  const nearer = fullCodes(
    "Uzbekistan's Agency for Space Research launched a satellite in May. In June the European Space Agency signed a deal with Japan. The agency criticized Russia over debris."
  );
  assert.ok(!nearer.includes("UZB>RUS 111") && !nearer.includes("UZB>RUS 112"), nearer.join("; "));
  // (J5: another state's ministry named by a possessive between)
  const other = fullCodes(
    "The Georgian Economy Ministry raised wine quotas on Monday. Later Ankara's trade ministry objected. The ministry accused Armenia of dumping."
  );
  assert.ok(!other.some((e) => e.startsWith("GEO>ARM")), other.join("; "));
  // (J11, revised in session 13 by the gold's convention that a company's act is its state's: a bank named with a
  // state's word binds its name and acronym; a peace fund is no company (review K6); marked private or independent,
  // neither binds)
  assert.deepEqual(
    events(
      "The Japan Peace Fund (JPF) opened an office in Bishkek. The JPF criticized China for its loans. Kyrgyzstan's Ayil Bank (AB) froze Russian accounts. AB accused Russia of fraud."
    ),
    ["KGZ>RUS 11"]
  );
  assert.deepEqual(
    events(
      "The independent Japan Peace Fund (JPF) opened an office in Bishkek. The JPF criticized China for its loans. Kyrgyzstan's private Ayil Bank (AB) froze Russian accounts. AB accused Russia of fraud."
    ),
    []
  );
  // (J10: after a passive, "He" is the sentence's subject, not the by-agent)
  const passive = events(
    "Tajik President Emomali Rahmon was welcomed by Chinese President Xi Jinping in Beijing on Tuesday. He then flew to Seoul, met Korean officials and signed a trade deal with Korea."
  );
  assert.ok(passive.includes("TJK>KOR 05") && !passive.includes("CHN>KOR 05"), passive.join("; "));
});
