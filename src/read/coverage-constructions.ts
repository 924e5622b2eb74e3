/**
 * The construction-coverage matrix's constructions (docs/coverage.md): for an act, a source, a target, a third
 * state and a date, the sentences of each construction of English news (past, passive, relative clauses, event
 * nouns, "after talks with", participles, purpose clauses, reported, coordinated, fronted, pronouns, plans,
 * attitudes, negations) and the events they express besides the act. Pure.
 *
 * @module
 */
import type {Act} from "./coverage-lexicon.js";
import type {ActorForm, ActorPhrase} from "./coverage-actors.js";
import type {ExpectedEvent} from "./coverage.js";
import {pick, type Rng} from "./coverage-random.js";

/** What a construction builds from. */
export interface Parts {
  act: Act;
  A: ActorPhrase;
  B: ActorPhrase;
  /** A third actor, a state in its name form, unlike A and B. */
  C: ActorPhrase;
  D: {text: string; month: string};
  articleMonth: string;
  /** The article's date (ISO), for constructions that need a second date. */
  articleDate: string;
  rng: Rng;
}

/** What a construction gives. */
export interface Built {
  sentences: string[];
  /** Events besides the act A→B, dated D unless they give their own month. */
  extra?: (Omit<ExpectedEvent, "quote" | "date"> & {date?: string})[];
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
  /** The act's source and target codes when the construction names them otherwise than A and B (a group). */
  source?: string;
  target?: string;
  /** The act's other targets (a tour of three named states: one event, the gold's `other_targets`). */
  others?: string[];
  /** The forms the tables report when the construction phrases an actor itself ("the member states"). */
  sourceForm?: string;
  targetForm?: string;
}

/** A construction: its name (the `--constructions` option), what it builds, and which forms it takes. */
export interface Construction {
  name: string;
  describe: string;
  /** The source forms the construction takes (default all). */
  sourceForms?: readonly ActorForm[];
  /** The target forms the construction takes (default all). */
  targetForms?: readonly ActorForm[];
  /**
   * Session 15's cells (blind13's and blind14's failure classes, src/read/coverage-prose.ts), pinned apart from the
   * first matrix's.
   */
  prose?: boolean;
  /** The construction takes only the acts that name it (`onlyIn`: postponing, schedules, tours, no-event frames). */
  ownActs?: boolean;
  /** A variant wording of a session 15 cell (src/read/coverage-variants.ts): the acts of that cell, other words. */
  variantOf?: string;
  /** The sentences, or undefined when the construction does not apply to the act, null to draw again. */
  build: (p: Parts) => Built | undefined | null;
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

export const OBJECT_PRONOUN = {it: "it", he: "him", she: "her", they: "them"} as const;
export const POSS_PRONOUN = {it: "its", he: "his", she: "her", they: "their"} as const;
export const pronounOf = (B: ActorPhrase) => ({
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

export const has = (X: ActorPhrase) => (X.plural ? "have" : "has");
const said = "said relations were improving";

/**
 * Acts one travels somewhere to do in person: the verbal acts (but an investigation, and hosting or receiving,
 * which one does at home) and delivering aid.
 */
export const inPerson = (act: Act) =>
  ((act.cls === "verbal-coop" || act.cls === "verbal-conflict") &&
    act.root !== "09" &&
    act.name !== "host" &&
    act.name !== "receive") ||
  act.name === "deliver-aid";

/** The constructions (the `--constructions` option takes these names). */
export const CONSTRUCTIONS: readonly Construction[] = [
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
