/**
 * Claims: an expert's assessment, forecast or recommendation, attributed to the speaker of the
 * sentence (see voices.ts), with the quote, the actors it is about, its kind and, for forecasts,
 * the horizon when the sentence states one. Questions are never claims.
 *
 * @module
 * @example
 * ```ts
 * classifyClaim("In the future, Türkiye will produce new-generation drones in Kazakhstan.");
 * // {kind: "forecast", cue: "will"}
 * ```
 */
import type {Claim, ClaimKind} from "../domain/index.js";
import type {ActorMention} from "./gazetteer.js";
import type {TextSentence} from "./sentences.js";
import type {Voice} from "./voices.js";

const RECOMMENDATION =
  /\b(should|must|ought to|needs? to|have to|has to|it is (?:necessary|essential|vital|imperative)|(?:in)?advisable|long-overdue|it['’]s time (?:for|to)|we have only one way|the first step is|it is high time)\b/i;
const FORECAST =
  /\b(will(?! be fine)|won['’]t|shall|(?:is|are) (?:un)?likely to|may well|may become|might (?:inevitably|finally|soon|therefore)?|could (?:lead|result|come|become|eventually|speed|fuel|help|initially|facilitate|unfold|suffice)|is set to|in the (?:near |distant )?future|in the (?:short|long|medium) term|soon|foresee|expect(?:s|ed)?|forecasts?|predicts?|is going to|are going to)\b/i;
const ASSESSMENT =
  /\b(I (?:think|believe|see|would note|explain|hope)|in my (?:opinion|view|estimation)|it seems|it can be stated|suggests? that|shows? that|(?:un)?realistic|sensible|pragmatic|crucial|decisive|dominant|remains? (?:the|a|one)|is (?:becoming|now|indeed|rather|generally|already)|objective reality|the essence of|the main (?:driver|player|problem|task))\b/i;

export interface ClaimClass {
  kind: ClaimKind;
  /** The words that decided the kind. */
  cue: string;
  horizon?: string;
}

/** Classifies a sentence as a recommendation, a forecast or an assessment (undefined when it carries no cue). */
export function classifyClaim(sentence: string, {year}: {year?: number} = {}): ClaimClass | undefined {
  const rec = RECOMMENDATION.exec(sentence);
  if (rec) return {kind: "recommendation", cue: rec[1]!.toLowerCase()};
  const fc = FORECAST.exec(sentence);
  if (fc) {
    const h = /\b(?:by|until|in|before|through|towards?)\s+(20\d{2})\b/.exec(sentence)?.[1];
    const horizon = h && (year === undefined || Number(h) >= year) ? h : undefined;
    return {kind: "forecast", cue: fc[1]!.toLowerCase(), ...(horizon ? {horizon} : {})};
  }
  const as = ASSESSMENT.exec(sentence);
  if (as) return {kind: "assessment", cue: as[1]!.toLowerCase()};
  return undefined;
}

export interface ClaimOptions {
  sourceId: string;
  /** The article's year: forecasts' horizons must not be before it. */
  year?: number;
  /** Speaker for narration when the author is unknown. Defaults to "unknown author". */
  unknownAuthor?: string;
}

/**
 * Extracts claims. An expert's answer, quotation or reported view about at least one actor is a
 * claim (an assessment unless it forecasts or recommends); the author's own narration is a claim
 * only when it forecasts, recommends or says it is an opinion, and names an actor.
 */
export function extractClaims(
  sentences: readonly TextSentence[],
  voices: readonly Voice[],
  mentions: readonly (readonly ActorMention[])[],
  options: ClaimOptions
): Claim[] {
  const claims: Claim[] = [];
  sentences.forEach((s, i) => {
    const voice = voices[i];
    if (!voice || voice.kind === "question" || /\?["”]?$/.test(s.text) || s.text.length < 25) return;
    const about = [...new Set((mentions[i] ?? []).map((m) => m.code))];
    const cls = classifyClaim(s.text, options.year === undefined ? {} : {year: options.year});
    const expertVoice = voice.kind === "answer" || voice.kind === "quote" || voice.kind === "reported";
    let kind: ClaimKind;
    let cue: string;
    if (expertVoice) {
      if (!voice.speaker) return;
      if (about.length === 0 && (!cls || cls.kind === "assessment")) return;
      kind = cls?.kind ?? "assessment";
      cue = cls?.cue ?? "about-actor";
    } else {
      if (!cls || about.length === 0) return;
      kind = cls.kind;
      cue = cls.cue;
    }
    const speaker = voice.speaker ?? options.unknownAuthor ?? "unknown author";
    claims.push({
      id: `${options.sourceId}:c${claims.length + 1}`,
      sourceId: options.sourceId,
      speaker,
      ...(voice.role ? {affiliation: voice.role} : {}),
      kind,
      quote: s.text,
      about,
      ...(kind === "forecast" && cls?.horizon ? {horizon: cls.horizon} : {}),
      ...(kind === "forecast" ? {resolution: "open" as const} : {}),
      start: s.start,
      end: s.end,
      rule: `claim:${voice.rule}/${kind}:${cue}`
    });
  });
  return claims;
}
