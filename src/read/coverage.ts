/**
 * The construction-coverage matrix's generator (docs/coverage.md): short news paragraphs built from our own
 * grammar and lexicon (src/read/coverage-lexicon.ts), one act in one construction with one form of each actor
 * and one form of date, each with the events it expresses. The expected reading comes from what the generator
 * put in, never from the reader. Pure: the randomness is a seeded generator whose seed is an argument.
 *
 * @module
 */
import {ACTS, STATES, type Act, type StateEntry} from "./coverage-lexicon.js";
import {
  ACTOR_FORMS,
  CAS_MEMBERS,
  actorPhrase,
  formFits,
  namesAnotherState,
  type ActorForm,
  type ActorPhrase
} from "./coverage-actors.js";
import {CONSTRUCTIONS as FIRST_CONSTRUCTIONS, tidy, type Construction} from "./coverage-constructions.js";
import {PROSE_ACTS, PROSE_CONSTRUCTIONS} from "./coverage-prose.js";
import {CONTEXTS, embed} from "./coverage-realism.js";
import {VARIANT_CONSTRUCTIONS} from "./coverage-variants.js";
import {WHO_CONSTRUCTIONS} from "./coverage-who.js";
import {ARTICLE_DATES, DATE_FORMS, datePhrase, type DateForm} from "./coverage-dates.js";
import {hash32, pick, seededRandom, type Rng} from "./coverage-random.js";

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
  /** Other targets of the one event (a tour of named states), as the gold's `other_targets`. */
  others?: string[];
}

/** Every construction: the first matrix's (session 14) and session 15's cells from the held-back sets' failures. */
export const CONSTRUCTIONS: readonly Construction[] = [
  ...FIRST_CONSTRUCTIONS,
  ...PROSE_CONSTRUCTIONS,
  ...WHO_CONSTRUCTIONS,
  ...VARIANT_CONSTRUCTIONS
];
/** Every act: the lexicon's and the acts of session 15's cells (each only in the constructions it names). */
export const ALL_ACTS: readonly Act[] = [...ACTS, ...PROSE_ACTS];
/** Whether a construction takes an act: an act of session 15's cells only in the constructions it names. */
export const takes = (c: Construction, act: Act) =>
  act.onlyIn ? act.onlyIn.includes(c.name) || (!!c.variantOf && act.onlyIn.includes(c.variantOf)) : !c.ownActs;

/** One generated item: a paragraph and what it expresses. */
export interface CoverageItem {
  id: string;
  construction: string;
  act: string;
  root: string;
  cls: Act["cls"];
  /** The forms (an actor form, or a construction's own phrasing: "group-org", "acronym", "court" …). */
  sourceForm: string;
  targetForm: string;
  dateForm: DateForm | "none";
  articleDate: string;
  sentences: string[];
  expected: ExpectedEvent[];
  /** What embedding the item in real prose's contexts needs (src/read/coverage-realism.ts). */
  parts?: ItemParts;
  /** The context of real prose the item is embedded in (a copy of a plain item; `--realism`). */
  context?: string;
}

/** The act's sentence and its actors, for embedding. */
export interface ItemParts {
  /** The index of the sentence that expresses the act. */
  at: number;
  /** The source as the sentence names it, its subject pronoun and code. */
  subject: string;
  pronoun: "it" | "he" | "she" | "they";
  source: string;
  /** A third state (name and code), for a second act. */
  third: string;
  thirdCode: string;
}

/** Options of {@link generate}. */
export interface GenerateOptions {
  seed: number;
  /** Items per cell (construction × act). */
  perCell: number;
  acts?: readonly string[];
  constructions?: readonly string[];
  /** Only these actor forms, for the source and the target. */
  forms?: readonly ActorForm[];
  /** Only the first matrix's constructions (session 14) or only session 15's cells (`prose`). */
  family?: Family;
  /**
   * The share of items (0–1) that also get a copy embedded in a context of real prose (src/read/coverage-realism.ts),
   * chosen by a hash of the item's id; none by default.
   */
  realism?: number;
  /** Only these contexts for the copies. */
  contexts?: readonly string[];
}

