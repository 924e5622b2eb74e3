/**
 * Who a one-sided act is addressed to when the occasion told it (issue 10, session 33): "Dobrindt agreed.", "The
 * Afghan side confirmed its readiness to …", "Tokayev accepted the invitation" name one side only; English leaves out
 * the other, the occasion's other side (src/read/anaphora.ts `occasionSides`, src/read/coder.ts `addressee`, read in
 * src/read/document.ts). Every sentence our own; the pages are dated 2024-05-20, a Monday.
 */
import {test} from "node:test";
import {has, lacks, readEvents} from "./helpers/events.js";

const MEETING =
  "Kazakh Foreign Minister Murat Nurtleu received Mongolian Foreign Minister Battsetseg Batmunkh in Astana on Monday.";

test("a bare agreement after the occasion's other side proposed something is toward that side", () => {
  const events = readEvents(
    [MEETING, "Nurtleu proposed holding a business forum in Ulaanbaatar in the autumn.", "Batmunkh agreed."].join(" ")
  );
  has(events, /^MNG>KAZ 05/);
});

test("a promise and an acceptance with no addressee go to the occasion's other side", () => {
  has(readEvents([MEETING, "Mongolia promised to simplify visas for business travellers."].join(" ")), /^MNG>KAZ 03/);
  const invited = [
    "Indonesian Foreign Minister Retno Marsudi visited Astana on Monday and invited Kassym-Jomart Tokayev to Jakarta.",
    "Tokayev accepted the invitation with thanks."
  ].join(" ");
  has(readEvents(invited), /^KAZ>IDN 03/);
});

test("near misses: a state of affairs, a quotation, another side named, an occasion long past", () => {
  // (a verb that tells a share, not an act addressed to anyone)
  lacks(
    readEvents([MEETING, "Mongolia accounted for about 5% of the coal Kazakhstan imported in 2023."].join(" ")),
    /^MNG>KAZ 0[35]/
  );
  // (a speaker's own words name their own addressees)
  lacks(
    readEvents([MEETING, '"Mongolia promised its herders a new market," Batmunkh told reporters.'].join(" ")),
    /^MNG>KAZ 03/
  );
  // (the sentence names another side: the act is read as written)
  lacks(readEvents([MEETING, "Mongolia agreed to buy more Russian fuel next year."].join(" ")), /^MNG>KAZ 03/);
  // (the occasion told more than four sentences before: no addressee)
  const far = [
    MEETING,
    "Trade between the two countries has grown for three years.",
    "Most of it is coal and wheat.",
    "Freight trains cross the border at two points.",
    "A third crossing has been discussed for a decade.",
    "A new railway line was completed in 2022.",
    "Mongolia promised to simplify visas for business travellers."
  ].join(" ");
  lacks(readEvents(far), /^MNG>KAZ 03/);
});

test("near miss: a host who met several sides has no one addressee", () => {
  const text = [
    "Chinese President Xi Jinping hosted the presidents of Kazakhstan, Kyrgyzstan and Tajikistan in Xi'an on Monday.",
    "Xi promised to speed up the construction of the railway."
  ].join(" ");
  lacks(readEvents(text), /^CHN>(?:KAZ|KGZ|TJK) 03/);
});
