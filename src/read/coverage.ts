/**
 * The construction-coverage matrix's generator (docs/coverage.md): short news paragraphs built from our own
 * grammar and lexicon (src/read/coverage-lexicon.ts), one act in one construction with one form of each actor
 * and one form of date, each with the events it expresses. The expected reading comes from what the generator
 * put in, never from the reader. Pure: the randomness is a seeded generator whose seed is an argument.
 *
 * @module
 */
import {ACTS, GROUPS, STATES, type Act, type StateEntry} from "./coverage-lexicon.js";

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to seed each cell's items independently of the others. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

// ---------------------------------------------------------------------------------------------------------
// Actors

/** The forms an actor takes (the `--forms` option takes these names). */
export const ACTOR_FORMS = [
  {name: "state", describe: "the country's name: Kazakhstan"},
  {name: "capital", describe: "the capital as metonymy: Astana"},
  {name: "government", describe: "the Kazakh government, the Kazakh authorities"},
  {name: "title", describe: "adjective, capitalised title and name: Kazakh Foreign Minister Yerzhan Kasymbekov"},
  {name: "title-lower", describe: "a lower-case title: Kazakhstan's foreign minister Yerzhan Kasymbekov"},
  {name: "apposition", describe: "name and title in apposition: Yerzhan Kasymbekov, the Kazakh foreign minister,"},
  {
    name: "country-title",
    describe: "after a sentence naming the state: Yerzhan Kasymbekov, the country's foreign minister,"
  },
  {name: "office", describe: "an office without a name: the Kazakh president, Kazakhstan's prime minister"},
  {name: "body", describe: "a ministry or body: Kazakhstan's foreign ministry, the Kazakh parliament"},
  {name: "company", describe: "a state company: Kazakh state energy company Saryarka Munai (economic acts only)"},
  {name: "region", describe: "the region as a group: Central Asian states, the five Central Asian leaders (CAS)"},
  {name: "igo", describe: "an international body: the SCO, the EU, the CSTO"}
] as const;

export type ActorForm = (typeof ACTOR_FORMS)[number]["name"];

/** An actor as a noun phrase, with what agrees with it. */
export interface ActorPhrase {
  form: ActorForm;
  code: string;
  text: string;
  poss: string;
  plural: boolean;
  /** Subject pronoun: it, he, she, they. */
  pronoun: "it" | "he" | "she" | "they";
  /** The state it belongs to (for a capital to travel to), when it is a state's. */
  state?: StateEntry;
  /** A sentence the paragraph must open with for the phrase to be understood ("the country's"). */
  context?: string;
}

const possessive = (t: string) => (/s$/.test(t) ? `${t}'` : `${t}'s`);

