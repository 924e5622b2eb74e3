/**
 * Bueno de Mesquita's expected-utility model of group decisions on one issue dimension, as set out by
 * Scholz, Calbert & Smith (2011), "Unravelling Bueno de Mesquita's group decision model". Each round:
 *
 * 1. every actor's risk exponent is derived from how exposed its position is to challenges (its "danger");
 * 2. every actor looks at every other actor and computes, from its own point of view, the expected utility of
 *    challenging it and of being challenged by it; the pair of numbers places the dyad in one of the outcomes
 *    confrontation, compromise, capitulation or nothing, and says who yields and to which position;
 * 3. every actor accepts, among the offers where it yields, the one that moves it least; all move at once.
 *
 * The forecast after each round is both the capability × salience weighted mean and the median-voter position.
 * Where we depart from the published description is listed in docs/simulation.md.
 *
 * @module
 */

/** One stakeholder on the issue. */
export interface BdmActor {
  readonly name: string;
  /** Capability (clout), ≥ 0. */
  readonly capability: number;
  /** Preferred position on the issue scale. */
  readonly position: number;
  /** Salience in [0, 1]: how much the issue matters; also read as the probability of resisting a challenge. */
  readonly salience: number;
}

/** Options for {@link bdm}. */
export interface BdmOptions {
  /** Rounds of challenges. Defaults to 5. */
  rounds?: number;
  /** Probability that the challenged actor's position survives when nobody challenges (Q). Defaults to 1. */
  q?: number;
  /** When Q < 1, probability that the status quo moves toward the challenger (T). Defaults to 1. */
  t?: number;
}

export const BDM_DEFAULTS = {rounds: 5, q: 1, t: 1} as const;

/** How a dyad resolves as seen by the actor that evaluates it. */
export type BdmOutcome = "confrontation" | "compromise" | "capitulation" | "nothing";

/** One dyad, seen by `actor` looking at `other`. */
export interface BdmOffer {
  readonly actor: string;
  readonly other: string;
  /** Actor's expected utility of challenging other: EU_i(Δx_ij). */
  readonly euChallenge: number;
  /** Actor's estimate of other's expected utility of challenging actor: EU_i(Δx_ji). */
  readonly euChallenged: number;
  readonly outcome: BdmOutcome;
  /** Who gives ground ("actor" or "other"), or null when nothing happens. */
  readonly yields: "actor" | "other" | null;
  /** The position the yielding side is expected to move to, or null. */
  readonly position: number | null;
}

/** An actor's risk attitude in a round. */
export interface BdmRisk {
  readonly name: string;
  /** Sum of the expected utilities of the others challenging this actor, all risk-neutral. */
  readonly danger: number;
  /** Danger rescaled to [-1, 1] over all actors (R_i). */
  readonly riskAcceptance: number;
  /** r_i = (1 - R_i/3) / (1 + R_i/3), in [0.5, 2]. */
  readonly riskExponent: number;
}

/** A move an actor makes at the end of a round. */
export interface BdmMove {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly outcome: BdmOutcome;
  /** The actor whose challenge it yields to. */
  readonly yieldsTo: string;
}

/** The forecast at a round: 0 is the starting positions. */
export interface BdmForecast {
  readonly round: number;
  /** Capability × salience weighted mean of the positions. */
  readonly mean: number;
  /** The median-voter position (the Condorcet winner among the actors' positions). */
  readonly median: number;
}

export interface BdmRound {
  readonly round: number;
  readonly risk: readonly BdmRisk[];
  /** Every ordered dyad (actor, other) with distinct positions, in input order. */
  readonly offers: readonly BdmOffer[];
  readonly moves: readonly BdmMove[];
  /** Positions after the round, in input order. */
  readonly positions: readonly number[];
  readonly forecast: BdmForecast;
}

export interface BdmResult {
  readonly actors: readonly BdmActor[];
  /** Width of the issue scale (max - min of the starting positions), used to normalise distances. */
  readonly range: number;
  readonly rounds: readonly BdmRound[];
  /** Forecast per round, starting with round 0. */
  readonly forecast: readonly BdmForecast[];
}

interface State {
  readonly c: readonly number[];
  readonly s: readonly number[];
  readonly x: readonly number[];
  readonly r: readonly number[];
  readonly range: number;
  readonly q: number;
  readonly t: number;
}

