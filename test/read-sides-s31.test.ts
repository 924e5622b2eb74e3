/**
 * Sides the text names by an institution's short name or points at (issue 10, session 31): "the Commission" on a page
 * about the EU (src/read/commission.ts, src/read/document.ts), money announced after a meeting with the whole region
 * (src/read/anaphora.ts `pledgeSide`). Every sentence our own; the pages are dated 2024-05-20, a Monday.
 */
import {test} from "node:test";
import assert from "node:assert/strict";
import {has, lacks, readEvents} from "./helpers/events.js";
import {commissionCopy, namesOtherCommission} from "../src/read/commission.js";
import {titleCompany} from "../src/read/call-company.js";

test('"the Commission" on a page that named the EU is the European Commission', () => {
  const text = [
    "The EU's trade chief met the foreign ministers of Central Asia in Luxembourg on Monday.",
    "The Commission announced a €3 billion package for water and transport."
  ].join(" ");
  const events = readEvents(text);
  has(events, /^EU>CAS 03/);
  // ("The Commission President" alone is the Commission's head, the EU's too)
  has(
    readEvents(
      "The EU held its first summit with Uzbekistan in Tashkent in April. The Commission President announced €2 billion in loans for Uzbekistan."
    ),
    /^EU>UZB 03/
  );
});

test('near misses: no EU named, another commission by name, "the Commission of X", a possessive', () => {
  // (a page that never named the EU: whose commission it is, is not told)
  lacks(
    readEvents(
      "Kazakhstan and Uzbekistan held talks on water in Tashkent on Monday. The Commission announced a €3 billion package for Uzbekistan."
    ),
    /^EU>/
  );
  // (another commission named by name on the page: "the Commission" may be that one)
  lacks(
    readEvents(
      "The EU watched as the Kazakh-Chinese Intergovernmental Commission met in Astana on Monday. The Commission announced $3 billion in loans for Kazakhstan."
    ),
    /^EU>KAZ/
  );
  assert.equal(namesOtherCommission("The Eurasian Economic Commission met. The Commission said."), true);
  assert.equal(namesOtherCommission("The Commission for Human Rights met."), true);
  assert.equal(
    namesOtherCommission("The European Commission met. The Commission said. The EU Commission agreed."),
    false
  );
  // (what the copy leaves as written: a commission of something, a name after the title, a possessive)
  assert.equal(commissionCopy("The Commission of the CIS met in Minsk."), undefined);
  assert.equal(commissionCopy("Commission President Ursula von der Leyen spoke."), undefined);
  assert.equal(commissionCopy("By the Commission's count, half was spent."), undefined);
  assert.equal(commissionCopy("Then the Commission announced a plan.")?.text, "Then the EU         announced a plan.");
});

test("money announced after a meeting with the five states of the region is the region's", () => {
  const text = [
    "Ursula von der Leyen met the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in Samarkand on Monday.",
    "The EU also announced a Global Gateway investment package of €10 billion for roads and railways."
  ].join(" ");
  has(readEvents(text), /^EU>CAS 03/);
  // (three of the five are no region: the money is no one state's)
  lacks(
    readEvents(
      "Ursula von der Leyen met the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan in Samarkand on Monday. The EU also announced a Global Gateway investment package of €10 billion for roads and railways."
    ),
    /^EU>(?:CAS|KAZ|KGZ|UZB) 03/
  );
});

// Our own call, as transcript sites set it: the company's name, legal form and ticker in the title, the participants
// under their headings, each speaker's name on a line over the turn.
const call = (company: string) =>
  [
    "TranscriptHub",
    "Call transcripts for investors",
    "",
    `${company} Q3 2025 Earnings Call Transcript`,
    "",
    "Oct. 30, 2025 10:00 AM ET | Transcribed by TranscriptHub",
    "",
    "Company Participants",
    "Ruslan Temirkhanov - Chief Executive Officer",
    "",
    "Conference Call Participants",
    "Mark Ellison - Northgate Capital",
    "",
    "Operator",
    "Our first question comes from Mark Ellison. Please go ahead.",
    "",
    "Mark Ellison",
    "Thank you. China raised transit fees for Kazakh freight in July. Did Russia or China say anything?",
    "",
    "Ruslan Temirkhanov",
    "Thank you, Mark. The fee rise cost us about 4% of revenue. We signed a new agreement with China's CGN in September, and we agreed with Orano in October to extend our joint venture.",
    "",
    "Mark Ellison",
    "Thank you.",
    "",
    "Ruslan Temirkhanov",
    "Russia remains our largest partner. China bought half of our output, and China and Russia matter most to us.",
    "",
    "Operator",
    "This concludes today's call. You may now disconnect."
  ].join("\n");

