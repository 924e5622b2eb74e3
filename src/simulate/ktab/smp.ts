/**
 * KTAB's Spatial Model of Politics, step by step: each state, every actor picks the challenge
 * with the best expected gain, the pair interpolates a bargain, and every actor's queue of
 * bargains (its status quo, its own and those aimed at it) is resolved by a probabilistic
 * Condorcet election among all actors. Ported from KTAB's `smp.cpp` and `smpbcn.cpp`.
 *
 * Everything that does not change within a state (distances, risk attitudes, every actor's
 * estimate of every utility) is computed once per state; KTAB's per-challenge SQL bookkeeping
 * (the O(n^4) `calcUtils` thread) does not affect the outcome and is not reproduced.
 *
 * @module
 */
import {DEFAULT_SMP_PARAMS, KTAB_DEFAULT_SEED, resolveParams, type SmpParams} from "./params.js";
import type {SmpScenario} from "./scenario.js";
import {
  bigRfromProb,
  bsUtil,
  coalitions,
  estNRA,
  probCE,
  scalarPCE,
  thirdPartyVote,
  vote,
  vProbLittle
} from "./kernels.js";
import {KtabPrng, toSeed} from "./prng.js";
import {fnv1a64} from "./hash.js";
import {MAX_ACTORS, MIN_ACTORS, smpBytes} from "./cells.js";

/** Options of {@link runSmp}; every field has KTAB's default. */
export interface RunSmpOptions {
  /** PRNG seed (only stochastic transitions draw). Default: the scenario's seed, else 15455440707583219804. */
  seed?: bigint | number | string;
  /**
   * Parameters overriding the scenario's own, which override {@link DEFAULT_SMP_PARAMS}. Aliases
   * ("Proportional", "ProbCondorcetElection", ...) are accepted; unknown names or values throw.
   */
  params?: Partial<SmpParams>;
  /** Stop after this many steps at the latest. Default 100 (`SMPModel::configExec`). */
  maxIterations?: number;
  /** Never stop before this many steps. Default 2. */
  minIterations?: number;
  /** Stop once the last step moved less than this fraction of the first one. Default 0.02. */
  minDeltaRatio?: number;
}

/** One state of the run: turn 0 is the input. */
export interface SmpStateResult {
  turn: number;
  /** positions[actor][dimension], on the 0–100 scale. */
  positions: number[][];
  /** Probability that each actor's position prevails (KTAB's "History of actors' winning probabilities"). */
  probabilities: number[];
  /** Movement in the last step relative to the first, as KTAB's "Fractional change" line; absent at turn 0. */
  fractionalChange?: number;
}

/** One proposed bargain, as a tidy row. */
export interface SmpBargain {
  /** The turn in which it was proposed; its outcome is the state of turn + 1. */
  turn: number;
  /** KTAB-style bargain id (a counter from 1000 over every bargain object, status quo included). */
  id: number;
  initiator: string;
  receiver: string;
  /** Which interpolation this is: the initiator's, the receiver's, or their power-weighted compromise. */
  perspective: "initiator" | "receiver" | "compromise";
  /** The initiator's expected gain from challenging the receiver. */
  expectedGain: number;
  /** The initiator's estimate of the probability that it would defeat the receiver. */
  initiatorWinProbability: number;
  /** Proposed positions (0–100 scale) for initiator and receiver. */
  initiatorPosition: number[];
  receiverPosition: number[];
  /** Probability of this bargain in the initiator's queue and in the receiver's queue. */
  initiatorQueueProbability: number;
  receiverQueueProbability: number;
  /** Whether the initiator / the receiver adopted it. */
  initiatorAdopted: boolean;
  receiverAdopted: boolean;
}

/** The outcome of {@link runSmp}. */
export interface SmpResult {
  scenario: {name: string; description: string};
  actors: string[];
  dimensions: string[];
  /** The seed used, as a decimal string. */
  seed: string;
  params: SmpParams;
  /** FNV-1a 64 of the canonical scenario (names, capabilities, positions, saliences, accommodation). */
  inputHash: string;
  states: SmpStateResult[];
  bargains: SmpBargain[];
  /** Why the run ended. */
  stopReason: "converged" | "max-iterations";
}