/** The two families of constructions: the first matrix's and session 15's cells from the held-back sets. */
export type Family = "first" | "prose" | "variants";
export const familyOf = (c: Construction): Family => (c.variantOf ? "variants" : c.prose ? "prose" : "first");
/** The family of an item's construction. */
export const familyOfItem = (item: CoverageItem): Family => {
  const c = CONSTRUCTIONS.find((x) => x.name === item.construction);
  return c ? familyOf(c) : "first";
};

/** The items of the matrix: `perCell` per construction × act, each drawn by a generator seeded from its cell. */
export function generate({
  seed,
  perCell,
  acts,
  constructions,
  forms,
  family,
  realism = 0,
  contexts
}: GenerateOptions): CoverageItem[] {
  const out: CoverageItem[] = [];
  const allForms = (forms?.length ? forms : ACTOR_FORMS.map((f) => f.name)) as ActorForm[];
  for (const c of CONSTRUCTIONS) {
    if (constructions?.length && !constructions.includes(c.name)) continue;
    if (family && familyOf(c) !== family) continue;
    for (const act of ALL_ACTS) {
      if (acts?.length && !acts.includes(act.name)) continue;
      if (!takes(c, act)) continue;
      for (let k = 0; k < perCell; k++) {
        const item = generateOne(c, act, `${seed}/${c.name}/${act.name}/${k}`, allForms);
        if (!item) continue;
        out.push(item);
        // a copy in a context of real prose, for a share of the items (the plain item is unchanged)
        if (realism > 0 && hash32(`${item.id}~realism`) / 2 ** 32 < realism) {
          const copy = embed(item, seededRandom(hash32(`${item.id}~embed`)), contexts);
          if (copy) out.push(copy);
        }
      }
    }
  }
  return out;
}

function generateOne(c: Construction, act: Act, id: string, forms: readonly ActorForm[]): CoverageItem | undefined {
  // A few draws: a construction may not apply to the forms drawn (purpose needs a state to travel to).
  for (let attempt = 0; attempt < 8; attempt++) {
    const rng = seededRandom(hash32(`${id}#${attempt}`));
    const sf = forms.filter((f) => formFits(f, act, "source") && (!c.sourceForms || c.sourceForms.includes(f)));
    const tf = forms.filter((f) => formFits(f, act, "target") && (!c.targetForms || c.targetForms.includes(f)));
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
    const built = c.build({act, A, B, C, D, articleMonth: articleDate.slice(0, 7), articleDate, rng});
    if (built === null) continue;
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
    const expected: ExpectedEvent[] = (built.none ? [] : [A, ...(built.alsoFrom ?? [])]).map((S, i) => ({
      source: i === 0 ? (built.source ?? S.code) : S.code,
      target: built.target ?? B.code,
      root: built.root ?? act.root,
      date: month,
      mutual,
      quote,
      act: act.name,
      ...(built.others ? {others: built.others} : {})
    }));
    for (const e of built.extra ?? []) expected.push({...e, date: e.date ?? D.month, quote});
    return {
      id,
      construction: c.name,
      act: act.name,
      root: act.root,
      cls: act.cls,
      sourceForm: built.sourceForm ?? sourceForm,
      targetForm: built.targetForm ?? targetForm,
      dateForm: built.noDate ? "none" : dateForm,
      articleDate,
      sentences,
      expected,
      parts: {at, subject: A.text, pronoun: A.pronoun, source: A.code, third: C.text, thirdCode: C.code}
    };
  }
  return undefined;
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

export {ACTS, ACTOR_FORMS, CONTEXTS, DATE_FORMS, actorPhrase, datePhrase, formFits, hash32, seededRandom};
export type {ActorForm, ActorPhrase, DateForm};
