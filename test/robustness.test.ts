import {test} from "node:test";
import assert from "node:assert/strict";
import {applyEdits, transformNamed, TRANSFORMS, type ParaphraseContext} from "../src/read/paraphrase.js";
import {
  batchPlans,
  checkDocument,
  compareRuns,
  unitHash,
  locateSentence,
  rewriteArticle,
  survivalTable,
  type ArticleReader,
  type RewritePlan
} from "../src/read/robustness.js";
import type {GoldDocument, ReadingForEval} from "../src/read/document-eval.js";
import {packReader} from "../src/app/document-eval.js";
import {pickRobustness} from "../src/app/robustness.js";

/** Every rewrite the transform gives for the sentence. */
function rewrites(name: string, sentence: string, context: ParaphraseContext = {}): string[] {
  const t = transformNamed(name);
  assert.ok(t, name);
  return t.apply(sentence, context).map((v) => applyEdits(sentence, v.edits));
}

test("capital: a state acting by its capital and back; a place or a longer name is left alone", () => {
  assert.deepEqual(rewrites("capital", "Norway and Japan renewed a whaling accord."), [
    "Norway and Tokyo renewed a whaling accord." // Norway is no state of the lexicon
  ]);
  assert.deepEqual(rewrites("capital", "Japan renewed a whaling accord with Chile."), [
    "Tokyo renewed a whaling accord with Chile."
  ]);
  assert.deepEqual(rewrites("capital", "Tokyo protested to Seoul."), ["Japan protested to Seoul."]); // "to Seoul": a place
  // after a preposition of place, through a list; inside a longer name; a possessive; a compound
  assert.deepEqual(rewrites("capital", "Miners gathered in Japan, Brazil and Egypt."), []);
  assert.deepEqual(rewrites("capital", "Bank of China lent money."), []);
  assert.deepEqual(rewrites("capital", "Egypt's navy sailed."), []);
  assert.deepEqual(rewrites("capital", "The Egypt-Iraq pipeline opened."), []);
  assert.deepEqual(rewrites("capital", "Air Brazil Cargo flew."), []);
  // Brussels stands for the EU as often as for Belgium: never read back
  assert.deepEqual(rewrites("capital", "Brussels fined the carrier."), []);
});

test("government and authorities: a state as its government; the verb agrees with 'authorities'", () => {
  assert.deepEqual(rewrites("government", "Iraq expelled two diplomats."), [
    "The Iraqi government expelled two diplomats."
  ]);
  assert.deepEqual(rewrites("government", '"Iraq is ready," a spokesman said.'), [
    '"The Iraqi government is ready," a spokesman said.'
  ]);
  assert.deepEqual(rewrites("authorities", "Iraq has expelled two diplomats."), [
    "Iraqi authorities have expelled two diplomats."
  ]);
  assert.deepEqual(rewrites("authorities", "Iraq was expelling two diplomats."), []); // a copula: its complement agrees too
  // a present-tense verb that would need a plural form, and "its" later in the sentence: not applied
  assert.deepEqual(rewrites("authorities", "Iraq wants a refund."), []);
  assert.deepEqual(rewrites("authorities", "Iraq expelled two diplomats from its capital."), []);
  assert.deepEqual(rewrites("government", "The plant was built for Iraq."), []);
  // a recipient before what it receives (a double object): its membership is not its government's
  assert.deepEqual(rewrites("government", "The bloc granted Iraq observer status."), []);
  assert.deepEqual(rewrites("authorities", "The bloc granted Iraq observer status."), []);
  assert.deepEqual(rewrites("government", "The bloc sided with Iraq against the plan."), [
    "The bloc sided with the Iraqi government against the plan."
  ]);
});

