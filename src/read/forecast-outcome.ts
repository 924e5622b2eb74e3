/**
 * A forecast claim's sentence → what it predicts: the modal cue and the probability it implies,
 * the outcome in checkable terms (a membership change, an event between actors, a vector's share
 * going up or down) and the horizon. Pure: the claim, its actors and its date in; no store.
 *
 * The probability of a cue (documented in docs/methods.md, "Forecast scoring"):
 *
 * | cue | p |
 * | --- | --- |
 * | will inevitably, will certainly, is bound to, is certain to | 0.95 |
 * | will, shall, is going to, is set to | 0.85 |
 * | is likely to, probably, expect(s) | 0.70 |
 * | might inevitably, may well | 0.60 |
 * | may, might, could, perhaps, possibly | 0.40 |
 * | is unlikely to | 0.20 |
 * | will not, won't, never | 0.15 (for the outcome stated without the negation) |
 *
 * @module
 * @example
 * ```ts
 * readForecast("Kazakhstan will soon distance itself from Russia even more", {about: ["KAZ", "RUS"], focal: "KAZ", made: "2024-03-01"});
 * // {modality: "will", probability: 0.85, outcome: {kind: "measure", focal: "KAZ", vector: "RUS", direction: "down"}, horizon: "2025-03-01", horizonKind: "default"}
 * ```
 */
import type {ForecastOutcome} from "../domain/index.js";

/** The cues in the order they are tried (the first that matches decides), with their probability. */
export const FORECAST_CUES: readonly {cue: string; pattern: RegExp; probability: number; negates?: boolean}[] = [
  {
    cue: "is unlikely",
    pattern: /\b(?:is|are|seems?|looks?) (?:highly |very )?unlikely\b|\bunlikely to\b/i,
    probability: 0.2
  },
  {
    cue: "will not",
    pattern: /\b(?:will not|won['’]t|shall not|will never|is not going to|are not going to)\b/i,
    probability: 0.15,
    negates: true
  },
  {cue: "might inevitably", pattern: /\b(?:might|may|could) (?:inevitably|eventually|ultimately)\b/i, probability: 0.6},
  {cue: "may well", pattern: /\bmay well\b/i, probability: 0.6},
  {cue: "perhaps", pattern: /\b(?:perhaps|possibly|maybe)\b/i, probability: 0.4},
  {
    cue: "will inevitably",
    pattern: /\b(?:will (?:inevitably|certainly|undoubtedly|surely)|(?:is|are) (?:bound|certain) to)\b/i,
    probability: 0.95
  },
  {
    cue: "is likely",
    pattern: /\b(?:(?:is|are) (?:very |highly |most )?likely to|probably|expects?|expected to)\b/i,
    probability: 0.7
  },
  {cue: "will", pattern: /\b(?:will|shall|(?:is|are) going to|(?:is|are) set to)\b/i, probability: 0.85},
  {cue: "may", pattern: /\b(?:may|might|could|can)\b/i, probability: 0.4}
];

/** Default horizons in years after the forecast is made, by cue of time in the sentence; otherwise {@link DEFAULT_HORIZON_YEARS}. */
export const HORIZON_CUES: readonly {pattern: RegExp; years: number}[] = [
  {
    pattern: /\b(?:soon|shortly|in the near future|in the short term|anytime soon|any time soon|imminent(?:ly)?)\b/i,
    years: 1
  },
  {pattern: /\b(?:in the medium term|in the coming years|in the next few years)\b/i, years: 3},
  {pattern: /\b(?:in the long (?:term|run)|in the distant future|eventually|ultimately|in the future)\b/i, years: 5}
];

/** The horizon when the sentence gives none: two years after the forecast is made. */
export const DEFAULT_HORIZON_YEARS = 2;

const LEAVE =
  /\b(?:leav(?:e|es|ing)|withdraw(?:s|al|ing)?|exit(?:s|ing)?|quit(?:s|ting)?|pull(?:s|ing)? out|secede)\b/i;
const JOIN = /\b(?:join(?:s|ing)?|accede(?:s)?|accession|becom(?:e|es|ing) (?:a )?(?:full )?member)\b/i;
const DOWN =
  /\b(?:distanc(?:e|es|ing)|move(?:s)? away|turn(?:s)? away|drift(?:s)? away|replaced|fad(?:e|es|ing)|declin(?:e|es|ing)|weaken(?:s|ing)?|diminish(?:es|ing)?|wan(?:e|es|ing)|erod(?:e|es|ing)|shrink(?:s|ing)?|los(?:e|es|ing)|lessen(?:s|ing)?|reduc(?:e|es|ing))\b/i;
const UP =
  /\b(?:grow(?:s|ing)?|increas(?:e|es|ing)|strengthen(?:s|ing)?|expand(?:s|ing)?|ris(?:e|es|ing)|dominat(?:e|es|ing)|deepen(?:s|ing)?|gain(?:s|ing)?|replace(?:s)?)\b/i;
const INFLUENCE =
  /\b(?:influence|role|presence|position|dominance|weight|sway|leverage|ties|dependence|orientation)\b/i;
const MATERIAL_COOP = /\b(?:produce|build|invest|supply|deliver|provide|construct|fund|finance|sign|ratify)\w*/i;
const VERBAL_COOP = /\b(?:cooperat|agree|support|partner|meet|visit|negotiat|talk)\w*/i;
const MATERIAL_CONFLICT = /\b(?:attack|clash|invad|war\b|fight|occup|seiz|strike|bomb)\w*/i;
const VERBAL_CONFLICT = /\b(?:sanction|threat|condemn|accus|worsen|tension|dispute|protest|demand)\w*/i;

export interface ReadForecastOptions {
  /** Actor codes the claim is about, in the order they are mentioned. */
  about: readonly string[];
  /** Which of them are organizations (for membership outcomes). */
  organizations?: ReadonlySet<string>;
  /** The focal state of the balance (the subject of "distance itself from"). */
  focal: string;
  /** The date the forecast was made (its document's), when known. */
  made?: string;
  /** A horizon year the claim reader found ("2030"), when any. */
  horizon?: string;
}

export interface ReadForecast {
  modality?: string;
  probability?: number;
  outcome: ForecastOutcome;
  horizon?: string;
  horizonKind: "explicit" | "default" | "unknown";
}

function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5) === "02-29" ? "02-28" : date.slice(5);
  return `${y}-${md}`;
}

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  few: 3,
  several: 3
};

