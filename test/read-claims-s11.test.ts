import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk} from "./helpers/read.js";
import {classifyClaim, isSchedule, judgementCue} from "../src/read/claims.js";

// Session 11 (issue 10): the kind of a claim in news prose, in sentences written for these tests (review H4: each
// phenomenon in a construction of our own, not a development set's sentence with its words swapped).

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "UZB", alias: "Uzbekistan"},
  {code: "MNG", alias: "Mongolia"},
  {code: "CHN", alias: "China"},
  {code: "RUS", alias: "Russia"}
];

test("the month 'May' in running text is no modal; the modal 'may' still forecasts", () => {
  assert.notEqual(classifyClaim("Prices jumped after the May devaluation of the tenge.")?.kind, "forecast");
  assert.notEqual(classifyClaim("The review published on 3 May found that the dam is safe.")?.kind, "forecast");
  assert.equal(classifyClaim("The tenge may weaken further against the rouble.")?.kind, "forecast");
  assert.equal(classifyClaim("May brought the first rains, and the harvest may still recover.")?.kind, "forecast");
});

test("pledged sums and procedural dates are plans, not forecasts", () => {
  assert.ok(isSchedule("The fund will earmark roughly 500 million euros for wind farms in Kazakhstan."));
  assert.ok(isSchedule("For the new terminal the two banks would commit $300 million between them."));
  assert.ok(isSchedule("The cabinet would not make any decision until the experts reported back, the spokesman said."));
  assert.ok(isSchedule("No ruling on the licence will be made before the elections."));
  // near misses: an outcome with a number, and a decision the speaker foresees, stay forecasts
  assert.equal(classifyClaim("Exports will reach $2 billion within five years.")?.kind, "forecast");
  assert.equal(classifyClaim("The court will decide the case against the miners soon.")?.kind, "forecast");
});

test("'due to <verb>' is a schedule, not a cause; 'due to the drought' still argues", () => {
  const d = readOk(
    `Water talks\n\n12 May 2026\n\nThe delegation is due to land in Tashkent at noon and sign the river protocol with Uzbekistan, the ministry said.\n`,
    {aliases}
  );
  assert.equal(claimOf(d, "due to land"), undefined);
  assert.equal(judgementCue("Cotton yields in Uzbekistan fell due to the drought."), "due to");
  assert.equal(judgementCue("The talks are due to resume next week in Baku."), undefined);
});

test("an elliptical 'neither will I' or 'will not either' foresees nothing; a full future still does", () => {
  assert.notEqual(classifyClaim("The ministry did not comment, and neither will I.")?.kind, "forecast");
  assert.notEqual(classifyClaim("Moscow did not sign the text, and Astana will not either.")?.kind, "forecast");
  assert.equal(classifyClaim("The rouble will not recover this year.")?.kind, "forecast");
});

test("a side's stated refusal reported with its verb of declaring, with 'would', is a commitment", () => {
  assert.equal(
    classifyClaim(
      "In a statement on Tuesday, the foreign ministry reiterated that Mongolia would never become a party to the dispute."
    )?.kind,
    "recommendation"
  );
  assert.equal(
    classifyClaim("The president declared last week that Uzbekistan would not allow foreign bases on its soil.")?.kind,
    "recommendation"
  );
  // near miss: observers foreseeing a third party's refusal
  assert.equal(classifyClaim("Analysts said Moscow would not allow the pipeline to bypass Russia.")?.kind, "forecast");
});

test("an inverted conditional ('Were X to …, Y would …') forecasts; a past counterfactual does not", () => {
  assert.equal(
    classifyClaim("Were Beijing to raise its tariffs, the cost of Mongolian coal in Chinese ports would double.")?.kind,
    "forecast"
  );
  assert.equal(classifyClaim("Should the rains fail again, Tajikistan will import more wheat.")?.kind, "forecast");
  assert.notEqual(
    classifyClaim("Were it not for the remittances, many villages would have emptied long ago.")?.kind,
    "forecast"
  );
});

test("judgements without a listed adjective: 'speak for themselves', 'serves X well', 'remains largely a …'", () => {
  assert.equal(judgementCue("Those numbers speak for themselves."), "speak for themselves");
  const d = readOk(
    `Column: the quiet neighbour\n\nBy Oyun Bat\n\n12 May 2026\n\n` +
      "Those numbers on Mongolian coal speak for themselves. Balancing between Moscow and Beijing serves Ulaanbaatar " +
      "well. The new council with China remains largely a talking shop.\n",
    {aliases}
  );
  assert.equal(claimOf(d, "speak for themselves")?.kind, "assessment");
  assert.equal(claimOf(d, "serves Ulaanbaatar")?.kind, "assessment");
  assert.equal(claimOf(d, "talking shop")?.kind, "assessment");
});

test("review G17: a denied judgement in a participle is a judgement; a denied state or procedure is a fact", () => {
  assert.equal(classifyClaim("The new tariff is not justified.")?.kind, "assessment");
  assert.equal(classifyClaim("Such caution is not warranted.")?.kind, "assessment");
  assert.equal(classifyClaim("The accord is not ratified.")?.kind, undefined);
  assert.equal(classifyClaim("The road is not finished.")?.kind, undefined);
  // a membership with a judging appositive after it keeps the judgement
  const d = readOk(
    `Analysis: clubs and members\n\nBy Anna Keller\n\n12 May 2026\n\n` +
      "Mongolia remains an observer of the SCO, a club that has done little for its economy.\n" +
      "\nKyrgyzstan is a member of the EAEU, a union founded in 2015.\n",
    {aliases}
  );
  assert.equal(claimOf(d, "done little")?.kind, "assessment");
  assert.equal(claimOf(d, "founded in 2015"), undefined);
});