/** The actor `state` in `form` (a region or international body ignores `state`). */
export function actorPhrase(form: ActorForm, state: StateEntry, rng: Rng, act?: Act): ActorPhrase {
  const base = {form, code: state.code, plural: false, pronoun: "it" as const, state};
  const one = (text: string, extra: Partial<ActorPhrase> = {}): ActorPhrase => ({
    ...base,
    text,
    poss: possessive(text),
    ...extra
  });
  const person = () => pick(rng, state.people);
  switch (form) {
    case "state":
      return one(state.name);
    case "capital":
      return one(state.capital);
    case "government":
      return rng() < 0.5
        ? one(`the ${state.adj} government`)
        : one(`the ${state.adj} authorities`, {plural: true, pronoun: "they"});
    case "title": {
      const p = person();
      const title = p.title.replace(/\b\w/g, (c) => c.toUpperCase());
      return one(`${state.adj} ${title} ${p.name}`, {pronoun: p.gender === "m" ? "he" : "she"});
    }
    case "title-lower": {
      const p = person();
      return one(`${possessive(state.name)} ${p.title} ${p.name}`, {pronoun: p.gender === "m" ? "he" : "she"});
    }
    case "apposition": {
      const p = person();
      return {
        ...one(`${p.name}, the ${state.adj} ${p.title},`, {pronoun: p.gender === "m" ? "he" : "she"}),
        poss: possessive(`${state.adj} ${p.title} ${p.name}`)
      };
    }
    case "country-title": {
      const p = person();
      return {
        ...one(`${p.name}, the country's ${p.title},`, {pronoun: p.gender === "m" ? "he" : "she"}),
        poss: possessive(`${state.adj} ${p.title} ${p.name}`),
        context: pick(rng, [
          `${state.name} reshuffled its cabinet last year.`,
          `${state.name} has been courting new partners.`,
          `Elections are due in ${state.name} next year.`
        ])
      };
    }
    case "office": {
      const office = pick(rng, ["president", "prime minister", "foreign minister"]);
      return one(rng() < 0.5 ? `the ${state.adj} ${office}` : `${possessive(state.name)} ${office}`, {
        pronoun: "he"
      });
    }
    case "body": {
      const bodies = act?.physical
        ? [`${possessive(state.name)} defence ministry`, `the ${state.adj} defence ministry`]
        : [
            `${possessive(state.name)} foreign ministry`,
            `the ${state.adj} parliament`,
            `the ${state.adj} foreign ministry`
          ];
      return one(pick(rng, bodies));
    }
    case "company":
      return one(`${state.adj} state energy company ${state.company}`);
    case "region": {
      // a place (a visit's target): the region's name, which the official gold codes CAS ("a tour of Central Asia")
      if (act?.placeTarget)
        return {form, code: "CAS", text: "Central Asia", poss: "Central Asia's", plural: false, pronoun: "it"};
      const g = pick(rng, GROUPS.region);
      return {form, code: g.code, text: g.text, poss: possessive(g.text), plural: true, pronoun: "they"};
    }
    case "igo": {
      const g = pick(rng, GROUPS.igo);
      return {form, code: g.code, text: g.text, poss: possessive(g.text), plural: false, pronoun: "it"};
    }
  }
}

/** Whether `form` fits as the source (or target) of `act`. */
export function formFits(form: ActorForm, act: Act, side: "source" | "target"): boolean {
  if (side === "target") {
    if (act.placeTarget) return form === "state" || form === "capital" || form === "region";
    if (act.stateTarget)
      return form === "state" || form === "capital" || (form === "government" && !act.obj.includes("{B's}"));
    if (act.personTarget) return ["title", "title-lower", "apposition", "country-title", "office"].includes(form);
    return form !== "company" || !!act.economic;
  }
  if (form === "company") return !!act.economic;
  if (form === "region" || form === "igo") return !act.physical;
  if (act.military) return ["state", "capital", "government", "body"].includes(form);
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Dates

/** The forms of a date (a date is placed after the object unless the construction fronts it). */
export const DATE_FORMS = [
  "day-month-year",
  "day-month",
  "month-day-year",
  "weekday",
  "last-week",
  "in-month",
  "earlier-this-month"
] as const;
export type DateForm = (typeof DATE_FORMS)[number];

const MONTHS = "January February March April May June July August September October November December".split(" ");
const WEEKDAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");

/** Article dates (days late enough in the month that "last week" stays in it or plainly leaves it). */
const ARTICLE_DATES = ["2024-06-19", "2024-10-17", "2025-03-20", "2023-11-23"] as const;

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d;
};

/** A date phrase in `form` for an article of `article` (ISO date), and the year-month it denotes. */
export function datePhrase(form: DateForm, article: string, rng: Rng): {text: string; month: string} {
  const [y, m] = article.split("-").map(Number) as [number, number];
  switch (form) {
    case "day-month":
    case "day-month-year":
    case "month-day-year": {
      const d = addDays(article, -(5 + Math.floor(rng() * 40)));
      const day = d.getUTCDate();
      const mon = MONTHS[d.getUTCMonth()]!;
      return {
        text:
          form === "day-month"
            ? `on ${day} ${mon}`
            : form === "day-month-year"
              ? `on ${day} ${mon} ${d.getUTCFullYear()}`
              : `on ${mon} ${day}, ${d.getUTCFullYear()}`,
        month: ymd(d).slice(0, 7)
      };
    }
    case "weekday": {
      const d = addDays(article, -(1 + Math.floor(rng() * 5)));
      return {text: `on ${WEEKDAYS[d.getUTCDay()]}`, month: ymd(d).slice(0, 7)};
    }
    case "last-week":
      return {text: "last week", month: ymd(addDays(article, -7)).slice(0, 7)};
    case "in-month": {
      const back = 1 + Math.floor(rng() * Math.min(3, m - 1));
      return {text: `in ${MONTHS[m - 1 - back]}`, month: `${y}-${String(m - back).padStart(2, "0")}`};
    }
    case "earlier-this-month":
      return {text: "earlier this month", month: article.slice(0, 7)};
  }
}

