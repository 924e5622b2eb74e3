/**
 * Reader for the run logs of KTAB's `smpc` (full or filtered to the lines KTAB's own regression
 * check compares): the challenge chosen by each actor in each turn, the "Fractional change" after
 * each step, and the end-of-run history of positions and of winning probabilities.
 *
 * @module
 */

/** What a KTAB run log says about a run. */
export interface KtabReferenceLog {
  /** "There were N states", if present. */
  states?: number;
  /** The "Fractional change compared to first step" value after each step, in order. */
  fractionalChanges: number[];
  /** "In turn t actor i has most advantageous target j worth x". */
  challenges: {turn: number; initiator: number; target: number; worth: number}[];
  /** Position history: one row per actor and dimension, values on the 0–100 scale (printed to 0.1). */
  positions: {actor: string; dimension: string; values: number[]}[];
  /** Winning-probability history: one row per actor (printed to 4 decimals). */
  probabilities: {actor: string; values: number[]}[];
}

/** Parses a KTAB `smpc` log. */
export function parseKtabLog(text: string): KtabReferenceLog {
  const out: KtabReferenceLog = {fractionalChanges: [], challenges: [], positions: [], probabilities: []};
  let section: "none" | "positions" | "probabilities" = "none";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^Fractional change compared to first step:\s+(\S+)/))) {
      out.fractionalChanges.push(Number(m[1]));
    } else if ((m = line.match(/^In turn (\d+) actor (\d+) has most advantageous target (\d+) worth (\S+)/))) {
      out.challenges.push({turn: +m[1]!, initiator: +m[2]!, target: +m[3]!, worth: +m[4]!});
    } else if ((m = line.match(/^There were (\d+) states/))) {
      out.states = Number(m[1]);
    } else if (line.startsWith("History of actor positions over time")) {
      section = "positions";
    } else if (line.startsWith("History of actors' winning probabilities")) {
      section = "probabilities";
    } else if (section === "probabilities" && (m = line.match(/^(.+?), prob :((?:\s+-?\d+\.\d+)+)\s*,?\s*$/))) {
      out.probabilities.push({actor: m[1]!, values: numbers(m[2]!)});
    } else if (section === "positions" && (m = line.match(/^(.+?), (.+):((?:\s+-?\d+\.\d+)+)\s*$/))) {
      out.positions.push({actor: m[1]!, dimension: m[2]!, values: numbers(m[3]!)});
    } else if (section !== "none" && line.trim() !== "" && !/^(SMPModel|Finish|Elapsed)/.test(line)) {
      if (!/,/.test(line)) section = "none";
    }
  }
  return out;
}

const numbers = (s: string): number[] =>
  s
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
