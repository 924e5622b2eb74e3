import assert from "node:assert/strict";
import {test} from "node:test";
import {readDiary as read} from "./helpers/events.js";

// Session 34 (pr34): false events. Every sentence is our own.
const dyads = (text: string) => read(text).map((e) => `${e.source}>${e.target} ${e.code}`);

test("'call' without the one called as its object is no telephone call", () => {
  for (const sentence of [
    "Exports of Kyrgyz cotton fell to 30,000 tonnes last year, a level that both governments called disappointing.",
    "Only weeks after Russian troops had been called into Tajikistan to guard the border, Dushanbe signed nothing new.",
    "Mongolia sold 2 million tonnes of coal to China in May, which the Mongolian minister called a record."
  ]) {
    const got = dyads(sentence);
    assert.ok(!got.some((d) => / 041$/.test(d)), `${sentence}: ${got.join(", ")}`);
  }
});

test("near misses: a call to the one named after the verb stays a telephone call", () => {
  const phoned = dyads("Mongolian President Ukhnaagiin Khurelsukh called Chinese President Xi Jinping on Tuesday.");
  assert.ok(phoned.includes("MNG>CHN 041"), phoned.join(", "));
  const counterpart = dyads("The Kyrgyz foreign minister called his Turkish counterpart to discuss the border.");
  assert.ok(counterpart.includes("KGZ>TUR 041"), counterpart.join(", "));
});

test("flights launched to a place are one way", () => {
  for (const [sentence, wanted, unwanted] of [
    ["Turkish Airlines has opened new flights to Bishkek and Osh.", "TUR>KGZ 060", "KGZ>TUR 060"],
    ["Kazakhstan launched flights to Seoul in June.", "KAZ>KOR 060", "KOR>KAZ 060"]
  ] as const) {
    const got = dyads(sentence);
    assert.ok(got.includes(wanted), `${sentence}: ${got.join(", ")}`);
    assert.ok(!got.includes(unwanted), `${sentence}: ${got.join(", ")}`);
  }
  // near miss: flights launched together are both sides'
  const both = dyads("Mongolia and Kazakhstan launched direct flights between Ulaanbaatar and Almaty in June.");
  assert.ok(both.includes("MNG>KAZ 060") && both.includes("KAZ>MNG 060"), both.join(", "));
});

test("a participle of heading with its agent or origin describes the thing headed", () => {
  for (const sentence of [
    "Mongolia was approached in May by a consortium led by Japan.",
    "He proposed that Kyrgyzstan open a trade office for the region, which is now handled from Beijing.",
    "The commission chaired by a Turkish judge will publish its findings in June."
  ]) {
    const got = dyads(sentence);
    assert.ok(!got.some((d) => / 0[36]0$/.test(d)), `${sentence}: ${got.join(", ")}`);
  }
  // near misses: the act of the one so described, and a head's own act in the active
  const sent = dyads("Mongolia sent a delegation led by its deputy foreign minister to Tokyo on Monday.");
  assert.ok(sent.includes("MNG>JPN 042"), sent.join(", "));
  const visited = dyads(
    "A Kyrgyz delegation headed by Deputy Prime Minister Daniyar Amangeldiev visited Ankara on Monday."
  );
  assert.ok(visited.includes("KGZ>TUR 042"), visited.join(", "));
});

test("a treaty, cooperation or security word inside an organisation's name is no happening", () => {
  const got = dyads(
    "The secretary general of the Collective Security Treaty Organization spoke by phone with the Kyrgyz foreign minister on Sunday and said the CSTO was ready to discuss support for the border."
  );
  assert.ok(!got.some((d) => / 057$/.test(d)), got.join(", "));
  // near miss: a treaty signed is one
  const signed = dyads("Mongolia and Kyrgyzstan signed a treaty on Sunday.");
  assert.ok(signed.includes("MNG>KGZ 057"), signed.join(", "));
});

test("'take' of goods or of a traveller somewhere is no seizure", () => {
  for (const sentence of [
    "Uzbekistan will take Turkmen electricity at the border for its southern regions.",
    "The Mongolian minister began a week-long tour of Asia on Monday that will also take her to Kazakhstan."
  ]) {
    const got = dyads(sentence);
    assert.ok(!got.some((d) => / 1[37]\d*$/.test(d)), `${sentence}: ${got.join(", ")}`);
  }
  // near miss: troops taking a town from another state are a seizure still
  const seized = dyads("Azerbaijani troops took the town of Shusha from Armenia in November 2020.");
  assert.ok(
    seized.some((d) => /^AZE>ARM 1[79]/.test(d)),
    seized.join(", ")
  );
});

test("a paper something is done under is in force, not signed then", () => {
  const got = dyads(
    "A tribunal ordered Mongolia on Monday to pay a Chinese investor $80 million under the 2005 China–Mongolia bilateral investment treaty."
  );
  assert.ok(!got.some((d) => / 057$/.test(d)), got.join(", "));
  // near miss: a paper signed under the eyes of others is signed
  const signed = dyads("Mongolia and China signed a bilateral investment treaty in Beijing on Monday.");
  assert.ok(signed.includes("MNG>CHN 057"), signed.join(", "));
});
