/**
 * Sides the reader did not tie (issue 10, session 29; src/read/anaphora.ts `twoPersons`, packs/central-asia aliases of
 * session 29): "the two men" and "both women" as the two persons the text just named, and state bodies and office
 * holders the pack now lists (Switzerland's economic secretariat, Malaysia's halal and trade agencies, Mexico's
 * foreign secretaries, New Zealand's trade minister). Every sentence our own; the pages are dated 2024-05-20, a Monday.
 */
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";

test('"the two men" are the two persons the sentences before named', () => {
  const text = [
    "President Kassym-Jomart Tokayev told French President Emmanuel Macron at the Akorda on Monday that Kazakhstan would buy more aircraft.",
    "The talks were the first by a French leader in Astana in a decade.",
    "The two men signed a declaration on critical minerals."
  ].join(" ");
  has(readEvents(text), /^(?:KAZ>FRA|FRA>KAZ) 057/);
});

test('"both women" in the clause after the sentence named the two persons', () => {
  has(
    readEvents("Ursula von der Leyen met Giorgia Meloni in Rome on Monday, where both women signed a migration pact."),
    /^(?:EU>ITA|ITA>EU) 057/
  );
});

test('near misses: three persons named, one person named, "the men" uncounted', () => {
  // (three persons of three states named before: which two "the two men" are is not told)
  lacks(
    readEvents(
      "Kassym-Jomart Tokayev, Emmanuel Macron and Xi Jinping spoke at a forum in Astana on Monday. The two men signed a declaration on critical minerals."
    ),
    / 057 /
  );
  // (one person named: the other man is no one the text named)
  lacks(
    readEvents(
      "Emmanuel Macron arrived in Astana on Monday. Crowds lined the road. The two men signed a declaration on critical minerals."
    ),
    / 057 /
  );
  // ("the men" with no count points at no pair)
  lacks(
    readEvents(
      "Kassym-Jomart Tokayev told Emmanuel Macron on Monday that Kazakhstan would buy aircraft. The men signed a declaration on critical minerals."
    ),
    / 057 /
  );
});

test("state bodies and office holders the pack lists: Seco, Jakim, Mexico's foreign secretary, McClay, Touhid Hossain", () => {
  has(readEvents("Seco signed a water programme with Tajikistan in Dushanbe on Monday."), /^CHE>TJK 057/);
  has(readEvents("Tashkent signed a memorandum on halal certification with Jakim on Monday."), /^UZB>MYS 057/);
  has(
    readEvents("Kazakhstan's deputy foreign minister met Alicia Bárcena in Mexico City on Monday."),
    /^(?:KAZ>MEX|MEX>KAZ) 04/
  );
  has(readEvents("Trade Minister Todd McClay met Uzbek officials in Tashkent on Monday."), /^NZL>UZB 04/);
  has(
    readEvents("Later, the Uzbek deputy minister called on Foreign Adviser Md Touhid Hossain in Dhaka.", "2025-02-17"),
    /^UZB>BGD 04/
  );
  // (a body with no state in the pack or the text stays no one's)
  lacks(readEvents("Tashkent signed a memorandum on halal certification with Halalco on Monday."), /^UZB>(?!UZB)/);
});
