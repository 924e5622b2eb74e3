/**
 * Events named by a noun rather than a verb, as analysis prose tells them: "Russia's invasion of Ukraine in
 * 2022", "the withdrawal of the United States from Afghanistan in 2021", "the Russian-Ukrainian war",
 * "clashes between Kyrgyzstan and Tajikistan", "the EAEU's free trade deal with Iran", "Western sanctions
 * against Russia". The actor before the noun (possessive, adjective, or "of X" after it) acts; the actor after
 * the noun's preposition is the target. Only a sentence that anchors the happening in time (it names a date of
 * its own) reports it; elsewhere such nouns refer back to what is known ("since the war began…") and give nothing.
 *
 * @module
 */
import type {ActorRef} from "./verbs.js";
import {findMentions} from "./mentions.js";
import {refOf} from "./coder.js";
import type {SentenceContext} from "./code-parse.js";
import {actorGroups} from "./shallow.js";

/** An event noun: its CAMEO code and the prepositions that introduce its target. */
interface EventNoun {
  code: string;
  to: readonly string[];
  /** The noun needs one of these words right before it ("military operation", "special operation"). */
  after?: readonly string[];
  /** Either direction is the same happening (clashes between X and Y). */
  mutual?: boolean;
}

/** Event nouns (upper case, singular and plural). Codes: CAMEO 1.1b3. */
export const EVENT_NOUNS: ReadonlyMap<string, EventNoun> = new Map<string, EventNoun>(
  (
    [
      [["WAR", "WARS"], {code: "190", to: ["IN", "ON", "AGAINST", "WITH"], mutual: true}],
      [["INVASION", "INVASIONS"], {code: "192", to: ["OF", "INTO"]}],
      [["OCCUPATION", "ANNEXATION"], {code: "192", to: ["OF"]}],
      [["OPERATION"], {code: "190", to: ["IN", "AGAINST"], after: ["MILITARY", "SPECIAL", "“SPECIAL", '"SPECIAL']}],
      [["CLASHES", "CLASH", "HOSTILITIES", "FIGHTING"], {code: "193", to: ["WITH"], mutual: true}],
      [["SANCTIONS", "EMBARGO"], {code: "163", to: ["AGAINST", "ON"]}],
      [["WITHDRAWAL", "RETREAT", "PULLOUT"], {code: "087", to: ["FROM"]}],
      [["VISIT", "VISITS"], {code: "042", to: ["TO"]}],
      [["TALKS", "NEGOTIATIONS", "SUMMIT", "MEETING", "CONSULTATIONS"], {code: "040", to: ["WITH"], mutual: true}],
      [
        ["AGREEMENT", "AGREEMENTS", "TREATY", "MEMORANDUM", "DEAL", "ACCORD", "DECLARATION"],
        {code: "057", to: ["WITH"], mutual: true}
      ],
      [["AID", "ASSISTANCE"], {code: "070", to: ["TO", "FOR"]}]
    ] as [string[], EventNoun][]
  ).flatMap(([words, n]) => words.map((w) => [w, n] as [string, EventNoun]))
);

/** A happening named by a noun, ready to code. */
export interface NounEvent {
  noun: number;
  subject: ActorRef[];
  object: ActorRef[];
  code: string;
  mutual: boolean;
  rule: string;
}