test("title-case: capitalised and lower-case titles before a name, not at a sentence's start", () => {
  assert.deepEqual(rewrites("title-case", "Cadets saluted Defence Minister Ana Ruiz."), [
    "Cadets saluted defence minister Ana Ruiz."
  ]);
  assert.deepEqual(rewrites("title-case", "Cadets saluted defence minister Ana Ruiz."), [
    "Cadets saluted Defence Minister Ana Ruiz."
  ]);
  // a head outside the examples above (Governor, Envoy, chairwoman) and a state adjective kept
  assert.deepEqual(rewrites("title-case", "Peruvian Special Envoy Luis Vega landed."), [
    "Peruvian special envoy Luis Vega landed."
  ]);
  assert.deepEqual(rewrites("title-case", "Farmers met chairwoman Olga Berg."), ["Farmers met Chairwoman Olga Berg."]);
  assert.deepEqual(rewrites("title-case", "Governor Ivo Katz resigned."), []); // opens the sentence
  assert.deepEqual(rewrites("title-case", "The minister resigned."), []); // no name after it
});

test("title: a bare name takes the title the article gives the person", () => {
  const document = "Argentine Trade Minister Rosa Vidal landed in Lima. Vidal met the mayor.";
  assert.deepEqual(rewrites("title", "Vidal met the mayor.", {document}), [
    "Argentine Trade Minister Vidal met the mayor."
  ]);
  assert.deepEqual(rewrites("title", "Reporters followed Rosa Vidal.", {document}), [
    "Reporters followed Argentine Trade Minister Rosa Vidal."
  ]);
  // already titled, or after "of" (inside a longer title), or a person the article gives no title
  assert.deepEqual(rewrites("title", "Minister Vidal left.", {document}), []);
  assert.deepEqual(rewrites("title", "The office of Vidal closed.", {document}), []);
  assert.deepEqual(rewrites("title", "Pablo Soto left.", {document}), []);
});

test("apposition and who: the article and a relative clause before a title in apposition", () => {
  assert.deepEqual(rewrites("apposition", "Ivo Katz, the governor of the port, resigned."), [
    "Ivo Katz, governor of the port, resigned."
  ]);
  assert.deepEqual(rewrites("apposition", "Ivo Katz, governor of the port, resigned."), [
    "Ivo Katz, the governor of the port, resigned."
  ]);
  assert.deepEqual(rewrites("apposition", "Ivo Katz, Chief Executive at Portco, resigned."), [
    "Ivo Katz, the Chief Executive at Portco, resigned."
  ]);
  assert.deepEqual(rewrites("who", "Ivo Katz, deputy head of the port, resigned."), [
    "Ivo Katz, who is deputy head of the port, resigned."
  ]);
  assert.deepEqual(rewrites("who", "Ivo Katz, who is the governor of the port, resigned."), [
    "Ivo Katz, the governor of the port, resigned."
  ]);
  // not a title, or no name before the comma
  assert.deepEqual(rewrites("apposition", "Ivo Katz, the owner of the port, resigned."), []);
  assert.deepEqual(rewrites("apposition", "In the end, the governor of the port resigned."), []);
  // a comma after a fronted phrase, before the subject: no apposition
  assert.deepEqual(rewrites("who", "At the request of Ivo Katz, Governor of the Port Olga Berg resigned."), []);
});

test("pronoun: a subject named as the sentence before named it, with the article's gender; ambiguity left alone", () => {
  const document = "Ana Ruiz toured the docks. She thanked the crews. Ruiz flew home.";
  assert.deepEqual(rewrites("pronoun", "Ruiz flew home.", {previous: "Ana Ruiz toured the docks.", document}), [
    "She flew home."
  ]);
  const doc2 = "Mr Ivo Katz spoke. Katz left.";
  assert.deepEqual(rewrites("pronoun", "Katz left.", {previous: "Mr Ivo Katz spoke.", document: doc2}), ["He left."]);
  // a state: "it"; but not when the sentence before names another state too
  assert.deepEqual(rewrites("pronoun", "Egypt signed the pact.", {previous: "Egypt held a vote."}), [
    "It signed the pact."
  ]);
  assert.deepEqual(
    rewrites("pronoun", "Egypt signed the pact.", {previous: "Crowds in Cairo cheered as Egypt voted."}),
    ["It signed the pact."]
  );
  assert.deepEqual(rewrites("pronoun", "Egypt signed the pact.", {previous: "Egypt and Iraq held a vote."}), []);
  // an institution
  assert.deepEqual(
    rewrites("pronoun", "The Port Authority raised fees.", {previous: "Shippers wrote to the Port Authority."}),
    ["It raised fees."]
  );
  // not named in the sentence before; no gender known
  assert.deepEqual(rewrites("pronoun", "Ruiz flew home.", {previous: "The docks were quiet.", document}), []);
  assert.deepEqual(
    rewrites("pronoun", "Soto left.", {previous: "Soto spoke.", document: "Soto spoke. Soto left."}),
    []
  );
});

