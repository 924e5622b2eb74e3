/**
 * Sides the text points at or names without their state (issue 10, session 30; src/read/anaphora.ts `guestGroup` and
 * `learn`, src/read/events-guests.ts, packs/central-asia aliases of session 30): "them" after a group of persons the
 * text counted ("the five presidents … Putin met them in Dushanbe"), "Both sides" after a pair another actor spoke of
 * ("welcomed closer ties between ASEAN and Central Asia"), and state companies and an office holder the pack now lists.
 * Every sentence our own; the pages are dated 2024-05-20, a Monday.
 */
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";

test('"them" after a counted group of persons is that group: met, hosted, received', () => {
  const text = [
    "The five Central Asian presidents flew to Xi'an in May 2023 for their first summit with China.",
    "It was the first time the five presidents sat together with a Chinese leader.",
    "Joe Biden met them in New York in September, and Olaf Scholz received them in Berlin in October."
  ].join(" ");
  const events = readEvents(text);
  has(events, /^USA>CAS 040 2023-09/);
  has(events, /^DEU>CAS 043 2023-10/);
  // (the words after the pointer are not the verb's object: no meeting with Germany)
  lacks(events, /^USA>DEU 04/);
  // in the sentence that counted them
  has(
    readEvents(
      "Xi Jinping hosted the five Central Asian leaders in Xi'an in May 2023, and Joe Biden met them in New York in September."
    ),
    /^USA>CAS 040 2023-09/
  );
});

test('near misses: two counted groups in view, things before "them", a count with no region, "met them" alone', () => {
  // (two groups of other counts: which one "them" means is not told)
  lacks(
    readEvents(
      "The five presidents and the three foreign ministers of the Baltic states flew to Xi'an for talks on Central Asia. Joe Biden met them in New York in September."
    ),
    /^USA>/
  );
  // ("the proposals" are what "them" means: no group of persons was counted)
  lacks(
    readEvents(
      "The ministers of the five Central Asian states approved the proposals in May. Joe Biden met them in New York in September."
    ),
    /^USA>/
  );
  // (five presidents on a page that never named Central Asia: whose they are is not told)
  lacks(
    readEvents("The five presidents flew to Xi'an for talks. Joe Biden met them in New York in September."),
    /^USA>/
  );
  // ("met them" with only a region in view is not read as the region: a meeting needs the group the text counted)
  lacks(
    readEvents("The Uzbek delegation arrived in Brussels for talks on Central Asia. Kaja Kallas met them on Monday."),
    /^EU>CAS/
  );
});

test('"Both sides" after a pair someone spoke of is not that pair: ties between A and B after a third actor', () => {
  const text = [
    "Kazakh Deputy Foreign Minister Roman Vassilenko held consultations with Philippine officials in Manila on Monday.",
    "The Kazakh official asked Manila to back Kazakhstan's bid to join the talks.",
    "The Philippine minister said Manila welcomed closer ties between ASEAN and Central Asia.",
    "Both sides also discussed the war in Ukraine."
  ].join(" ");
  const events = readEvents(text);
  lacks(events, /^(?:ASEAN>CAS|CAS>ASEAN) /);
  // (the consultations are Kazakhstan's act alone; the talks "both sides" held are the pair's, Manila's too)
  has(events, /^PHL>KAZ 04/);
});

test('near misses: "talks between A and B" are the two who talk; a pair of relations named as the subject stays the pair', () => {
  // (a noun of an act: the pair is who acted)
  has(
    readEvents(
      "Kazakhstan hosted talks between Armenia and Azerbaijan in Almaty on Monday. The two sides signed a declaration."
    ),
    /^(?:ARM>AZE|AZE>ARM) 057/
  );
  // (no actor before the pair: the relation's pair is what the passage is about)
  has(
    readEvents(
      "Relations between Kazakhstan and Uzbekistan have warmed since 2017. On Monday the two sides signed a water agreement."
    ),
    /^(?:KAZ>UZB|UZB>KAZ) 057/
  );
});

test("state companies and an office holder the pack lists: EIFO, SPP, Denisa Saková", () => {
  has(readEvents("EIFO signed a framework agreement with Samruk-Kazyna in Astana on Monday."), /^DNK>KAZ 057/);
  has(
    readEvents("SPP and Turkmengaz signed a memorandum of understanding in Ashgabat on Monday."),
    /^(?:SVK>TKM|TKM>SVK) 057/
  );
  has(readEvents("Economy Minister Denisa Saková travelled to Ashgabat on Monday."), /^SVK>TKM 042/);
  // (a minister the pack does not know, named without a state on a page of three states, is no one's: never guessed)
  lacks(
    readEvents(
      "Slovakia lost its transit route in January. Economy Minister Jana Novotna travelled to Ashgabat on Monday, and Ukraine's minister followed."
    ),
    /^SVK>TKM 042/
  );
  // (a company with no state in the pack or the text stays no one's)
  lacks(
    readEvents("Nordgas signed a memorandum of understanding with Turkmengaz in Ashgabat on Monday."),
    /^TKM>(?!TKM)/
  );
});
