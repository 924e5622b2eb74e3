/**
 * Sentences read as acts that are not acts (issue 10, session 26): what one is asked or advised to do, an act only
 * alleged, charged or denied, an act of "any" one of a kind, a present trend in a clause of "while" or "as", a
 * posting, a paper still in the making, and the members of two sides meeting each other.
 * Every sentence our own (Central Asia and its partners); the page is dated 2024-05-20. Each test holds its near
 * misses: the real act beside the non-act.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

test("what one is asked, advised or called on to do is not done; the asking is the act", () => {
  assert.deepEqual(readEvents("On Monday Kazakhstan asked Japan to send experts to the Aral Sea."), [
    "KAZ>JPN 020 2024-05-20"
  ]);
  assert.deepEqual(
    readEvents("On Monday the Uzbek foreign ministry advised citizens to postpone travel to Russia."),
    []
  );
  assert.deepEqual(readEvents("On Monday Kyrgyzstan called on Tajikistan to reopen the border."), [
    "KGZ>TJK 020 2024-05-20"
  ]);
  // a word after a bare infinitive is its object, not a verb ("to tighten controls")
  assert.deepEqual(
    readEvents("On Monday Tokayev urged the Central Asian states to tighten controls on exports to Russia."),
    ["KAZ>CAS 020 2024-05-20"]
  );
  // near miss: the act done after the asking is an act
  assert.deepEqual(readEvents("On Monday Tokayev said Kyrgyzstan had helped Tajikistan after the floods."), [
    "KGZ>TJK 070 2024-05-20"
  ]);
});

test("an act alleged, charged, denied or done by any one of a kind is not told as done", () => {
  assert.deepEqual(
    readEvents("On Monday Britain sanctioned three Kyrgyz banks for allegedly helping Russia evade restrictions."),
    ["GBR>KGZ 163 2024-05-20"]
  );
  // the accused after its noun: no accuser is named, and what it is accused of is no act
  assert.deepEqual(
    readEvents("In May Poland expelled a Kazakh diplomat accused of working for Russian intelligence."),
    ["POL>KAZ 161 2024-05-01"]
  );
  assert.deepEqual(
    readEvents("On Monday Japarov rejected the idea that Kyrgyzstan was helping Russia evade sanctions."),
    []
  );
  assert.deepEqual(readEvents("On Monday Japarov denied supplying Russia with drones."), []);
  assert.deepEqual(
    readEvents("The United States warned on Monday that it would sanction any company found helping Russia."),
    []
  );
  // near misses: an accusation with its accuser, a rejection of a proposal, thanks for help given
  assert.deepEqual(readEvents("In May Kazakhstan accused Russia of blocking its oil exports."), [
    "KAZ>RUS 112 2024-05-01"
  ]);
  assert.deepEqual(readEvents("On Monday Kyrgyzstan rejected Russia's proposal to build a base."), [
    "KGZ>RUS 120 2024-05-20"
  ]);
  assert.deepEqual(readEvents("On Monday Tokayev thanked Japan for helping Kyrgyzstan after the floods."), [
    "KAZ>JPN 051 2024-05-20",
    "JPN>KGZ 070 2024-05-20"
  ]);
});

test("a present in a clause of 'while' or 'as' with no time of its own tells a trend", () => {
  assert.deepEqual(
    readEvents(
      "Kazakhstan signed a transit deal with Azerbaijan on Monday, while China is stepping up its engagement in the region."
    ),
    ["KAZ>AZE 057 2024-05-20", "AZE>KAZ 057 2024-05-20"]
  );
  assert.deepEqual(readEvents("Tokayev met Xi in Astana on Monday, as Turkey steps up its outreach to Central Asia."), [
    "KAZ>CHN 040 2024-05-20"
  ]);
  // near misses: a past in the same clause; a present with a time of its own
  assert.deepEqual(
    readEvents("Tokayev met Xi in Astana on Monday, while Putin signed a deal with Mirziyoyev in Tashkent."),
    ["KAZ>CHN 040 2024-05-20", "RUS>UZB 057 2024-05-20", "UZB>RUS 057 2024-05-20"]
  );
  assert.ok(
    readEvents("Tokayev met Xi in Astana in May, as Erdogan visits Baku this week.").some((e) => /^TUR>AZE 042/.test(e))
  );
});

test("a posting, and a paper still in the making or only in force, are no acts", () => {
  assert.deepEqual(readEvents("Aino Virtanen is a former Finnish diplomat who served in Astana and Bishkek."), []);
  assert.deepEqual(
    readEvents("Singapore and Kazakhstan launched negotiations on a digital economy agreement on Oct 16."),
    ["SGP>KAZ 046 2023-10-16", "KAZ>SGP 046 2023-10-16"]
  );
  assert.deepEqual(
    readEvents(
      "On Monday Goyal called for an early conclusion of the Free Trade Agreement between India and the Eurasian Economic Union."
    ),
    []
  );
  assert.deepEqual(
    readEvents("The EAEU's free trade agreement with Iran, which entered into force in May 2025, is a model."),
    []
  );
  // near misses: a paper signed, and one ratified
  assert.deepEqual(readEvents("Kazakhstan and China signed an agreement on visas on Monday."), [
    "KAZ>CHN 057 2024-05-20",
    "CHN>KAZ 057 2024-05-20"
  ]);
  assert.deepEqual(
    readEvents(
      "The deputies ratified the Agreement between the Government of Kazakhstan and the Government of China on Monday."
    ),
    ["KAZ>CHN 057 2024-05-20"]
  );
});

test("the members of two sides meet each other; one side's members meet as one", () => {
  assert.deepEqual(
    readEvents("In May the chancellor hosted the first summit of Germany and the five Central Asian states in Berlin."),
    ["DEU>CAS 040 2024-05-01"]
  );
  // a meeting of two sides named after a clause of time in the present: still to come
  assert.deepEqual(
    readEvents(
      "The visit comes a week before Hungary hosts a meeting of EU and Central Asian foreign ministers in Budapest on 27 May."
    ).filter((e) => /^EU>CAS/.test(e)),
    ["EU>CAS 036 2024-05-20 planned"]
  );
  assert.deepEqual(
    readEvents("The meeting of EU and Central Asian foreign ministers took place in Budapest on Monday."),
    ["EU>CAS 040 2024-05-20"]
  );
  // near miss: a meeting of one side's members
  assert.deepEqual(
    readEvents("The leaders met at the consultative meeting of Central Asian heads of state in August 2023."),
    ["CAS>CAS 040 2023-08-01"]
  );
});

test("an opening 'in his view' tells the speaker's view; a reported 'would' of more goods sent is a plan", () => {
  assert.deepEqual(
    readEvents("In his view, Dushanbe will now be pushed into closer security contacts with Kabul."),
    []
  );
  // near miss: an opening place
  assert.deepEqual(readEvents("In Astana, Tokayev met Xi on Monday."), ["KAZ>CHN 040 2024-05-20"]);
  assert.deepEqual(readEvents("On Monday Putin said that Russia would increase gas supplies to Uzbekistan."), [
    "RUS>UZB 031 2024-05-20 planned"
  ]);
  // near miss: a "would" of condition
  assert.deepEqual(readEvents("Russia would increase gas supplies to Uzbekistan if the price were right."), []);
});
