import assert from "node:assert/strict";
import {test} from "node:test";
import {readDiary as read} from "./helpers/events.js";

// Session 33 (pr33): false events. Every sentence is our own.
const dyads = (text: string) => read(text).map((e) => `${e.source}>${e.target} ${e.code}`);

test("an apposition renaming what was said or done tells no act of its own", () => {
  for (const sentence of [
    "Uzbek Foreign Minister Bakhtiyor Saidov said Tashkent would not host foreign bases, a message Uzbek officials have repeated to every Russian visitor since 2023.",
    "Tajik President Emomali Rahmon said Dushanbe would keep its border open, a familiar line Tajik diplomats have delivered to Chinese guests for years.",
    "Chinese President Xi Jinping received the leaders of Mongolia and Nepal in Beijing on Monday, the first time both had sat down with a Chinese leader together."
  ]) {
    const got = dyads(sentence);
    // no criticism (the dictionary's "repeat") and no meeting of the guests with the host read from the apposition
    assert.ok(!got.some((d) => / 1[0-9]{2}$/.test(d)), `${sentence}: ${got.join(", ")}`);
    assert.ok(!got.some((d) => /^(MNG|NPL)>CHN 040$/.test(d)), `${sentence}: ${got.join(", ")}`);
  }
  // the main clause keeps its act
  const received = dyads(
    "Chinese President Xi Jinping received the leaders of Mongolia and Nepal in Beijing on Monday, the first time both had sat down with a Chinese leader together."
  );
  assert.ok(received.includes("CHN>MNG 043"), received.join(", "));
});

test("near misses: an apposition naming a person or a paper, and a clause after a comma with a verb of its own", () => {
  // an apposition of a person is no saying: the act is the main verb's
  const met = dyads(
    "Kazakh President Kassym-Jomart Tokayev met Emmanuel Macron, the French president, in Paris on Monday."
  );
  assert.ok(met.includes("KAZ>FRA 040"), met.join(", "));
  // a clause of its own after a comma keeps its act
  const signed = dyads(
    "Kazakhstan and Azerbaijan signed a transit agreement on Monday, a step that Kyrgyzstan criticised on Tuesday."
  );
  assert.ok(signed.includes("KAZ>AZE 057"), signed.join(", "));
});

test("a standing 'since' in an apposition does not date the act before it", () => {
  const evs = read(
    "Kazakh Foreign Minister Murat Nurtleu assured Portuguese Foreign Minister Paulo Rangel that Kazakhstan would not allow its territory to be used to circumvent sanctions, a line Astana has repeated since 2022."
  );
  assert.ok(evs.length > 0);
  assert.ok(
    evs.every((e) => !e.date?.startsWith("2022")),
    evs.map((e) => `${e.source}>${e.target} ${e.code} ${e.date}`).join(", ")
  );
  // near miss: a "since" whose clause holds the act still marks it as begun then (a standing act, left unread)
  assert.deepEqual(dyads("Kazakhstan has supplied uranium to France since 2022."), []);
});

test("a relative whose subject is a thing gives the actor before it no act", () => {
  for (const sentence of [
    "Berlin wants a share of the orders that have so far gone to Japan and South Korea.",
    "Ankara is watching the pipelines which already run to China and Russia."
  ]) {
    const got = dyads(sentence);
    assert.deepEqual(got, [], `${sentence}: ${got.join(", ")}`);
  }
  // near miss: a relative whose antecedent is an actor, or a word for one, acts
  const went = dyads("Kazakh President Kassym-Jomart Tokayev, who went to Beijing on Monday, met Xi Jinping.");
  assert.ok(
    went.some((d) => d.startsWith("KAZ>CHN 04")),
    went.join(", ")
  );
  const delegation = dyads("The Kyrgyz delegation that travelled to Ankara on Monday signed a trade deal with Turkey.");
  assert.ok(
    delegation.some((d) => d.startsWith("KGZ>TUR")),
    delegation.join(", ")
  );
});

