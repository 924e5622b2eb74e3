/**
 * Who talked with whom, session 21 (issue 10; src/read/talk-topics.ts, used by src/read/shallow.ts): what a talk was
 * about is no side of it. "Discussed X", "exchanged views on X", "held talks on X", "talked about the situation in X"
 * name a topic; the other side of a talk follows "with" (or "to" right after "spoke"), or is the object of
 * "consulted"; an organisation is a gathering's only when the text ties it to the gathering (src/read/gathering-ties.ts,
 * used by src/read/anaphora.ts), not when named as a talk's matter or a meeting still to prepare. Every sentence here is our own (the Nordic and Baltic states, the Caucasus, the Balkans, East Africa), each
 * condition varied one at a time, with near misses that keep their reading. The page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";
import {isTalkVerb, talkTopic} from "../src/read/talk-topics.js";
import {gatheringOf} from "../src/read/gathering-ties.js";

const words = (s: string) => s.toUpperCase().split(/\s+/);
/** Whether the actor group at word `group` of `s` is a topic of the verb `base` at word `verb`. */
const topic = (s: string, base: string, verb: number, group: number) => talkTopic(words(s), base, verb, group);
/** The sides of a sentence's events, as "SRC>TGT" (the code aside), without repeats. */
const sides = (s: string) => [...new Set(dyads(s).map((d) => d.split(" ")[0]))];

test("talkTopic: a group tied to the talk by 'on', 'about', 'including' … or as the object of 'discuss'", () => {
  // 0 Norway 1 discussed 2 Serbia 3 with 4 Finland
  assert.ok(topic("Norway discussed Serbia with Finland", "DISCUSS", 1, 2));
  assert.ok(!topic("Norway discussed Serbia with Finland", "DISCUSS", 1, 4));
  // 0 Estonia 1 and 2 Latvia 3 exchanged 4 views 5 on 6 Georgia
  assert.ok(topic("Estonia and Latvia exchanged views on Georgia", "EXCHANGE", 3, 6));
  assert.ok(topic("Estonia held talks on the situation in Georgia", "TALK", 2, 7));
  assert.ok(topic("Estonia and Latvia discussed regional issues, including Georgia", "DISCUSS", 3, 7));
  assert.ok(topic("Estonia and Latvia discussed the crisis around Georgia", "DISCUSS", 3, 7));
  // near misses: the other side after "with", "between", or "to" right after "spoke"; the object of "consulted"
  assert.ok(!topic("Estonia held talks with Georgia", "TALK", 2, 4));
  assert.ok(!topic("Estonia spoke to Georgia about trade", "SPEAK", 1, 3));
  assert.ok(!topic("Estonia consulted Georgia", "CONSULT", 1, 2));
  assert.ok(!topic("Estonia held talks between Georgia and Armenia", "TALK", 2, 5));
  // … "exchanged" goods or prisoners is no talk; a relative clause's group is not the talk's
  assert.ok(!isTalkVerb(words("exchanged prisoners with Georgia"), "EXCHANGE", 0));
  assert.ok(isTalkVerb(words("exchanged views with Georgia"), "EXCHANGE", 0));
  assert.ok(!topic("Estonia discussed the route, which Georgia", "DISCUSS", 1, 5));
});

test("the matter of a talk is not its other side: 'discussed X with Y' is a talk with Y", () => {
  assert.deepEqual(sides("Norwegian Prime Minister Jonas Gahr Store discussed Serbia with Finland on Monday."), [
    "NOR>FIN",
    "FIN>NOR"
  ]);
  assert.deepEqual(sides("Norway held talks on Serbia with Finland on Monday."), ["NOR>FIN", "FIN>NOR"]);
  // near misses: the other side said first is kept; "with" names the other side whatever the order
  assert.deepEqual(sides("Norway held talks with Finland on Serbia on Monday."), ["NOR>FIN", "FIN>NOR"]);
  assert.deepEqual(sides("Norway discussed trade with Finland on Monday."), ["NOR>FIN", "FIN>NOR"]);
  assert.deepEqual(sides("Norway spoke with Finland about Serbia on Monday."), ["NOR>FIN", "FIN>NOR"]);
});

