/**
 * Variant wordings of session 15's cells (docs/coverage.md, "Variants"): the same acts and expected readings as a
 * cell of src/read/coverage-prose.ts, in words that cell does not use — other group nouns and gatherings, other
 * habits, other ways of knowing, other wishes, other plans that fell through or stand, other background participles.
 * A rule that fills a cell for the construction reads its variant too; a rule fitted to the cell's wording does not.
 * Kept as their own family (`--family variants`), so the cells' items stay as they were. Pure.
 *
 * @module
 */
import type {ActorForm, ActorPhrase} from "./coverage-actors.js";
import {CAS_MEMBERS} from "./coverage-actors.js";
import {fill, has, POSS_PRONOUN, type Construction} from "./coverage-constructions.js";
import {
  FEARED,
  HABITS,
  isPerson,
  later,
  MONTHS,
  noFrames,
  ORGS,
  predicate,
  SIDES,
  slots,
  STATELIKE,
  VISITORS
} from "./coverage-prose.js";
import {pick} from "./coverage-random.js";

const variant = (variantOf: string, name: string, describe: string, more: Partial<Construction>) =>
  ({name, describe, prose: true, variantOf, ...more}) as Construction;

const THEY = {text: "", poss: "", plural: true, pronoun: "they" as const};

/** Group nouns the cell does not use, and gatherings told otherwise. */
const groupTargetV = variant(
  "group-target",
  "group-target-v",
  "acts toward an organisation's members or the region in other words: his peers, the remaining members, fellow heads of state; the Central Asian five, the five republics, the region's governments",
  {
    sourceForms: ["state", "government", "title", "title-lower", "apposition", "office"],
    targetForms: ["state"],
    build: ({act, A, D, rng}) => {
      if (!["thank", "praise", "urge", "call-on", "appeal", "warn", "criticise"].includes(act.name)) return undefined;
      const code = A.state!.code;
      const orgs = ORGS.filter((o) => (o.members as readonly string[]).includes(code));
      const toRegion = !CAS_MEMBERS.has(code) && (!orgs.length || rng() < 0.4);
      if (!toRegion && !orgs.length) return null;
      const org = pick(rng, orgs.length ? orgs : ORGS);
      const nouns = toRegion
        ? ["the Central Asian five", "the five republics", "the region's governments", "the five heads of state"]
        : ["{A-its} peers", "the remaining members", "fellow heads of state", "the grouping's members"];
      const text = fill(
        pick(
          rng,
          nouns.filter((g) => isPerson(A) || !g.startsWith("{A-its}"))
        ),
        A,
        THEY
      );
      const context = toRegion
        ? pick(rng, [
            "Leaders from across Central Asia spent two days in talks.",
            "The meeting with the region's presidents ran over schedule."
          ])
        : pick(rng, [
            `Ministers of the ${org.name} countries held their yearly session.`,
            `The ${org.name} gathering drew a full turnout of heads of state.`
          ]);
      return {
        sentences: [context, `${A.text} ${predicate(act, 1, A, {...THEY, text})} ${D.text}.`],
        target: toRegion ? "CAS" : org.code,
        targetForm: toRegion ? "group-region" : "group-org"
      };
    }
  }
);

/** Habits told otherwise: every year, often, tends to, as a rule, is in the habit of, makes a point of. */
const habitualV = variant(
  "habitual",
  "habitual-v",
  "a habit in other words, no event: A criticises B every year; A tends to …",
  {
    build: ({act, A, B, rng}) => {
      if (!noFrames(act) || !HABITS.has(act.name)) return undefined;
      const third = A.plural ? act.verb[0] : act.verb[4];
      const obj = fill(act.obj, A, B);
      const s = pick(rng, [
        `${A.text} ${third} ${obj} every year.`,
        `${A.text} often ${third} ${obj}.`,
        `${A.text} ${A.plural ? "tend" : "tends"} to ${act.verb[0]} ${obj}.`,
        `As a rule, ${A.text} ${third} ${obj}.`,
        `${A.text} ${A.plural ? "make" : "makes"} a point of ${predicate(act, 3, A, B)}.`
      ]);
      return {sentences: [s], none: true, noDate: true};
    }
  }
);

/** Knowing how an act can come, told otherwise. */
const learnedHowV = variant(
  "learned-how",
  "learned-how-v",
  "knowing how an act can come in other words, no event: A has come to understand how fast B can …; A remembers how readily B …",
  {
    build: ({act, A, B, rng}) => {
      if (!noFrames(act) || !FEARED(act)) return undefined;
      const me = {
        text: ({it: "it", he: "him", she: "her", they: "them"} as const)[A.pronoun],
        poss: POSS_PRONOUN[A.pronoun],
        plural: A.plural,
        pronoun: A.pronoun
      };
      const knows = pick(rng, [
        `${has(A)} come to understand`,
        `${A.plural ? "are" : "is"} well aware of`,
        A.plural ? "remember" : "remembers",
        `${has(A)} discovered`
      ]);
      const how = pick(rng, ["how fast", "how readily", "how suddenly"]);
      return {
        sentences: [`${A.text} ${knows} ${how} ${B.text} can ${predicate(act, 0, B, me)}.`],
        none: true,
        noDate: true
      };
    }
  }
);