/** The horizon: an explicit year ("by 2030") or span ("within five years"), else a cue's or the default span after `made`. */
export function forecastHorizon(
  text: string,
  {made, horizon}: {made?: string; horizon?: string}
): {horizon?: string; horizonKind: ReadForecast["horizonKind"]} {
  if (horizon && /^\d{4}$/.test(horizon)) return {horizon: `${horizon}-12-31`, horizonKind: "explicit"};
  if (horizon && /^\d{4}-\d{2}-\d{2}$/.test(horizon)) return {horizon, horizonKind: "explicit"};
  const span =
    /\b(?:within|in|over) (?:the next |the coming )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) years?\b/i.exec(
      text
    );
  if (made && span) {
    const w = span[1]!.toLowerCase().replace(/^a /, "");
    return {horizon: addYears(made, Number(w) || NUMBERS[w] || 1), horizonKind: "explicit"};
  }
  if (made && /\bnext year\b/i.test(text))
    return {horizon: `${Number(made.slice(0, 4)) + 1}-12-31`, horizonKind: "explicit"};
  if (!made) return {horizonKind: "unknown"};
  const cue = HORIZON_CUES.find((c) => c.pattern.test(text));
  return {horizon: addYears(made, cue ? cue.years : DEFAULT_HORIZON_YEARS), horizonKind: "default"};
}

/** The outcome a forecast sentence predicts, in checkable terms (see {@link ForecastOutcome}). */
export function forecastOutcome(text: string, o: ReadForecastOptions): ForecastOutcome {
  const orgs = o.organizations ?? new Set<string>();
  const states = o.about.filter((a) => !orgs.has(a));
  const org = o.about.find((a) => orgs.has(a));
  if (org && (LEAVE.test(text) || JOIN.test(text))) {
    const actor = states.includes(o.focal) ? o.focal : states[0];
    if (actor) return {kind: "membership", actor, org, change: LEAVE.test(text) ? "leave" : "join"};
  }
  const others = o.about.filter((a) => a !== o.focal);
  const vector = others[0];
  if (vector && (INFLUENCE.test(text) || /\bdistanc|\baway from\b/i.test(text))) {
    const down = DOWN.exec(text);
    const up = UP.exec(text);
    // "replaced by X": the first vector loses; "replaces" alone: it gains. The earlier verb decides otherwise.
    const direction =
      down && (!up || down.index <= up.index || /replaced/i.test(down[0])) ? "down" : up ? "up" : undefined;
    if (direction) return {kind: "measure", focal: o.focal, vector, direction};
  }
  if (o.about.length >= 2) {
    const quad = MATERIAL_CONFLICT.test(text)
      ? 4
      : VERBAL_CONFLICT.test(text)
        ? 3
        : MATERIAL_COOP.test(text)
          ? 2
          : VERBAL_COOP.test(text)
            ? 1
            : undefined;
    if (quad) return {kind: "event", actors: o.about.slice(0, 2), quad};
  }
  return {kind: "other"};
}

/** Reads a forecast sentence: cue and probability, outcome and horizon. */
export function readForecast(text: string, o: ReadForecastOptions): ReadForecast {
  const cue = FORECAST_CUES.find((c) => c.pattern.test(text));
  const h = forecastHorizon(text, {...(o.made ? {made: o.made} : {}), ...(o.horizon ? {horizon: o.horizon} : {})});
  return {
    ...(cue ? {modality: cue.cue, probability: cue.probability} : {}),
    outcome: forecastOutcome(text, o),
    ...h
  };
}
