import assert from "node:assert/strict";
import {test} from "node:test";
import {calendarFuture} from "../src/read/claims-calendar.js";
import {classifyClaim} from "../src/read/claims.js";
import {isSignpost} from "../src/read/claims-signpost.js";
import {pastReason} from "../src/read/claims-reason.js";
import {planContent} from "../src/read/claims-content.js";
import {claimOf, readOk} from "./helpers/read.js";

// Session 19 (issue 10): claims precision and recall on unseen prose. Every sentence here was written for these tests
// (Andean, Baltic, Nordic and Sahel affairs), with near misses that must keep their reading.

test("a future pinned to a point of the calendar is a schedule, whatever its verb", () => {
  for (const t of [
    "The Peruvian president will fly back to Lima tomorrow.",
    "Kallas is expected to return to Tallinn on Friday, ahead of the Nordic summit.",
    "The Chilean delegation will instead meet Bolivia's foreign minister in La Paz later this month, a spokeswoman said.",
    "Sahel defence ministers are due to gather in Niamey in November to prepare the summit, which will be chaired by Niger.",
    "The central bank's next rate decision will be announced on 3 March at 11:00 local time.",
    "On Thursday, the prime minister was due to tour the port before leaving for Oslo.",
    "The ferry link will formally open on 14 June, the operator said.",
    "The pope will celebrate Mass in the stadium on Sunday and leave for Rome on Monday.",
    "The talks, postponed twice, will now be held in Riga next week.",
    // a point before the future, in its clause
    "On 2 May the ministry announced that from 1 July every grain shipment will require a licence.",
    "Tomorrow the premier will fly to Oslo."
  ])
    assert.equal(calendarFuture(t), true, t);
  for (const t of [
    // a change of a quantity, dated, is still foreseen
    "Copper exports will fall to their lowest level in March.",
    "Grain prices are expected to rise next month.",
    // an indefinite time or a year pins nothing
    "Chile will join the pact in the coming years.",
    "Lithium output will double by 2030.",
    "Riga will eventually need a second terminal.",
    // one future pinned and another not: the sentence still foresees
    "The ministers will meet on Friday, and the talks will probably fail.",
    // a weekday that dates the saying, not the future
    "On Tuesday the minister said the region will need more water.",
    "Between now and then, the alliance will be judged on delivery.",
    // a point of the calendar that dates the saying or another act, not the future
    "Norway will supply gas to the Baltic states for ten years, officials in Oslo said on Tuesday.",
    "On Monday the minister said Chile will open a consulate in Arica.",
    "Niger will receive grain from Mali under the accord, which the two governments signed on 2 May.",
    "The leaders, who met in Lima on Monday, will sign a new water treaty."
  ])
    assert.equal(calendarFuture(t), false, t);
  // the kind: a schedule is no forecast; a dated change and an unpinned future are
  assert.equal(classifyClaim("Kallas is expected to return to Tallinn on Friday."), undefined);
  assert.equal(classifyClaim("Grain prices are expected to rise next month.")?.kind, "forecast");
  assert.equal(
    classifyClaim("The envoy will fly to Lima on Friday, and the talks will probably fail.")?.kind,
    "forecast"
  );
});

test("narrated and reported itineraries give no claim; a forecast beside them still does", () => {
  const d = readOk(
    [
      "Estonian premier tours the Nordic capitals",
      "",
      "TALLINN, 3 June 2025 (Baltic Wire) – Estonia's prime minister arrived in Oslo on Tuesday for talks on energy links.",
      "",
      "She will return to Tallinn on Thursday, her office said. The Finnish president is expected to join the talks on Wednesday.",
      "",
      "Analysts said the cable project would probably be delayed by years."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "return to Tallinn"), undefined);
  assert.equal(claimOf(d, "join the talks"), undefined);
  assert.equal(claimOf(d, "probably be delayed")?.kind, "forecast");
});