// ---------------------------------------------------------------------------------------------------------
// Constructions

/** An event the generated paragraph expresses. */
export interface ExpectedEvent {
  source: string;
  target: string;
  /** CAMEO root (two digits). */
  root: string;
  /** Year-month. */
  date: string;
  mutual: boolean;
  /** The sentence that expresses it. */
  quote: string;
  /** The act (or "meet"/"travel" for the second event of a construction that adds one). */
  act: string;
}

/** One generated item: a paragraph and what it expresses. */
export interface CoverageItem {
  id: string;
  construction: string;
  act: string;
  root: string;
  cls: Act["cls"];
  sourceForm: ActorForm;
  targetForm: ActorForm;
  dateForm: DateForm | "none";
  articleDate: string;
  sentences: string[];
  expected: ExpectedEvent[];
}

interface Parts {
  act: Act;
  A: ActorPhrase;
  B: ActorPhrase;
  /** A third actor, a state in its name form, unlike A and B. */
  C: ActorPhrase;
  D: {text: string; month: string};
  articleMonth: string;
  rng: Rng;
}

interface Built {
  sentences: string[];
  /** Events besides the act A→B dated D (which every construction expresses unless `noMain`). */
  extra?: Omit<ExpectedEvent, "quote" | "date">[];
  /** The act's date when it is not D's (the perfect: the article's month). */
  month?: string;
  /** The act's other sources (coordinated subjects). */
  alsoFrom?: ActorPhrase[];
  /** The sentence (index) that expresses the act (default: the last). */
  at?: number;
  noDate?: boolean;
  /** The construction expresses no event (a negation): every event read from it is a false one. */
  none?: boolean;
  /** The root the construction gives the act instead of the act's own (a plan is an intent, 03). */
  root?: string;
}