const POS_TOL = 1e-3; // SMPModel::posTol: 0.1 on the 0-100 scale
const MIN_SIG_EDU = 1e-5; // SMPState::bestChallenge
const EMPTY = new Float64Array(0);

interface Brgn {
  id: number;
  init: number;
  rcvr: number;
  posInit: Float64Array;
  posRcvr: Float64Array;
  row?: SmpBargain;
}

/** Fixed data of a model run (KTAB's `SMPModel` and its actors). */
interface Ctx {
  na: number;
  nd: number;
  cap: Float64Array;
  sal: Float64Array; // [i*nd+k], 0..1
  salSum: Float64Array; // KBase::sum(vSal)
  ssSqr: Float64Array; // sum of squared saliences, bvDiff's denominator
  accom: Float64Array | null; // null = identity
  p: SmpParams;
  /** Work arrays of {@link bestChallenge}. */
  scratch: {colI: Float64Array; diag: Float64Array; wN: Float64Array; T: Float64Array};
}

/** One state (KTAB's `SMPState`) with everything that is fixed within it. */
interface St {
  pos: Float64Array; // [i*nd+k]
  ideals: Float64Array;
  uIndices: number[];
  vDiff: Float64Array; // [i*na+j]
  nra: Float64Array;
  /**
   * [h*na+i]: the risk attitude h ascribes to i. h's estimate of i's utility for j's position is
   * bsUtil(vDiff[i*na+j], rhi[h*na+i]) ({@link uAt}): computed where it is read, the same arithmetic
   * as KTAB's n³ table, in O(n²) memory.
   */
  rhi: Float64Array;
  /** Probability of each actor's position prevailing. */
  probs: number[];
}

/**
 * Runs KTAB's SMP on a scenario and returns every state, with each actor's position and the
 * probability that it prevails, and every bargain proposed on the way.
 *
 * @param scenario actors, positions and saliences on the 0–100 scale (see {@link SmpScenario})
 * @param options seed, parameters and the stopping rule
 */
export function runSmp(scenario: SmpScenario, options: RunSmpOptions = {}): SmpResult {
  const params: SmpParams = resolveParams(scenario.params, options.params);
  const seed = toSeed(options.seed ?? scenario.seed ?? KTAB_DEFAULT_SEED);
  const maxIter = options.maxIterations ?? 100;
  const minIter = options.minIterations ?? 2;
  const minDeltaRatio = options.minDeltaRatio ?? 0.02;
  const minSigDelta = 1e-4;

  const ctx = makeCtx(scenario, params);
  const rng = new KtabPrng(seed);
  const {na, nd} = ctx;

  const pos0 = new Float64Array(na * nd);
  scenario.actors.forEach((a, i) => a.positions.forEach((x, k) => (pos0[i * nd + k] = x / 100.0)));
  const history: St[] = [setupState(ctx, pos0, pos0.slice())];
  const fractional: number[] = [];
  const bargains: SmpBargain[] = [];
  const counter = {next: 1000};
  let stopReason: SmpResult["stopReason"] = "max-iterations";

  for (let iter = 1; ; iter++) {
    const s0 = history[history.length - 1]!;
    const s1 = stepBCN(ctx, s0, iter - 1, rng, counter, scenario, bargains);
    history.push(s1);
    // no longer needed: memory stays O(n²), not O(states × n²)
    s0.vDiff = EMPTY;
    s0.rhi = EMPTY;
    const d01 = stateDist(ctx, history[0]!, history[1]!) + minSigDelta;
    const dxy = stateDist(ctx, history[iter]!, history[iter - 1]!);
    const ratio = dxy / d01;
    fractional.push(ratio);
    const quiet = ratio < minDeltaRatio;
    if (minIter <= iter && quiet) {
      stopReason = "converged";
      break;
    }
    if (maxIter <= iter) break;
  }

  const states = history.map((s, t): SmpStateResult => {
    const positions: number[][] = [];
    for (let i = 0; i < na; i++) {
      const row: number[] = [];
      for (let k = 0; k < nd; k++) row.push(100 * s.pos[i * nd + k]!);
      positions.push(row);
    }
    const out: SmpStateResult = {turn: t, positions, probabilities: s.probs};
    if (t > 0) out.fractionalChange = fractional[t - 1]!;
    return out;
  });

  return {
    scenario: {name: scenario.name, description: scenario.description},
    actors: scenario.actors.map((a) => a.name),
    dimensions: [...scenario.dimensions],
    seed: seed.toString(),
    params,
    inputHash: scenarioHash(scenario),
    states,
    bargains,
    stopReason
  };
}