/** A group's wishes told otherwise (no negative quantifier). */
const groupWishV = variant(
  "group-wish",
  "group-wish-v",
  "a group's wish in other words, no event: All five would like to …; the Central Asian governments are in no hurry to …",
  {
    sourceForms: ["state"],
    targetForms: ["state", "capital", "government"],
    build: ({act, B, rng}) => {
      if (!noFrames(act) || CAS_MEMBERS.has(B.code)) return undefined;
      const [subject, wants] = pick<readonly [string, string]>(rng, [
        ["All five", "would like to"],
        ["Several of the region's states", "are eager to"],
        ["The Central Asian governments", "are in no hurry to"],
        ["Most of the five", "are loath to"]
      ]);
      const G: ActorPhrase = {form: "region", code: "CAS", text: subject, poss: "", plural: true, pronoun: "they"};
      return {
        sentences: [`${subject} ${wants} ${predicate(act, 0, G, B)}.`],
        none: true,
        noDate: true,
        sourceForm: "group"
      };
    }
  }
);

/** Frames of the cells' own acts, in other words (by act). */
const OTHER_FRAMES: Record<string, string[]> = {
  // plan-off: plans that fell through
  supposed: ["{A's} visit to {B} had been meant to take place last month.", "{A's} trip to {B} never got under way."],
  "was-to-have": ["{A} was to have travelled to {Bcap} last week.", "{A} and {B} were due to have met last month."],
  "had-been-due": [
    "Talks between {A} and {B}, originally set for last month, were dropped.",
    "{A} had planned to be in {Bcap} last month."
  ],
  // long-participle: other standing relations
  dominate: ["{B}, ruled for a century by {A}, is holding elections next year."],
  court: ["{B}, heavily backed by {A}, has kept its options open."],
  covet: ["{B's} oil fields, long claimed by {A}, are still mostly idle."],
  control: ["{B}, long influenced by {A}, has a young population."],
  // schedule: plans that stand
  "to-be-held": ["{A} and {B} will meet again {when}."],
  "due-in": ["{A} {is} due to visit {Bcap} {when}."],
  scheduled: ["A visit by {A} to {B} is on the cards for {when2}."],
  "will-host": ["{A} {plans} to host {B} {when}."],
  "planned-for": ["{A} has a trip to {B} lined up for {month}."],
  "expected-to": ["{A} and {B} are poised to sign a transit accord {when}."]
};

/** A cell of frames in other words: the cell's acts, the cell's expected reading. */
const framesV = (
  of: string,
  describe: string,
  sourceForms: readonly ActorForm[],
  targetForms: readonly ActorForm[],
  none: boolean
) =>
  variant(of, `${of}-v`, describe, {
    ownActs: true,
    sourceForms,
    targetForms,
    build: ({act, A, B, articleDate, articleMonth, rng}) => {
      const frames = OTHER_FRAMES[act.name];
      if (!frames) return undefined;
      const t = pick(rng, frames);
      const person = /\{A\} (was to have travelled|had planned|\{is\} due to visit)/.test(t);
      if (t.includes("{Bcap}") && !B.state) return null;
      if (person && !isPerson(A)) return null;
      if (/\{A's\} (visit|trip)|visit by \{A\}|\{A\} has a trip/.test(t) && !VISITORS.includes(A.form)) return null;
      if (/^\{A\} \{plans\} to host/.test(t) && !STATELIKE.includes(A.form)) return null;
      if (/^\{B\}, |^\{B's\}/.test(t) && B.form !== "state") return null;
      if (/visit by \{A\} to \{B\}|trip to \{B\}/.test(t) && !["state", "capital"].includes(B.form)) return null;
      const when = later(articleDate, rng);
      const m = Number(articleDate.slice(5, 7));
      const sentence = slots(t, {
        A: A.text,
        "A's": A.poss,
        B: B.text,
        "B's": B.poss,
        Bcap: B.state?.capital ?? "",
        is: A.plural ? "are" : "is",
        plans: A.plural ? "plan" : "plans",
        when,
        when2: when.replace(/^in /, ""),
        month: MONTHS[m % 12]!
      });
      return none
        ? {sentences: [sentence], none: true, noDate: true}
        : {sentences: [sentence], month: articleMonth, noDate: true};
    }
  });

/** The variant cells (`--family variants`). */
export const VARIANT_CONSTRUCTIONS: readonly Construction[] = [
  groupTargetV,
  habitualV,
  learnedHowV,
  groupWishV,
  framesV(
    "schedule",
    "a schedule or plan in other words, an intent (03) dated by the article: A and B will meet again in May; A plans to host B",
    ["state", "capital", "government", "title", "title-lower", "apposition", "office", "igo", "region"],
    ["state", "capital", "government", "igo", "region"],
    false
  ),
  framesV(
    "plan-off",
    "a plan that fell through in other words, no event: A was to have travelled to B's capital; talks … were dropped",
    ["state", "government", "title", "office", "igo"],
    ["state"],
    true
  ),
  framesV(
    "long-participle",
    "a background participle in other words, no event: B, ruled for a century by A, …",
    SIDES,
    ["state"],
    true
  )
];
