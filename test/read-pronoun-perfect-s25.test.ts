/**
 * A pronoun opening a sentence before a perfect ("He had held talks …", "It has also built …") and a lower-case "it"
 * after an opening phrase ("In April it signed …") are the subject of the sentence before, as "He met …" and "It
 * signed …" already were (issue 10, session 25; src/read/anaphora.ts). Every sentence our own (Latvia, Qatar,
 * Finland and Central Asia); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

test("'He had met …' after a sentence opening with a person is that person's act", () => {
  assert.deepEqual(
    readEvents(
      "Latvian President Edgars Rinkevics arrived in Tashkent on Tuesday. He had met Kazakh President Kassym-Jomart Tokayev in Astana on Monday."
    ).filter((e) => / 040 /.test(e)),
    ["LVA>KAZ 040 2024-05-20"]
  );
  assert.deepEqual(
    readEvents(
      "Finnish Foreign Trade Minister Ville Tavio arrived in Astana on Tuesday. In Tashkent on Monday he had held talks with Uzbekistan's Investment Minister Laziz Kudratov."
    ).filter((e) => / 046 /.test(e)),
    ["FIN>UZB 046 2024-05-20"]
  );
});

test("a lower-case 'it' after an opening phrase is the state the sentence before opened with", () => {
  assert.deepEqual(
    readEvents("Qatar signed a memorandum with Uzbekistan in March. In April it signed a deal with Kyrgyzstan.").filter(
      (e) => /KGZ/.test(e)
    ),
    ["QAT>KGZ 057 2024-04-01", "KGZ>QAT 057 2024-04-01"]
  );
});

test("near misses: 'had been', 'It has' a thing, an expletive 'it was', 'it' after a person", () => {
  // "had been" is no act of the pronoun's
  assert.deepEqual(
    readEvents(
      "Latvian President Edgars Rinkevics arrived in Tashkent on Tuesday. He had been to Kazakhstan on Monday."
    ).filter((e) => /KAZ/.test(e)),
    []
  );
  // "It has a port": possession, not a perfect; "It has been": no act
  for (const second of ["It has a port in Kyrgyzstan.", "It has been a partner of Kyrgyzstan."])
    assert.deepEqual(
      readEvents(`Qatar signed a memorandum with Uzbekistan in March. ${second}`).filter((e) => /KGZ/.test(e)),
      []
    );
  // a passive's expletive "it"
  assert.deepEqual(
    readEvents(
      "Qatar signed a memorandum with Uzbekistan in March. In April it was agreed with Kyrgyzstan to build a road."
    ).filter((e) => /QAT>KGZ/.test(e)),
    []
  );
  // "it" is no person: after a sentence opening with a president, "it" is not Latvia
  assert.deepEqual(
    readEvents(
      "Latvian President Edgars Rinkevics met Uzbek President Shavkat Mirziyoyev in March. In April it signed a deal with Kyrgyzstan."
    ).filter((e) => /LVA>KGZ/.test(e)),
    []
  );
});