/** FNV-1a 64 of the parts of a scenario that determine the run. */
export function scenarioHash(s: SmpScenario): string {
  const canon = JSON.stringify({
    dimensions: s.dimensions,
    actors: s.actors.map((a) => [a.name, a.capability, a.positions, a.saliences]),
    accommodation: s.accommodation ?? null
  });
  return fnv1a64(canon);
}

function makeCtx(s: SmpScenario, p: SmpParams): Ctx {
  const na = s.actors.length;
  const nd = s.dimensions.length;
  if (na < MIN_ACTORS || na > MAX_ACTORS)
    throw new RangeError(
      `SMP needs ${MIN_ACTORS} to ${MAX_ACTORS} actors, got ${na}` +
        (na > MAX_ACTORS ? ` (about ${Math.round(smpBytes(na) / 2 ** 20)} MB per turn would not fit in memory)` : "")
    );
  if (nd < 1) throw new Error("SMP needs at least one dimension");
  const cap = new Float64Array(na);
  const sal = new Float64Array(na * nd);
  const salSum = new Float64Array(na);
  const ssSqr = new Float64Array(na);
  s.actors.forEach((a, i) => {
    if (a.positions.length !== nd || a.saliences.length !== nd) {
      throw new Error(`Actor "${a.name}" needs ${nd} positions and saliences`);
    }
    if (!(a.capability > 0)) throw new Error(`Actor "${a.name}" needs a positive capability`);
    cap[i] = a.capability;
    let sum = 0;
    let sq = 0;
    for (let k = 0; k < nd; k++) {
      const x = a.saliences[k]! / 100.0;
      sal[i * nd + k] = x;
      sum = sum + x;
      sq = sq + x * x;
    }
    if (!(sq > 0)) throw new Error(`Actor "${a.name}" needs a positive salience`);
    salSum[i] = sum;
    ssSqr[i] = sq;
  });
  let accom: Float64Array | null = null;
  if (s.accommodation) {
    const m = new Float64Array(na * na);
    let identity = true;
    for (let i = 0; i < na; i++) {
      for (let j = 0; j < na; j++) {
        const v = s.accommodation[i]?.[j] ?? (i === j ? 1 : 0);
        m[i * na + j] = v;
        if (Math.abs(v - (i === j ? 1 : 0)) > 1e-10) identity = false;
      }
    }
    if (!identity) accom = m;
  }
  const wN = new Float64Array(na);
  for (let n = 0; n < na; n++) wN[n] = salSum[n]! * cap[n]!; // sn * cn, as probEduChlg
  const scratch = {colI: new Float64Array(na), diag: new Float64Array(na), wN, T: new Float64Array(na * na)};
  return {na, nd, cap, sal, salSum, ssSqr, accom, p, scratch};
}

/** `SMPModel::bvDiff` of (a_i - b_j) with actor s's saliences. */
function bvDiff(ctx: Ctx, a: Float64Array, ai: number, b: Float64Array, bj: number, s: number): number {
  const nd = ctx.nd;
  let dsSqr = 0;
  for (let k = 0; k < nd; k++) {
    const ds = (a[ai * nd + k]! - b[bj * nd + k]!) * ctx.sal[s * nd + k]!;
    dsSqr = dsSqr + ds * ds;
  }
  return Math.sqrt(dsSqr / ctx.ssSqr[s]!);
}

