/**
 * Dates of acts, session 20 (issue 10; src/read/dates-narrative.ts, dates-background.ts, document.ts): the time a
 * paragraph's narration is set at ("In September 2022, … Kyrgyzstan accused Tajikistan …"), the occasion a pointer
 * such as "During the talks" means (not a date the sentence before tells in a relative clause; the pointer's own noun
 * first), and an amount inside a loan's noun phrase ("a $50 million loan", "a 50-million-euro credit line"). Every
 * sentence here is our own (the Baltic and Nordic states, Mongolia, the Caucasus), each condition varied one at a
 * time, with near misses that keep their reading. The page is dated 2024-05-20 unless a test says otherwise.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";
import {resolveDates} from "../src/read/index.js";
import {openingTime, simplePast} from "../src/read/dates-narrative.js";
import {inBackground} from "../src/read/dates-background.js";

const only = (events: string[], code: RegExp) => events.filter((e) => code.test(e.split(" ")[1]!));
/** The dates of the events of a code (either side first). */
const datesBy = (events: string[], code: RegExp) => [...new Set(only(events, code).map((e) => e.split(" ")[2]))];
const opening = (s: string) => openingTime(s, resolveDates(s, "2024-05-20"))?.date;

test("openingTime: a time at the head of a sentence, or a 'When …' clause's; not one inside it", () => {
  assert.equal(opening("In September 2022, Armenian and Azerbaijani forces clashed."), "2022-09-01");
  assert.equal(opening("On 3 March 2023 the two armies exchanged fire."), "2023-03-03");
  assert.equal(opening("When the council met in Riga on 19 December, Estonia was absent."), "2023-12-19");
  assert.equal(opening("LINDQVIST: In May 2021, the two navies collided."), "2021-05-01");
  // near misses: a time after the subject, in a noun phrase, after a clause of another kind
  assert.equal(opening("The war in September 2022 ended quickly."), undefined);
  assert.equal(opening("Armenia and Azerbaijan clashed in September 2022."), undefined);
  assert.equal(opening("After Latvia protested on 4 May, Estonia apologised."), undefined);
});

test("simplePast: the narration of a scene, not the writer's present, perfect, future or a modal", () => {
  assert.ok(simplePast("Latvia accused Estonia of violating its airspace."));
  assert.ok(simplePast("Sweden thanked him."));
  assert.ok(!simplePast("Latvia has accused Estonia of violating its airspace."));
  assert.ok(!simplePast("Latvia accuses Estonia of violating its airspace."));
  assert.ok(!simplePast("Latvia will accuse Estonia of violating its airspace."));
  assert.ok(!simplePast("Latvia would later accuse Estonia of violating its airspace."));
  assert.ok(!simplePast("Since then Latvia accused Estonia of violating its airspace."));
});

test("an act told in the simple past after a paragraph's opening time is of that time", () => {
  const scene = (after: string) =>
    readEvents(
      `The two ministers met in Tallinn on Friday.\n\nIn September 2022, Armenian and Azerbaijani forces clashed along the border. ${after}`
    );
  assert.deepEqual(only(scene("Armenia accused Azerbaijan of shelling its villages."), /^11/), [
    "ARM>AZE 112 2022-09-01"
  ]);
  // … and through sentences of the scene with no time of their own
  assert.deepEqual(
    only(scene("Dozens of soldiers were killed. Armenia accused Azerbaijan of shelling its villages."), /^11/),
    ["ARM>AZE 112 2022-09-01"]
  );
  // near misses: a perfect speaks from the writer's time; a sentence naming a time of its own ends the scene
  assert.deepEqual(only(scene("Armenia has accused Azerbaijan of shelling its villages."), /^11/), [
    "ARM>AZE 112 2024-05-20"
  ]);
  assert.deepEqual(
    only(scene("The border was reopened in 2023. Armenia accused Azerbaijan of shelling its villages."), /^11/),
    ["ARM>AZE 112 2024-05-20"]
  );
});

test("near misses: another paragraph, a time that does not open its sentence", () => {
  assert.deepEqual(
    only(
      readEvents(
        "In September 2022, Armenian and Azerbaijani forces clashed along the border.\n\nArmenia accused Azerbaijan of shelling its villages."
      ),
      /^11/
    ),
    ["ARM>AZE 112 2024-05-20"]
  );
  assert.deepEqual(
    only(
      readEvents(
        "The fighting between the two armies in September 2022 left many dead. Armenia accused Azerbaijan of shelling its villages."
      ),
      /^11/
    ),
    ["ARM>AZE 112 2024-05-20"]
  );
});

test("a 'When …' clause sets the scene: 'When the council met on 19 December, … Pashinyan thanked him'", () => {
  const events = readEvents(
    "When the Eurasian council met in Minsk on 19 December, Armenia was again at the table. Prime Minister Nikol Pashinyan attended as the head of a delegation and signed nothing. Vladimir Putin, who chaired the meeting, repeated that the door remained open. Pashinyan thanked him."
  );
  assert.deepEqual(only(events, /^051/), ["ARM>RUS 051 2023-12-19"]);
});

