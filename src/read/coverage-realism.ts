/**
 * The construction-coverage matrix's realism (docs/coverage.md, "Realism"): a copy of a generated item embedded in
 * one of the contexts real news prose puts around an act — a long appositive on the subject, a fronted clause, a
 * trailing participle, a bracketed source citation, an attribution tail, a second act in the same sentence, a
 * quotation beside it. The copy expresses the same events (and the second act's); comparing it with its plain item
 * tells which contexts break readings. A measure, not a target for fitting. Pure: the randomness is the seeded
 * generator given.
 *
 * @module
 */
import type {CoverageItem, ExpectedEvent} from "./coverage.js";
import {pick, type Rng} from "./coverage-random.js";

const MONTHS = "January February March April May June July August September October November December".split(" ");

/** Words that open a sentence without being a name (lower-cased when a clause is put before them). */
const FUNCTION_OPENERS = new Set(
  "The It He She They A An After Following During With On In When Shortly Soon Last Earlier Officials Talks Relations Ties No Not Few Most Construction".split(
    " "
  )
);

const lowerOpener = (s: string) => {
  const first = s.split(/[\s,]/)[0]!;
  return FUNCTION_OPENERS.has(first) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
};
const withoutStop = (s: string) => s.replace(/\.$/, "");
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const startsWithSubject = (item: CoverageItem) =>
  !!item.parts && item.sentences[item.parts.at]!.startsWith(cap(item.parts.subject));

/** A context: its name, whether it fits the item, and the act's sentence in it. */
interface Context {
  name: string;
  describe: string;
  fits: (item: CoverageItem) => boolean;
  /** The new sentences (the act's sentence at `parts.at` rewritten, or one added) and any further event. */
  embed: (item: CoverageItem, rng: Rng) => {sentences: string[]; at?: number; extra?: Omit<ExpectedEvent, "quote">[]};
}

/** Replaces the act's sentence. */
const rewrite = (item: CoverageItem, f: (s: string) => string) =>
  item.sentences.map((s, i) => (i === item.parts!.at ? f(s) : s));

const ASIDES = {
  person: ["who took office in 2021", "who is seeking a second term next year", "who has held the post since 2019"],
  it: [
    "which holds the rotating chair of its regional bloc this year",
    "whose economy grew by 5% last year",
    "long a cautious voice in regional affairs"
  ],
  they: ["which have long guarded their neutrality", "under pressure from rising food prices"]
};