test("possessive: a possessor named in the sentence before -> its/his/her", () => {
  assert.deepEqual(
    rewrites("possessive", "Egypt's envoy for Sudan flew to Khartoum.", {previous: "Egypt opened a consulate."}),
    ["Its envoy for Sudan flew to Khartoum."]
  );
  const document = "Ms Olga Berg chaired the board. Berg's deputy resigned.";
  assert.deepEqual(
    rewrites("possessive", "Berg's deputy resigned.", {previous: "Ms Olga Berg chaired the board.", document}),
    ["Her deputy resigned."]
  );
  // a lower-case noun after the possessive, as with a capitalised one
  assert.deepEqual(
    rewrites("possessive", "Egypt's Special Envoy flew home.", {previous: "Egypt opened a consulate."}),
    ["Its Special Envoy flew home."]
  );
  // the possessor not named before, or another state beside it
  assert.deepEqual(rewrites("possessive", "Egypt's envoy flew home.", {previous: "Rain fell."}), []);
  assert.deepEqual(rewrites("possessive", "Egypt's envoy flew home.", {previous: "Egypt and Iraq met."}), []);
});

test("gerund-noun: an act after 'after/before/following' as a gerund and as an event noun", () => {
  assert.deepEqual(rewrites("gerund-noun", "Peru relented after meeting the Egyptian envoy."), [
    "Peru relented after a meeting with the Egyptian envoy."
  ]);
  assert.deepEqual(rewrites("gerund-noun", "Peru relented after talks with Egypt."), [
    "Peru relented after holding talks with Egypt."
  ]);
  assert.deepEqual(rewrites("gerund-noun", "Before visiting Cairo, the envoy rested."), [
    "Before a visit to Cairo, the envoy rested."
  ]);
  assert.deepEqual(rewrites("gerund-noun", "Peru relented following a visit to Egypt."), []); // "following visiting"
  assert.deepEqual(rewrites("gerund-noun", "Peru relented after meeting resistance."), []); // no named partner
});

test("date-form: day-month and month-day, with and without the year; a range is left alone", () => {
  assert.deepEqual(rewrites("date-form", "Peru voted on 7 August 2021 in Lima."), [
    "Peru voted on August 7, 2021, in Lima."
  ]);
  assert.deepEqual(rewrites("date-form", "Peru voted on 7 August."), ["Peru voted on August 7."]);
  assert.deepEqual(rewrites("date-form", "Peru voted on August 7, 2021."), ["Peru voted on 7 August 2021."]);
  assert.deepEqual(rewrites("date-form", "Peru voted between 5 and 7 August."), []);
  assert.deepEqual(rewrites("date-form", "Peru voted in August 2021."), []);
});

test("weekday: a date in the six days before the article's as its weekday, and back", () => {
  const articleDate = "2024-05-10"; // a Friday
  assert.deepEqual(rewrites("weekday", "Peru voted on 7 May.", {articleDate}), ["Peru voted on Tuesday."]);
  assert.deepEqual(rewrites("weekday", "Peru voted on May 9, 2024.", {articleDate}), ["Peru voted on Thursday."]);
  assert.deepEqual(rewrites("weekday", "Peru voted on Tuesday.", {articleDate}), ["Peru voted on 7 May."]);
  assert.deepEqual(rewrites("weekday", "Peru voted on 30 December.", {articleDate: "2025-01-02"}), [
    "Peru voted on Monday."
  ]);
  // the article's own day, a week or more before, a future sentence, no article date
  assert.deepEqual(rewrites("weekday", "Peru voted on 10 May.", {articleDate}), []);
  assert.deepEqual(rewrites("weekday", "Peru voted on Friday.", {articleDate}), []);
  assert.deepEqual(rewrites("weekday", "Peru voted on 2 May.", {articleDate}), []);
  assert.deepEqual(rewrites("weekday", "Peru will vote on Tuesday.", {articleDate}), []);
  assert.deepEqual(rewrites("weekday", "Peru voted on 7 May."), []);
});

