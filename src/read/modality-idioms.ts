/**
 * Verbs that English uses in idioms whose act is none of the verb's own (issue 10's false events, session 28):
 *
 * - "take" with a manner of regard: "the visit showed how seriously Tashkent now took the UK", "Astana takes Tokyo
 *   seriously", "took Moscow's concerns into account", "takes the partnership for granted" — a way of regarding a
 *   side, not a seizure (TAKE is APPREHEND, 171, in CAMEO 2.0's dictionary);
 * - rivalry for a thing: "Uzbekistan was competing with Russia and the Gulf states for labour", "the powers vie for
 *   contracts" — a market or a contest for a prize, not a quarrel (COMPETE is VERBAL_CONFLICT, 110); and a struggle
 *   against firms: "Canadian firms would struggle against Chinese companies" — commerce, not force. An armed struggle
 *   or a contest between states with no prize named keeps the dictionary's reading;
 * - "take (in)" people who come to work or study: "Britain has taken Uzbek fruit pickers since 2022" is an intake of
 *   workers, not a seizure.
 *
 * Pure: upper-case words and Penn tags in, a yes or no out; read by src/read/modality.ts's notAnEvent.
 *
 * @module
 */
import {CLAUSE_BREAK} from "./modality-description.js";
import {words} from "./word-set.js";

/** Forms of "take". */
const TAKE = words(/^(TAKE|TAKES|TOOK|TAKEN|TAKING)$/);
/** Adverbs of the manner of regarding a side ("took X seriously", "how lightly they take Y"). */
const REGARD_MANNER = words(/^(SERIOUSLY|LIGHTLY|PERSONALLY|LITERALLY|SERIOUS)$/);
/** Nouns after "into" that make "take … into" a way of regarding ("into account", "into consideration"). */
const REGARD_INTO = words(/^(ACCOUNT|CONSIDERATION)$/);

/**
 * Whether the verb at `first` is "take" in an idiom of regard, within its clause: "took the UK seriously", "how
 * seriously Tashkent took the UK", "took X into account / consideration", "takes X for granted".
 */
export function takeAsRegard(upper: readonly string[], first: number): boolean {
  if (!TAKE.test(upper[first] ?? "")) return false;
  // ("how seriously Tashkent now took the UK": the adverb fronted by "how", a few words before the verb)
  for (let k = first - 1; k >= Math.max(0, first - 6); --k) {
    const w = upper[k]!;
    if (CLAUSE_BREAK.has(w)) break;
    if (REGARD_MANNER.test(w) && (upper[k - 1] === "HOW" || k === first - 1)) return true;
  }
  for (let k = first + 1; k < Math.min(upper.length, first + 10); ++k) {
    const w = upper[k]!;
    if (CLAUSE_BREAK.has(w) || w === "AND" || w === "BUT") return false;
    if (REGARD_MANNER.test(w)) return true;
    if (w === "INTO" && REGARD_INTO.test(upper[k + 1] ?? "")) return true;
    if (w === "FOR" && upper[k + 1] === "GRANTED") return true;
  }
  return false;
}

/** Nouns of people who come to work or study: what one "takes (in)" as a host, not as a captor (refugees taken in are
 * asylum granted, CAMEO 075, and stay). */
const HOSTED_PEOPLE = words(
  /^(WORKERS|PICKERS|LABOURERS|LABORERS|MIGRANTS|STUDENTS|TOURISTS|NURSES|TRAINEES|APPRENTICES)$/
);

/**
 * Whether the verb at `first` is "take (in)" with people who come to work or study as its object: "Britain
 * has taken Uzbek fruit pickers since 2022", "took in Afghan students" — a host's intake (a standing scheme), not a
 * seizure; "took them hostage / prisoner" stays a seizure.
 */
export function takeAsHost(upper: readonly string[], tags: readonly string[], first: number): boolean {
  if (!TAKE.test(upper[first] ?? "")) return false;
  let k = first + 1;
  if (upper[k] === "IN") ++k;
  for (let n = k; n < Math.min(upper.length, k + 5); ++n) {
    const w = upper[n]!;
    if (HOSTED_PEOPLE.test(w)) return !/^(HOSTAGE|HOSTAGES|PRISONER|PRISONERS|CAPTIVE)$/.test(upper[n + 1] ?? "");
    if (!/^(DT|JJ|NN|NNP|NNPS|CD|PRP\$|POS)$/.test(tags[n] ?? "")) return false;
  }
  return false;
}