/** `SMPModel::stateDist`: the sum over actors of the Euclidean distance they moved. */
function stateDist(ctx: Ctx, s1: St, s2: St): number {
  const {na, nd} = ctx;
  let sum = 0;
  for (let i = 0; i < na; i++) {
    let sq = 0;
    for (let k = 0; k < nd; k++) {
      const d = s1.pos[i * nd + k]! - s2.pos[i * nd + k]!;
      sq = sq + d * d;
    }
    sum = sum + Math.sqrt(sq);
  }
  return sum;
}

function equivNdx(ctx: Ctx, pos: Float64Array, i: number, j: number): boolean {
  const nd = ctx.nd;
  let sq = 0;
  for (let k = 0; k < nd; k++) {
    const d = pos[i * nd + k]! - pos[j * nd + k]!;
    sq = sq + d * d;
  }
  return Math.sqrt(sq) < POS_TOL;
}

/** `SMPState::setUENdx`, `setVDiff` and `setAllAUtil`: everything fixed within a state. */
function setupState(ctx: Ctx, pos: Float64Array, ideals: Float64Array): St {
  const {na, p} = ctx;
  const uIndices: number[] = [];
  for (let i = 0; i < na; i++) {
    if (!uIndices.some((k) => equivNdx(ctx, pos, i, k))) uIndices.push(i);
  }

  const vDiff = new Float64Array(na * na);
  for (let i = 0; i < na; i++) for (let j = 0; j < na; j++) vDiff[i * na + j] = bvDiff(ctx, ideals, i, pos, j, i);

  // risk-neutral utilities -> probability of each actor's position -> risk attitudes
  const rnUtil = new Float64Array(na * na);
  for (let x = 0; x < na * na; x++) rnUtil[x] = bsUtil(vDiff[x]!, 0);
  const c = coalitions(p.votingRule, ctx.cap, rnUtil, na, na, na);
  const pi = probCE(p.pceModel, p.victoryProbModel, c, na);
  const nra = bigRfromProb(pi, p.bigRRange);

  const rhi = new Float64Array(na * na);
  for (let h = 0; h < na; h++) for (let i = 0; i < na; i++) rhi[h * na + i] = estNRA(nra[h]!, nra[i]!, p.bigRAdjust);
  const st: St = {pos, ideals, uIndices, vDiff, nra, rhi, probs: []};
  st.probs = positionProbabilities(ctx, st);
  return st;
}

/** h's estimate of i's utility for j's position (KTAB's aUtil[h](i, j)). */
function uAt(s: St, na: number, h: number, i: number, j: number): number {
  return bsUtil(s.vDiff[i * na + j]!, s.rhi[h * na + i]!);
}

/**
 * `SMPState::probEduChlg`: h's estimate of the probability that i defeats j, and of the expected
 * change in k's utility if i challenges j, compared with the status quo.
 */
