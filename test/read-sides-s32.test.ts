/**
 * Who an act's two sides are when the text points at them (issue 10, session 32): "the two ministers" after a third
 * side named only by an adjective or as the organisation a meeting was held of (src/read/anaphora.ts `pairBefore`),
 * "the leaders" of the latest summit told by its two sides (`pairSummit`, `summitSides`), a surname inside another
 * word ("Xi'an"). Every sentence our own; the pages are dated 2024-05-20, a Monday.
 */
import {test} from "node:test";
import assert from "node:assert/strict";
import {has, lacks, readEvents} from "./helpers/events.js";
import {Anaphora} from "../src/read/anaphora.js";

test('"the two ministers" are the two sides whose ministers the text named, not a side named as an adjective', () => {
  const text = [
    "Armenian Foreign Minister Ararat Mirzoyan held talks with Kyrgyz Foreign Minister Jeenbek Kulubaev in Bishkek on Monday.",
    "Mirzoyan condemned the continued Azerbaijani shelling of border villages.",
    "Kulubaev said his country backed a peaceful settlement of the conflict.",
    "The two ministers agreed to open a direct flight between Yerevan and Bishkek.",
    "They also signed an agreement on visa-free travel for diplomats."
  ].join(" ");
  const events = readEvents(text);
  has(events, /^(?:ARM>KGZ|KGZ>ARM) 03/);
  has(events, /^(?:ARM>KGZ|KGZ>ARM) 057/);
  lacks(events, /^(?:ARM>AZE|AZE>ARM) 0(?:3|57)/);
});

test('"the two ministers" after a gathering of an organisation one side hosted are the meeting\'s two sides', () => {
  const text = [
    "Mongolian Foreign Minister Battsetseg Batmunkh held talks with Kazakh Foreign Minister Murat Nurtleu in Ulaanbaatar on Monday.",
    "The talks came a month after Kazakhstan hosted a session of the CSTO council in Astana.",
    "The two ministers agreed to expand cooperation in mining."
  ].join(" ");
  const events = readEvents(text);
  has(events, /^(?:MNG>KAZ|KAZ>MNG) 03/);
  lacks(events, /^(?:KAZ>CSTO|CSTO>KAZ) 03/);
});

test("near miss: ministers of both sides of the latest act named, the pointer is that pair", () => {
  const text = [
    "Kazakh Foreign Minister Murat Nurtleu held talks with Chinese Foreign Minister Wang Yi in Beijing on Monday.",
    "Nurtleu then met Russian Foreign Minister Sergei Lavrov in Moscow.",
    "The two ministers agreed to prepare a treaty on the border."
  ].join(" ");
  const events = readEvents(text);
  has(events, /^(?:KAZ>RUS|RUS>KAZ) 03/);
  lacks(events, /^(?:KAZ>CHN|CHN>KAZ) 03/);
});

test('"the leaders" are the two sides of the latest summit told by them, not an organisation named beside it', () => {
  // (a summit named by its two sides, "the first China–Central Asia summit", and another body's leaders beside it)
  const text = [
    "Chinese President Xi Jinping hosted the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in Xi'an on Monday.",
    "It was the first China–Central Asia summit, and it came while the NATO leaders were meeting in Vilnius.",
    "The leaders signed a declaration on trade and transport."
  ].join(" ");
  const events = readEvents(text);
  has(events, /^(?:CHN>CAS|CAS>CHN) 057/);
  lacks(events, /NATO/);
  // (a summit told by the leaders of its two sides, with the members of one named in the sentences between)
  const gulf = [
    "The Emir of Qatar on Monday hosted the leaders of the Gulf Cooperation Council and the five Central Asian states at the second summit between the two regions.",
    "Kuwait was represented by its crown prince, Oman by its deputy prime minister.",
    "The leaders adopted a joint statement on food security."
  ].join(" ");
  const read = readEvents(gulf);
  has(read, /^(?:GCC>CAS|CAS>GCC) 057/);
  lacks(read, /^(?:KWT>OMN|OMN>KWT) /);
});

test("near misses: the summit's story ended by another pair's act, a summit long before, the leaders named", () => {
  // (an act between two other actors since: the leaders are no longer the summit's)
  const later = [
    "Chinese President Xi Jinping hosted the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in Xi'an on Monday.",
    "It was the first China–Central Asia summit.",
    "On Tuesday Russia and Belarus signed a gas agreement in Minsk.",
    "The leaders also adopted a statement on energy."
  ].join(" ");
  lacks(readEvents(later), /^(?:CHN>CAS|CAS>CHN) 057/);
  // (leaders of two sides named without a summit: no summit's pair)
  const noSummit = [
    "The leaders of Kazakhstan and Uzbekistan spoke by telephone on Monday.",
    "Turkey and Azerbaijan signed a transit deal on Tuesday.",
    "The leaders adopted a statement."
  ].join(" ");
  lacks(readEvents(noSummit), /^(?:KAZ>UZB|UZB>KAZ) 057/);
});

test('a surname inside another word is not the person: "Xi\'an" is no "Xi"', () => {
  const a = new Anaphora();
  a.learn("Chinese President Xi Jinping flew to Astana.", [{start: 0, end: 7, text: "Chinese", code: "CHN"}]);
  assert.equal(a.rewrite("The Xi'an terminal opened in May.", []), undefined);
  assert.equal(a.rewrite("Xi's plane landed in Astana.", [])?.text, "the Chinese side's plane landed in Astana.");
});

test("a state's proposal to its own state company is no act between two sides", () => {
  const text = [
    "Kazakh Foreign Minister Murat Nurtleu held talks with Jordanian Foreign Minister Ayman Safadi in Amman on Monday.",
    "Nurtleu proposed that the Aqaba Potash Company and Kazakh state-owned KazAgroExport study a joint fertiliser venture."
  ].join(" ");
  const events = readEvents(text);
  lacks(events, /^KAZ>KAZ /);
  has(events, /^KAZ>JOR 02/);
});
