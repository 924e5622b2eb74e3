import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {
  eventDate,
  insideInstitutionName,
  nearestDate,
  notAnEvent,
  readDocument,
  resolveDates,
  tokenize,
  transliterationVariants
} from "../src/read/index.js";

const pack = readPack();
const coder = defaultCoder(pack.actors);
const code = (s: string) => coder.codeSentence(s, {date: "2024-05-20"});
const dyads = (s: string) => code(s).events.map((e) => `${e.source}>${e.target} ${e.code}`);
const up = (s: string) => tokenize(s).map((t) => t.text.toUpperCase());

test("modality: questions, hypotheticals, negations, opinions, habits, goals and attempts are not events", () => {
  for (const [s, reason] of [
    ["Will Georgia sign the accord with Armenia?", "question"],
    ["If Armenia attacked Georgia, the alliance would respond.", "hypothetical"],
    ["Georgia could sanction Armenia next year.", "hypothetical"],
    ["Georgia did not condemn Armenia.", "negation"],
    ["Perhaps Georgia will criticize Armenia.", "opinion"],
    ["Georgia usually cooperates with Armenia.", "generic"],
    ["The main aim of Tbilisi's policy is to isolate Armenia.", "generic"],
    ["Georgia manages to balance between Armenia and Azerbaijan.", "generic"]
  ] as const) {
    const r = code(s);
    assert.deepEqual(r.events, [], s);
    // (When the tagger reads the verb as a noun nothing is dropped either; the verb's reading is checked below.)
    assert.ok(
      r.dropped.length === 0 || r.dropped.some((d) => d.reason === reason),
      `${s}: ${JSON.stringify(r.dropped)}`
    );
    const verb = up(s).findIndex((w) =>
      /^(SIGN|ATTACKED|SANCTION|CONDEMN|CRITICIZE|COOPERATES|ISOLATE|MANAGES)$/.test(w)
    );
    assert.equal(notAnEvent(up(s), verb, s), reason, s);
  }
  // "May" the month is no modal.
  assert.equal(
    notAnEvent(up("On 9 May Georgia condemned Armenia."), 4, "On 9 May Georgia condemned Armenia."),
    undefined
  );
  // A refusal is an act: a rejection.
  const refusal = dyads("Armenia refused to recognise the annexation by Azerbaijan.");
  assert.ok(refusal.length > 0 && refusal.every((d) => d.split(" ")[1]!.startsWith("12")), refusal.join("; "));
});

test("coordination: members of a list are not dyads among themselves, and each acts on the object", () => {
  assert.deepEqual(dyads("Norway and Denmark have decided to join the EU.").sort(), ["DNK>EU 036", "NOR>EU 036"]);
  const listed = dyads("The EU has named Mongolia a partner, besides Peru, Chile, and Ghana, because of its minerals.");
  for (const d of listed) assert.ok(!/^(PER|CHL|GHA)>(PER|CHL|GHA)/.test(d), d);
  assert.deepEqual(dyads("The Kremlin condemned the shelling of Moscow."), [], "no self-dyad");
});

test("tense and mood: past acts are acts, announced ones are intents marked planned with no reply", () => {
  assert.deepEqual(dyads("The Armenian premier met the Georgian president."), ["ARM>GEO 040"]);
  assert.deepEqual(dyads("Lithuania blamed Belarus for the border crisis."), ["LTU>BLR 112"]);
  assert.deepEqual(dyads("Russia deployed troops to Belarus."), ["RUS>BLR 154"]);
  const planned = code("The Japanese prime minister is expected to visit Mongolia.");
  assert.deepEqual(
    planned.events.map((e) => `${e.source}>${e.target} ${e.code} ${e.modality}`),
    ["JPN>MNG 036 planned"],
    "an expected visit is an intent, and Mongolia hosts nothing yet"
  );
});

test("actors: regions, proper nouns only, and no place inside an institution's name", () => {
  const m = (s: string) =>
    code(s)
      .mentions.filter((x) => x.agent !== x.code)
      .map((x) => `${x.text}=${x.code}`);
  assert.deepEqual(m("The West and Central Asian states discussed the South Caucasus."), [
    "The West=WST",
    "Central Asian=CAS",
    "the South Caucasus=CAU"
  ]);
  assert.deepEqual(m("Let us walk west of the river."), [], "'us' and 'west' are no actors");
  assert.deepEqual(m("She spoke at the Tbilisi International Forum and the Yerevan State University."), []);
  assert.ok(insideInstitutionName(["the", "Astana", "Institute", "for", "Policy"], 1));
  assert.ok(!insideInstitutionName(["Astana", "hosted", "the", "Forum"], 0));
  assert.deepEqual(dyads("A Japanese delegation went on a tour of Central Asia.").slice(0, 1), ["JPN>CAS 042"]);
});