test("a signpost announces the points that follow and is no claim of its own", () => {
  for (const t of [
    "I see three lessons.",
    "We would draw two broad conclusions:",
    "Three caveats are in order.",
    "Two considerations seem to have weighed most.",
    "Several factors stand out.",
    "Three things would help.",
    "The reasons are not mysterious.",
    "My forecast is cautious."
  ])
    assert.equal(isSignpost(t), true, t);
  for (const t of [
    // a judgement with its own content, a count that reports, an answer, a forecast stated in full
    "Two things are clear: Lima is weaker and Santiago is patient.",
    "Three states have recognised the new government.",
    "I see no reason for alarm.",
    "The answer is no.",
    "The reasons for the delay are political.",
    "My forecast is that the pact will stall.",
    "That is not failure."
  ])
    assert.equal(isSignpost(t), false, t);
  const d = readOk(
    [
      "What the Andean water pact teaches",
      "",
      "By Rosa Quispe-Lind",
      "",
      "The Andean states signed a water pact in Lima in March 2025. I see three lessons.",
      "",
      "First, shared rivers reward patience. Second, donors matter less than neighbours. Third, the glaciers will not wait."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "three lessons"), undefined);
  assert.equal(claimOf(d, "glaciers will not wait")?.kind, "forecast");
});

test("the reason of a past act reports it; a reason that still holds argues", () => {
  for (const t of [
    "The Chilean president did not travel because the senate was in session, officials in Santiago said.",
    "The Baltic summit was called off because of the premier's illness.",
    "Estonia asked last week to postpone the talks to May because of the election.",
    "In 2021 the ministers met in Riga, online because of the pandemic, and agreed a timetable."
  ])
    assert.equal(pastReason(t), true, t);
  for (const t of [
    "The credit line has been only partly drawn, largely because contractors struggle to compete on price.",
    "Lima matters because the port handles half of the region's copper.",
    "Freight rates are high because of the drought on the canal.",
    "The delegates said every state had a stake, because the principle protects small countries."
  ])
    assert.equal(pastReason(t), false, t);
  const d = readOk(
    [
      "Chilean leader skips Andean summit",
      "",
      "LIMA, 3 June 2025 (Andes Wire) – The Chilean president did not travel to the summit because the senate was in session, officials in Santiago said.",
      "",
      "Analysts said the water pact was weak because it had no enforcement body."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "did not travel"), undefined);
  assert.equal(claimOf(d, "was weak")?.kind, "assessment");
});

test("what an agreement or a plan sets down is a plan, not a forecast", () => {
  for (const t of [
    "Latvian grain will cross Lithuania under an intergovernmental agreement signed in May.",
    "Peru's state oil firm will receive up to 2 million tonnes a year from Bolivia under the contract.",
    "The framework agreement on the canal, which the three states signed in 2021, foresees a lock at each border.",
    "The new terminal will consist of four berths and will be built by a Danish firm.",
    "The Andean section alone is expected to cost about $2bn."
  ])
    assert.equal(planContent(t), true, t);
  for (const t of [
    // a forecast about an agreement's effect, a year-long horizon, pressure rather than a document
    "The deal will strengthen Lima's hand in the talks.",
    "Copper exports will double by 2030.",
    "Under pressure from Brussels, Riga will tighten its controls.",
    "The costs will rise as the project slips."
  ])
    assert.equal(planContent(t), false, t);
  assert.equal(
    classifyClaim("Peru's state oil firm will receive 2 million tonnes a year under the contract."),
    undefined
  );
  assert.equal(classifyClaim("The deal will strengthen Lima's hand in the talks.")?.kind, "forecast");
});

test("a named speaker's existential 'there is no …' states how things stand; whereabouts stay facts", () => {
  const d = readOk(
    [
      "Chile weighs its lithium future",
      "",
      "SANTIAGO, 3 June 2025 (Andes Wire) – Chile's mining minister met lithium producers in Antofagasta on Tuesday, the ministry said.",
      "",
      '"Without cheap power, there is no lithium industry," Mining Minister Aurora Williams said.',
      "",
      '"The delegation is there now," a ministry spokeswoman said.'
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "there is no lithium industry")?.kind, "assessment");
  assert.equal(claimOf(d, "there is no lithium industry")?.speaker, "Aurora Williams");
  assert.equal(claimOf(d, "is there now"), undefined);
});