/**
 * Runs the expected-utility model.
 * @param actors at least two, with positions that are not all equal
 * @example
 * ```ts
 * const {forecast} = bdm(parsed.value, {rounds: 3});
 * forecast[0].mean; // 7.389956 for data/bdm/ExampleActors.csv
 * ```
 */
export function bdm(actors: readonly BdmActor[], options: BdmOptions = {}): BdmResult {
  const {rounds, q, t} = {...BDM_DEFAULTS, ...options};
  if (actors.length < 2) throw new RangeError(`Cannot run bdm: expected at least 2 actors: got ${actors.length}`);
  if (!Number.isInteger(rounds) || rounds < 0)
    throw new RangeError(`Cannot run bdm: rounds must be an integer >= 0: got ${rounds}`);
  const c = actors.map((a) => a.capability);
  const s = actors.map((a) => a.salience);
  let x = actors.map((a) => a.position);
  const range = Math.max(...x) - Math.min(...x);
  if (!(range > 0)) throw new RangeError("Cannot run bdm: all actors hold the same position");
  const names = actors.map((a) => a.name);
  const forecast: BdmForecast[] = [forecastAt(0, c, s, x, range)];
  const result: BdmRound[] = [];
  for (let round = 1; round <= rounds; ++round) {
    const risk = riskExponents({c, s, x, r: x.map(() => 1), range, q, t}, names);
    const state: State = {c, s, x, r: risk.map((k) => k.riskExponent), range, q, t};
    const offers: BdmOffer[] = [];
    const best: (BdmOffer | undefined)[] = x.map(() => undefined);
    for (let i = 0; i < x.length; ++i) {
      for (let j = 0; j < x.length; ++j) {
        if (i === j || x[i] === x[j]) continue;
        const offer = evaluateDyad(state, i, j, names);
        offers.push(offer);
        if (offer.yields === "actor" && moveOf(offer, x[i]!) < moveOf(best[i], x[i]!)) best[i] = offer;
      }
    }
    const moves: BdmMove[] = [];
    const next = x.map((xi, i) => {
      const offer = best[i];
      if (!offer || offer.position === null) return xi;
      moves.push({name: names[i]!, from: xi, to: offer.position, outcome: offer.outcome, yieldsTo: offer.other});
      return offer.position;
    });
    x = next;
    const f = forecastAt(round, c, s, x, range);
    forecast.push(f);
    result.push({round, risk, offers, moves, positions: x, forecast: f});
  }
  return {actors, range, rounds: result, forecast};
}

function moveOf(offer: BdmOffer | undefined, from: number): number {
  return offer && offer.position !== null ? Math.abs(offer.position - from) : Infinity;
}

/** Utility to an actor with risk exponent r of a distance d (as a share of the range) moved toward or away. */
function utility(base: number, r: number): number {
  return 2 - 4 * Math.pow(base, r);
}

/** Votes of actor k for x_a over x_b: c_k s_k (u_k(x_a) - u_k(x_b)), with u the risk-adjusted closeness. */
function vote(state: State, k: number, a: number, b: number): number {
  const {c, s, x, r, range} = state;
  const xk = x[k]!;
  const rk = r[k]!;
  return c[k]! * s[k]! * (Math.pow(Math.abs(xk - b) / range, rk) - Math.pow(Math.abs(xk - a) / range, rk));
}

/** Probability that the position x_a prevails over x_b: the share of all votes cast in the pair that favour a. */
function probability(state: State, a: number, b: number): number {
  let favour = 0;
  let total = 0;
  for (let k = 0; k < state.x.length; ++k) {
    const v = vote(state, k, a, b);
    if (v > 0) favour += v;
    total += Math.abs(v);
  }
  return total > 0 ? favour / total : 0;
}

/**
 * Expected utility, seen with risk exponent `r` (the evaluating actor's), of `challenger` challenging `target`:
 * EU = s_j (P U_s + (1 - P) U_f) + (1 - s_j) U_s - Q U_sq - (1 - Q)(T U_b + (1 - T) U_w).
 */