test("dates: precision kept, a planned act keeps the article's date, an undated article loses no event", () => {
  assert.deepEqual(eventDate({date: "2026-01-01", precision: "year", rule: "year"}, "planned", "2024-05-20"), {
    date: "2024-05-20",
    precision: "article",
    rule: "planned-for-later"
  });
  assert.deepEqual(eventDate({date: "2022-03-01", precision: "month", rule: "month-year"}, undefined, undefined), {
    date: "2022-03-01",
    precision: "month",
    rule: "month-year"
  });
  assert.deepEqual(eventDate(undefined, undefined, undefined), {precision: "unknown", rule: "undated"});
  const text =
    "Armenia and Georgia\n\nThe Armenian premier met the Georgian president in March 2022 to discuss the road corridor between the two countries.\n\nLater the Georgian president also met the Azerbaijani president to discuss the same road corridor and its border crossings.\n";
  const r = readDocument(text, {format: "text", sourceId: "t", coder});
  assert.ok(r.ok);
  const ev = r.value.events.map((e) => `${e.source}>${e.target} ${e.date ?? "undated"} ${e.precision}`);
  assert.ok(ev.includes("ARM>GEO 2022-03-01 month"), ev.join("; "));
  assert.ok(ev.includes("GEO>AZE undated unknown"), ev.join("; "));
  assert.ok(r.value.warnings.some((w) => w.code === "undated_events" && /undated \(of \d+\)/.test(w.message)));
});

test("nominal events: a happening named by a noun in a sentence that dates it", () => {
  assert.deepEqual(dyads("The pullout of the United States from Iraq in 2011 reshaped the Gulf."), ["USA>IRQ 087"]);
  assert.deepEqual(dyads("The Georgian-Russian war in August 2008 froze relations."), ["GEO>RUS 190"]);
  assert.deepEqual(dyads("Deadly clashes broke out between Armenia and Azerbaijan in September 2022."), [
    "ARM>AZE 193"
  ]);
  assert.deepEqual(dyads("Western sanctions against Belarus in 2021 hit its potash exports."), ["WST>BLR 163"]);
  // No date of its own: a reference back to what is known, not a report of it.
  assert.deepEqual(dyads("The war between Armenia and Azerbaijan changed the region."), []);
  // A year does not discard the sentence (Phoenix's wire-service rule) in the article reader.
  assert.ok(code("In 1999 Uzbekistan withdrew from the CSTO.").warnings.every((w) => w.code !== "discarded"));
});

test("dates: each happening of a sentence takes the date that belongs to it", () => {
  const s =
    "The launch of the project in 2013, the pullout of the US from Iraq during the summer of 2011, and the war in May 2020";
  const all = resolveDates(s, undefined);
  assert.deepEqual(
    all.map((d) => d.text),
    ["2013", "the summer of 2011", "May 2020"]
  );
  const at = (w: string) => nearestDate(s, all, s.indexOf(w), s.indexOf(w) + w.length)!.text;
  assert.equal(at("launch"), "2013");
  assert.equal(at("pullout"), "the summer of 2011");
  assert.equal(at("war"), "May 2020");
  const t = "In March 2022, Georgia signed the deal.";
  assert.equal(
    nearestDate(t, resolveDates(t, undefined), t.indexOf("signed"), t.indexOf("signed") + 6)!.text,
    "March 2022"
  );
});

test("transliterations: other romanizations of a pack name match as the name does", () => {
  assert.deepEqual(transliterationVariants("Tokayev"), ["Toqayev", "Toqaev", "Tokaev"]);
  assert.ok(transliterationVariants("Zhaparov").includes("Japarov"));
  assert.deepEqual(transliterationVariants("Oslo"), [], "short names have no variants");
  const m = code("Qasym-Jomart Toqayev received the envoy at Aqorda.")
    .mentions.filter((x) => x.agent !== x.code)
    .map((x) => `${x.text}=${x.code}`);
  assert.deepEqual(m, ["Qasym-Jomart Toqayev=KAZ", "Aqorda=KAZ"]);
});