const SKIP_BEFORE = /^(JJ|NN|NNS|NNP|NNPS|``|''|"|CD)$/;
const STOP_AFTER = new Set([".", ",", ";", ":", "(", ")"]);

/** Actor refs of a hyphenated token such as "Russian-Ukrainian" ("Russian" and "Ukrainian"). */
function hyphenRefs(ctx: SentenceContext, i: number): ActorRef[] {
  const w = ctx.upper[i] ?? "";
  if (!w.includes("-")) return [];
  const parts = w.split("-").filter(Boolean);
  if (parts.length < 2) return [];
  const out: ActorRef[] = [];
  for (const p of parts) {
    const m = findMentions([p], ctx.core.index, () => true)[0];
    const r = m ? refOf({...m, first: i, last: i}, ctx.date, ctx.mapCodes) : undefined;
    if (!r) return [];
    out.push(r);
  }
  return out;
}

/** The happenings named by event nouns in a sentence (call only for a sentence that names its own date). */
export function nounEvents(ctx: SentenceContext): NounEvent[] {
  const groups = actorGroups(ctx);
  const out: NounEvent[] = [];
  for (let i = 0; i < ctx.upper.length; ++i) {
    const noun = EVENT_NOUNS.get(ctx.upper[i]!);
    if (!noun) continue;
    // The light tagger takes some event nouns for verbs or adjectives ("sanctions", "withdrawal"): after a
    // determiner, a possessive, an adjective or a name they are nouns.
    const tag = ctx.tags[i] ?? "";
    const before = ctx.tags[i - 1] ?? "";
    if (!/^(NN|JJ)/.test(tag) && !/^(DT|POS|JJ|NNP|NNPS|NN|``|''|PRP\$|CD)$/.test(before)) continue;
    if (noun.after && !noun.after.includes(ctx.upper[i - 1] ?? "")) continue;
    let subject: ActorRef[] = [];
    let object: ActorRef[] = [];
    // Before the noun: "Russia's (special) war", "Western sanctions", "the Russian-Ukrainian war".
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && (SKIP_BEFORE.test(ctx.tags[k] ?? "") || /^["“”]/.test(ctx.upper[k]!))) {
      const pair = hyphenRefs(ctx, k);
      if (pair.length >= 2) {
        subject = [pair[0]!];
        object = [pair[1]!];
        break;
      }
      const g = groups.find((g) => g.last === k);
      if (g) {
        subject = g.refs;
        break;
      }
      --k;
    }
    if (subject.length === 0 && (ctx.upper[k] === "'S" || ctx.upper[k] === "’S")) {
      const g = groups.find((g) => g.last === k - 1);
      if (g) subject = g.refs;
    }
    // After it: "of X" (the actor, or for an invasion the target), "between X and Y", "to/with/from/against Y".
    let j = i + 1;
    let sawVerb = false;
    for (; j < ctx.upper.length && j <= i + 8; ++j) {
      const w = ctx.upper[j]!;
      if (STOP_AFTER.has(w)) break;
      // "clashes broke out between X and Y": past a verb only "between" still belongs to the noun.
      if ((ctx.tags[j] ?? "").startsWith("VB") || w === "OUT") {
        if (!noun.mutual) break;
        sawVerb = true;
        continue;
      }
      if (sawVerb && w !== "BETWEEN") continue;
      if (w === "BETWEEN") {
        // "between X and Y" names two parties ("between CSTO members X and Y": the last two named).
        const refs = groups
          .filter(
            (g) => g.first > j && g.last <= j + 7 && !ctx.upper.slice(j + 1, g.first).some((u) => STOP_AFTER.has(u))
          )
          .flatMap((g) => g.refs);
        if (refs.length >= 2) {
          subject = [refs.at(-2)!];
          object = [refs.at(-1)!];
          break;
        }
      }
      const g = groups.find((g) => g.first === j + 1 || g.first === j + 2);
      if (!g || g.first > j + 2 || (g.first === j + 2 && ctx.upper[j + 1] !== "THE")) continue;
      if (w === "BETWEEN" && g.refs.length >= 2) {
        // "between X and Y" names two parties; "between CSTO members X and Y": the last two.
        subject = [g.refs.at(-2)!];
        object = [g.refs.at(-1)!];
        break;
      }
      if (w === "OF" && subject.length === 0 && !noun.to.includes("OF")) {
        subject = g.refs;
        j = g.last;
        continue;
      }
      if (noun.to.includes(w) && object.length === 0) {
        object = g.refs;
        break;
      }
    }
    if (subject.length === 0 || object.length === 0) continue;
    out.push({
      noun: i,
      subject,
      object,
      code: noun.code,
      mutual: noun.mutual ?? false,
      rule: `noun:${ctx.upper[i]} [${noun.code}]`
    });
  }
  return out;
}