test("date-place: a date fronted and put back; not where it may belong to another clause", () => {
  assert.deepEqual(rewrites("date-place", "Chile recalled its envoy on 2 March."), [
    "On 2 March, Chile recalled its envoy."
  ]);
  assert.deepEqual(rewrites("date-place", "The two navies drilled last week."), ["Last week, the two navies drilled."]);
  assert.deepEqual(rewrites("date-place", "In June 2019, the two navies drilled."), [
    "The two navies drilled in June 2019."
  ]);
  assert.deepEqual(rewrites("date-place", "Earlier this month, Chile recalled its envoy."), [
    "Chile recalled its envoy earlier this month."
  ]);
  // the date after "said" or "that" may date the report, not the act; a sentence opening with its own phrase
  assert.deepEqual(rewrites("date-place", "Chile said Peru recalled its envoy on 2 March."), []);
  assert.deepEqual(rewrites("date-place", "In Lima on 2 March, Chile recalled its envoy."), []);
  assert.deepEqual(rewrites("date-place", "On 2 March, Chile recalled the envoy who had insulted Peru."), []);
});

test("relative: ', which' and 'that' after a common noun; not after a name, a verb or a quantified noun", () => {
  assert.deepEqual(rewrites("relative", "The dam, which flooded two villages, was closed."), [
    "The dam that flooded two villages was closed."
  ]);
  assert.deepEqual(rewrites("relative", "The dam that flooded two villages was closed."), [
    "The dam, which flooded two villages, was closed."
  ]);
  assert.deepEqual(rewrites("relative", "They blamed the dam that had flooded the valley."), [
    "They blamed the dam, which had flooded the valley."
  ]);
  assert.deepEqual(rewrites("relative", "They blamed Peru, which had built the dam."), []); // a name
  assert.deepEqual(rewrites("relative", "Peru noted that flooded fields recover."), []); // a complementiser
  assert.deepEqual(rewrites("relative", "It is the only dam that leaked."), []); // restrictive by force
  assert.deepEqual(rewrites("relative", "The report that Peru wrote was long."), []); // an object relative
});

test("aside, adverb and perfect: the verb group after the subject", () => {
  assert.deepEqual(rewrites("aside", "Chile recalled its envoy."), [
    "Chile, according to officials, recalled its envoy."
  ]);
  assert.deepEqual(rewrites("adverb", "Chile recalled its envoy."), ["Chile also recalled its envoy."]);
  assert.deepEqual(rewrites("adverb", "Chile has recalled its envoy."), ["Chile has also recalled its envoy."]);
  assert.deepEqual(rewrites("perfect", "Chile recalled its envoy."), ["Chile has recalled its envoy."]);
  assert.deepEqual(rewrites("perfect", "The two navies drew up a plan."), ["The two navies have drawn up a plan."]);
  assert.deepEqual(rewrites("perfect", "Chiefs of the Andean Pact met."), ["Chiefs of the Andean Pact have met."]);
  assert.deepEqual(rewrites("perfect", "Chile has recalled its envoy."), ["Chile recalled its envoy."]);
  assert.deepEqual(rewrites("perfect", "Peru has spoken."), ["Peru spoke."]);
  // a past date forbids the perfect; a sentence opening with a subordinate clause has no subject first
  assert.deepEqual(rewrites("perfect", "Chile recalled its envoy in 2019."), []);
  assert.deepEqual(rewrites("perfect", "Chile recalled its envoy.", {previous: "A row broke out in March."}), []);
  // the auxiliary before an adverb that precedes the verb
  assert.deepEqual(rewrites("perfect", "The envoys quietly sailed home."), ["The envoys have quietly sailed home."]);
  // a sentence with a source of its own takes a neutral aside; a first-person subject none
  assert.deepEqual(rewrites("aside", "Chile recalled its envoy, the ministry said."), [
    "Chile, meanwhile, recalled its envoy, the ministry said."
  ]);
  assert.deepEqual(rewrites("aside", "We recalled our envoy."), []);
  assert.deepEqual(rewrites("aside", "When Chile recalled its envoy, Peru protested."), []);
  assert.deepEqual(rewrites("aside", "The proposed dam was shelved."), [
    "The proposed dam, according to officials, was shelved."
  ]);
  // an adverb before the verb stays with the verb; a plural head with a capital, or a people noun
  assert.deepEqual(rewrites("aside", "The envoys quietly sailed home."), [
    "The envoys, according to officials, quietly sailed home."
  ]);
  assert.deepEqual(rewrites("perfect", "The Envoys sailed home."), ["The Envoys have sailed home."]);
  assert.deepEqual(rewrites("perfect", "Economists warned of a slump."), ["Economists have warned of a slump."]);
  assert.deepEqual(rewrites("perfect", "The United States sailed home."), ["The United States has sailed home."]);
});

