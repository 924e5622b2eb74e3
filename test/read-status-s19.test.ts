/**
 * Status of occasions and intents, session 19 (issue 10; src/read/modality-status.ts, document.ts): an occasion noun
 * followed, after its complements, by an infinitival or relative clause of schedule ("the first summit between X and
 * Y, to be held in Z in April", ", which will be held …", ", which is expected to take place …") is still to come — an
 * intent to meet (036) dated when told; an intent (03x) with a yearless month told after a verb of the act intended
 * ("invited the bank to take part in the forum in October") is dated when told, not a year back; a present perfect of
 * cooperation or trade since a time ("which has bought X since 2021") is a standing activity. Our own sentences
 * (Nordic and Baltic states), each condition varied, with near misses. The page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const summit = (events: string[]) => events.filter((e) => /^\S+ 0(?:36|40|43|44) /.test(e));

test("an occasion with a clause of schedule after its complements is still to come", () => {
  // (a reduced infinitival relative, set off by a comma after the noun's complements; "on June 3 and 4" read a year
  // back would be June 2023)
  assert.deepEqual(
    summit(
      readEvents(
        "Finnish diplomats spoke on Monday about the first summit between Norway and Estonia, to be held in Tallinn on June 3 and 4."
      )
    ),
    ["NOR>EST 036 2024-05-20 planned"]
  );
  // (a full relative in the future, after the complements)
  assert.deepEqual(
    summit(
      readEvents(
        "Officials in Helsinki looked ahead to the first summit between Norway and Estonia, which will be held in Tallinn in June."
      )
    ),
    ["NOR>EST 036 2024-05-20 planned"]
  );
  // (… and one of schedule: "which is expected to take place")
  assert.deepEqual(
    summit(
      readEvents(
        "The summit between Norway and Estonia, which is expected to take place in Tallinn in June, will focus on energy."
      )
    ),
    ["NOR>EST 036 2024-05-20 planned"]
  );
});

test("near misses: a relative clause in the past keeps the occasion held", () => {
  const held = readEvents("Latvia welcomed the summit between Norway and Estonia, which was held in Tallinn in May.");
  assert.ok(!held.some((e) => e.includes("planned")), held.join("; "));
  const past = readEvents("The summit between Norway and Estonia took place in Tallinn on 3 May.");
  assert.ok(!past.some((e) => e.includes("planned")), past.join("; "));
});

test("an intent with a yearless month after a verb of the act intended is dated when told", () => {
  // (page: 20 May 2024; "in October" read a year back would be October 2023)
  const invited = readEvents(
    "Norway's foreign minister invited Estonia to take part in the energy forum in Oslo in October."
  ).filter((e) => /^NOR>EST 03/.test(e));
  assert.ok(invited.length > 0 && invited.every((e) => e.includes(" 2024-05-20")), invited.join("; "));
  // Near misses: an invitation to a place (no act's verb) and a pledge at an occasion keep the month as their own.
  const rome = readEvents("Estonia's president invited Norway's prime minister to Tallinn in January.").filter((e) =>
    /^EST>NOR 03/.test(e)
  );
  assert.ok(rome.length > 0 && rome.every((e) => e.includes(" 2024-01-01")), rome.join("; "));
  const pledge = readEvents(
    "Norway, which promised €1 billion to Latvia at the investors' forum in Oslo in January, is expected to finance a study."
  ).filter((e) => /^NOR>LVA 03/.test(e));
  assert.deepEqual(pledge, ["NOR>LVA 030 2024-01-01"]);
  // (a month between the verb of the intent and its "to" is when the intent was made: "offered in January to …")
  assert.deepEqual(readEvents("Norway offered in January to mediate between Estonia and Latvia."), [
    "NOR>EST 036 2024-01-01 planned",
    "NOR>LVA 036 2024-01-01 planned"
  ]);
});

test("a present perfect of cooperation or trade since a time or for a span is a standing activity, no act", () => {
  // (in a relative clause; a count of visits; a progressive perfect for a span)
  assert.deepEqual(
    readEvents("Norway's state oil company, which has bought Latvian timber since 2021, agreed to expand its port."),
    []
  );
  assert.deepEqual(readEvents("Only three Norwegian ministers have visited Estonia since 2019."), []);
  assert.deepEqual(readEvents("Swedish companies have been buying up Estonian forests for a decade."), []);
  // Near misses: aid kept up stays an act; the act in the past with its date, a perfect with no span, and a past
  // perfect stay acts.
  assert.deepEqual(readEvents("Norway has sent humanitarian aid to Ukraine since the first days of the war."), [
    "NOR>UKR 073 2024-05-20"
  ]);
  assert.deepEqual(readEvents("Norway bought Latvian timber in 2021."), ["NOR>LVA 061 2021-01-01"]);
  assert.deepEqual(readEvents("Norway has bought Latvian timber, the ministry said."), ["NOR>LVA 061 2024-05-20"]);
  assert.deepEqual(readEvents("Norway had bought Latvian timber since 2021 when the deal collapsed."), [
    "NOR>LVA 061 2021-01-01"
  ]);
  // (a span up to now: "for the past two years", "for years"; an intent's term is no span, nor is a count alone)
  assert.deepEqual(readEvents("Swedish companies have bought Estonian timber for the past two years."), []);
  assert.deepEqual(readEvents("Norway has offered Estonia a loan for ten years."), ["NOR>EST 0331 2024-05-20"]);
  assert.deepEqual(readEvents("Swedish companies have bought Estonian timber for five years."), [
    "SWE>EST 061 2024-05-20"
  ]);
});

test("a meeting dropped from the itinerary, the programme or the agenda is called off", () => {
  assert.deepEqual(readEvents("A meeting between Norway and Estonia was dropped from the programme."), [
    "NOR>EST 161 2024-05-20"
  ]);
  assert.deepEqual(readEvents("Norway's minister dropped the stop in Estonia from his itinerary."), [
    "NOR>EST 160 2024-05-20"
  ]);
  // Near misses: dropping a demand, a plan noun never named.
  assert.deepEqual(readEvents("Norway dropped its demands on Estonia."), []);
  assert.deepEqual(
    readEvents("A meeting between Norway and Estonia was dropped, officials said.").filter((e) => / 16\d /.test(e)),
    []
  );
});

test("a present in a clause of time under a present main clause is still to come", () => {
  assert.deepEqual(
    readEvents(
      "Norway wants a larger role in the region before it hosts Estonia's president for a summit in December."
    ),
    ["NOR>EST 036 2024-05-20 planned"]
  );
  // Near misses: a past main clause, and a past in the clause of time (the light tagger's "met" is no present).
  assert.deepEqual(readEvents("Norway's minister waited in Oslo until Estonia's president signed the treaty."), []);
  assert.deepEqual(
    readEvents("Norway's trip comes seven months after Estonia's leaders met Latvia's president in Riga."),
    ["EST>LVA 040 2023-10-01"]
  );
});

test("a plan told in a 'where' clause of the traveller's place: the pronoun is the traveller", () => {
  const trip = "Norway's prime minister flew to Riga on Thursday, where he";
  for (const plan of ["is expected to meet", "will meet", "is due to meet"])
    assert.deepEqual(readEvents(`${trip} ${plan} Latvian President Edgars Rinkevics.`), [
      "NOR>LVA 042 2024-05-16",
      "NOR>LVA 036 2024-05-20 planned"
    ]);
  // Near misses: a verb of speaking (no act between the sides), and the past (the meeting held, as before).
  assert.deepEqual(readEvents(`${trip} is expected to speak about Latvia.`), ["NOR>LVA 042 2024-05-16"]);
  assert.deepEqual(readEvents(`${trip} met Latvian President Edgars Rinkevics.`), [
    "NOR>LVA 042 2024-05-16",
    "NOR>LVA 040 2024-05-16"
  ]);
});
