import assert from "node:assert/strict";
import {test} from "node:test";
import {readDocument} from "../src/read/index.js";

// Our own earnings call, set as transcript sites set them: the participants listed under their headings, then each
// speaker's name on a line of its own over the turn, no colon.
const CALL =
  "TranscriptHub\nCall transcripts for investors\nHome | Transcripts | Companies | Log in\n\nSteppe Rail Freight JSC (SRF) Q3 2025 Earnings Call Transcript\n\nOct. 30, 2025 10:00 AM ET | Transcribed by TranscriptHub\n\nCompany Participants\nDana Ospanova - Head of Investor Relations\nRuslan Temirkhanov - Chief Executive Officer\n\nConference Call Participants\nMark Ellison - Northgate Capital\nYuki Tanaka - Kansai Securities\n\nOperator\nGood morning, and welcome to the call. Our first question comes from Mark Ellison. Please go ahead.\n\nMark Ellison\nThank you. China raised transit fees for Kazakh freight in July. How much did that cost you, and will you move volumes to the Caspian route?\n\nRuslan Temirkhanov\nThank you, Mark. The fee rise cost us about 4% of revenue in the quarter. We believe the Middle Corridor will carry a third of our westbound freight by 2027, and we signed a new agreement with Azerbaijan Railways in September.\n\nMark Ellison\nSo the northern route through Russia is finished for you, I suppose.\n\nRuslan Temirkhanov\nNot at all. Russia remains our largest transit partner, and I expect that to hold next year.\n\nOperator\nThe next question is from Yuki Tanaka.\n\nYuki Tanaka\nHello. Japanese buyers have asked about a direct service to Yokohama. Is that realistic?\n\nRuslan Temirkhanov\nIt is realistic, but only with a partner in China. We are in talks and I will say more in February.\n\nDana Ospanova\nThat concludes our time today. Thank you all for joining.\n\nOperator\nThis concludes today's call. You may now disconnect.\n";

function read(text: string) {
  const r = readDocument(text, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  return r.value;
}

test("a call's transcript of name lines: each turn is its speaker's, the analysts' turns ask, the participants wrote nothing", () => {
  const r = read(CALL);
  assert.equal(r.metadata.author, undefined);
  assert.equal(r.metadata.title, "Steppe Rail Freight JSC (SRF) Q3 2025 Earnings Call Transcript");
  // the body opens with the first turn, and no name line ends it as a signature
  assert.ok(r.body.startsWith("Operator"));
  assert.ok(r.body.includes("This concludes today's call."));
  const by = (start: string) => r.claims.find((c) => c.quote.startsWith(start));
  assert.equal(by("We believe the Middle Corridor")?.speaker, "Ruslan Temirkhanov");
  assert.equal(by("Russia remains our largest transit partner")?.speaker, "Ruslan Temirkhanov");
  // an analyst's premise ("…, I suppose.") is a question's, no claim; the operator's lines are nobody's claims
  assert.equal(by("So the northern route"), undefined);
  assert.equal(by("You may now disconnect"), undefined);
  assert.ok(r.claims.every((c) => c.speaker !== "Company Participants" && c.speaker !== "Mark Ellison"));
});

test("near misses: a name alone once after the story is its writer's signature; two names once each make no transcript", () => {
  const story = [
    "STEPPE COURIER",
    "News | Business | Opinion",
    "",
    "Kazakh railway signs Caspian freight deal",
    "",
    "Kazakhstan's state railway signed an agreement with Azerbaijan Railways on Tuesday to run more container trains across the Caspian Sea, the two companies said.",
    "",
    "The deal doubles the number of weekly ferries between Aktau and Baku, officials said.",
    "",
    "Mark Ellison"
  ];
  const r = read(story.join("\n"));
  assert.equal(r.metadata.author, "Mark Ellison");
  assert.ok(!r.body.includes("Mark Ellison"));
  const two = read([...story.slice(0, 7), "Ruslan Temirkhanov", "", ...story.slice(7)].join("\n"));
  assert.ok(!two.body.startsWith("Ruslan"));
});