test("attribution: colon, inversion, 'according to' and the order of reported speech", () => {
  const q = '"The harbour will reopen in spring," Ivo Katz said.';
  assert.deepEqual(rewrites("quote-colon", q), ['Ivo Katz said: "The harbour will reopen in spring."']);
  assert.deepEqual(rewrites("quote-colon", 'Ivo Katz told reporters: "The harbour will reopen in spring."'), [
    '"The harbour will reopen in spring," Ivo Katz told reporters.'
  ]);
  assert.deepEqual(rewrites("quote-inverted", q), ['"The harbour will reopen in spring," said Ivo Katz.']);
  assert.deepEqual(rewrites("quote-inverted", "“The harbour will reopen in spring,” said Ivo Katz."), [
    "“The harbour will reopen in spring,” Ivo Katz said."
  ]);
  assert.deepEqual(rewrites("according-to", q), ["According to Ivo Katz, the harbour will reopen in spring."]);
  assert.deepEqual(rewrites("according-to", "Ivo Katz said that the harbour would reopen."), [
    "According to Ivo Katz, the harbour would reopen."
  ]);
  assert.deepEqual(rewrites("according-to", "According to port officials, the harbour would reopen."), [
    "Port officials said that the harbour would reopen."
  ]);
  assert.deepEqual(rewrites("reported-order", "Ivo Katz said that the harbour would reopen."), [
    "The harbour would reopen, Ivo Katz said."
  ]);
  assert.deepEqual(rewrites("reported-order", "The harbour would reopen, he said."), [
    "He said that the harbour would reopen."
  ]);
  // a first-person quotation cannot become reported speech; an adverbial before "that"; "states" the noun
  assert.deepEqual(rewrites("according-to", '"We will reopen in spring," Ivo Katz said.'), []);
  assert.deepEqual(rewrites("reported-order", "Ivo Katz said on Monday that the harbour would reopen."), []);
  assert.deepEqual(rewrites("according-to", "Both states agreed that the harbour would reopen."), []);
  // a noun object, not a clause; a "speaker" holding a verb
  assert.deepEqual(rewrites("according-to", "The envoy stressed the cold weather."), []);
  assert.deepEqual(rewrites("according-to", "The risk is that the treaty says little."), []);
  assert.deepEqual(rewrites("according-to", "Economists said prices would rise."), [
    "According to economists, prices would rise."
  ]);
});

test("every transform is named once and leaves a sentence without its pattern alone", () => {
  assert.equal(new Set(TRANSFORMS.map((t) => t.name)).size, TRANSFORMS.length);
  for (const t of TRANSFORMS)
    assert.deepEqual(t.apply("rain fell.", {previous: "rain fell.", document: "rain fell."}), [], t.name);
});