function probEduChlg(ctx: Ctx, s: St, h: number, k: number, i: number, j: number): [number, number] {
  const {na, cap, salSum, p} = ctx;
  const vr = p.votingRule;
  const tpc = p.thirdPartyCommit;
  const uii = uAt(s, na, h, i, i);
  const uij = uAt(s, na, h, i, j);
  const uji = uAt(s, na, h, j, i);
  const ujj = uAt(s, na, h, j, j);
  const uki = uAt(s, na, h, k, i);
  const ukj = uAt(s, na, h, k, j);
  const euSQ = uki + ukj;
  const uhkij = uki + uki;
  const uhkji = ukj + ukj;
  const si = salSum[i]!;
  const ci = cap[i]!;
  const sj = salSum[j]!;
  const cj = cap[j]!;
  const minCltn = 1e-10;

  const contribI = vote(vr, si * ci, uii, uij);
  const contribJ = vote(vr, sj * cj, uji, ujj);
  let chij = minCltn;
  let chji = minCltn;
  if (contribI > 0.0) chij = chij + contribI;
  if (contribI < 0.0) chji = chji - contribI;
  if (contribJ > 0.0) chij = chij + contribJ;
  if (contribJ < 0.0) chji = chji - contribJ;
  const cI = chij;
  const cJ = chji;

  const prop = vr === "Prop";
  const semi = tpc === "SemiCommit";
  for (let n = 0; n < na; n++) {
    if (n === i || n === j) continue;
    const wn = salSum[n]! * cap[n]!;
    const uni = uAt(s, na, h, n, i);
    const unj = uAt(s, na, h, n, j);
    const unn = uAt(s, na, h, n, n);
    let vnij: number;
    if (prop && semi) {
      // the default rules, inlined (same operations as vProbLittle and thirdPartyVote)
      const v = wn * (uni - unj);
      const cni = v > 0 ? cI + v : cI;
      const cnj = v < 0 ? cJ - v : cJ;
      const pin = cni / (cni + cnj);
      const pjn = 1.0 - pin;
      const uIkJ = pin * (uni + uni + unn) + pjn * (unj + unj + unj);
      const uIJk = pin * (uni + uni + uni) + pjn * (unj + unj + unn);
      vnij = wn * (uIkJ - uIJk);
    } else {
      const pin = vProbLittle(vr, wn, uni, unj, cI, cJ);
      vnij = thirdPartyVote(wn, vr, tpc, pin, 1.0 - pin, uni, unj, unn);
    }
    if (vnij > 0) chij = chij + vnij;
    if (vnij < 0) chji = chji - vnij;
  }

  const phij = chij / (chij + chji);
  const phji = chji / (chij + chji);
  const euVict = uhkij;
  const euCntst = phij * uhkij + phji * uhkji;
  const euChlg = (1 - sj) * euVict + sj * euCntst;
  return [phij, euChlg - euSQ];
}

/**
 * `SMPState::bestChallenge`: the target j with the largest expected gain to i above 1e-5, with
 * i's estimate that it would win. With the default rules (Prop, SemiCommit) it runs
 * `probEduChlg(i, i, i, j)` for every j on a transposed copy of i's utility estimates, with the
 * same arithmetic, so that every access is sequential.
 */
function bestChallenge(ctx: Ctx, s: St, i: number): [number, number, number] {
  const {na, cap, salSum, p} = ctx;
  let bestJ = -1;
  let piiJ = 0;
  let bestEU = -1.0;
  const consider = (j: number, pij: number, edu: number): void => {
    if (MIN_SIG_EDU < edu && bestEU < edu) {
      bestJ = j;
      piiJ = pij;
      bestEU = edu;
    }
  };
  if (p.votingRule !== "Prop" || p.thirdPartyCommit !== "SemiCommit") {
    for (let j = 0; j < na; j++) if (j !== i) consider(j, ...probEduChlg(ctx, s, i, i, i, j));
    return [bestJ, piiJ, bestEU];
  }
  const {colI, diag, wN, T} = ctx.scratch;
  const {vDiff, rhi} = s;
  for (let n = 0; n < na; n++) {
    const r = rhi[i * na + n]!;
    const row = n * na;
    colI[n] = bsUtil(vDiff[row + i]!, r);
    diag[n] = bsUtil(vDiff[row + n]!, r);
    for (let j = 0; j < na; j++) T[j * na + n] = bsUtil(vDiff[row + j]!, r);
  }
  const uii = colI[i]!;
  const wi = salSum[i]! * cap[i]!;
  const minCltn = 1e-10;
  for (let j = 0; j < na; j++) {
    if (j === i) continue;
    const Tj = j * na;
    const uij = T[Tj + i]!;
    const uji = colI[j]!;
    const ujj = diag[j]!;
    const sj = salSum[j]!;
    const contribI = wi * (uii - uij);
    const contribJ = sj * cap[j]! * (uji - ujj);
    let chij = minCltn;
    let chji = minCltn;
    if (contribI > 0.0) chij = chij + contribI;
    if (contribI < 0.0) chji = chji - contribI;
    if (contribJ > 0.0) chij = chij + contribJ;
    if (contribJ < 0.0) chji = chji - contribJ;
    const cI = chij;
    const cJ = chji;
    for (let n = 0; n < na; n++) {
      if (n === i || n === j) continue;
      const wn = wN[n]!;
      const uni = colI[n]!;
      const unj = T[Tj + n]!;
      const unn = diag[n]!;
      const v = wn * (uni - unj);
      const cni = v > 0 ? cI + v : cI;
      const cnj = v < 0 ? cJ - v : cJ;
      const pin = cni / (cni + cnj);
      const pjn = 1.0 - pin;
      const uIkJ = pin * (uni + uni + unn) + pjn * (unj + unj + unj);
      const uIJk = pin * (uni + uni + uni) + pjn * (unj + unj + unn);
      const vnij = wn * (uIkJ - uIJk);
      if (vnij > 0) chij = chij + vnij;
      if (vnij < 0) chji = chji - vnij;
    }
    const phij = chij / (chij + chji);
    const phji = chji / (chij + chji);
    // k = i: status quo, i wins, j wins
    const euSQ = uii + uij;
    const uhkij = uii + uii;
    const uhkji = uij + uij;
    const euCntst = phij * uhkij + phji * uhkji;
    const euChlg = (1 - sj) * uhkij + sj * euCntst;
    consider(j, phij, euChlg - euSQ);
  }
  return [bestJ, piiJ, bestEU];
}

