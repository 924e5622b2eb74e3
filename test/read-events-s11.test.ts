/**
 * The article reader's event frames, session 11 (issue 10: news prose). Every sentence here is our own, in other
 * constructions than the fixtures', each with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

const read = readEvents;

test("a condition told by inversion is no event: 'Had X …,', 'Were X to …,', 'Should X …,'", () => {
  assert.deepEqual(dyads("Had Mongolia signed the pipeline deal with Russia, Beijing would have objected."), []);
  assert.deepEqual(dyads("Were Armenia to leave the CSTO tomorrow, Moscow would retaliate."), []);
  assert.deepEqual(dyads("But had Japan and South Korea met a month earlier, the row would have ended."), []);
  assert.deepEqual(dyads("Should the talks with Iran collapse, Turkey would send troops to the border."), []);
  // Near misses: a past perfect in its usual place, and "had" or "were" as a main verb, are told as acts.
  assert.ok(dyads("Japan had met South Korea in Seoul, officials said.").includes("JPN>KOR 040"));
  assert.ok(dyads("Mongolia signed the pipeline deal with Russia on Monday.").some((d) => /^MNG>RUS 057/.test(d)));
  assert.ok(
    dyads("Were it not raining, the ministers said, they would walk.").every((d) => !/^\w+>\w+ 0[4-6]/.test(d))
  );
});

test("a meeting declared off is a schedule, not a rejection; joining declared off stays a refusal", () => {
  // "will not hold a separate meeting": no 120 (and no meeting).
  const off = dyads("Georgia will not hold a separate meeting with Armenia during the forum.");
  assert.ok(!off.some((d) => / 12\d$/.test(d)), off.join("; "));
  const visit = dyads("The Japanese premier will not visit Seoul this year.");
  assert.ok(!visit.some((d) => / 12\d$/.test(d)), visit.join("; "));
  // Near miss: a refusal to join is still one.
  assert.ok(dyads("Mongolia will not join the Russian gas union, the minister said.").includes("MNG>RUS 120"));
  assert.ok(dyads("Armenia said it would not sign the treaty with Russia.").includes("ARM>RUS 120"));
});

test("a date inside a 'since' clause after a past act is not the act's date", () => {
  const text = [
    "Baku diary",
    "",
    "Erdogan held talks in Baku with Georgia's prime minister, their first meeting since ties cooled over a trade dispute in March 2023."
  ].join("\n");
  const events = read(text, "2024-09-12");
  assert.ok(
    events.some((e) => /^(TUR>GEO|GEO>TUR) 04\d 2024-09-12$/.test(e)),
    events.join("; ")
  );
  assert.ok(!events.some((e) => e.includes("2023-03")), events.join("; "));
  // Near miss: the act's own date before the clause stays.
  const dated = read(
    [
      "Baku diary",
      "",
      "Erdogan held talks in Baku with Georgia's prime minister on 3 September, the first since ties cooled in March 2023."
    ].join("\n"),
    "2024-09-12"
  );
  assert.ok(
    dated.some((e) => /^(TUR>GEO|GEO>TUR) 04\d 2024-09-03$/.test(e)),
    dated.join("; ")
  );
});

test("a pair pointer after an office holder's act means that act's pair, not an earlier one", () => {
  const text = [
    "A day of talks in Ulaanbaatar",
    "",
    "President Ukhnaagiin Khurelsukh of Mongolia met Chinese Premier Li Qiang in the morning. Li asked Khurelsukh to attend a forum in Shanghai.",
    "",
    "Later the President received South Korean President Lee Jae-myung. The two leaders discussed mining and air links."
  ].join("\n");
  const events = read(text, "2025-08-04");
  const discussed = events.filter((e) => / 04\d 2025-08-04$/.test(e) && /(MNG>KOR|KOR>MNG)/.test(e));
  assert.ok(discussed.length > 0, events.join("; "));
  // (the morning's pair is not the later sentence's: one meeting with China, the morning's own)
  assert.equal(events.filter((e) => /^(MNG>CHN|CHN>MNG) 040/.test(e)).length, 1, events.join("; "));
});
