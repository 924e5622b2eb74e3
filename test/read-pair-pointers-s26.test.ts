/**
 * Who a pair pointer ("the two sides", "the two ministers", "both sides", "the parties") means (issue 10, session 26;
 * src/read/anaphora.ts): a future or a schedule after it ("are due to sign", "will jointly approach"), a list's bullet
 * before it, the pair its own sentence names as a pair ("Chilean and Peruvian …"), a pair the sentence
 * before named with a region's group ("between the GCC and Central Asia"), and the story's pair when the latest
 * sentence's acts had several. Every sentence our own; the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

test("a future or a schedule after the pointer: 'are due to sign', 'will sign'", () => {
  assert.deepEqual(
    readEvents(
      "Kazakh Foreign Minister Murat Nurtleu met his Norwegian counterpart Espen Barth Eide in Oslo on Monday. The two ministers are due to sign an agreement on energy."
    ).filter((e) => / 03/.test(e)),
    ["KAZ>NOR 032 2024-05-20 planned", "NOR>KAZ 032 2024-05-20 planned"]
  );
  // near miss: "will be" tells no act
  assert.deepEqual(
    readEvents(
      "Kazakh Foreign Minister Murat Nurtleu met his Norwegian counterpart Espen Barth Eide in Oslo on Monday. The two ministers will be in Bergen on Tuesday."
    ),
    ["KAZ>NOR 040 2024-05-20"]
  );
});

test("a list's bullet before the pointer is no part of the clause", () => {
  assert.deepEqual(
    readEvents(
      "Kazakh President Kassym-Jomart Tokayev received Lithuanian President Gitanas Nauseda on Monday.\n\n* In March the two sides signed a visa agreement."
    ).filter((e) => / 057 /.test(e)),
    ["KAZ>LTU 057 2024-03-01", "LTU>KAZ 057 2024-03-01"]
  );
});

test("the pair the sentence names as a pair, not the two actors named last", () => {
  assert.deepEqual(
    readEvents(
      "Title\n\nChilean and Peruvian fishermen have clashed with Bolivia for years, and in 2019 the two countries signed a fisheries accord."
    ).filter((e) => / 057 /.test(e)),
    ["CHL>PER 057 2019-01-01", "PER>CHL 057 2019-01-01"]
  );
  // near miss: the last two of a list of three are no pair
  assert.deepEqual(
    readEvents(
      "Title\n\nChile, Peru and Bolivia have argued over the border for years, and in 2019 the two countries signed a fisheries accord."
    ).filter((e) => /CHL>PER 057|PER>CHL 057/.test(e)),
    []
  );
});

test("a pair named with a region's group in the sentence before: 'between the GCC and Central Asia'", () => {
  assert.deepEqual(
    readEvents(
      "Trade between the GCC and Central Asia reached $3 billion in 2023. At the Jeddah summit the two sides adopted a joint action plan."
    ),
    ["GCC>CAS 030 2024-05-20"]
  );
  // near miss: a region has no two presidents
  assert.deepEqual(
    readEvents(
      "Trade between the GCC and Central Asia reached $3 billion in 2023. At the Jeddah summit the two presidents adopted a joint action plan."
    ),
    []
  );
});

test("'and that the two countries would …': the pointer's clause alone, not the first clause's verb", () => {
  // (the copy is the second complement alone, a hypothetical: no call of Malaysia's on Kazakhstan)
  assert.deepEqual(
    readEvents(
      "Anwar said Malaysia and Kazakhstan had called for a ceasefire in Gaza and that the two countries would coordinate their positions at the United Nations."
    ).filter((e) => /MYS>KAZ|KAZ>MYS/.test(e)),
    []
  );
});

test("the story's two sides when the latest sentence's acts had several pairs", () => {
  const events = readEvents(
    "Vietnamese Prime Minister Pham Minh Chinh received Uzbek Foreign Minister Bakhtiyor Saidov in Hanoi on Monday. Saidov invited Vietnamese firms to invest in Uzbekistan. He said Uzbekistan is still talking to the World Trade Organization about membership, and urged Vietnam, a WTO member, to back its bid. Both sides agreed to coordinate closely at multilateral forums."
  );
  // (the sentence before told an appeal to the WTO last; the story's pair is Vietnam and Uzbekistan)
  assert.deepEqual(
    events.filter((e) => / 032 /.test(e)),
    ["UZB>VNM 032 2024-05-20 planned", "VNM>UZB 032 2024-05-20 planned"]
  );
});

test("near misses: 'both sides of the border', political parties", () => {
  assert.deepEqual(
    readEvents("Villagers on both sides of the border between Kyrgyzstan and Tajikistan fled on Monday."),
    []
  );
  assert.deepEqual(
    readEvents(
      "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Batken on Monday.\n\nIn Bishkek the parties of the ruling coalition will agree on a budget."
    ).filter((e) => !/ 04/.test(e)),
    []
  );
});