/** `SMPActor::interpolateBrgn`: the bargain positions of i and j, from probabilities prbI, prbJ. */
function interpolate(
  ctx: Ctx,
  i: number,
  j: number,
  posI: Float64Array,
  posJ: Float64Array,
  prbI: number,
  prbJ: number
): [Float64Array, Float64Array] {
  const {nd, sal} = ctx;
  const ivb = ctx.p.interVecBrgn;
  const bi = new Float64Array(nd);
  const bj = new Float64Array(nd);
  const round4 = (x: number): number => Math.trunc(0.5 + x * 10000.0) / 10000.0;
  for (let k = 0; k < nd; k++) {
    const tik = posI[k]!;
    const sik = sal[i * nd + k]!;
    const tjk = posJ[k]!;
    const sjk = sal[j * nd + k]!;
    if (ivb === "S2PMax") {
      const di = prbJ > prbI ? prbJ - prbI : 0;
      const dj = prbI > prbJ ? prbI - prbJ : 0;
      const sik2 = sik * sik;
      const sjk2 = sjk * sjk;
      const minW = 1e-6;
      const dik = (di * sjk2) / (di * sjk2 + minW + (1 - di) * sik2);
      const djk = (dj * sik2) / (dj * sik2 + minW + (1 - dj) * sjk2);
      bi[k] = tik + dik * (tjk - tik);
      bj[k] = tjk + djk * (tik - tjk);
    } else {
      // S1P1 or S2P2: weights salience^n * probability^m, rounded to 4 decimals
      const two = ivb === "S2P2";
      const wik = (two ? sik * sik : sik) * (two ? prbI * prbI : prbI);
      const wjk = (two ? sjk * sjk : sjk) * (two ? prbJ * prbJ : prbJ);
      const minW = 1e-6;
      bi[k] = round4(((wik + minW) * tik + wjk * tjk) / (wik + minW + wjk));
      bj[k] = round4((wik * tik + (minW + wjk) * tjk) / (wik + minW + wjk));
    }
  }
  return [bi, bj];
}