test("two talkers and a topic: the talk is between the two, not with the topic", () => {
  assert.deepEqual(sides("Estonia and Latvia exchanged views on the situation in Georgia and Armenia."), [
    "EST>LVA",
    "LVA>EST"
  ]);
  assert.deepEqual(sides("Estonia and Latvia discussed the situation around Georgia on Friday."), [
    "EST>LVA",
    "LVA>EST"
  ]);
  assert.deepEqual(sides("Denmark and Iceland discussed Greenland's fisheries."), ["DNK>ISL", "ISL>DNK"]);
  // near miss: a party after "with" still is one
  assert.deepEqual(sides("Denmark and Iceland discussed fisheries with Norway."), [
    "DNK>NOR",
    "NOR>DNK",
    "ISL>NOR",
    "NOR>ISL"
  ]);
});

test("one talker and a topic: no side is made up from the topic", () => {
  assert.deepEqual(sides("Estonia discussed the situation in Georgia on Friday."), []);
  assert.deepEqual(sides("Estonia held talks on Georgia on Friday."), []);
  // near misses: "consulted X" and "exchanged prisoners with X" keep X
  assert.deepEqual(sides("Estonia consulted Latvia on the pipeline."), ["EST>LVA", "LVA>EST"]);
  assert.ok(sides("Armenia exchanged prisoners with Azerbaijan.").includes("ARM>AZE"));
});

test("'the two ministers' after a talk with a topic are the two who talked, in the sentences after too", () => {
  const text =
    "Ministers meet in Stockholm\n\n" +
    "Swedish Foreign Minister Maria Malmer Stenergard met Estonian Foreign Minister Margus Tsahkna in Stockholm on Monday.\n\n" +
    "The two ministers exchanged views on regional affairs, including the situation in Georgia, Serbia and the Arctic.\n\n" +
    "The two ministers also signed a memorandum on cyber defence.";
  const events = readEvents(text);
  assert.ok(!events.some((e) => /GEO|SRB/.test(e.split(" ")[0]!)), events.join("; "));
  assert.ok(events.includes("SWE>EST 057 2024-05-20") || events.includes("EST>SWE 057 2024-05-20"), events.join("; "));
  assert.ok(
    events.some((e) => /^(SWE>EST|EST>SWE) 04/.test(e)),
    events.join("; ")
  );
});

test("gatheringOf: an organisation tied to the gathering told, not one named beside it", () => {
  const at = (s: string, name: string) => gatheringOf(s, s.indexOf(name), s.indexOf(name) + name.length);
  assert.ok(at("The African Union summit opened in Addis Ababa.", "African Union"));
  assert.ok(at("Kenya attended the summit of the African Union in Addis Ababa.", "African Union"));
  assert.ok(at("Leaders of the African Union met in Addis Ababa.", "African Union"));
  assert.ok(at("The ASEAN foreign ministers met their counterparts in Jakarta.", "ASEAN"));
  assert.ok(
    at("Kenya hosted the leaders of the African Union and the Arab League at the first summit.", "African Union")
  );
  // near misses: the matter of talks, a meeting still to be prepared with it, a council's proper name
  assert.ok(
    !at(
      "During the talks, the parties discussed trade as well as cooperation within the African Union.",
      "African Union"
    )
  );
  assert.ok(!at("They instructed their ministers to prepare a first meeting with the African Union.", "African Union"));
  assert.ok(
    !at("Kenya explained its candidacy for the United Nations Security Council at the meeting.", "United Nations")
  );
});

test("'the heads of state' and 'his fellow leaders' after a talk that named an organisation as its matter", () => {
  const talks = readEvents(
    "Regional leaders meet in Nairobi\n\n" +
      "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. " +
      "During the talks, the parties discussed trade as well as cooperation within the African Union. " +
      "Following the talks, the heads of state signed a declaration on border trade."
  );
  assert.ok(talks.includes("KEN>TZA 057 2024-05-20"), talks.join("; "));
  assert.ok(!talks.some((e) => e.includes("AU")), talks.join("; "));
  // a meeting still to be prepared with an organisation is no gathering of it
  const planned = readEvents(
    "Summit in Addis Ababa\n\nKenya and Tanzania agreed to prepare a first meeting with the African Union next year. " +
      "Kenya's president thanked his fellow leaders for their support."
  );
  assert.ok(!planned.some((e) => e.startsWith("KEN>AU")), planned.join("; "));
  // near miss: the organisation's own summit keeps its members
  assert.ok(
    readEvents(
      "Summit in Addis Ababa\n\nThe African Union summit opened in Addis Ababa on Monday. " +
        "Kenya's president thanked his fellow leaders for their support."
    ).includes("KEN>AU 051 2024-05-20")
  );
});
