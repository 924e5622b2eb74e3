/**
 * Compares an SMP run with a KTAB `smpc` log on the lines KTAB's own regression check compares:
 * the number of states, "Fractional change" after each step, each actor's chosen target, and the
 * end-of-run histories of positions and winning probabilities.
 *
 * @module
 */
import type {KtabReferenceLog} from "./reference-log.js";
import type {SmpResult} from "./smp.js";

/** Tolerances of {@link compareWithKtabLog}; defaults in {@link DEFAULT_TOLERANCE}. */
export interface KtabTolerance {
  /** On the 0–100 scale: KTAB prints positions to 0.1, so half a print step plus 1e-4. */
  position: number;
  /** KTAB prints probabilities and fractional changes to 4 decimals. */
  probability: number;
}

export const DEFAULT_TOLERANCE: Readonly<KtabTolerance> = {position: 0.05 + 1e-4, probability: 1e-4};

/** Agreement of one kind of value. */
export interface Agreement {
  compared: number;
  /** Values outside the tolerance. */
  mismatches: number;
  /** Values that print identically with KTAB's format. */
  samePrinted: number;
  /** Largest |ours − KTAB's printed value|. */
  maxAbsDiff: number;
}

/** The outcome of {@link compareWithKtabLog}. */
export interface KtabComparison {
  states: {ours: number; ktab: number | undefined};
  positions: Agreement;
  probabilities: Agreement;
  fractionalChanges: Agreement;
  challenges: {compared: number; mismatches: number};
  /** Up to ten human-readable differences. */
  differences: string[];
  /** True when the state counts agree and nothing is outside tolerance. */
  match: boolean;
}

/** Formats like C's printf("%.*f"): exact binary ties round half to even (toFixed rounds them up). */
export function printfFixed(x: number, digits: number): string {
  // toFixed is exact for up to 100 digits, so 25 extra digits show whether x is an exact tie
  const long = Math.abs(x).toFixed(digits + 25);
  if (!/50{24}$/.test(long)) return x.toFixed(digits);
  const scaled = Math.floor(Math.abs(x) * 10 ** digits);
  const even = scaled % 2 === 0 ? scaled : scaled + 1;
  return ((Math.sign(x) * even) / 10 ** digits).toFixed(digits);
}

const agreement = (): Agreement => ({compared: 0, mismatches: 0, samePrinted: 0, maxAbsDiff: 0});

/** Compares a run with a parsed KTAB log. */
export function compareWithKtabLog(
  result: SmpResult,
  log: KtabReferenceLog,
  tolerance: KtabTolerance = DEFAULT_TOLERANCE
): KtabComparison {
  const differences: string[] = [];
  const note = (s: string): void => void (differences.length < 10 && differences.push(s));
  const check = (
    a: Agreement,
    ours: number | undefined,
    ref: number,
    tol: number,
    digits: number,
    what: string
  ): void => {
    a.compared++;
    if (ours === undefined || !Number.isFinite(ours)) {
      a.mismatches++;
      note(`${what}: missing, KTAB ${ref}`);
      return;
    }
    const d = Math.abs(ours - ref);
    a.maxAbsDiff = Math.max(a.maxAbsDiff, d);
    if (printfFixed(ours, digits) === ref.toFixed(digits)) a.samePrinted++;
    if (d > tol) {
      a.mismatches++;
      note(`${what}: ours ${ours.toFixed(digits + 2)}, KTAB ${ref}`);
    }
  };
  const positions = agreement();
  for (const row of log.positions) {
    const i = result.actors.indexOf(row.actor.trim());
    const d = result.dimensions.indexOf(row.dimension.trim());
    row.values.forEach((v, t) =>
      check(
        positions,
        result.states[t]?.positions[i]?.[d],
        v,
        tolerance.position,
        1,
        `position of ${row.actor} on ${row.dimension} at turn ${t}`
      )
    );
  }
  const probabilities = agreement();
  for (const row of log.probabilities) {
    const i = result.actors.indexOf(row.actor.trim());
    row.values.forEach((v, t) =>
      check(
        probabilities,
        result.states[t]?.probabilities[i],
        v,
        tolerance.probability,
        4,
        `probability of ${row.actor} at turn ${t}`
      )
    );
  }
  const fractionalChanges = agreement();
  log.fractionalChanges.forEach((v, n) =>
    check(
      fractionalChanges,
      result.states[n + 1]?.fractionalChange,
      v,
      tolerance.probability,
      4,
      `fractional change after step ${n + 1}`
    )
  );
  const targets = new Map<string, string>();
  for (const b of result.bargains) targets.set(`${b.turn}:${b.initiator}`, b.receiver);
  const challenges = {compared: 0, mismatches: 0};
  for (const c of log.challenges) {
    challenges.compared++;
    const ours = targets.get(`${c.turn}:${result.actors[c.initiator]}`);
    if (ours !== result.actors[c.target]) {
      challenges.mismatches++;
      note(`turn ${c.turn}: actor ${c.initiator} targets ${ours ?? "nobody"}, KTAB ${result.actors[c.target]}`);
    }
  }
  const states = {ours: result.states.length, ktab: log.states};
  if (states.ktab !== undefined && states.ours !== states.ktab) note(`${states.ours} states, KTAB ${states.ktab}`);
  const match =
    states.ours === states.ktab &&
    positions.mismatches + probabilities.mismatches + fractionalChanges.mismatches + challenges.mismatches === 0;
  return {states, positions, probabilities, fractionalChanges, challenges, differences, match};
}