/** `SMPState::stepBCN` / `doBCN`: challenges, bargains, and their resolution into the next state. */
function stepBCN(
  ctx: Ctx,
  s: St,
  turn: number,
  rng: KtabPrng,
  counter: {next: number},
  scenario: SmpScenario,
  out: SmpBargain[]
): St {
  const {na, nd, cap, salSum, p} = ctx;
  const names = scenario.actors.map((a) => a.name);
  const posOf = (i: number): Float64Array => s.pos.subarray(i * nd, (i + 1) * nd);
  const to100 = (v: Float64Array): number[] => Array.from(v, (x) => 100 * x);
  const brgns: Brgn[][] = Array.from({length: na}, () => []);

  for (let i = 0; i < na; i++) {
    const posI = posOf(i);
    brgns[i]!.push({id: counter.next++, init: i, rcvr: i, posInit: posI, posRcvr: posI});

    const [bestJ, piiJ, bestEU] = bestChallenge(ctx, s, i);
    if (!(0 < bestEU)) continue;
    const j = bestJ;
    const posJ = posOf(j);

    const [iiI, iiJ] = interpolate(ctx, i, j, posI, posJ, piiJ, 1 - piiJ);
    const brgnIIJ: Brgn = {id: counter.next++, init: i, rcvr: j, posInit: iiI, posRcvr: iiJ};
    // KTAB passes j's expected *gain* here where its comment says "probability" (get<1> of
    // probEduChlg); we keep that, as it decides the receiver's interpolation.
    const pjiJ = probEduChlg(ctx, s, j, i, i, j)[1];
    const [jiI, jiJ] = interpolate(ctx, i, j, posI, posJ, pjiJ, 1 - pjiJ);
    const brgnJIJ: Brgn = {id: counter.next++, init: i, rcvr: j, posInit: jiI, posRcvr: jiJ};
    // KTAB weighs both sides with the initiator's capability (brgnJIJ->actInit is i)
    const wi = cap[i]! * salSum[i]!;
    const wj = cap[i]! * salSum[j]!;
    const cpI = new Float64Array(nd);
    const cpJ = new Float64Array(nd);
    for (let k = 0; k < nd; k++) {
      cpI[k] = (wi * iiI[k]! + wj * jiI[k]!) / (wi + wj);
      cpJ[k] = (wi * iiJ[k]! + wj * jiJ[k]!) / (wi + wj);
    }
    const brgnIJ: Brgn = {id: counter.next++, init: i, rcvr: j, posInit: cpI, posRcvr: cpJ};

    const used: [Brgn, SmpBargain["perspective"]][] =
      p.bargnModel === "InitOnlyInterp"
        ? [[brgnIIJ, "initiator"]]
        : p.bargnModel === "InitRcvrInterp"
          ? [
              [brgnIIJ, "initiator"],
              [brgnJIJ, "receiver"]
            ]
          : [[brgnIJ, "compromise"]];
    for (const [b, perspective] of used) {
      b.row = {
        turn,
        id: b.id,
        initiator: names[i]!,
        receiver: names[j]!,
        perspective,
        expectedGain: bestEU,
        initiatorWinProbability: piiJ,
        initiatorPosition: to100(b.posInit),
        receiverPosition: to100(b.posRcvr),
        initiatorQueueProbability: 0,
        receiverQueueProbability: 0,
        initiatorAdopted: false,
        receiverAdopted: false
      };
      out.push(b.row);
      brgns[i]!.push(b);
      brgns[j]!.push(b);
    }
  }

  // resolve each actor's queue of bargains
  // own[nai * na + n] = nai's estimate of its own utility for n's position (KTAB's aUtil[nai](nai, n))
  const own = new Float64Array(na * na);
  for (let nai = 0; nai < na; nai++) for (let n = 0; n < na; n++) own[nai * na + n] = uAt(s, na, nai, nai, n);
  const ownSum = (nai: number, skipA: number, skipB: number): number => {
    let u = 0.0;
    const row = nai * na;
    for (let n = 0; n < na; n++) if (n !== skipA && n !== skipB) u = u + own[row + n]!;
    return u;
  };
  const posUtil = (nai: number, q: Float64Array): number => {
    let dsSqr = 0;
    for (let k = 0; k < nd; k++) {
      const ds = (s.pos[nai * nd + k]! - q[k]!) * ctx.sal[nai * nd + k]!;
      dsSqr = dsSqr + ds * ds;
    }
    return bsUtil(Math.sqrt(dsSqr / ctx.ssSqr[nai]!), s.nra[nai]!);
  };
  // the status quo's value to each actor is the same in every queue
  const sqUtil = new Float64Array(na);
  for (let nai = 0; nai < na; nai++) sqUtil[nai] = ownSum(nai, -1, -1) / na;

  // a bargain's value to each actor is the same in the initiator's and the receiver's queue
  const columns = new Map<Brgn, Float64Array>();
  const column = (b: Brgn): Float64Array => {
    if (b.init === b.rcvr) return sqUtil;
    let col = columns.get(b);
    if (col) return col;
    col = new Float64Array(na);
    for (let nai = 0; nai < na; nai++) {
      // all positions unchanged except the initiator's and the receiver's (SMPState::doBCN brgnUtil)
      let uAvrg = 0.0;
      uAvrg = uAvrg + posUtil(nai, b.posInit);
      uAvrg = uAvrg + posUtil(nai, b.posRcvr);
      const row = nai * na;
      for (let n = 0; n < na; n++) if (n !== b.init && n !== b.rcvr) uAvrg = uAvrg + own[row + n]!;
      col[nai] = uAvrg / na;
    }
    columns.set(b, col);
    return col;
  };

  const newPos = new Float64Array(na * nd);
  for (let k = 0; k < na; k++) {
    const list = brgns[k]!;
    const nb = list.length;
    const u = new Float64Array(na * nb);
    for (let m = 0; m < nb; m++) {
      const col = column(list[m]!);
      for (let nai = 0; nai < na; nai++) u[nai * nb + m] = col[nai]!;
    }
    const prob = scalarPCE(na, nb, cap, u, nb, p.votingRule, p.victoryProbModel, p.pceModel);
    let mMax: number;
    if (p.stateTransitions === "Deterministic") {
      mMax = 0;
      let best = -1.0;
      for (let m = 0; m < nb; m++) {
        const a = Math.abs(prob[m]!);
        if (best < a) {
          best = a;
          mMax = m;
        }
      }
    } else {
      mMax = rng.probSel(prob);
    }
    for (let m = 0; m < nb; m++) {
      const row = list[m]!.row;
      if (!row) continue;
      if (list[m]!.init === k) row.initiatorQueueProbability = prob[m]!;
      else row.receiverQueueProbability = prob[m]!;
    }
    const chosen = list[mMax]!;
    const target = newPos.subarray(k * nd, (k + 1) * nd);
    if (chosen.init === chosen.rcvr) target.set(posOf(k));
    else if (chosen.init === k) target.set(chosen.posInit);
    else target.set(chosen.posRcvr);
    if (chosen.row) {
      if (chosen.init === k) chosen.row.initiatorAdopted = true;
      else chosen.row.receiverAdopted = true;
    }
  }
  return setupState(ctx, newPos, newIdeals(ctx, newPos, s.ideals));
}