/** Fills a template's slots. */
export function fill(
  t: string,
  A: ActorPhrase | undefined,
  B: ActorPhrase | {text: string; poss: string; plural: boolean; pronoun: ActorPhrase["pronoun"]}
): string {
  return t
    .replace(/\{B\}\s*\{was\}/g, `{B} ${B.plural ? "were" : "was"}`)
    .replace(/\{was\}/g, "was")
    .replace(/\{B's\}/g, B.poss)
    .replace(/\{its\}/g, POSS_PRONOUN[B.pronoun])
    .replace(/\{B\}/g, B.text)
    .replace(/\{A's\}/g, A?.poss ?? "")
    .replace(/\{A-its\}/g, A ? POSS_PRONOUN[A.pronoun] : "its")
    .replace(/\{A\}/g, A?.text ?? "");
}

const OBJECT_PRONOUN = {it: "it", he: "him", she: "her", they: "them"} as const;
const POSS_PRONOUN = {it: "its", he: "his", she: "her", they: "their"} as const;
const pronounOf = (B: ActorPhrase) => ({
  text: OBJECT_PRONOUN[B.pronoun],
  poss: POSS_PRONOUN[B.pronoun],
  plural: B.plural,
  pronoun: B.pronoun
});

/** Sentence case and tidy punctuation: an apposition's comma before a full stop or another comma goes. */
export function tidy(s: string): string {
  const t = s
    .replace(/\s+/g, " ")
    .replace(/,\s*([.,])/g, "$1")
    .replace(/\s+([.,])/g, "$1")
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const has = (X: ActorPhrase) => (X.plural ? "have" : "has");
const said = "said relations were improving";

/**
 * Acts one travels somewhere to do in person: the verbal acts (but an investigation, and hosting or receiving,
 * which one does at home) and delivering aid.
 */
const inPerson = (act: Act) =>
  ((act.cls === "verbal-coop" || act.cls === "verbal-conflict") &&
    act.root !== "09" &&
    act.name !== "host" &&
    act.name !== "receive") ||
  act.name === "deliver-aid";

/** The constructions (the `--constructions` option takes these names). */
export const CONSTRUCTIONS: readonly {
  name: string;
  describe: string;
  /** The source forms the construction takes (default all). */
  sourceForms?: readonly ActorForm[];
  build: (p: Parts) => Built | undefined;
}[] = [
  {
    name: "past",
    describe: "simple past: A signed an agreement with B on 3 May.",
    build: ({act, A, B, D}) => ({sentences: [`${A.text} ${act.verb[1]} ${fill(act.obj, A, B)} ${D.text}.`]})
  },
  {
    name: "perfect",
    describe: "present perfect, no date (the article's month): A has signed an agreement with B.",
    build: ({act, A, B, articleMonth}) => ({
      sentences: [`${A.text} ${has(A)} ${act.verb[2]} ${fill(act.obj, A, B)}.`],
      month: articleMonth,
      noDate: true
    })
  },
  {
    name: "adverb",
    describe: "an adverb before the verb: A also signed …",
    build: ({act, A, B, D, rng}) => ({
      sentences: [
        `${A.text} ${pick(rng, ["also", "formally", "again", "later", "publicly"])} ${act.verb[1]} ${fill(act.obj, A, B)} ${D.text}.`
      ]
    })
  },
  {
    name: "passive-agent",
    describe: "passive with a by-agent: B was criticised by A …; An agreement was signed by A and B.",
    build: ({act, A, B, D}) => (act.passive ? {sentences: [`${fill(act.passive, A, B)} ${D.text}.`]} : undefined)
  },
  {
    name: "passive-agentless",
    describe:
      "passive without a by-agent, the source named in a phrase: B was thanked for its support in a letter from A",
    build: ({act, A, B, D, rng}) =>
      act.agentless
        ? {
            sentences: [
              `${fill(act.agentless, A, B)} ${D.text} in a ${pick(rng, ["letter", "statement", "message"])} from ${A.text}.`
            ]
          }
        : undefined
  },
  {
    name: "relative-subject",
    describe: "a relative clause on the subject: A, which/who signed … on 3 May, said …",
    build: ({act, A, B, D}) => ({
      sentences: [
        `${A.text.replace(/,$/, "")}, ${A.pronoun === "he" || A.pronoun === "she" || A.form === "region" ? "who" : "which"} ${act.verb[1]} ${fill(act.obj, A, B)} ${D.text}, ${said}.`
      ]
    })
  },
  {
    name: "that-relative",
    describe: "a restrictive relative on the object: The agreement that A signed with B on 3 May takes effect …",
    build: ({act, A, B, D}) =>
      act.thing
        ? {sentences: [`${act.thing.np} that ${fill(act.thing.rel, A, B)} ${D.text} drew little attention.`]}
        : undefined
  },
  {
    name: "reduced-relative",
    describe: "a reduced relative: The agreement signed by A and B in May …",
    build: ({act, A, B, D}) =>
      act.thing
        ? {sentences: [`${act.thing.np} ${fill(act.thing.reduced, A, B)} ${D.text} drew little attention.`]}
        : undefined
  },
  {
    name: "event-noun",
    describe: "an event noun: A's visit to B on 3 May …; talks between A and B …",
    build: ({act, A, B, D}) =>
      act.noun ? {sentences: [`${fill(act.noun, A, B)} ${D.text} drew wide attention in the region.`]} : undefined
  },
  {
    name: "after-talks",
    describe: "after/following/during talks with B, A … (the act on B as a pronoun; the talks an event too)",
    build: ({act, A, B, D, rng}) =>
      act.root === "04"
        ? undefined
        : {
            sentences: [
              `${pick(rng, ["After", "Following", "During"])} talks with ${B.text} ${D.text}, ${A.text} ${act.verb[1]} ${fill(act.obj, A, pronounOf(B))}.`
            ],
            extra: [{source: A.code, target: B.code, root: "04", act: "meet", mutual: true}]
          }
  },
  {
    name: "after-gerund",
    describe: "after + gerund: After signing an agreement with B on 3 May, A said …",
    build: ({act, A, B, D, rng}) => ({
      sentences: [`After ${act.verb[3]} ${fill(act.obj, A, B)} ${D.text}, ${A.text} ${said}.`]
    })
  },
  {
    name: "participle",
    describe: "a participle clause, fronted or trailing: Meeting B on Monday, A said …; A moved quickly, meeting B …",
    build: ({act, A, B, D, rng}) => ({
      sentences: [
        rng() < 0.5
          ? `${act.verb[3]} ${fill(act.obj, A, B)} ${D.text}, ${A.text} ${said}.`
          : `${A.text} moved quickly ${D.text}, ${act.verb[3]} ${fill(act.obj, A, B)}.`
      ]
    })
  },
  {
    name: "purpose",
    describe: "a purpose infinitive after travel (a person travels): A travelled to B's capital on 3 May to sign …",
    sourceForms: ["title", "title-lower", "apposition"],
    build: ({act, A, B, D}) =>
      B.state && B.form !== "region" && B.form !== "igo" && !act.placeTarget && inPerson(act)
        ? {
            sentences: [
              `${A.text} travelled to ${B.state.capital} ${D.text} to ${act.verb[0]} ${fill(act.obj, A, B)}.`
            ],
            extra: [{source: A.code, target: B.code, root: "04", act: "travel", mutual: false}]
          }
        : undefined
  },
  {
    name: "reported",
    describe: "reported in the pluperfect: Officials said A had signed …; A said it had signed …",
    build: ({act, A, B, D, rng}) => ({
      sentences: [
        rng() < 0.5
          ? `Officials said ${A.text} had ${act.verb[2]} ${fill(act.obj, A, B)} ${D.text}.`
          : `${A.text} said ${A.pronoun} had ${act.verb[2]} ${fill(act.obj, A, B)} ${D.text}.`
      ]
    })
  },
  {
    name: "coordinated-predicates",
    describe: "coordinated predicates: A met B on 3 May and signed … (the meeting an event too)",
    build: ({act, A, B, D}) =>
      act.root === "04"
        ? undefined
        : {
            sentences: [
              `${A.text} met ${B.text} ${D.text} and ${act.bare ?? `${act.verb[1]} ${fill(act.obj, A, pronounOf(B))}`}.`
            ],
            extra: [{source: A.code, target: B.code, root: "04", act: "meet", mutual: true}]
          }
  },
  {
    name: "coordinated-subjects",
    describe: "coordinated subjects: A and B signed …; A and C criticised B …",
    build: ({act, A, B, C, D}) =>
      act.mutual && act.bare
        ? {sentences: [`${A.text} and ${B.text} ${act.bare} ${D.text}.`]}
        : act.mutual
          ? undefined
          : {
              sentences: [
                `${A.text} and ${C.text} ${act.verb[1]} ${fill(act.obj, {...A, pronoun: "they"}, B)} ${D.text}.`
              ],
              alsoFrom: [C]
            }
  },
  {
    name: "fronted-date",
    describe: "a fronted date: On 3 May, A signed …",
    build: ({act, A, B, D}) => ({sentences: [`${D.text}, ${A.text} ${act.verb[1]} ${fill(act.obj, A, B)}.`]})
  },
  {
    name: "date-before-verb",
    describe: "the date between the subject and the verb: A on Monday signed …",
    build: ({act, A, B, D}) => ({sentences: [`${A.text} ${D.text} ${act.verb[1]} ${fill(act.obj, A, B)}.`]})
  },
  {
    name: "fronted-partner",
    describe: "the partner fronted: With B, A signed an agreement … (symmetric acts whose partner follows 'with')",
    build: ({act, A, B, D}) =>
      act.mutual && (act.obj.includes(" with {B}") || act.obj.startsWith("with {B}"))
        ? {
            sentences: [
              `With ${B.text}, ${A.text} ${act.verb[1]} ${fill(act.obj.replace(/\s*with \{B\}/, ""), A, B)} ${D.text}.`
            ]
          }
        : undefined
  },
  {
    name: "pronoun",
    describe: "a pronoun continuing the sentence before: A … . It/He/She/They signed …",
    build: ({act, A, B, D}) => ({
      sentences: [
        A.pronoun === "he" || A.pronoun === "she"
          ? `${A.text} took office last year.`
          : `${A.text} ${has(A)} long described ${A.pronoun === "they" ? "their" : "its"} foreign policy as balanced.`,
        `${A.pronoun} ${act.verb[1]} ${fill(act.obj, A, B)} ${D.text}.`
      ]
    })
  },
  {
    name: "planned",
    describe:
      "a plan of the source's own, coded as an intent (03) at the article's month as the official gold codes plans: A plans to sign … next month (acts of 03, 04, 06–08 and signings)",
    build: ({act, A, B, articleMonth, rng}) =>
      ["03", "04", "06", "07", "08"].includes(act.root) || act.name.startsWith("sign")
        ? {
            sentences: [
              `${A.text} ${pick(rng, [`${A.plural ? "plan" : "plans"} to`, `${A.plural ? "intend" : "intends"} to`, "will"])} ${act.verb[0]} ${fill(act.obj, A, B)} ${pick(rng, ["next month", "later this year", "in the coming weeks"])}.`
            ],
            root: "03",
            month: articleMonth,
            noDate: true
          }
        : undefined
  },
  {
    name: "attitude",
    describe:
      "a third party's hope or fear about the act, which expresses no event of it: C hopes A will sign …; C fears A will attack …",
    build: ({act, A, B, C, rng}) => ({
      sentences: [
        `${C.text} ${act.cls.endsWith("coop") ? pick(rng, ["hopes", "expects"]) : pick(rng, ["fears", "worries"])} that ${A.text} will ${act.verb[0]} ${fill(act.obj, A, B)}.`
      ],
      none: true,
      noDate: true
    })
  },
  {
    name: "no-plans",
    describe: "a plan denied, which expresses no event: A has no plans to sign …",
    build: ({act, A, B}) => ({
      sentences: [`${A.text} ${A.plural ? "have" : "has"} no plans to ${act.verb[0]} ${fill(act.obj, A, B)}.`],
      none: true,
      noDate: true
    })
  },
  {
    name: "negated",
    describe: "a negated act, which expresses no event: A did not sign …; A has never signed …",
    build: ({act, A, B, D, rng}) => ({
      noDate: true,
      sentences: [
        rng() < 0.5
          ? `${A.text} did not ${act.verb[0]} ${fill(act.obj, A, B)} ${D.text}.`
          : `${A.text} ${has(A)} never ${act.verb[2]} ${fill(act.obj, A, B)}.`
      ],
      none: true
    })
  }
];

/** Options of {@link generate}. */
export interface GenerateOptions {
  seed: number;
  /** Items per cell (construction × act). */
  perCell: number;
  acts?: readonly string[];
  constructions?: readonly string[];
  /** Only these actor forms, for the source and the target. */
  forms?: readonly ActorForm[];
}

/** The items of the matrix: `perCell` per construction × act, each drawn by a generator seeded from its cell. */
export function generate({seed, perCell, acts, constructions, forms}: GenerateOptions): CoverageItem[] {
  const out: CoverageItem[] = [];
  const allForms = (forms?.length ? forms : ACTOR_FORMS.map((f) => f.name)) as ActorForm[];
  for (const c of CONSTRUCTIONS) {
    if (constructions?.length && !constructions.includes(c.name)) continue;
    for (const act of ACTS) {
      if (acts?.length && !acts.includes(act.name)) continue;
      for (let k = 0; k < perCell; k++) {
        const item = generateOne(c, act, `${seed}/${c.name}/${act.name}/${k}`, allForms);
        if (item) out.push(item);
      }
    }
  }
  return out;
}

function generateOne(
  c: (typeof CONSTRUCTIONS)[number],
  act: Act,
  id: string,
  forms: readonly ActorForm[]
): CoverageItem | undefined {
  // A few draws: a construction may not apply to the forms drawn (purpose needs a state to travel to).
  for (let attempt = 0; attempt < 8; attempt++) {
    const rng = seededRandom(hash32(`${id}#${attempt}`));
    const sf = forms.filter((f) => formFits(f, act, "source") && (!c.sourceForms || c.sourceForms.includes(f)));
    const tf = forms.filter((f) => formFits(f, act, "target"));
    if (!sf.length || !tf.length) return undefined;
    const sourceForm = pick(rng, sf);
    const targetForm = pick(rng, tf);
    const [sa, sb, sc] = threeStates(rng);
    const A = actorPhrase(sourceForm, sa, rng, act);
    let B = actorPhrase(targetForm, sb, rng, act);
    if (B.code === A.code) B = actorPhrase("state", sb, rng, act);
    if (B.code === A.code) continue;
    const C = actorPhrase("state", sc, rng, act);
    // A state does not act on the region it belongs to ("Tajikistan demanded an apology from Central Asian states").
    const inRegion = (X: ActorPhrase, Y: ActorPhrase) => X.code === "CAS" && CAS_MEMBERS.has(Y.code);
    if ([A, B, C].some((X) => [A, B, C].some((Y) => inRegion(X, Y)))) continue;
    // One "the country's" per paragraph: two would each need their state named just before.
    if (sourceForm === "country-title" && targetForm === "country-title") continue;
    const articleDate = pick(rng, ARTICLE_DATES);
    const dateForm = pick(rng, DATE_FORMS);
    const D = datePhrase(dateForm, articleDate, rng);
    const built = c.build({act, A, B, C, D, articleMonth: articleDate.slice(0, 7), rng});
    if (!built) return undefined;
    // "the country's" binds to the nearest state before it: no other state may be named before it in its sentence.
    const bound = [A, B].find((X) => X.context);
    const before = (t: string) => t.slice(0, Math.max(0, t.indexOf("the country's")));
    if (bound && built.sentences.some((t) => namesAnotherState(before(t), bound.code))) continue;
    const context = [A.context, B.context].filter((x): x is string => !!x);
    const sentences = [...context, ...built.sentences.map(tidy)];
    const at = context.length + (built.at ?? built.sentences.length - 1);
    const quote = sentences[at]!;
    const month = built.month ?? D.month;
    const mutual = !!act.mutual;
    const expected: ExpectedEvent[] = (built.none ? [] : [A, ...(built.alsoFrom ?? [])]).map((S) => ({
      source: S.code,
      target: B.code,
      root: built.root ?? act.root,
      date: month,
      mutual,
      quote,
      act: act.name
    }));
    for (const e of built.extra ?? []) expected.push({...e, date: D.month, quote});
    return {
      id,
      construction: c.name,
      act: act.name,
      root: act.root,
      cls: act.cls,
      sourceForm,
      targetForm,
      dateForm: built.noDate ? "none" : dateForm,
      articleDate,
      sentences,
      expected
    };
  }
  return undefined;
}

/** The members of the region the official gold codes CAS. */
const CAS_MEMBERS = new Set(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);

/** Whether `text` names a state other than `code` (its name, adjective or capital). */
function namesAnotherState(text: string, code: string): boolean {
  return STATES.some(
    (x) => x.code !== code && [x.name, x.adj, x.capital].some((w) => new RegExp(`\\b${w}\\b`).test(text))
  );
}

/** Three different states: the source's, the target's and a third's. */
function threeStates(rng: Rng): [StateEntry, StateEntry, StateEntry] {
  const a = pick(rng, STATES);
  let b = pick(rng, STATES);
  while (b === a) b = pick(rng, STATES);
  let c = pick(rng, STATES);
  while (c === a || c === b) c = pick(rng, STATES);
  return [a, b, c];
}

/** The article the reader reads for an item: a title line, the date line and the paragraph. */
export function articleText(item: CoverageItem): string {
  return `Regional briefing\n\n${item.articleDate}\n\n${item.sentences.join(" ")}\n`;
}

export {ACTS};
