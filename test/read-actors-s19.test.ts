/**
 * Who did what to whom (issue 10, session 19): bodies and companies named by their state's adjective, a head noun with
 * its modifiers and their own name, as members of a compound subject ("the Turkish energy company BOTAS and the
 * Azerbaijani company SOCAR signed …"), and who a pair pointer names when the sentence before names two states only
 * in passing ("the two ministers" are the ministers who met, not the states one of them talked about), or one side
 * and the five Central Asian states ("the two sides"). Every sentence here is our own, written for these tests
 * (states, people, bodies and acts no fixture uses); near misses must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readReport} from "./helpers/events.js";

const read = readReport;
const events = (body: string) => read(body).map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)}`);
const signed = (body: string) =>
  read(body)
    .filter((e) => e.code.startsWith("05"))
    .map((e) => `${e.source}>${e.target}`)
    .sort();
const has = (got: string[], want: string) => assert.ok(got.includes(want), got.join(" | "));
const lacks = (got: string[], unwanted: string) => assert.ok(!got.includes(unwanted), got.join(" | "));

test("a compound member named by its state's adjective, its head noun's modifiers and its own name", () => {
  for (const body of [
    "The Turkish energy company BOTAS and the Azerbaijani company SOCAR signed a memorandum on gas supplies.",
    "The Turkish oil company and the Azerbaijani state company signed a memorandum on gas supplies.",
    "The Azerbaijani state company and the Turkish energy company signed a memorandum on gas supplies."
  ])
    assert.deepEqual(signed(body), ["AZE>TUR", "TUR>AZE"], body);
  // (an office with its modifiers and its holder's name: "Armenian central bank governor Martin Galstyan")
  assert.deepEqual(
    signed(
      "Armenian central bank governor Martin Galstyan and Georgian central bank governor Natia Turnava signed a currency swap agreement in Tbilisi."
    ),
    ["ARM>GEO", "GEO>ARM"]
  );
  // (an office of a body "of" the state, with its holder's name, and a possessive before the body's head noun)
  for (const body of [
    "Governor of the National Bank of Georgia Natia Turnava and Governor of the Central Bank of Armenia Martin Galstyan signed a swap agreement.",
    "The governor of the National Bank of Georgia and the governor of the Central Bank of Armenia signed a swap agreement.",
    "Georgia's central bank and the Central Bank of Armenia signed a swap agreement."
  ])
    assert.deepEqual(signed(body), ["ARM>GEO", "GEO>ARM"], body);
  // (the modifiers of the first member, the other with a name the dictionary knows)
  assert.deepEqual(
    signed("The Mongolian mining company Erdenes and the Chinese company Sinopec signed a supply contract."),
    ["CHN>MNG", "MNG>CHN"]
  );
});

test("near misses: a noun that heads no body, and a list that is an object, stay as they were", () => {
  // ("the Hungarian energy sector": a sector, not a body of Hungary's that signs)
  assert.deepEqual(
    signed("The Hungarian energy sector and the Uzbek state company Uzbekneftegaz signed a memorandum."),
    []
  );
  // (a list after a preposition is no subject: the seller toward each buyer)
  const got = events(
    "Kazakhstan's state company sold uranium to the French energy company Orano and the Chinese company CGN last year."
  );
  lacks(got, "FRA>CHN 05");
  lacks(got, "CHN>FRA 05");
});

test("a pointer to persons is the persons who acted, not two states named in passing the sentence before", () => {
  const body = (pointer: string) =>
    `Chilean Foreign Minister Alberto van Klaveren held talks in Hanoi with his Vietnamese counterpart Bui Thanh Son on Monday. Son said Vietnam's trade with China could not be switched off. ${pointer} signed a memorandum on fisheries.`;
  for (const pointer of ["The two ministers", "The ministers"]) {
    const got = signed(body(pointer));
    assert.deepEqual(got, ["CHL>VNM", "VNM>CHL"], pointer);
  }
  // (a passage about two states' trade: the ministers are still the ones who met)
  assert.deepEqual(
    signed(
      "Peruvian President Dina Boluarte met Ecuadorian President Daniel Noboa in Lima on Monday. Trade between Mexico and Colombia has doubled. Mexico and Colombia also share a pipeline. The two presidents signed a declaration on border security."
    ),
    ["ECU>PER", "PER>ECU"]
  );
});

test("near misses: the sentence before named a person of each side, or the pointer names states", () => {
  // (two persons named in the sentence before: they are the two presidents)
  assert.deepEqual(
    signed(
      "Peruvian President Dina Boluarte met Ecuadorian President Daniel Noboa in Lima in May. Mexican President Claudia Sheinbaum and Colombian President Gustavo Petro spoke by phone on Sunday about the summit. The two presidents signed a declaration on border security."
    ),
    ["COL>MEX", "MEX>COL"]
  );
  // (persons named by office, "the presidents of A and B", "A's and B's leaders": they are the two presidents)
  for (const before of [
    "The presidents of Mongolia and Laos spoke about fishing quotas on Monday.",
    "Mongolia's and Laos's leaders have long argued over fishing quotas."
  ])
    assert.deepEqual(
      signed(
        `Japan hosted Ghana's president in Tokyo in May. ${before} The two presidents signed a memorandum on fisheries.`
      ),
      ["LAO>MNG", "MNG>LAO"],
      before
    );
  // ("the two countries" may be two states named as states: the older reading stands)
  assert.deepEqual(
    signed(
      "Japan hosted Ghana's president in Tokyo on Monday. Mongolia and Laos have long argued over fishing quotas. The two countries signed a memorandum on fisheries."
    ),
    ["LAO>MNG", "MNG>LAO"]
  );
});

test("'the two sides' after one actor met the five Central Asian states: that actor and the region's group", () => {
  const body = (pointer: string) =>
    `On 4 May, Japanese Prime Minister Shigeru Ishiba met the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in Tokyo. ${pointer} signed a joint declaration on critical minerals.`;
  for (const pointer of ["The two sides", "Both sides", "The leaders"])
    assert.deepEqual(signed(body(pointer)), ["CAS>JPN", "JPN>CAS"], pointer);
  // (near miss: two states met, not the five: the pair as before)
  assert.deepEqual(
    signed(
      "Japanese Prime Minister Shigeru Ishiba met the presidents of Mongolia and Laos in Tokyo. The two sides signed a joint declaration on critical minerals."
    ),
    ["JPN>LAO", "LAO>JPN"]
  );
  // (near miss: "the two presidents" are two persons, never the group)
  lacks(signed(body("The two presidents")), "JPN>CAS");
});

test("the sides of another occasion an act is timed by are no sides of the act", () => {
  for (const body of [
    "Turkey and Azerbaijan agreed to work together ahead of the first summit between the European Union and the Andean states.",
    "Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev agreed to work together ahead of the summit of the European Union and Mercosur.",
    "Turkey and Azerbaijan agreed to cooperate closely before the European Union-Mercosur summit."
  ]) {
    const got = events(body);
    has(got, "TUR>AZE 03");
    has(got, "AZE>TUR 03");
    assert.ok(!got.some((e) => /^(TUR|AZE)>EU /.test(e)), `${body}: ${got.join(" | ")}`);
  }
  // near misses: the act's own object before the occasion, and talks with the act's own partner
  has(events("Japan pledged $1 billion to Vietnam ahead of the summit between Japan and ASEAN."), "JPN>VNM 03");
  has(events("Uzbekistan signed a memorandum with Saudi Arabia after talks with Saudi officials."), "UZB>SAU 05");
  has(events("Oman signed an agreement with Egypt after talks with Egyptian officials."), "OMN>EGY 05");
});

test("a venue is no side of a meeting two actors agree to hold", () => {
  const got = events("Mongolia and Laos agreed to hold the next round of talks in Hanoi in 2026.");
  has(got, "MNG>LAO 03");
  has(got, "LAO>MNG 03");
  lacks(got, "MNG>VNM 03");
  lacks(got, "LAO>VNM 03");
  // near misses: an act that is not a meeting keeps its place ("invested in"), and so does one actor's visit
  const invest = events("Turkey and Azerbaijan invested in Georgia last year.");
  has(invest, "TUR>GEO 06");
  has(
    events("Mongolian President Ukhnaagiin Khurelsukh held talks with Vietnamese officials in Hanoi on Monday."),
    "MNG>VNM 04"
  );
});
