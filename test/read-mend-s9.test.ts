/**
 * The article reader's event coding, session 9's review findings (mender m2). Every sentence here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const read = readEvents;
const article = (...paragraphs: string[]) => ["Title", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

test("review F1: a pair pointer takes no date from a background sentence (a year, a month, no meeting)", () => {
  // A year that dates a history.
  const year = read(
    article(
      "Turkmenistan and Pakistan opened embassies in each other's capitals in 1994.",
      "The two countries signed a memorandum on rail freight."
    )
  );
  assert.ok(
    year.some((e) => /^(TKM>PAK|PAK>TKM) 057 2024-05-20$/.test(e)),
    year.join("; ")
  );
  assert.ok(!year.some((e) => / 057 1994/.test(e)), year.join("; "));
  // A month-dated treaty, then the present talks told by a pointer.
  const month = read(
    article(
      "Kyrgyzstan and Azerbaijan adopted a declaration on allied relations in March 2021.",
      "The two leaders discussed air links between Bishkek and Baku."
    )
  );
  assert.ok(!month.some((e) => / 04\d 2021-03/.test(e)), month.join("; "));
  // A day-dated act that is no occasion (a clash), then a signing.
  const clash = read(
    article(
      "Armenian and Azerbaijani troops exchanged fire near Sotk on 13 September.",
      "The two sides signed a ceasefire protocol in Moscow."
    )
  );
  assert.ok(!clash.some((e) => / 057 2024-09-13/.test(e)), clash.join("; "));
  // The intended case still holds: a meeting on a day.
  const met = read(
    article(
      "Kyrgyz President Sadyr Japarov received Azerbaijani President Ilham Aliyev in Cholpon-Ata on 6 April.",
      "The two presidents signed a treaty on a joint investment fund."
    )
  );
  assert.ok(
    met.some((e) => /^(KGZ>AZE|AZE>KGZ) 057 2024-04-06$/.test(e)),
    met.join("; ")
  );
});

test("review F14: people counted in millions are mobilised troops, not money", () => {
  const troops = read(article("Russia mobilised 1.5 million conscripts near the Ukrainian border on 2 October."));
  assert.ok(!troops.some((e) => / 0331 /.test(e)), troops.join("; "));
  const reservists = read(article("Iran mobilized two million reservists on its border with Afghanistan on 8 May."));
  assert.ok(!reservists.some((e) => / 0331 /.test(e)), reservists.join("; "));
  // Money with its currency is still aid promised.
  const money = read(article("Japan will mobilise 2 billion dollars for roads in Kyrgyzstan, Tokyo said on 8 May."));
  assert.ok(
    money.some((e) => /^JPN>KGZ 0331 /.test(e)),
    money.join("; ")
  );
});

test("review F1: a pair pointer takes no date from a day long before the article", () => {
  const old = read(
    article(
      "Kazakh President Nursultan Nazarbayev received Chinese President Jiang Zemin in Almaty on 4 July 1998.",
      "The two presidents discussed pipelines and rail links."
    )
  );
  assert.ok(!old.some((e) => / 04\d 1998-07-04$/.test(e) && !/^(KAZ>CHN|CHN>KAZ) 04[23]/.test(e)), old.join("; "));
  assert.ok(
    old.some((e) => /^(KAZ>CHN|CHN>KAZ) 040 2024-05-20$/.test(e)),
    old.join("; ")
  );
});

test("review F15: a readout's 'The Head of State' is the host titled 'President of X' or 'Head of State'", () => {
  const ofState = read(
    article(
      "President of Kazakhstan Kassym-Jomart Tokayev met Turkmen President Serdar Berdimuhamedov at the Akorda on 12 November.",
      "The Head of State invited Serdar Berdimuhamedov to the Astana International Forum next spring."
    ),
    "2024-11-20"
  );
  // (the invitation made at the meeting is of its day, the 12th, since session 27: src/read/dates-story.ts)
  assert.ok(ofState.includes("KAZ>TKM 036 2024-11-12"), ofState.join("; "));
  const headTitle = read(
    article(
      "Head of State Kassym-Jomart Tokayev received Kyrgyz President Sadyr Japarov in Astana on 12 November.",
      "The Head of State thanked Sadyr Japarov for the support of Kyrgyzstan."
    ),
    "2024-11-20"
  );
  assert.ok(
    headTitle.some((e) => /^KAZ>KGZ 051 /.test(e)),
    headTitle.join("; ")
  );
  // The guest named first by title: reading the Head of State as the guest gives the guest's own state on both sides,
  // so the state the article is about stands for the office.
  const guestFirst = read(
    article(
      "Kazakhstan hosted a state visit on 12 November: Kyrgyz President Sadyr Japarov came to Astana, the capital of Kazakhstan, for talks at the Akorda with Kazakhstan's leaders.",
      "The Head of State invited Sadyr Japarov to the Astana International Forum."
    ),
    "2024-11-20"
  );
  assert.ok(
    guestFirst.some((e) => /^KAZ>KGZ 036 /.test(e)),
    guestFirst.join("; ")
  );
});

test("review F6: a relative clause plans the occasion before it only with the occasion's own verb", () => {
  const repeat = read(
    article(
      "Aliyev's visit to Tajikistan on 14 May, which Baku intends to follow with a trade fair, ended with nine agreements."
    )
  );
  assert.ok(
    repeat.some((e) => /^AZE>TJK 042 2024-05-14$/.test(e)),
    repeat.join("; ")
  );
  assert.ok(!repeat.some((e) => / 036 /.test(e)), repeat.join("; "));
  const use = read(
    article("The ministers' talks in Ashgabat on 3 May, which Tehran hopes to turn into a gas deal, lasted four hours.")
  );
  assert.ok(!use.some((e) => / planned$/.test(e)), use.join("; "));
  // Still to come: the clause hosts the occasion.
  const host = read(
    article("Japarov invited Erdogan to the Turkic summit, which Bishkek will host in the autumn, and thanked him.")
  );
  assert.ok(host.includes("KGZ>TUR 036 2024-05-20"), host.join("; "));
  assert.ok(!host.some((e) => / 04\d /.test(e)), host.join("; "));
});

test("review F2: a weekday after 'through/between/starting' ends or starts a period; it dates no act", () => {
  // Thursday 23 May 2024.
  const through = read(
    article("Turkish and Azerbaijani navies hold joint drills through Saturday in the Caspian Sea."),
    "2024-05-23"
  );
  assert.ok(!through.some((e) => / 2024-05-18/.test(e)), through.join("; "));
  const starting = read(
    article("Uzbek and Tajik border guards patrol the valley together starting Monday in a new joint mission."),
    "2024-05-23"
  );
  assert.ok(!starting.some((e) => / 2024-05-20/.test(e)), starting.join("; "));
  // A wire's "<verb> Tuesday with" still dates the act.
  const met = read(article("Japarov met Tuesday with Uzbek President Shavkat Mirziyoyev in Osh."), "2024-05-23");
  assert.ok(
    met.some((e) => /^(KGZ>UZB|UZB>KGZ) 04\d 2024-05-21$/.test(e)),
    met.join("; ")
  );
});

test("review F5: 'will hold summit talks' and 'is to hold bilateral talks' are plans, like 'will hold talks'", () => {
  const will = read(article("Mirziyoyev will hold summit talks with Erdogan in Samarkand later this month."));
  assert.ok(
    will.some((e) => /^UZB>TUR 036 .* planned$/.test(e)),
    will.join("; ")
  );
  assert.ok(!will.some((e) => / 046 /.test(e)), will.join("; "));
  const beTo = read(article("Japarov is to hold bilateral talks with Rahmon in Batken on 30 June."));
  assert.ok(
    beTo.some((e) => /^KGZ>TJK 036 .* planned$/.test(e)),
    beTo.join("; ")
  );
  assert.ok(!beTo.some((e) => / 046 /.test(e)), beTo.join("; "));
  // Talks held stay held.
  const held = read(article("Mirziyoyev held summit talks with Erdogan in Samarkand on 2 May."));
  assert.ok(
    held.some((e) => /^UZB>TUR 046 2024-05-02$/.test(e)),
    held.join("; ")
  );
});

test("review F3: a year said before a plan's verb dates the plan; one after it is the plan's own time", () => {
  const before = read(
    article("In 2024, Tajikistan and Uzbekistan agreed to restore a bus route between Khujand and Tashkent."),
    "2024-11-20"
  );
  assert.ok(
    before.some((e) => /^(TJK>UZB|UZB>TJK) 03\d 2024-01-01 planned$/.test(e)),
    before.join("; ")
  );
  const after = read(
    article("Tajikistan and Uzbekistan agreed to restore a bus route between Khujand and Tashkent in 2024."),
    "2024-11-20"
  );
  assert.ok(
    after.some((e) => /^(TJK>UZB|UZB>TJK) 03\d 2024-11-20 planned$/.test(e)),
    after.join("; ")
  );
});

test("review F4: one list of rankings and running totals for the coder and the modality check", () => {
  const ranking = read(article("Turkey outpaced Germany as Turkmenistan's second-largest trading partner in 2023."));
  assert.ok(!ranking.some((e) => /^TUR>DEU /.test(e)), ranking.join("; "));
  const total = read(article("Chinese banks have committed more than $5 billion to Uzbek power plants to date."));
  assert.ok(!total.some((e) => /^CHN>UZB 0/.test(e)), total.join("; "));
});
