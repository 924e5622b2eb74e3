/**
 * Stances: a speaker's positive or negative position toward an actor, from a small lexicon of
 * cooperative and hostile words in the clause that names the actor, with negation ("do not
 * threaten" is friendly). Polarity is -1 … +1: ±0.5 for one cue, ±1 for two or more.
 *
 * @module
 */
import type {Stance} from "../domain/index.js";
import type {ActorMention} from "./gazetteer.js";
import type {TextSentence} from "./sentences.js";
import type {Voice} from "./voices.js";

const POSITIVE =
  /^(cooperat\w*|partner\w*|friend\w*|friendly|ally|allies|alliance|support\w*|trust\w*|beneficial|mutual|understanding|strengthen\w*|guarantee\w*|help\w*|invest\w*|respect\w*|authority|pragmatic|pragmatism|stable|stability|balanced|benefit\w*|good|close|positive|successful|attractive|promising|welcome\w*|praise\w*|elevat\w*|comprehensive)$/i;
const NEGATIVE =
  /^(threat\w*|threaten\w*|aggressive|aggression|pressure\w*|sanction\w*|confrontation\w*|rival\w*|hostile|hostility|condemn\w*|accus\w*|critici\w*|propagandist\w*|propaganda|intervention|imposition|dominat\w*|dominance|contain\w*|wariness|anxiety|destabilis\w*|destabiliz\w*|decline|coup|war|wars|violent|violence|penetration|rigidly|grip|dictate|suspicion|distanc\w*|detriment|challenge)$/i;
const NEGATORS =
  /^(not|no|never|n['’]t|neither|nor|without|cannot|don['’]t|doesn['’]t|didn['’]t|won['’]t|isn['’]t|aren['’]t)$/i;

const NON_ASCII = /[^\x00-\x7f]/;
/**
 * A letter outside ASCII. Without one, the letters of a text are A–Z and a–z, and the ASCII pattern with "’" finds the
 * words the Unicode pattern finds (and no character of the text makes the pattern engine look a letter up in Unicode's
 * tables, a call out of the compiled pattern per character).
 */
const NON_ASCII_LETTER = /(?![\x00-\x7f])\p{L}/u;

/**
 * What each word is to the lexicon, remembered per word as written (a text's words are few and repeated; the patterns
 * run once per word instead of once per occurrence). Bounded like the coder's word table.
 */
const CUE_SIGNS = new Map<string, number>();
const WORD_ROLES = new Map<string, number>();
const REMEMBERED_MAX = 50_000;
const CONJUNCTION = 1;
const NEGATOR = 2;

/** +1 for a friendly cue, -1 for a hostile one, 0 for any other word. */
function cueSign(t: string): number {
  let sign = CUE_SIGNS.get(t);
  if (sign === undefined) {
    sign = POSITIVE.test(t) ? 1 : NEGATIVE.test(t) ? -1 : 0;
    if (CUE_SIGNS.size >= REMEMBERED_MAX) CUE_SIGNS.clear();
    CUE_SIGNS.set(t, sign);
  }
  return sign;
}

/** A conjunction that ends a negator's reach ({@link CONJUNCTION}), a negator ({@link NEGATOR}), or 0. */
function wordRole(w: string): number {
  let role = WORD_ROLES.get(w);
  if (role === undefined) {
    role = /^(but|and|while|yet|however|whereas|rather)$/i.test(w)
      ? CONJUNCTION
      : NEGATORS.test(w) || /n['’]t$/i.test(w)
        ? NEGATOR
        : 0;
    if (WORD_ROLES.size >= REMEMBERED_MAX) WORD_ROLES.clear();
    WORD_ROLES.set(w, role);
  }
  return role;
}

/** The lexicon score of a span of text: +1 per friendly cue, -1 per hostile one, flipped after a negator. */
export function stanceScore(text: string): {score: number; cues: string[]} {
  // (In ASCII text the letters are A–Z: the ASCII pattern finds the same words, faster.)
  const tokens =
    (NON_ASCII.test(text)
      ? NON_ASCII_LETTER.test(text)
        ? text.match(/[\p{L}'’]+/gu)
        : text.match(/[A-Za-z'’]+/g)
      : text.match(/[A-Za-z']+/g)) ?? [];
  let score = 0;
  const cues: string[] = [];
  tokens.forEach((t, i) => {
    const sign = cueSign(t);
    if (!sign) return;
    let negated = false;
    // A negator up to three words back negates, unless a conjunction ("not threaten, but strengthens") comes between.
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = wordRole(tokens[k]!);
      if (w === CONJUNCTION) break;
      if (w === NEGATOR) {
        negated = true;
        break;
      }
    }
    score += negated ? -sign : sign;
    cues.push(negated ? `not ${t.toLowerCase()}` : t.toLowerCase());
  });
  return {score, cues};
}

/**
 * Extracts stances: for each sentence with a known speaker (not a question), each actor named in
 * it, scored on the clause around the mention (the whole sentence when it names one actor).
 */
export function extractStances(
  sentences: readonly TextSentence[],
  voices: readonly Voice[],
  mentions: readonly (readonly ActorMention[])[],
  {sourceId}: {sourceId: string}
): Stance[] {
  const stances: Stance[] = [];
  sentences.forEach((s, i) => {
    const voice = voices[i];
    if (!voice?.speaker || voice.kind === "question" || /\?["”]?$/.test(s.text)) return;
    const ms = mentions[i] ?? [];
    const codes = [...new Set(ms.map((m) => m.code))];
    for (const code of codes) {
      const first = ms.find((m) => m.code === code)!;
      const span = codes.length === 1 ? s.text : clauseAround(s.text, first.start - s.start, first.end - s.start);
      const {score, cues} = stanceScore(span);
      if (score === 0) continue;
      const polarity = Math.sign(score) * Math.min(1, Math.abs(score) / 2);
      stances.push({
        id: `${sourceId}:s${stances.length + 1}`,
        sourceId,
        speaker: voice.speaker,
        target: code,
        polarity,
        quote: s.text,
        start: s.start,
        end: s.end,
        rule: `stance:${voice.rule}/${cues.join("+")}`
      });
    }
  });
  return stances;
}

/** The clause of `text` around [start, end): bounded by ; : — ( ) or a comma followed by a conjunction. */
function clauseAround(text: string, start: number, end: number): string {
  const boundary = /[;:—–()]|,\s+(?:but|while|whereas|although|though|and|yet)\b/g;
  let from = 0;
  let to = text.length;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}
