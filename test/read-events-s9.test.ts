/**
 * The article reader's event frames, session 9 (issue 10): dates a sentence takes from the sentence its pointer
 * points back to. Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const read = readEvents;

test("a past act told by a pair pointer takes the date of the sentence the pair came from", () => {
  const text = [
    "Title",
    "",
    "Turkish President Recep Tayyip Erdogan received Kyrgyz President Sadyr Japarov in Ankara on 2 March.",
    "",
    "The two presidents signed a treaty on the protection of investments."
  ].join("\n");
  const events = read(text);
  assert.ok(events.includes("TUR>KGZ 057 2024-03-02"), events.join("; "));
  assert.ok(!events.some((e) => e.endsWith("2024-05-20")), events.join("; "));
  // "They" after a dated meeting of two.
  const they = [
    "Title",
    "",
    "Kazakhstan and Mongolia held talks in Ulaanbaatar on 11 April.",
    "",
    "They also agreed to open a new border crossing."
  ].join("\n");
  assert.ok(
    read(they).some((e) => /^(KAZ>MNG|MNG>KAZ) 03\d* 2024-04-11/.test(e)),
    read(they).join("; ")
  );
});

test("a perfect, a future or a plan told by a pair pointer keeps the article's time", () => {
  const perfect = [
    "Title",
    "",
    "Turkish President Recep Tayyip Erdogan received Kyrgyz President Sadyr Japarov in Ankara on 2 March.",
    "",
    "The two presidents have signed a treaty on the protection of investments."
  ].join("\n");
  assert.ok(read(perfect).includes("TUR>KGZ 057 2024-05-20"), read(perfect).join("; "));
  // A pointer to a sentence dated only by the article: nothing to take.
  const undated = [
    "Title",
    "",
    "Turkish President Recep Tayyip Erdogan received Kyrgyz President Sadyr Japarov in Ankara.",
    "",
    "The two presidents signed a treaty on the protection of investments."
  ].join("\n");
  assert.ok(read(undated).includes("TUR>KGZ 057 2024-05-20"), read(undated).join("; "));
  // A sentence with a date of its own keeps it.
  const own = [
    "Title",
    "",
    "Turkish President Recep Tayyip Erdogan received Kyrgyz President Sadyr Japarov in Ankara on 2 March.",
    "",
    "The two presidents signed a treaty on the protection of investments on 3 March."
  ].join("\n");
  assert.ok(read(own).includes("TUR>KGZ 057 2024-03-03"), read(own).join("; "));
});

test("a wire's bare weekday after a verb dates the act and does not hide the verb's frame", () => {
  // (read on Thursday 23 May 2024)
  const agreed = read(
    [
      "Title",
      "",
      "Uzbek President Shavkat Mirziyoyev and Japanese Prime Minister Fumio Kishida agreed Tuesday to expand cooperation in energy."
    ].join("\n"),
    "2024-05-23"
  );
  assert.ok(agreed.includes("UZB>JPN 032 2024-05-21 planned"), agreed.join("; "));
  const arrived = read(
    ["Title", "", "The Kyrgyz president arrived Wednesday in Ankara for a two-day state visit."].join("\n"),
    "2024-05-23"
  );
  assert.deepEqual(arrived, ["KGZ>TUR 042 2024-05-22"]);
  // "on Tuesday" and "last Tuesday" were dates already; "every Monday" is none.
  const every = read(
    ["Title", "", "Kazakh officials met every Monday with Chinese customs officers in Khorgos."].join("\n"),
    "2024-05-23"
  );
  assert.ok(!every.some((e) => e.includes("2024-05-20")), every.join("; "));
});

test("talks of a summit held are talks held", () => {
  assert.ok(
    read(
      [
        "Title",
        "",
        "Turkish President Recep Tayyip Erdogan held summit talks with Kyrgyz President Sadyr Japarov in Ankara."
      ].join("\n")
    ).includes("TUR>KGZ 046 2024-05-20")
  );
});

test("a readiness to host talks, a ranking and a running total are no events", () => {
  const none = (s: string) => read(["Title", "", s].join("\n"));
  assert.deepEqual(none("Kazakhstan was ready to host talks between Armenia and Azerbaijan, the minister said."), []);
  assert.deepEqual(none("India overtook Japan as Uzbekistan's biggest investor in 2023."), []);
  assert.deepEqual(none("Japanese banks have committed more than $3 billion to Mongolian projects since 2019."), []);
  // One sum committed is still an act.
  assert.ok(none("Japan committed $300 million to Mongolia in March.").some((e) => e.startsWith("JPN>MNG 0331")));
});

test("a plan's time to come does not date the plan", () => {
  // A year still to come in the article's own year, after the plan's verb: the plan is of the article's time.
  assert.deepEqual(
    read(
      ["Title", "", "The EU and Tajikistan agreed to launch a dialogue on water in the second half of 2024."].join("\n")
    ),
    ["EU>TJK 036 2024-05-20 planned", "TJK>EU 036 2024-05-20 planned"]
  );
  // A summit a relative clause tells is still to come is an intent to meet, dated when told.
  const summit = read(
    [
      "Title",
      "",
      "Kishida invited Tokayev to the first Japan-Central Asia summit, which Tokyo plans to host in December, and the Kazakh leader accepted."
    ].join("\n")
  );
  assert.ok(summit.includes("JPN>CAS 036 2024-05-20 planned"), summit.join("; "));
  assert.ok(!summit.some((e) => / 040 /.test(e)), summit.join("; "));
});

test("'Following the talks' is not dated by a background year told just before", () => {
  const events = read(
    [
      "Title",
      "",
      "Turkish President Recep Tayyip Erdogan held talks with Kyrgyz President Sadyr Japarov in Ankara on Monday.",
      "",
      "Trade between the two countries reached $1 billion in 2019.",
      "",
      "Following the talks, the two sides signed three agreements."
    ].join("\n"),
    "2024-05-23"
  );
  assert.ok(events.includes("TUR>KGZ 057 2024-05-20"), events.join("; "));
  assert.ok(!events.some((e) => e.includes("2019")), events.join("; "));
});

test("a titled leader's full name teaches the surname", () => {
  const events = read(
    [
      "Title",
      "",
      "President Lee Jae-myung opened a trade fair in Busan on Monday.",
      "",
      "Lee met Uzbek President Shavkat Mirziyoyev there on Tuesday."
    ].join("\n"),
    "2024-05-23"
  );
  assert.deepEqual(events, ["KOR>UZB 040 2024-05-21"]);
});

test("aid sent, money mobilised and a briefing on a topic", () => {
  const one = (s: string) => read(["Title", "", s].join("\n"));
  assert.deepEqual(one("Uzbekistan sent 2,000 tonnes of flour to Afghanistan as humanitarian aid on Monday."), [
    "UZB>AFG 073 2024-05-20"
  ]);
  assert.deepEqual(one("Kazakhstan sent humanitarian aid to Afghanistan."), ["KAZ>AFG 073 2024-05-20"]);
  // Troops sent are no aid.
  assert.ok(!one("Kazakhstan sent troops to Afghanistan.").some((e) => / 07\d /.test(e)));
  // Money mobilised is a promise of money, not a call to arms.
  assert.deepEqual(one("Japan pledged to mobilise $5 billion for Central Asian infrastructure."), [
    "JPN>CAS 0331 2024-05-20"
  ]);
  // Telling a guest about reforms is not acceding to a demand for reform; it is a consultation (040, session 30: one
  // side informing another, as the golds read it).
  assert.deepEqual(one("Tokayev informed the Japanese minister about the reforms under way in the country."), [
    "KAZ>JPN 040 2024-05-20"
  ]);
});

test("a readout's 'The Head of State' is the president it named first, not the guest's state it names most", () => {
  const events = read(
    [
      "Title",
      "",
      "President Recep Tayyip Erdogan received Kyrgyz Foreign Minister Jeenbek Kulubaev in Ankara on Monday.",
      "",
      "Kulubaev said Kyrgyzstan valued the support of Türkiye for Kyrgyzstan, and that Kyrgyzstan and Kyrgyz companies wanted more trade with Kyrgyzstan's partners.",
      "",
      "The Head of State invited Kyrgyz President Sadyr Japarov to visit Türkiye in the autumn."
    ].join("\n")
  );
  assert.ok(events.includes("TUR>KGZ 036 2024-05-20"), events.join("; "));
});

test("talks under way: 'is in talks with X', 'is in advanced talks to borrow … from X'", () => {
  const one = (s: string) => read(["Title", "", s].join("\n"));
  assert.deepEqual(one("Mongolia is in talks with Japan on a new copper smelter."), ["MNG>JPN 046 2024-05-20"]);
  assert.ok(
    one("Tajikistan is in advanced talks to borrow $500 million from Chinese state lenders.").some((e) =>
      /^TJK>CHN 046/.test(e)
    )
  );
  // Being in favour of talks is no talks.
  assert.deepEqual(one("Mongolia was in favour of talks with Japan."), []);
});
