/**
 * The construction-coverage matrix's actors (docs/coverage.md): the forms an actor takes (a state's name, its
 * capital, its government, a titled person, an office, a body, a company, the region, an international body), each
 * as a noun phrase with what agrees with it, and which forms fit an act. Pure.
 *
 * @module
 */
import {GROUPS, STATES, type Act, type StateEntry} from "./coverage-lexicon.js";
import {pick, type Rng} from "./coverage-random.js";

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

/** The members of the region the official gold codes CAS. */
export const CAS_MEMBERS = new Set(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);

/** Whether `text` names a state other than `code` (its name, adjective or capital). */
export function namesAnotherState(text: string, code: string): boolean {
  return STATES.some(
    (x) => x.code !== code && [x.name, x.adj, x.capital].some((w) => new RegExp(`\\b${w}\\b`).test(text))
  );
}