test('a call\'s officer says "we" for the company its title names: a state company is its state', () => {
  const events = readEvents(call("NAC Kazatomprom JSC (KAP)"), "2025-10-30");
  has(events, /^KAZ>CHN 057 2025-09/);
  has(events, /^KAZ>FRA 03\d? 2025-10/);
});

test("near misses: a company the pack does not know, a title of no call, two states in the company's part", () => {
  // (the company is nobody the pack lists: "we" stays no one's, never the state the call names most)
  const events = readEvents(call("Steppe Uranium Holdings PLC (SUH)"), "2025-10-30");
  lacks(events, /^(?:KAZ|CHN|RUS)>(?:CHN|FRA) 057/);
  lacks(events, /^(?:KAZ|CHN|RUS)>FRA 03/);
  const mentionsOf = (name: string) =>
    [
      ["Kazatomprom", "KAZ"],
      ["Kazakhstan", "KAZ"],
      ["China", "CHN"]
    ]
      .filter(([n]) => name.includes(n!))
      .map(([text, code]) => ({text: text!, code: code!}));
  const state = (code: string) => code.length === 3;
  assert.deepEqual(titleCompany("NAC Kazatomprom JSC (KAP) FY2024 Call Transcript", mentionsOf, state), {
    code: "KAZ",
    name: "Kazatomprom"
  });
  // (a story's title names no call: the company part is not read)
  assert.equal(titleCompany("Kazatomprom signs supply deal with China in 2024", mentionsOf, state), undefined);
  // (two states in the company's part: no one company)
  assert.equal(
    titleCompany("China-Kazakhstan Uranium JV (CKU) Q1 2025 Earnings Call Transcript", mentionsOf, state),
    undefined
  );
});

test('"his" or "her" before a body in a later clause is the opening person\'s: "…, but his government refused …"', () => {
  const events = readEvents(
    "Kyrgyz President Sadyr Japarov told Xi Jinping that Kyrgyzstan supported China's Global Development Initiative, but his government has also refused to recognise the Russian-annexed regions of Ukraine."
  );
  has(events, /^KGZ>RUS 12/);
  lacks(events, /^CHN>RUS 12/);
});

test('near misses: "his" after a state that opens the sentence, "her" as an object, a body of no role', () => {
  // (the opening actor is a state, no person: whose "his" is, is not told)
  lacks(
    readEvents(
      "Uzbekistan told China on Monday that it backed the initiative, but his government has also refused to recognise the Russian-annexed regions of Ukraine."
    ),
    /^UZB>RUS 12/
  );
  // ("her" before a noun of no office or body is no body's act)
  lacks(
    readEvents(
      "Kazakh President Kassym-Jomart Tokayev met Kaja Kallas on Monday, and her remarks were criticised by Russia."
    ),
    /^KAZ>RUS/
  );
});

test('a surname as the subject is a person a next "She" points to, after "According to X," too', () => {
  const text = [
    "Foreign Minister Tanja Fajon of Slovenia held talks with her Kyrgyz counterpart Jeenbek Kulubaev in Bishkek on Monday.",
    "Fajon also raised the issue of sanctions.",
    "According to the Slovenian ministry, she asked Kyrgyzstan to stop the re-export of dual-use goods to Russia."
  ].join(" ");
  has(readEvents(text), /^SVN>KGZ 02/);
  // (with the surname as no subject, "She" has no person to point to: unread)
  lacks(
    readEvents(
      [
        "Foreign Minister Tanja Fajon of Slovenia held talks with her Kyrgyz counterpart Jeenbek Kulubaev in Bishkek on Monday.",
        "The issue of sanctions, which Fajon raised, took an hour.",
        "According to the Slovenian ministry, she asked Kyrgyzstan to stop the re-export of dual-use goods to Russia."
      ].join(" ")
    ),
    /^SVN>KGZ 02/
  );
});

test('"He will travel …" after a passive is its subject\'s journey to come; "She will travel …" after a surname subject', () => {
  const text = [
    "Hungarian Foreign Minister Péter Szijjártó held talks in Tashkent on Monday.",
    "In the afternoon, Szijjártó was received by Prime Minister Abdulla Aripov.",
    "He will travel to Astana on Tuesday for talks with Kazakh officials."
  ].join(" ");
  const events = readEvents(text);
  has(events, /^HUN>KAZ 036/);
  lacks(events, /^UZB>KAZ/);
});

test('near misses: "He will not travel", "He will say", a journey home', () => {
  const lead = "Hungarian Foreign Minister Péter Szijjártó held talks with Uzbek officials in Tashkent on Monday.";
  lacks(readEvents(`${lead} He will not travel to Kyrgyzstan, where talks stalled last year.`), /^HUN>KGZ/);
  lacks(readEvents(`${lead} He will say more about Kazakhstan on Tuesday.`), /^HUN>KAZ/);
});