test("the article's sentence is found across line breaks and rewritten in place; batches keep sentences apart", () => {
  const article = "Head\n\nChile recalled\nits envoy. Peru protested.\n";
  assert.deepEqual(locateSentence(article, "Chile recalled its envoy."), {start: 6, end: 31});
  const plan = (sentence: number, original: string, rewritten: string): RewritePlan => ({
    transform: "capital",
    area: "ac",
    variant: 0,
    note: "",
    sentence,
    original,
    rewritten,
    edits: [],
    items: []
  });
  const a = plan(1, "Chile recalled its envoy.", "Santiago recalled its envoy.");
  const b = plan(2, "Peru protested.", "Lima protested.");
  const c = plan(3, "Nowhere in the text.", "x");
  assert.deepEqual(rewriteArticle(article, [a, b, c]), {
    text: "Head\n\nSantiago recalled its envoy. Lima protested.\n",
    unlocated: [c]
  });
  assert.deepEqual(
    batchPlans([a, b, plan(3, "x", "y")]).map((batch) => batch.map((p) => p.sentence)),
    [[1, 3], [2]]
  );
});

const TINY = `Harbour talks in the steppe

By Lena Ortiz
14 October 2023

Kazakhstan signed a fisheries agreement with Egypt on 9 October 2023.

Separately, Mongolia criticised China over a dam on the Kherlen river.
`;

const TINY_GOLD: GoldDocument = {
  file: "tiny.txt",
  metadata: {},
  actors: [],
  events: [
    {
      source: "KAZ",
      target: "EGY",
      cameo_root: "05",
      date: "2023-10",
      mutual: true,
      quote: "Kazakhstan signed a fisheries agreement with Egypt"
    },
    {source: "MNG", target: "CHN", cameo_root: "11", date: "2023-10", quote: "Mongolia criticised China over a dam"}
  ],
  claims: []
};

test("the harness on a reader that loses an event when a state is named by its capital", () => {
  // A stand-in reader: it finds the signing only where "Kazakhstan" is written out.
  const stub: ArticleReader = (_file, text): ReadingForEval => {
    const sentences = text
      .split("\n")
      .filter((l) => l.trim())
      .map((t, index) => ({index, text: t.trim()}));
    const signing = sentences.find((s) => /signed/.test(s.text));
    return {
      source: {},
      sentences,
      events:
        signing && /Kazakhstan/.test(signing.text)
          ? [{source: "KAZ", target: "EGY", code: "057", date: "2023-10-09", sentence: signing.text}]
          : [],
      claims: [],
      mentions: []
    };
  };
  const transforms = ["capital", "date-form"].map((n) => transformNamed(n)!);
  const r = checkDocument("tiny", TINY_GOLD, TINY, stub, {transforms});
  assert.deepEqual(
    r.carried.map((c) => c.label),
    ["KAZ>EGY 05 2023-10"]
  );
  const seen = r.outcomes.map((o) => [o.transform, o.note, o.survived, o.lost.join(",")]);
  assert.deepEqual(seen, [
    ["capital", "Kazakhstan -> Astana", false, "event"],
    ["capital", "Egypt -> Cairo", true, ""],
    ["date-form", "9 October 2023 -> October 9, 2023", true, ""]
  ]);
  const all = survivalTable(r.outcomes, transforms).find((x) => x.transform === "all")!;
  assert.deepEqual(all.events, {applicable: 3, survived: 2, lost: {event: 1}});
});

test("--missed: a rewrite that makes a missed item right is reported, read alone", () => {
  // A stand-in reader that finds the signing only where the capital is written.
  const stub: ArticleReader = (_file, text) => {
    const sentences = text
      .split("\n")
      .filter((l) => l.trim())
      .map((t, index) => ({index, text: t.trim()}));
    const s = sentences.find((x) => /signed/.test(x.text));
    return {
      source: {},
      sentences,
      events:
        s && /Astana/.test(s.text)
          ? [{source: "KAZ", target: "EGY", code: "057", date: "2023-10-09", sentence: s.text}]
          : [],
      claims: [],
      mentions: []
    };
  };
  const r = checkDocument("tiny", TINY_GOLD, TINY, stub, {transforms: [transformNamed("capital")!], missed: true});
  assert.deepEqual(r.carried, []);
  assert.deepEqual(
    r.missed.map((m) => m.label),
    ["KAZ>EGY 05 2023-10", "MNG>CHN 11 2023-10"]
  );
  assert.deepEqual(
    r.outcomes.filter((o) => o.survived).map((o) => [o.item.label, o.note]),
    [["KAZ>EGY 05 2023-10", "Kazakhstan -> Astana"]]
  );
});

