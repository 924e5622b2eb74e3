/**
 * The article reader's event codes, session 25 (issue 10: acts whose verb went unread with both parties named, and
 * parties told by a pointer). Every sentence here is our own, with states no fixture pairs this way (Peru, Chile,
 * Norway, Ghana …); each rule comes with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";

/** An article of a dateline's meeting of Peru and Chile, then `rest`. */
const meeting = (rest: string) =>
  readEvents(
    `Peru and Chile talk trade\n\nLIMA, May 20 — Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday.\n\n${rest}\n`
  ).filter((e) => !/ 040 /.test(e));

test("a pair pointer after a verb of saying whose 'that' English leaves out is read as after 'that'", () => {
  // (the verb of saying, then the pointer: "said the two sides", "says the two countries"; an auxiliary and an adverb)
  assert.deepEqual(meeting("He said the two sides had also agreed to set up a joint business council.").sort(), [
    "CHL>PER 032 2024-05-20 planned",
    "PER>CHL 032 2024-05-20 planned"
  ]);
  assert.equal(meeting("The paper says the two countries agreed to open a consulate in Arica.").length, 2);
  assert.equal(meeting("Officials said both sides had already agreed to open a consulate in Arica.").length, 2);
  // Near misses: no act after the pointer ("have long disagreed" is a state), a pointer that is an object.
  assert.deepEqual(meeting("Officials said the two countries have long disagreed about water."), []);
  assert.deepEqual(meeting("Officials said the talks helped the two countries."), []);
});

test("an offer, a proposal or a request without its addressee goes to the other side of the occasion just told", () => {
  // (a proposal of the proposer's own part: an intent to cooperate, 030; a meeting proposed, 036; a request, 020)
  assert.deepEqual(meeting("The Peruvian side also proposed creating a joint venture to build a port."), [
    "PER>CHL 030 2024-05-20 planned"
  ]);
  assert.deepEqual(meeting("Peru also proposed that the commission meet next in Arica in spring."), [
    "PER>CHL 036 2024-05-20 planned"
  ]);
  assert.deepEqual(meeting("Chile offered to share its experience of mining."), ["CHL>PER 030 2024-05-20 planned"]);
  assert.deepEqual(meeting("Chile has asked for lower tariffs on copper."), ["CHL>PER 020 2024-05-20"]);
  // (an aside between the side and its verb names no side: "Chile, which joined the OECD in 2010, has offered …")
  assert.ok(
    meeting("Chile, which joined the OECD in 2010, has offered to share its experience.").includes(
      "CHL>PER 030 2024-05-20 planned"
    )
  );
  // Near misses: a passive, a modal, an infinitive, a negation, a participle, a request to do something.
  assert.deepEqual(meeting("Peru was offered a discount on copper."), []);
  assert.deepEqual(meeting("Peru could offer more fish next year."), []);
  assert.deepEqual(meeting("Peru refused to propose a new date."), []);
  assert.deepEqual(meeting("Peru never proposed a joint venture."), []);
  assert.deepEqual(meeting("A plan proposed by Peru in 2019 was shelved."), []);
  assert.deepEqual(meeting("Chile has asked to postpone the vote."), []);
  // (an offer that names its own addressee is read as written; a side that met several others leaves it open)
  assert.deepEqual(meeting("Peru offered Bolivia a discount on fish."), ["PER>BOL 030 2024-05-20"]);
  assert.deepEqual(meeting("Chile offered to share its experience of negotiating with Brazil."), []);
  assert.deepEqual(
    readEvents(
      "Summit\n\nLIMA, May 20 — Peru hosted the presidents of Chile, Bolivia and Ecuador on Monday.\n\nPeru also proposed creating a joint fund.\n"
    ).filter((e) => / 03\d /.test(e)),
    []
  );
});