/** The contexts (the `--contexts` option takes these names). */
export const CONTEXTS: readonly Context[] = [
  {
    name: "appositive",
    describe: "a long appositive on the subject: A, who took office in 2021, signed …",
    fits: startsWithSubject,
    embed: (item, rng) => {
      const p = item.parts!;
      const subject = cap(p.subject);
      const person = p.pronoun === "he" || p.pronoun === "she";
      // a person on a visit to a third state: the visit is an event too (04, the act's month)
      const visiting = person && item.expected.length > 0 && rng() < 0.4;
      const aside = visiting
        ? `who is on a three-day visit to ${p.third}`
        : pick(rng, ASIDES[(person ? "person" : p.pronoun) as keyof typeof ASIDES]);
      const main = item.expected[0];
      return {
        sentences: rewrite(item, (s) => {
          const rest = s.slice(subject.length);
          return subject.endsWith(",") ? `${subject} ${aside},${rest}` : `${subject}, ${aside},${rest}`;
        }),
        ...(visiting && main
          ? {
              extra: [
                {source: p.source, target: p.thirdCode, root: "04", date: main.date, mutual: false, act: "visit-aside"}
              ]
            }
          : {})
      };
    }
  },
  {
    name: "fronted-clause",
    describe: "a fronted clause: Amid rising tensions over water rights, A signed …",
    fits: (item) => !!item.parts,
    embed: (item, rng) => {
      const lead = pick(rng, [
        `Amid rising tensions with ${item.parts!.third},`,
        "Amid rising tensions over water rights,",
        "In a move that surprised few in the region,",
        "As the region's energy shortage deepened,",
        "Despite objections from opposition lawmakers,"
      ]);
      return {sentences: rewrite(item, (s) => `${lead} ${lowerOpener(s)}`)};
    }
  },
  {
    name: "trailing-participle",
    describe: "a trailing participle: A signed … on Monday, underlining the region's growing weight.",
    fits: (item) => !!item.parts,
    embed: (item, rng) => {
      const tail = pick(rng, [
        "underlining the region's growing weight",
        "signalling a cautious shift in policy",
        `a move likely to irritate ${item.parts!.third}`,
        "a step welcomed by business groups at home"
      ]);
      return {sentences: rewrite(item, (s) => `${withoutStop(s)}, ${tail}.`)};
    }
  },
  {
    name: "citation",
    describe: "a bracketed source citation: A signed … on Monday (TASS, 20 February).",
    fits: (item) => !!item.parts,
    embed: (item, rng) => {
      const [, m, d] = item.articleDate.split("-").map(Number) as [number, number, number];
      const agency = pick(rng, ["TASS", "Interfax", "Reuters", "Xinhua", "AKIpress", "Kun.uz", "Trend"]);
      const cite = rng() < 0.5 ? `(${agency}, ${MONTHS[m - 1]} ${d})` : `(${agency}, ${d} ${MONTHS[m - 1]})`;
      return {sentences: rewrite(item, (s) => `${withoutStop(s)} ${cite}.`)};
    }
  },
  {
    name: "attribution",
    describe: "an attribution tail: A signed … on Monday, a ministry statement said.",
    fits: (item) => !!item.parts,
    embed: (item, rng) => {
      const tail = pick(rng, [
        "a ministry statement said",
        "officials said",
        "according to a government statement",
        "the agency reported",
        `${item.parts!.third}'s state news agency reported`,
        "a spokesman told reporters"
      ]);
      return {sentences: rewrite(item, (s) => `${withoutStop(s)}, ${tail}.`)};
    }
  },
  {
    name: "second-act",
    describe: "a second act in the same sentence: A signed … on Monday, and it also held talks with C.",
    fits: (item) => startsWithSubject(item) && item.expected.length > 0,
    embed: (item) => {
      const p = item.parts!;
      const main = item.expected[0]!;
      return {
        sentences: rewrite(item, (s) => `${withoutStop(s)}, and ${p.pronoun} also held talks with ${p.third}.`),
        extra: [{source: p.source, target: p.thirdCode, root: "04", date: main.date, mutual: true, act: "second-act"}]
      };
    }
  },
  {
    name: "quotation",
    describe: 'a quotation beside the act: … "We want predictable neighbours," a spokesman said.',
    fits: (item) => !!item.parts,
    embed: (item, rng) => {
      const said = `"${pick(rng, [
        "We want predictable neighbours",
        "This is good news for the whole region",
        "Nobody should read too much into it"
      ])}," ${pick(rng, ["a spokesman said", "one official said", "a senior diplomat said"])}.`;
      const at = item.parts!.at;
      const before = rng() < 0.5 && at === 0;
      const sentences = [...item.sentences];
      sentences.splice(before ? at : at + 1, 0, said);
      return {sentences, at: before ? at + 1 : at};
    }
  }
];

/** The copy of `item` in a context that fits it (one of `only`, when given), or undefined when none fits. */
export function embed(item: CoverageItem, rng: Rng, only?: readonly string[]): CoverageItem | undefined {
  const fitting = CONTEXTS.filter((c) => (!only?.length || only.includes(c.name)) && c.fits(item));
  if (!fitting.length || !item.parts) return undefined;
  const c = pick(rng, fitting);
  const {sentences, at = item.parts.at, extra} = c.embed(item, rng);
  const oldQuote = item.sentences[item.parts.at]!;
  const quote = sentences[at]!;
  const expected = [
    ...item.expected.map((e) => (e.quote === oldQuote ? {...e, quote} : e)),
    ...(extra ?? []).map((e) => ({...e, quote}))
  ];
  return {...item, id: `${item.id}~${c.name}`, sentences, expected, parts: {...item.parts, at}, context: c.name};
}