test("inBackground: a date in a relative or reduced relative clause, not in the main clause", () => {
  const at = (s: string, w: string) => inBackground(s, s.indexOf(w));
  assert.ok(at("He welcomed the visa regime that the two countries introduced in November 2023.", "November"));
  assert.ok(at("He praised the treaty, signed in Riga on 4 May 2023, as historic.", "4 May"));
  assert.ok(!at("In November 2023, the two countries introduced a visa regime.", "November"));
  assert.ok(!at("The two countries introduced a visa regime in November 2023.", "November"));
});

test("'During the talks' is the occasion told before, not a date of a relative clause in the sentence before", () => {
  const text = (middle: string) =>
    readEvents(
      `Latvian Foreign Minister Baiba Braze held talks with Mongolian Foreign Minister Batmunkh Battsetseg in Riga on Friday, as the two sides prepared for a visit by the Mongolian president. ${middle} During the talks, the two ministers signed a plan of consultations between their foreign ministries.`,
      "2024-05-25"
    );
  assert.deepEqual(
    datesBy(
      text(
        "Battsetseg welcomed the visa regime that the two countries introduced in November 2023, saying it had helped tourism."
      ),
      /^057/
    ),
    ["2024-05-24"]
  );
  // … and by its own noun first: the sentence before names "the June meeting" and a year of a noun phrase
  assert.deepEqual(
    datesBy(
      text(
        "Battsetseg thanked Latvia for its support during Mongolia's chairmanship of the forum last year and spoke of the June meeting."
      ),
      /^057/
    ),
    ["2024-05-24"]
  );
  // near miss: an occasion told in the main clause just before, with its own date, is the one pointed to
  assert.deepEqual(
    datesBy(
      readEvents(
        "Latvia and Mongolia held consultations in Riga on Friday. Braze met Battsetseg again on 2 May 2024 in Ulaanbaatar. During the talks, the two ministers signed a plan of consultations between their foreign ministries.",
        "2024-05-25"
      ),
      /^057/
    ),
    ["2024-05-02"]
  );
});

test("an amount between the determiner and the noun is the noun's: 'a $50 million loan', 'a credit line'", () => {
  for (const body of [
    "Hungary extended a $50 million loan to Mongolia in May.",
    "Hungary granted a 50 million dollar loan to Mongolia in May.",
    "Hungary extended a 50-million-euro credit line to Mongolia in May.",
    "Hungary extended credit to Mongolia in May."
  ])
    assert.ok(
      readEvents(body).some((e) => e.startsWith("HUN>MNG 07")),
      body
    );
  // near misses: other things extended are not loans; a present tense tells no one act
  assert.deepEqual(only(readEvents("Hungary extended its condolences to Mongolia in May."), /^07/), []);
  assert.deepEqual(only(readEvents("Hungary extends a credit line to Mongolian farmers every year."), /^07/), []);
});

test("inBackground: a 'that' after a verb opens what was said, not a relative clause", () => {
  const s = "The chairman opened by noting that Latvia had hosted the Baltic leaders in Riga last month.";
  assert.ok(!inBackground(s, s.indexOf("last month")));
  const r = "The chairman praised the summit that Latvia hosted in Riga last month.";
  assert.ok(inBackground(r, r.indexOf("last month")));
});

test("an occasion pointed to inside a sentence ('during the summit') is the one named before with its time", () => {
  const text = (pointer: string) =>
    readEvents(
      `The hearing opened by noting that Latvia had hosted the Nordic and Baltic leaders at a summit in Riga last month. The minister testified that Latvia and Norway signed a memorandum on offshore wind ${pointer}.`
    );
  assert.deepEqual(datesBy(text("during the summit"), /^057/), ["2024-04-01"]);
  assert.deepEqual(datesBy(text("on the sidelines of the summit"), /^057/), ["2024-04-01"]);
  // near misses: another occasion's noun, a sentence telling what is to come
  assert.deepEqual(datesBy(text("during the visit"), /^057/), ["2024-05-20"]);
  assert.deepEqual(
    datesBy(
      readEvents(
        "Latvia hosted the Nordic and Baltic leaders at a summit in Riga last month. Latvia and Norway will sign a memorandum on offshore wind during the summit."
      ),
      /^03/
    ),
    ["2024-05-20"]
  );
});

test("a time after a clause of contrast or a semicolon is that clause's, not the act's", () => {
  assert.deepEqual(
    datesBy(
      readEvents(
        "Latvia committed to buy Norwegian gas worth several billion euros over the next decade, but similar pledges in 2018 delivered far less than promised."
      ),
      /^03/
    ),
    ["2024-05-20"]
  );
  assert.deepEqual(
    datesBy(
      readEvents("Latvia signed a gas deal with Estonia, while Lithuania signed one with Poland in May."),
      /^057/
    ),
    ["2024-05-20"]
  );
  // near miss: a time before the clause of contrast is the act's
  assert.deepEqual(
    datesBy(readEvents("Latvia signed a gas deal with Estonia in May, but Lithuania stayed away."), /^057/),
    ["2024-05-01"]
  );
});
