import assert from "node:assert/strict";
import {test} from "node:test";
import {presentedExperts} from "../src/read/experts.js";

// Session 13 (issue 10): an expert presented by an apposition as the sentence's subject, with a verb of stance in the present (review K8: not the past, a passive or a perfect). Every
// sentence here was written for these tests (invented people and institutes: a dam, a cotton market), with near misses.

test("a name opening the sentence, an expert's apposition, then a verb of stance in the present: the person is an expert", () => {
  for (const [sentence, role] of [
    // (the verb: a copula with a judgement, "has", "remains", a present verb of stance)
    [
      "Rustam Nazarov, a researcher who lectures at the Pamir Institute, is sure the reservoir will silt up.",
      "researcher"
    ],
    ["Rustam Nazarov, a hydrologist and professor at Khorog University, has doubts about the dam.", "professor"],
    ["Rustam Nazarov, the director of the Pamir Research Centre, remains unconvinced.", "director"],
    ["Rustam Nazarov, a senior fellow at the Pamir Institute, disagrees.", "senior fellow"],
    ["But Rustam Nazarov, an analyst at Silk Cotton Research, goes further.", "analyst"]
  ] as const) {
    const got = presentedExperts([sentence]);
    assert.equal(got[0]?.name, "Rustam Nazarov", sentence);
    assert.ok(got[0]?.role?.includes(role), `${sentence}: ${got[0]?.role}`);
  }
});

test("near misses: an official, a name not opening the sentence, a list, a gerund", () => {
  for (const sentence of [
    "Rustam Nazarov, a spokesman for the energy ministry, is less sure about the dam.",
    "Rustam Nazarov, the deputy energy minister, remains unconvinced.",
    "A study by Rustam Nazarov, an economist at the Pamir Institute, was published in May.",
    "Rustam Nazarov, an economist at the Pamir Institute, and two engineers toured the dam.",
    "Rustam Nazarov, an economist at the Pamir Institute, speaking in Dushanbe on Monday about the dam.",
    // (review K8: a story about the person, not one consulting them: the past, a passive, a perfect)
    "Rustam Nazarov, an economist at the Pamir Institute, was detained in Khorog on Friday.",
    "Rustam Nazarov, an economist at the Pamir Institute, died last week aged 80.",
    "Rustam Nazarov, an economist at the Pamir Institute, is barred from teaching.",
    "Rustam Nazarov, an economist at the Pamir Institute, has been named deputy energy minister.",
    "Rustam Nazarov, an economist at the Pamir Institute, has resigned."
  ])
    assert.deepEqual(presentedExperts([sentence]), [], sentence);
});
