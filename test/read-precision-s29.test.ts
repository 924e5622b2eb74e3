/**
 * Sides and acts the text does not tell (issue 10's false events, session 29): a place after "in" when the clause names
 * the act's other side ("met the five presidents in Astana"), the visit of an invitation's addressee ("conveyed an
 * invitation from X to Y to visit Z"), a state's firms invited (an appeal for economic cooperation, not an intent to
 * meet), sanctions adopted from another ("adopted the EU's sanctions against Russia"), the standard of a comparison
 * ("less than what we trade with Cambodia"). Every sentence our own (Central Asia and its partners); each test holds its
 * near misses, the real act beside the non-act. `dyads` codes the sentence alone; `readEvents` reads it as an article
 * of 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, has, lacks, readEvents} from "./helpers/events.js";

/** A page about Central Asia's five, so that "the five presidents" and "the region" are read as the region. */
const PAGE = "The five Central Asian states are courted by every power. ";

test("a place after 'in' is where the act happened when the clause names its other side", () => {
  const met = readEvents(`${PAGE}Indian Prime Minister Narendra Modi met the five presidents in Bishkek in March.`);
  has(met, /^IND>CAS 040/);
  lacks(met, /KGZ/);
  const summit = readEvents(`${PAGE}Japan held its first summit with the region in Tashkent in March.`);
  has(summit, /^JPN>CAS 04/);
  lacks(summit, /UZB/);
  // near misses: a visit is done to the place; a place named by its state's person keeps its state
  has(readEvents(`${PAGE}Modi arrived in Bishkek on Monday and met the five presidents.`), /^IND>KGZ 042/);
  has(
    readEvents(`${PAGE}Modi met Kyrgyz President Sadyr Japarov and the five presidents in Bishkek in March.`),
    /^IND>KGZ 040/
  );
  // … and a list after "in" is where each of them is, no side of another
  has(
    readEvents("In March the US Treasury imposed sanctions on 12 companies in Kazakhstan, Kyrgyzstan and Armenia."),
    /^USA>KGZ 163/
  );
  // without another side read (no page about the region), the place stays the side: nothing else is guessed
  assert.deepEqual(dyads("In March Modi met the five presidents in Bishkek."), ["IND>KGZ 040"]);
});

test("the visit an invitation names for its addressee is nobody's yet", () => {
  const conveyed = readEvents(
    "In May Saidov conveyed an invitation from President Mirziyoyev to the Malaysian Prime Minister to visit Uzbekistan."
  );
  lacks(conveyed, /^MYS>UZB/);
  has(conveyed, /^UZB>MYS 036/);
  lacks(
    readEvents("In May Saidov handed over an invitation for the Malaysian Prime Minister to visit Uzbekistan."),
    /^MYS>UZB 04/
  );
  // near miss: an invitation accepted is the guest's intent to visit
  has(
    readEvents("The Malaysian Prime Minister accepted Mirziyoyev's invitation to visit Uzbekistan next year."),
    /^MYS>UZB 036/
  );
});

test("a state's firms invited are asked to do business: an appeal for economic cooperation", () => {
  assert.deepEqual(dyads("In May Tokayev invited Japanese firms to bid for uranium licences."), ["KAZ>JPN 021"]);
  assert.deepEqual(dyads("In May Mirziyoyev invited German companies to the Tashkent investment forum."), [
    "UZB>DEU 021"
  ]);
  // near misses: a state's leader invited is asked to meet; firms invited to invest keep their reading
  assert.deepEqual(dyads("In May Mirziyoyev invited the German chancellor to the Tashkent forum."), ["UZB>DEU 036"]);
  assert.deepEqual(dyads("In May Tokayev invited Korean companies to invest in Kazakhstan."), ["KAZ>KOR 021"]);
});

test("sanctions adopted from another are the adopter's; the owner does not act", () => {
  assert.deepEqual(readEvents("Norway adopted the EU's sanctions against Russia in 2022."), ["NOR>RUS 163 2022-01-01"]);
  // near misses: sanctions joined stay the joiner's; the owner of an envoy is the actor's state
  assert.deepEqual(dyads("Kazakhstan joined the UN sanctions against North Korea in 2017."), ["KAZ>PRK 163"]);
  assert.deepEqual(dyads("The EU's envoy met Tokayev in Astana in May."), ["EU>KAZ 040"]);
});

test("the standard of a comparison after 'than' is no act", () => {
  assert.deepEqual(
    dyads("Our trade with Kazakhstan was $900 million last year, less than what we trade with Laos."),
    []
  );
  assert.deepEqual(dyads("Uzbekistan's exports grew faster in 2023 than Russia traded with Tajikistan."), []);
  // near misses: the trade itself; "rather than" opens an alternative, read as any clause is
  assert.deepEqual(dyads("In 2023 Malaysia traded with Kazakhstan."), ["MYS>KAZ 060"]);
});

test("a verb of looking is an inquiry only into a wrong", () => {
  assert.deepEqual(
    dyads("In May the Kyrgyz minister inspected the site of a new logistics centre near Termez, Uzbekistan."),
    []
  );
  assert.deepEqual(dyads("In 2024 the Korean airline studied a route to Tashkent."), []);
  // near misses: an inquiry into an attack or allegations is one
  assert.deepEqual(dyads("In 2024 Kazakhstan investigated the attack on its embassy in Kabul."), ["KAZ>AFG 090"]);
  assert.deepEqual(dyads("In May Kyrgyzstan probed allegations that Tajik troops crossed the border."), [
    "KGZ>TJK 090"
  ]);
});

test("the place of an occasion an act was done at is no side of it", () => {
  assert.deepEqual(dyads("Uzbek President Mirziyoyev raised the issue at a summit in Dushanbe in 2023."), []);
  // near misses: the side named beside the occasion stays; a meeting's place is read by the meeting rules
  assert.deepEqual(dyads("In May Uzbekistan signed a deal with Tajikistan at a summit in Astana."), [
    "UZB>TJK 057",
    "TJK>UZB 057"
  ]);
  assert.deepEqual(dyads("In 2023 China pledged aid to Kyrgyzstan at the forum in Bishkek."), ["CHN>KGZ 030"]);
});