/** `SMPState::newIdeals`: each ideal moves toward others' positions at the accommodation rates. */
function newIdeals(ctx: Ctx, pos: Float64Array, old: Float64Array): Float64Array {
  const {na, nd, accom} = ctx;
  if (!accom) return pos.slice(); // identity: ideals are the positions
  const ideals = new Float64Array(na * nd);
  for (let i = 0; i < na; i++) {
    let si = 0.0;
    const ip = new Float64Array(nd);
    for (let j = 0; j < na; j++) {
      const aij = accom[i * na + j]!;
      si = si + aij;
      for (let k = 0; k < nd; k++) ip[k] = ip[k]! + aij * pos[j * nd + k]!;
    }
    si = 1.0 < si ? 1.0 : si;
    const lag = 1.0 - si;
    for (let k = 0; k < nd; k++) ideals[i * nd + k] = ip[k]! + lag * old[i * nd + k]!;
  }
  return ideals;
}

/**
 * `SMPState::pDist(-1)` and `posProb`: probability of each actor's position prevailing, each actor
 * judging by its own utilities, over the unique positions, with proportional voting.
 */
function positionProbabilities(ctx: Ctx, s: St): number[] {
  const {na, p} = ctx;
  const unq = s.uIndices;
  const nu = unq.length;
  const u = new Float64Array(na * nu);
  for (let i = 0; i < na; i++) for (let j = 0; j < nu; j++) u[i * nu + j] = uAt(s, na, i, i, unq[j]!);
  const pdt = scalarPCE(na, nu, ctx.cap, u, nu, "Prop", p.victoryProbModel, p.pceModel);
  const probs: number[] = [];
  for (let i = 0; i < na; i++) {
    let k = -1;
    for (let j1 = 0; j1 < nu; j1++) if (equivNdx(ctx, s.pos, i, unq[j1]!)) k = j1;
    probs.push(pdt[k]!);
  }
  return probs;
}