/** Forms of the verbs of rivalry ("compete", "vie"). */
const RIVAL = words(/^(COMPETE|COMPETES|COMPETED|COMPETING|VIE|VIES|VIED|VYING)$/);
/** Forms of "struggle", which (like "compete") takes firms as the rival in commerce. */
const STRUGGLE = words(/^(STRUGGLE|STRUGGLES|STRUGGLED|STRUGGLING)$/);
/** The prepositions that name the rival. */
const AGAINST = words(/^(AGAINST|WITH)$/);
/** Nouns of firms and traders: a rival of these is a market's. */
const FIRM = words(
  /^(FIRMS|COMPANIES|COMPANY|FIRM|PRODUCERS|EXPORTERS|IMPORTERS|SUPPLIERS|MANUFACTURERS|BRANDS|COMPETITORS|RIVALS|BANKS|INVESTORS|CONTRACTORS|CARRIERS|AIRLINES|TRADERS|BUSINESSES)$/
);

/**
 * Whether the verb at `first` tells a rivalry for a thing or against firms: "competing with Russia for labour", "vie
 * for influence", "would struggle against Chinese companies", "compete with Turkish contractors". The prize ("for")
 * or the firms must follow within the verb's clause.
 */
export function rivalry(upper: readonly string[], first: number): boolean {
  const w = upper[first] ?? "";
  const rival = RIVAL.test(w);
  if (!rival && !STRUGGLE.test(w)) return false;
  let against = false;
  for (let k = first + 1; k < Math.min(upper.length, first + 14); ++k) {
    const u = upper[k]!;
    if (CLAUSE_BREAK.has(u) && u !== ",") return false;
    if (u === "," && k > first + 1) return false;
    if (rival && u === "FOR") return true;
    if (AGAINST.test(u)) against = true;
    else if (against && FIRM.test(u)) return true;
  }
  return false;
}

/** Verbs of keeping a matter in hand ("handled", "managed", "conducted", "covered" from an embassy). */
const MANAGING = words(
  /^(HANDLE|HANDLES|HANDLED|HANDLING|MANAGE|MANAGES|MANAGED|MANAGING|CONDUCT|CONDUCTS|CONDUCTED|CONDUCTING|COVER|COVERS|COVERED|COVERING|SERVICE|SERVICED|RUN|RUNS)$/
);
/** Nouns of a standing relation between states. */
const RELATIONS = words(/^(RELATIONS|RELATIONSHIP|TIES|AFFAIRS|CONTACTS)$/);
/** Words between "be" and a participle of managing ("are currently handled", "have long been conducted"). */
const PASSIVE_FILLER = words(
  /^(IS|ARE|WAS|WERE|BE|BEEN|BEING|HAS|HAVE|HAD|CURRENTLY|STILL|NOW|USUALLY|NORMALLY|TRADITIONALLY|LARGELY|MOSTLY|MAINLY|GENERALLY|LONG|ALSO|ALREADY)$/
);

/**
 * Whether the verb at `first` tells how a state keeps its relations, a standing arrangement and no act toward anyone:
 * "Portugal's relations with Uzbekistan are currently handled by its embassy in Moscow", "Ireland has handled its
 * relations with Kazakhstan from its embassy in Moscow until now", "its relations are conducted through the embassy in
 * Ankara". The relations are the verb's object (a determiner or an adjective between) or, in the passive, the head of
 * its subject in the same clause. CAMEO codes no act for the running of relations; the embassy's city is where, not
 * whom (CAMEO 2.0's HANDLE and MANAGE are OVERSEE_MANAGE, 060). Near misses: "handled the crisis with Russia", "managed
 * the talks" — no relations; "relations were restored" — not a verb of managing.
 */
export function managedRelations(upper: readonly string[], first: number): boolean {
  if (!MANAGING.test(upper[first] ?? "")) return false;
  // (the object: "handled its relations with Kazakhstan", "manages bilateral ties")
  for (let k = first + 1; k < Math.min(upper.length, first + 4); ++k) {
    const w = upper[k]!;
    if (RELATIONS.test(w)) return true;
    if (!/^(ITS|THEIR|HIS|HER|THE|BILATERAL|DIPLOMATIC|OFFICIAL|CONSULAR|FOREIGN|ECONOMIC)$/.test(w)) break;
  }
  // (the passive's subject: "relations with Uzbekistan are currently handled")
  let k = first - 1;
  if (!PASSIVE_FILLER.test(upper[k] ?? "")) return false;
  while (k >= 0 && PASSIVE_FILLER.test(upper[k]!)) --k;
  if (!/^(IS|ARE|WAS|WERE|BE|BEEN|BEING)$/.test(upper[k + 1] ?? "") && !upper.slice(k + 1, first).includes("BEEN"))
    return false;
  for (let j = k; j >= Math.max(0, k - 8); --j) {
    const w = upper[j]!;
    if (CLAUSE_BREAK.has(w)) return false;
    if (RELATIONS.test(w)) return true;
  }
  return false;
}