function expectedUtility(state: State, r: number, challenger: number, target: number): number {
  const {s, x, range, q, t} = state;
  const d = Math.abs(x[challenger]! - x[target]!) / range;
  const p = probability(state, x[challenger]!, x[target]!);
  const uSuccess = utility(0.5 - 0.5 * d, r);
  const uFailure = utility(0.5 + 0.5 * d, r);
  const uStatusQuo = utility(0.5, r);
  const uBetter = utility(0.5 - 0.25 * d, r);
  const uWorse = utility(0.5 + 0.25 * d, r);
  const sj = s[target]!;
  return (
    sj * (p * uSuccess + (1 - p) * uFailure) +
    (1 - sj) * uSuccess -
    q * uStatusQuo -
    (1 - q) * (t * uBetter + (1 - t) * uWorse)
  );
}

/** Places the dyad (i looking at j) in an outcome, from i's two expected utilities. */
function evaluateDyad(state: State, i: number, j: number, names: readonly string[]): BdmOffer {
  const r = state.r[i]!;
  const a = expectedUtility(state, r, i, j); // i challenges j
  const b = expectedUtility(state, r, j, i); // j challenges i, as i sees it
  const xi = state.x[i]!;
  const xj = state.x[j]!;
  const base = {actor: names[i]!, other: names[j]!, euChallenge: a, euChallenged: b};
  if (a > 0 && b > 0) {
    // Both expect to gain: they fight, and the one with the smaller expectation is expected to lose.
    return b > a
      ? {...base, outcome: "confrontation", yields: "actor", position: xj}
      : {...base, outcome: "confrontation", yields: "other", position: xi};
  }
  if (b > 0 && a <= 0) {
    // j gains, i loses: i concedes the fraction |a| / b of the distance if j gains more than i loses, else all of it.
    return b > -a
      ? {...base, outcome: "compromise", yields: "actor", position: xi + (xj - xi) * (-a / b)}
      : {...base, outcome: "capitulation", yields: "actor", position: xj};
  }
  if (a > 0 && b <= 0) {
    return a > -b
      ? {...base, outcome: "compromise", yields: "other", position: xj + (xi - xj) * (-b / a)}
      : {...base, outcome: "capitulation", yields: "other", position: xi};
  }
  return {...base, outcome: "nothing", yields: null, position: null};
}

/** Risk exponents from each actor's danger: the sum of the others' (risk-neutral) expected utilities of challenging it. */
function riskExponents(neutral: State, names: readonly string[]): BdmRisk[] {
  const n = neutral.x.length;
  const danger = names.map((_, i) => {
    let sum = 0;
    for (let j = 0; j < n; ++j) if (j !== i && neutral.x[j] !== neutral.x[i]) sum += expectedUtility(neutral, 1, j, i);
    return sum;
  });
  const max = Math.max(...danger);
  const min = Math.min(...danger);
  return names.map((name, i) => {
    const riskAcceptance = max > min ? (2 * danger[i]! - max - min) / (max - min) : 0;
    return {
      name,
      danger: danger[i]!,
      riskAcceptance,
      riskExponent: (1 - riskAcceptance / 3) / (1 + riskAcceptance / 3)
    };
  });
}

function forecastAt(
  round: number,
  c: readonly number[],
  s: readonly number[],
  x: readonly number[],
  range: number
): BdmForecast {
  return {round, mean: weightedMean(c, s, x), median: medianVoter(c, s, x, range)};
}

/** Σ c s x / Σ c s. */
function weightedMean(c: readonly number[], s: readonly number[], x: readonly number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; ++i) {
    num += c[i]! * s[i]! * x[i]!;
    den += c[i]! * s[i]!;
  }
  return num / den;
}

/**
 * The median-voter position: among the actors' positions, the one that beats every other in a pairwise vote
 * (votes c_k s_k times the risk-neutral distance gain). On one dimension with these votes it always exists; if
 * ties leave several, the lowest position is returned.
 */
function medianVoter(c: readonly number[], s: readonly number[], x: readonly number[], range: number): number {
  const candidates = [...new Set(x)].sort((a, b) => a - b);
  let best = candidates[0]!;
  let bestWins = -1;
  for (const a of candidates) {
    let wins = 0;
    for (const b of candidates) {
      if (a === b) continue;
      let v = 0;
      for (let k = 0; k < x.length; ++k) v += (c[k]! * s[k]! * (Math.abs(x[k]! - b) - Math.abs(x[k]! - a))) / range;
      if (v >= 0) ++wins;
    }
    if (wins > bestWins) {
      best = a;
      bestWins = wins;
    }
  }
  return best;
}