test("an attack condemned where it struck is no criticism of that state", () => {
  for (const sentence of [
    "Kazakhstan strongly condemns the terrorist attack in Kabul on 2 March, which killed twelve people.",
    "Turkmenistan condemned the bombing near the railway station in Quetta on Monday."
  ]) {
    const got = dyads(sentence);
    assert.ok(!got.some((d) => / 11\d$/.test(d)), `${sentence}: ${got.join(", ")}`);
  }
  // near misses: a doer named as the attack's owner, or an actor condemned outright, stays a criticism
  const owned = dyads("Kazakhstan condemned Israel's attack on Iran on Monday.");
  assert.ok(
    owned.some((d) => /^KAZ>[A-Z]{3} 11\d$/.test(d)),
    owned.join(", ")
  );
  const outright = dyads("Uzbekistan condemned the Taliban on Monday for the attack.");
  assert.ok(
    outright.some((d) => / 11\d$/.test(d)),
    outright.join(", ")
  );
});

test("a coordinated subject joining an occasion does not meet itself; 'argued that' is a saying", () => {
  const joined = dyads("Kyrgyzstan and Tajikistan joined the talks on the railway last year.");
  assert.ok(!joined.some((d) => /^(KGZ>TJK|TJK>KGZ) /.test(d)), joined.join(", "));
  const video = dyads(
    "Kazakh President Kassym-Jomart Tokayev and Turkmen President Serdar Berdimuhamedov joined the ceremony by video link on Monday."
  );
  assert.ok(!video.some((d) => /^(KAZ>TKM|TKM>KAZ) /.test(d)), video.join(", "));
  // near misses: joining an actor in an occasion, and joining forces, are acts toward the other
  const withOther = dyads("Kyrgyzstan and Tajikistan joined Uzbekistan in the talks on the railway last year.");
  assert.ok(withOther.includes("KGZ>UZB 040"), withOther.join(", "));
  const forces = dyads("Kazakhstan and Kyrgyzstan joined forces on Monday to build the railway.");
  assert.ok(
    forces.some((d) => d.startsWith("KAZ>KGZ")),
    forces.join(", ")
  );
  const argued = dyads(
    "The Armenian Government argued on Monday that Azerbaijan had provided no assurances for the returnees."
  );
  assert.ok(!argued.some((d) => /^ARM>AZE 1/.test(d)), argued.join(", "));
  // near miss: arguing with another is a quarrel
  const quarrel = dyads("The Armenian Government argued with Azerbaijan on Monday over the returnees.");
  assert.ok(
    quarrel.some((d) => /^ARM>AZE 1/.test(d)),
    quarrel.join(", ")
  );
});

test("support stated for another's plan or fight is an endorsement of its owner, one way", () => {
  const plan = dyads("Tajikistan on Monday expressed its support for Mongolia's plan for a regional water council.");
  assert.ok(plan.includes("TJK>MNG 051"), plan.join(", "));
  assert.ok(!plan.some((d) => d.startsWith("MNG>TJK")), plan.join(", "));
  const fight = dyads("Kazakhstan on Monday voiced its firm support for Pakistan's fight against terrorism.");
  assert.ok(fight.includes("KAZ>PAK 051"), fight.join(", "));
  assert.ok(!fight.some((d) => / 012$/.test(d)), fight.join(", "));
  // near miss: concern stated about a fight stays concern
  const concern = dyads("Kazakhstan on Monday expressed concern over the fighting in Sudan.");
  assert.ok(concern.includes("KAZ>SDN 012"), concern.join(", "));
});

test("a thing named as a giving's subject, or a participle of result, gives no act", () => {
  for (const sentence of [
    "A professor at a Kazakh university said on Monday that the treaty gave Moscow a veto over the pipeline.",
    "A Turkish port operator bought a stake in two shipping companies from Turkmenistan's state line on Monday, giving Ankara a foothold on the Caspian."
  ]) {
    const got = dyads(sentence);
    assert.ok(!got.some((d) => / 0[67]\d*$/.test(d)), `${sentence}: ${got.join(", ")}`);
  }
  // near misses: a state or its government gives
  const gave = dyads("The Kazakh government gave Kyrgyzstan 2,000 tonnes of fuel on Monday.");
  assert.ok(
    gave.some((d) => d.startsWith("KAZ>KGZ 07")),
    gave.join(", ")
  );
});