test("the harness with the shipped reader: both events carried, each rewrite judged", () => {
  const transforms = ["capital", "date-form", "aside"].map((n) => transformNamed(n)!);
  const r = checkDocument("tiny", TINY_GOLD, TINY, packReader(), {transforms});
  assert.deepEqual(r.carried.map((c) => c.label).sort(), ["KAZ>EGY 05 2023-10", "MNG>CHN 11 2023-10"]);
  assert.ok(r.outcomes.length >= 5);
  for (const o of r.outcomes) {
    assert.notEqual(o.rewritten, o.original);
    assert.equal(o.survived, o.lost.length === 0);
  }
  assert.ok(r.outcomes.some((o) => o.transform === "capital" && o.rewritten.startsWith("Astana signed")));
});

test("two runs compared item by item: lost, regained, new and gone", () => {
  const stub: ArticleReader = (_file, text) => ({
    source: {},
    sentences: text
      .split("\n")
      .filter((l) => l.trim())
      .map((t, index) => ({index, text: t.trim()})),
    events: /Kazakhstan signed/.test(text)
      ? [
          {
            source: "KAZ",
            target: "EGY",
            code: "057",
            date: "2023-10-09",
            sentence: text
              .split("\n")
              .find((l) => /signed/.test(l))!
              .trim()
          }
        ]
      : [],
    claims: [],
    mentions: []
  });
  const transforms = ["capital", "date-form"].map((n) => transformNamed(n)!);
  const before = checkDocument("tiny", TINY_GOLD, TINY, stub, {transforms}).outcomes;
  // A later reader that also reads the capital: the capital's rewrite survives now.
  const later: ArticleReader = (file, text) => stub(file, text.replace("Astana signed", "Kazakhstan signed"));
  const after = checkDocument("tiny", TINY_GOLD, TINY, later, {transforms}).outcomes;
  const c = compareRuns(before, after);
  assert.deepEqual(
    c.regained.map((o) => o.note),
    ["Kazakhstan -> Astana"]
  );
  assert.deepEqual([c.lost.length, c.added, c.dropped], [0, 0, 0]);
  assert.deepEqual(
    compareRuns(after, before).lost.map((o) => o.note),
    ["Kazakhstan -> Astana"]
  );
  assert.equal(compareRuns([], after).added, after.length);
});

test("a sample picks the same items for a seed, and about its share of them", () => {
  const keys = [...Array(2000).keys()].map((i) => `7|set|f${i % 40}|event|${i}`);
  const picked = keys.filter((k) => unitHash(k) < 0.25).length;
  assert.ok(picked > 400 && picked < 600, String(picked));
  assert.equal(unitHash("7|a|b|claim|3"), unitHash("7|a|b|claim|3"));
  assert.notEqual(unitHash("7|a|b|claim|3"), unitHash("8|a|b|claim|3"));
});

test("unknown sets and transforms are issues that name what was expected", () => {
  const r = pickRobustness(["seeds", "nosuchset"], ["capital", "shout"]);
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(
    r.issues.map((i) => i.code),
    ["unknown_set", "unknown_transform"]
  );
  assert.match(r.issues[0]!.message, /^Unknown set "nosuchset": expected one of seeds, blind, /);
  assert.match(r.issues[1]!.message, /^Unknown transform "shout": expected one of capital, government, /);
  const good = pickRobustness(["blind2"], ["perfect"]);
  assert.ok(good.ok && good.value.sets.length === 1 && good.value.transforms[0]!.name === "perfect");
});