test("a speaker's quoted generalisation is a view without a word of judgement; a quoted report or reply is not", () => {
  const d = readOk(
    `Border bazaar\n\n12 May 2026\n\n` +
      '"Everyone talks about the corridor, but the trucks still wait three days," said Bolat Seitov, a driver from Shymkent.\n\n' +
      '"Nobody in Bishkek reads the rules before they change them," Seitov added.\n\n' +
      '"We loaded forty trucks with Kyrgyz apricots and sent them north," Seitov said.\n',
    {aliases}
  );
  assert.equal(claimOf(d, "trucks still wait")?.kind, "assessment");
  assert.equal(claimOf(d, "Nobody in Bishkek")?.speaker, "Bolat Seitov");
  // near miss: what the speaker did, told in the past, is a report
  assert.equal(claimOf(d, "loaded forty trucks"), undefined);
});

test("'should' of a norm or an expectation is no advice; 'doomed to', 'would … within a year' and a question's modal", () => {
  // a relative clause's norm judges; being expected is no advice; "should expect" foresees
  assert.equal(
    classifyClaim("Freight still waits two weeks at a border that should take two hours.")?.kind,
    "assessment"
  );
  assert.notEqual(classifyClaim("Mongolia should not be expected to pay for the whole line.")?.kind, "recommendation");
  assert.equal(classifyClaim("No investor should expect the tariff to fall this year.")?.kind, "forecast");
  assert.equal(classifyClaim("Ulaanbaatar should open the border crossing at night.")?.kind, "recommendation");
  assert.equal(classifyClaim("Such schemes are doomed to fail without Chinese money.")?.kind, "forecast");
  // the future seen from a report, with a horizon; not a promise of the speaker's side
  assert.equal(
    classifyClaim("Several Gulf investors would open offices in Tashkent within a year, according to the minister.")
      ?.kind,
    "forecast"
  );
  assert.notEqual(
    classifyClaim("The minister promised that Mongolia would repay the loan by the end of 2027.")?.kind,
    "forecast"
  );
  // a question's modal before the reported answer is not the answer's
  const d = readOk(
    `Gas talks\n\n12 May 2026\n\nWhen asked if Ankara might reopen the talks with Kyrgyzstan, the spokesman would only say that the door was never closed.\n`,
    {aliases}
  );
  assert.notEqual(claimOf(d, "door was never closed")?.kind, "forecast");
});

test("a payment or a pledged sum the speaker's side will make is a plan; the speaker's own conduct is no view", () => {
  assert.ok(isSchedule("Tashkent confirmed that it would pay the first tranche of $40 million in May."));
  assert.ok(isSchedule("The ministry said Mongolia would pay its annual share of $2 million to the fund."));
  const d = readOk(
    `Border bazaar\n\n12 May 2026\n\n` +
      '"We are not telling Kyrgyzstan which partners to choose," the envoy, Lars Holm, said.\n\n' +
      '"Nobody in the region wants to choose, and nobody should have to," Holm added.\n',
    {aliases}
  );
  assert.equal(claimOf(d, "not telling Kyrgyzstan"), undefined);
  // near miss: a view of the region, not of one's own conduct, stays a claim
  assert.ok(claimOf(d, "Nobody in the region"));
});

test("review H21: 'should expect' foresees; 'should not be expected to' foresees nothing", () => {
  assert.equal(classifyClaim("Kazakhstan should expect slower growth next year, the IMF said.")?.kind, "forecast");
  assert.equal(
    classifyClaim("Exporters should expect longer queues at the border this summer, customs officials said.")?.kind,
    "forecast"
  );
  assert.notEqual(
    classifyClaim("Investors should not be expected to fund the railway alone, Sadykova said.")?.kind,
    "forecast"
  );
  const d = readOk(
    `Outlook\n\n12 May 2026\n\nKazakhstan should expect slower growth next year, the IMF's director said.\n`,
    {aliases}
  );
  assert.equal(claimOf(d, "slower growth")?.kind, "forecast");
});

test("review H22: a quoted description with 'and', 'but', 'only', 'still' or 'not' is no generalisation", () => {
  const d = readOk(
    `Border bazaar\n\n12 May 2026\n\n` +
      '"We load the trucks in Osh, and the drivers take them to Almaty," said Aliya Sadykova, a trader in Osh.\n\n' +
      '"My brother lives in Bishkek, but my parents live in Osh," said Aliya Sadykova.\n\n' +
      '"The train only runs on Mondays," said Aliya Sadykova.\n\n' +
      '"The minister is still in Moscow," a spokesman said.\n\n' +
      '"The delegation does not include the foreign minister," a spokesman said.\n\n' +
      '"Some traders adapt, others give up and go home," Sadykova said.\n',
    {aliases}
  );
  for (const q of ["load the trucks", "My brother", "only runs", "still in Moscow", "does not include"])
    assert.equal(claimOf(d, q), undefined, q);
  // a "some … others" contrast generalises
  assert.equal(claimOf(d, "Some traders adapt")?.kind, "assessment");
});
