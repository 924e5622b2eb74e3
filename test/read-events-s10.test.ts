/**
 * The article reader's event frames, session 10 (issue 10). Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

const read = readEvents;

test("a chronology's entries are dated by their head and the year heading above, and told in the past", () => {
  const text = [
    "Seoul and Astana, year by year",
    "",
    "What follows is a record kept by our foreign desk of ministerial contacts, loans and treaties between the two capitals, updated as they happen.",
    "",
    "In 2019:",
    "",
    "April 22: Moon Jae-in flies to Astana for three days of talks with Kassym-Jomart Tokayev, the first such trip in nine years. Both presidents agree to open consulates in each other's second cities.",
    "",
    "2021",
    "",
    "August: Seoul lends Astana $300 million for a new airport.",
    "",
    "17 August 2021: Tokayev travels to Seoul and signs a customs treaty with South Korea."
  ].join("\n");
  const events = read(text);
  // The head's day in the heading's year (not "in nine years", not the article's 2024).
  assert.ok(events.includes("KOR>KAZ 042 2019-04-22"), events.join("; "));
  // The entry's next sentence: a pair pointer in the historic present.
  assert.ok(
    events.some((e) => /^(KOR>KAZ|KAZ>KOR) 03\d* 2019-04-22/.test(e)),
    events.join("; ")
  );
  // A month-only head.
  assert.ok(
    events.some((e) => /^KOR>KAZ 07\d* 2021-08-01$/.test(e)),
    events.join("; ")
  );
  // A head with its own year, two acts.
  assert.ok(
    events.some((e) => /^KAZ>KOR 04\d 2021-08-17$/.test(e)),
    events.join("; ")
  );
  assert.ok(
    events.some((e) => /^KAZ>KOR 057 2021-08-17$/.test(e)),
    events.join("; ")
  );
  assert.ok(!events.some((e) => e.endsWith("2024-05-20")), events.join("; "));
});

test("no historic present without a chronology, in a past sentence, a quotation, a habit or an entry to come", () => {
  // A day and month head under no year heading dates nothing: the present is a habit, no event.
  const bare = ["Notes", "", "3 March: Japan lends Mongolia money for its airports every year."].join("\n");
  assert.deepEqual(read(bare), []);
  // Plain present-tense prose is no chronology.
  const plain = ["Notes", "", "Japan supplies Mongolia with rice and buys its copper."].join("\n");
  assert.deepEqual(read(plain), []);
  const entries = [
    "Key dates",
    "",
    "This list of treaty dates between Ankara and Baku is kept by our research staff for readers of the archive.",
    "",
    "2023",
    "",
    // A sentence already in the past keeps its nouns: "a gas deal" is no "dealt".
    "9 July: Turkey and Azerbaijan signed a gas deal in Baku.",
    "",
    // A quotation and a habit in an entry are no acts of its day.
    '10 July: Erdogan tells reporters: "Turkey supports Azerbaijan and opposes any pressure on Baku."',
    "",
    "11 July: Officials note that Turkey buys Azerbaijani gas every year.",
    "",
    "2026",
    "",
    // An entry after the page's date is a schedule: no act.
    "4 May: Azerbaijan hosts Turkey for border talks."
  ].join("\n");
  const events = read(entries);
  assert.ok(
    events.some((e) => /^(TUR>AZE|AZE>TUR) 057 2023-07-09$/.test(e)),
    events.join("; ")
  );
  assert.ok(!events.some((e) => / 2023-07-1[01]$/.test(e)), events.join("; "));
  assert.ok(!events.some((e) => e.includes("2026")), events.join("; "));
});

test("'X and the leaders of A, B and C' signing together: X toward each of them, however many", () => {
  const signed = dyads(
    "Japan and the presidents of Mongolia, Laos, Vietnam and Cambodia signed a charter on river transport on Friday."
  );
  for (const t of ["MNG", "LAO", "VNM", "KHM"])
    assert.ok(
      signed.some((e) => e.startsWith(`JPN>${t} 057`)),
      signed.join("; ")
    );
  // The leaders of a list as an object stay the targets, with no dyad among them.
  const object = dyads("Thailand criticised the presidents of Mongolia and Laos.");
  assert.deepEqual(object.sort(), ["THA>LAO 111", "THA>MNG 111"]);
});

test("the European Community is the EU; an embassy or a mission opened is diplomatic cooperation (050)", () => {
  assert.ok(dyads("The European Community granted recognition to Eritrea in 1993.").includes("EU>ERI 054"));
  assert.ok(dyads("In 2019 Mongolia established an embassy in Seoul.").includes("MNG>KOR 050"));
  assert.ok(
    dyads("Tokyo opened its consulate-general in Almaty, Kazakhstan, in 2021.").some((e) => /^JPN>KAZ 050/.test(e))
  );
  // A peacekeeping or monitoring mission is not a diplomatic presence.
  assert.ok(!dyads("The UN opened a monitoring mission in Kabul.").some((e) => e.endsWith(" 050")));
});

test("an act stopped is not that act: trade stopped is a boycott (163), lending stopped a cut in aid (162)", () => {
  assert.deepEqual(dyads("In 2022 Lithuania halted importing Belarusian potash."), ["LTU>BLR 163"]);
  assert.deepEqual(dyads("Japan ceased lending money to Mongolia in 2020."), ["JPN>MNG 162"]);
  // Any other act stopped: none ("stopped criticising" is no criticism).
  assert.deepEqual(dyads("Japan stopped criticising China in 2021."), []);
  // Near-miss: a plain purchase stays one.
  assert.deepEqual(dyads("Germany bought Norwegian gas in 2023."), ["DEU>NOR 061"]);
});

test("a later clause's 'they' or 'he and X' is the pair the sentence named; 'received <leader>' is a hosting", () => {
  const text = [
    "Talks in Ulaanbaatar",
    "",
    "Mongolian President Ukhnaa Khurelsukh received Chinese Premier Li Qiang in Ulaanbaatar on 2 May, where they discussed a new railway.",
    "",
    "Li Qiang flew to Tokyo on 4 May, where he and Shigeru Ishiba signed a memorandum on shipping.",
    "",
    "Khurelsukh welcomed Erdogan at the airport on 6 May."
  ].join("\n");
  const events = read(text);
  assert.ok(
    events.some((e) => /^(MNG>CHN|CHN>MNG) 04\d 2024-05-02$/.test(e) && !e.startsWith("MNG>CHN 043")),
    events.join("; ")
  );
  assert.ok(
    events.some((e) => /^(CHN>JPN|JPN>CHN) 057 2024-05-04$/.test(e)),
    events.join("; ")
  );
  assert.ok(events.includes("MNG>TUR 043 2024-05-06"), events.join("; "));
  // Near-misses: "they" after a single actor names no pair; "received" a thing is no hosting.
  assert.deepEqual(
    read(["Notes", "", "Khurelsukh spoke in Ulaanbaatar on 2 May, where they discussed a new railway."].join("\n")),
    []
  );
  assert.deepEqual(dyads("Mongolia received Russian fuel in May."), []);
  // … nor "received <leader>'s letter" (review G11); a plural before "they", or a list after a preposition (G12).
  assert.ok(!dyads("Kazakhstan received Putin's letter on Monday.").some((e) => e.includes("043")));
  const plural = read(
    ["Notes", "", "Uzbekistan sent envoys to Russia and China on 2 May, where they met local businessmen."].join("\n")
  );
  assert.ok(!plural.some((e) => e.startsWith("RUS>CHN") || e.startsWith("CHN>RUS")), plural.join("; "));
});

test("'and X <past verb>' after an object opens a clause of X's: the object list stops there", () => {
  const both = dyads("Vietnam signed a treaty with Laos and Japan pledged aid to both.");
  assert.ok(!both.some((e) => e.includes("JPN") && e.includes("VNM")), both.join("; "));
  // Near-misses: a compound subject, and a list of objects, stay lists.
  assert.ok(dyads("Laos and Japan signed a treaty.").includes("LAO>JPN 057"));
  assert.deepEqual(dyads("Vietnam criticised Laos and Japan sharply.").sort(), ["VNM>JPN 111", "VNM>LAO 111"]);
});

test("a transcript's turns: an office holder's 'I' is the state; 'we agreed' is both speakers' states", () => {
  const text = [
    "Joint press conference after Japanese-Mongolian talks",
    "",
    "Prime Minister of Japan Shigeru Ishiba and President of Mongolia Ukhnaa Khurelsukh spoke to journalists in Tokyo after their talks on 14 March 2025.",
    "",
    "Prime Minister of Japan Shigeru Ishiba: Good afternoon.",
    "",
    "We have agreed to double the number of direct flights, and our ministers signed a roadmap on copper.",
    "",
    "This morning I asked President Khurelsukh to come to Osaka for the May expo.",
    "",
    "President of Mongolia Ukhnaa Khurelsukh: It is good to be back in Tokyo.",
    "",
    "Over lunch we also discussed copper prices. Later we went over plans for a railway to the Chinese border. Next spring I shall gladly come to Osaka."
  ].join("\n");
  const events = read(text);
  assert.ok(
    events.some((e) => /^(JPN>MNG|MNG>JPN) 03\d* /.test(e)),
    events.join("; ")
  );
  assert.ok(
    events.some((e) => /^JPN>MNG 0[23]\d* /.test(e) && !e.startsWith("JPN>MNG 032")),
    events.join("; ")
  );
  assert.ok(
    events.some((e) => /^(JPN>MNG|MNG>JPN) 04\d /.test(e)),
    events.join("; ")
  );
  // (the other speaker's state acts with the speaker only: no JPN>CHN from "plans for a railway to the Chinese border")
  assert.ok(!events.some((e) => e.startsWith("JPN>CHN") || e.startsWith("CHN>JPN")), events.join("; "));
  // Near-misses: an analyst's "I" is no state's; "we agreed with X" has its other side.
  const analyst = [
    "Interview",
    "",
    "Mongolian economist Batbayar Dorj spoke to us in Ulaanbaatar on 3 April 2025.",
    "",
    "\u201cI visited Japan twice last year,\u201d Dorj said."
  ].join("\n");
  assert.ok(!read(analyst).some((e) => e.startsWith("MNG>JPN 04")), read(analyst).join("; "));
});

test("review G14, G16: a reactions box is no record; a reduced relative keeps its list", () => {
  // Two titled quotation labels in a news story: the reporter's "I" after them is nobody's state.
  const news = [
    "Leaders react to the Caspian accord",
    "",
    'President of France Emmanuel Macron: "A good day for Europe and Central Asia."',
    "",
    'Chancellor of Germany Olaf Scholz: "We welcome the accord."',
    "",
    "I travelled to Kazakhstan in March 2024 and met Tokayev for an interview."
  ].join("\n");
  assert.ok(!read(news).some((e) => e.startsWith("DEU>KAZ") || e.startsWith("FRA>KAZ")), read(news).join("; "));
  // "the agreement with Laos and Cambodia ratified in May": a participle, not Cambodia's own clause.
  assert.deepEqual(dyads("Thailand praised the agreement with Laos and Cambodia ratified in May.").sort(), [
    "THA>KHM 051",
    "THA>LAO 051"
  ]);
});

test("review G4: inside an entry, a year or a relative date of the sentence's own wins over the entry's date", () => {
  const text = [
    "Hanoi and Seoul: a timeline",
    "",
    "The list below follows ties between the two capitals, one visit at a time.",
    "",
    "2018",
    "",
    "11 June – Vietnam hosts South Korea for talks on shipping. Vietnam had already signed a fisheries pact with Korea back in 2009. Korea had suspended aid to Vietnam last year.",
    "",
    "2 October – Korea criticises Vietnam over a port fee. Hanoi apologises to Seoul, its first apology since 2012."
  ].join("\n");
  const events = read(text);
  // the head's act, and a stated year ("back in 2009") and a relative one ("last year" = the entry's year before)
  assert.ok(events.includes("VNM>KOR 043 2018-06-11"), events.join("; "));
  assert.ok(events.includes("VNM>KOR 057 2009-01-01"), events.join("; "));
  // (aid suspended is material aid stopped, 162, since session 14's curbs read aid as a flow)
  assert.ok(events.includes("KOR>VNM 162 2017-01-01"), events.join("; "));
  // near misses: the start of a period ("since 2012") is no date of the act; an undated sentence takes the entry's
  assert.ok(events.includes("VNM>KOR 055 2018-10-02"), events.join("; "));
  assert.ok(events.includes("KOR>VNM 111 2018-10-02"), events.join("; "));
  assert.ok(!events.some((e) => / 2012-/.test(e)), events.join("; "));
});

test("review G9: the historic present's past forms follow the dictionary's spelling rules (one copy of them)", async () => {
  const {pastForm} = await import("../src/read/verbs.js");
  const {regularForms} = await import("../src/read/dictionaries/verbs.js");
  const cases: [string, string, string][] = [
    ["CARRIES", "carry", "CARRIED"],
    ["VETOES", "veto", "VETOED"],
    ["PLANS", "plan", "PLANNED"],
    ["COMMITS", "commit", "COMMITTED"],
    ["WELCOMES", "welcome", "WELCOMED"],
    ["PAYS", "pay", "PAID"],
    ["OPENS", "open", "OPENED"]
  ];
  for (const [word, base, past] of cases) {
    assert.equal(pastForm(word, base), past);
    // the -s form and a regular past are the dictionary's own forms of the verb
    if (past.endsWith("ED")) assert.ok(regularForms(base).includes(past), `${base}: ${regularForms(base).join(" ")}`);
    assert.ok(regularForms(base).includes(word), `${base}: ${regularForms(base).join(" ")}`);
  }
  // near misses: a form that is not the present of that verb has no past here
  assert.equal(pastForm("SIGNING", "sign"), undefined);
  assert.equal(pastForm("VETOS", "veto"), undefined);
  assert.equal(pastForm("SIGNED", "sign"), undefined);
});