test("joining an organisation, a treaty or a programme is an accession, no meeting (040)", () => {
  assert.deepEqual(dyads("Ghana joined the WTO in 1995."), []);
  assert.deepEqual(dyads("In 2025 Norway became the first state to join the EU's research programme."), []);
  assert.deepEqual(
    dyads("Peru praised Chile's support for Bolivia's bid to join the WTO.").filter((d) => /WTO/.test(d)),
    []
  );
  // Near misses: joining people or a gathering is meeting them.
  assert.deepEqual(dyads("The Ghanaian president joined Togo's president in Accra on Monday.").sort(), ["GHA>TGO 040"]);
  assert.ok(dyads("Peru and Chile joined the talks with Bolivia last year.").includes("PER>BOL 040"));
});

test("an invitation passed on is the inviter's intent to meet the invitee (036)", () => {
  // (the inviter after "from", else the subject; the invitee after "to", right after the verb or after the noun)
  assert.ok(
    dyads(
      "Norway's foreign minister conveyed to the Ghanaian leader an invitation from the Norwegian prime minister to visit Oslo."
    ).includes("NOR>GHA 036")
  );
  assert.ok(
    dyads("Peru's prime minister handed over an invitation to the Chilean president to pay a state visit.").includes(
      "PER>CHL 036"
    )
  );
  assert.ok(dyads("Peru extended an invitation to Chile to attend the summit.").includes("PER>CHL 036"));
  // (a time after the invitation's "to visit …" is the visit's: the invitation is dated when it was passed on)
  assert.ok(
    meeting(
      "The Chilean minister also conveyed to Boluarte an invitation from the Chilean president to visit Santiago this year."
    ).includes("CHL>PER 036 2024-05-20")
  );
  // Near misses: an invitation declined, or received; "an invitation to visit X" names no invitee of its own.
  assert.ok(!dyads("Chile declined an invitation from Peru to attend the summit.").includes("PER>CHL 036"));
  assert.ok(!dyads("The Peruvian minister passed on an invitation to visit Lima.").some((d) => / 036$/.test(d)));
});

test("co-chairing a session is meeting the other chair (040)", () => {
  assert.deepEqual(dyads("Peru and Chile co-chaired the commission on Monday.").sort(), ["CHL>PER 040", "PER>CHL 040"]);
  assert.ok(dyads("Peru co-chaired the commission with Chile on Monday.").includes("PER>CHL 040"));
  // Near miss: chairing alone names no other side.
  assert.deepEqual(dyads("Peru chaired the commission on Monday."), []);
});

test("a state told by its form ('the Sultanate', 'the Kingdom') is the one state of that form the text named", () => {
  const read = (text: string) =>
    readEvents(`Ports, trade and the region\n\nLIMA, May 20 — ${text}\n`).filter((e) => !/ 040 /.test(e));
  // (the one state of the form the text named: Oman is a sultanate)
  assert.ok(
    read(
      "Omani Foreign Minister Badr Albusaidi met Peruvian Foreign Minister Elmer Schialer in Muscat on Monday.\n\nThe Sultanate signed a port agreement with Peru on Monday."
    ).includes("OMN>PER 057 2024-05-20")
  );
  // Near misses: two kingdoms named (Saudi Arabia and Jordan); a form with its own name after it; "the bloc" is not read.
  assert.deepEqual(
    read(
      "Saudi Foreign Minister Faisal bin Farhan met Jordanian Foreign Minister Ayman Safadi and Peruvian Foreign Minister Elmer Schialer on Monday.\n\nThe Kingdom signed a port agreement with Peru on Monday."
    ).filter((e) => / 057 /.test(e)),
    []
  );
  assert.ok(
    !read(
      "Peruvian Foreign Minister Elmer Schialer met Omani Foreign Minister Badr Albusaidi on Monday.\n\nThe Kingdom of Bahrain signed a port agreement with Peru on Monday."
    ).some((e) => e.startsWith("OMN>PER 057"))
  );
  assert.deepEqual(
    read(
      "Ghana froze its participation in the African Union in February.\n\nGhana's president later criticised the bloc on Monday."
    ).filter((e) => / 111 /.test(e)),
    []
  );
});
