/**
 * Companies and organs as sides (issue 10, session 27; src/read/anaphora.ts `describedCompanies`, `descriptorStart`,
 * the counted companies of `PAIR_POINTER` and `COUNTED`; src/read/office-holders.ts): a company the coder knows,
 * described by words before or after its name ("the state concern X", "X national company"); a company the text
 * introduces with its state's adjective and a company's noun, as one subject of a coordinated pair; "the two
 * companies" as the pair of companies named before; "the Secretariat" on an organisation's own page. Every sentence
 * our own; the pages are dated 2024-05-20, a Monday.
 */
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";

test("a known company described before its name is one subject with the name", () => {
  has(
    readEvents("On Monday, CNPC and the state concern Turkmengaz signed a supply contract in Ashgabat."),
    /^CHN>TKM 057/
  );
  has(
    readEvents("Gazprom and Kazakhstan's national gas company QazaqGaz signed a transit agreement on Monday."),
    /^RUS>KAZ 057/
  );
  has(
    readEvents("On Monday, Rosatom and the Uzbek state company Uzbekneftegaz signed a memorandum on a gas plant."),
    /^RUS>UZB 057/
  );
});

test("a known company described after its name", () => {
  has(
    readEvents(
      "On Monday, Türkmendemirýollary agency and the Kazakhstan Temir Zholy national company signed a roadmap on freight."
    ),
    /^TKM>KAZ 057|^KAZ>TKM 057/
  );
});

test("a company the text introduces with its state's adjective, beside another company", () => {
  has(
    readEvents(
      "On Monday, the Portuguese energy company Galp and the Uzbek state company Uzbekneftegaz signed a memorandum on exploration."
    ),
    /^PRT>UZB 057|^UZB>PRT 057/
  );
});

test("near misses: a medium's words, a company with no state", () => {
  // (a state news agency is no company acting for its state: "news" is no descriptor of a company)
  lacks(readEvents("The state news agency Kazinform and Uzbekistan signed a memorandum on Monday."), /^KAZ>UZB 057/);
  // (a company with no state anywhere in the text stays no one's)
  lacks(
    readEvents("On Monday, the energy company Galp and the Uzbek state company Uzbekneftegaz signed a memorandum."),
    /^PRT>/
  );
});

test("the two companies named before sign: the pair of their states", () => {
  has(
    readEvents(
      "Turkey's state-owned Botas will buy gas from state gas company Turkmengaz under the contract, which the two companies signed in Ashgabat on Monday."
    ),
    /^TUR>TKM 057|^TKM>TUR 057/
  );
  // (near miss: "the companies" alone, without a count, may be any firms)
  lacks(
    readEvents(
      "Turkey's state-owned Botas will buy gas from state gas company Turkmengaz under the contract, which the companies signed in Ashgabat on Monday."
    ),
    /^TUR>TKM 057|^TKM>TUR 057/
  );
});

test("the three state rail companies named before: their states, not a place's", () => {
  const events = readEvents(
    "Kazakhstan Temir Zholy, Azerbaijan Railways and Georgian Railway agreed on Monday to cut tariffs to win back shippers who use the route through Russia. The three state rail companies signed the tariff protocol in Baku on Monday."
  );
  has(events, /^KAZ>AZE 057/);
  has(events, /^KAZ>GEO 057/);
  lacks(events, /^\w+>RUS 057/);
  // (near miss: three states named as states are not "the three companies")
  lacks(
    readEvents(
      "Kazakhstan, Azerbaijan and Georgia agreed on Monday to cut tariffs. The three state rail companies signed the tariff protocol in Baku on Monday."
    ),
    /057/
  );
});

test("the Secretariat on an organisation's own page is the organisation", () => {
  const events = readEvents(
    [
      "OSCE",
      "Home > Newsroom > Press releases",
      "",
      "Ministers meet in Lima",
      "",
      "LIMA, 20 May 2024 - The Peruvian foreign minister thanked the Secretariat for its support on Monday."
    ].join("\n\n")
  );
  has(events, /^PER>OSCE 051/);
  // (near miss: on a wire's page "the Secretariat" is no one's)
  const wire = readEvents(
    [
      "MERIDIAN",
      "",
      "Ministers meet in Lima",
      "",
      "LIMA, 20 May 2024 - The Peruvian foreign minister thanked the Secretariat for its support on Monday."
    ].join("\n\n")
  );
  lacks(wire, /^PER>OSCE/);
});
