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
 * The O(n³) work of a turn is yielded as {@link SmpWork} (see smp-work.ts): independent items that
 * one thread ({@link runSmp}) or a worker pool computes with the same bits; the rest of the turn
 * (bargains, queue probabilities, the PRNG) runs here in KTAB's order.
 *
 * @module
 */
import {DEFAULT_SMP_PARAMS, KTAB_DEFAULT_SEED, resolveParams, type SmpParams} from "./params.js";
import type {SmpScenario} from "./scenario.js";
import {bigRfromProb, probCE} from "./kernels.js";
import {
  bargainsPerActor,
  jointWork,
  MEANWHILE,
  performSmpWork,
  samePosition,
  type BargainWork,
  type CoalitionWork,
  type DistanceWork,
  type RiskWork,
  type SmpWork
} from "./smp-work.js";
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

const EMPTY = new Float64Array(0);

/**
 * Where a run keeps the arrays its parallel work reads and writes: plain `ArrayBuffer`s on one
 * thread, `SharedArrayBuffer`s when a worker pool computes the {@link SmpWork}.
 */
export type SmpAllocator = (bytes: number) => ArrayBuffer | SharedArrayBuffer;

const plainAlloc: SmpAllocator = (bytes) => new ArrayBuffer(bytes);

interface Brgn {
  id: number;
  init: number;
  rcvr: number;
  /** Its column of values in the queues (0: the status quo's), which is also its slot of positions in the turn's bpos. */
  col: number;
  /** Absent for the status quo. */
  perspective?: SmpBargain["perspective"];
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
  wN: Float64Array; // salSum * cap, as probEduChlg
  accom: Float64Array | null; // null = identity
  p: SmpParams;
  /** A zeroed array of n doubles on the run's allocator, reusing a recycled one of that length. */
  f64: (n: number) => Float64Array;
  /**
   * The same without zeroing a recycled one (it holds what it held): only for an array whose every element is
   * written before it is read (a work's output, a copy). Zeroing them took about a tenth of a turn's serial part
   * at a160.
   */
  f64Written: (n: number) => Float64Array;
  /** {@link f64Written} as n 32-bit integers. */
  i32Written: (n: number) => Int32Array;
  /** Hands arrays no longer read back to f64 (allocating fewer, larger buffers is what costs GC time). */
  recycle: (...arrays: Float64Array[]) => void;
}

/** One state (KTAB's `SMPState`) with everything that is fixed within it. */
interface St {
  pos: Float64Array; // [i*nd+k]
  ideals: Float64Array;
  uIndices: number[];
  vDiff: Float64Array; // [i*na+j]
  vDiffT: Float64Array; // [j*na+i]
  nra: Float64Array;
  /**
   * [h*na+i]: the risk attitude h ascribes to i. h's estimate of i's utility for j's position is
   * bsUtil(vDiff[i*na+j], rhi[h*na+i]): computed where it is read, the same arithmetic as KTAB's n³
   * table, in O(n²) memory.
   */
  rhi: Float64Array;
  /** [a*na+n]: a's own utility for n's position (KTAB's aUtil[a](a, n)). */
  own: Float64Array;
  /** Probability of each actor's position prevailing. */
  probs: number[];
  /**
   * The election of the positions behind `probs`, not done yet: it is done with the next turn's challenges (it
   * needs nothing they compute), so that the threads wait once for both; then `finish` gives `probs`.
   */
  pending?: {work: CoalitionWork; finish: () => number[]};
  /** The state's risk attitudes and own utilities, not done yet: done before the next work that reads them. */
  risk?: RiskWork;
}

/**
 * Runs KTAB's SMP on a scenario and returns every state, with each actor's position and the
 * probability that it prevails, and every bargain proposed on the way.
 *
 * @param scenario actors, positions and saliences on the 0–100 scale (see {@link SmpScenario})
 * @param options seed, parameters and the stopping rule
 */
export function runSmp(scenario: SmpScenario, options: RunSmpOptions = {}): SmpResult {
  const steps = smpSteps(scenario, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    next.value[MEANWHILE]?.();
    performSmpWork(next.value, 0, next.value.count);
  }
}

/** The work with serial steps to be done meanwhile (see {@link MEANWHILE}). */
function withMeanwhile<W extends SmpWork>(work: W, steps: () => void): W {
  return Object.assign(work, {[MEANWHILE]: steps});
}

/**
 * The SMP as a sequence of parallel works: yields each {@link SmpWork} of a turn (every actor's best
 * challenge, every bargain's value to every actor, the coalitions of the elections), to be computed
 * by {@link performSmpWork} over all its items (in any split, on any threads), with its serial
 * steps `work[MEANWHILE]` (if any) called once on this thread, before the next call to `next()`;
 * returns the result. {@link runSmp} computes each work in this thread.
 *
 * @param alloc where to keep the arrays the works share (SharedArrayBuffer for workers)
 */
export function* smpSteps(
  scenario: SmpScenario,
  options: RunSmpOptions = {},
  alloc: SmpAllocator = plainAlloc
): Generator<SmpWork, SmpResult, void> {
  const params: SmpParams = resolveParams(scenario.params, options.params);
  const seed = toSeed(options.seed ?? scenario.seed ?? KTAB_DEFAULT_SEED);
  const maxIter = options.maxIterations ?? 100;
  const minIter = options.minIterations ?? 2;
  const minDeltaRatio = options.minDeltaRatio ?? 0.02;
  const minSigDelta = 1e-4;

  const ctx = makeCtx(scenario, params, alloc);
  const rng = new KtabPrng(seed);
  const {na, nd} = ctx;

  const pos0 = ctx.f64(na * nd);
  scenario.actors.forEach((a, i) => a.positions.forEach((x, k) => (pos0[i * nd + k] = x / 100.0)));
  const history: St[] = [yield* setupState(ctx, pos0, pos0.slice())];
  const fractional: number[] = [];
  const bargains: SmpBargain[] = [];
  const counter = {next: 1000};
  let stopReason: SmpResult["stopReason"] = "max-iterations";

  for (let iter = 1; ; iter++) {
    const s0 = history[history.length - 1]!;
    const s1 = yield* stepBCN(ctx, s0, iter - 1, rng, counter, scenario, bargains);
    history.push(s1);
    // no longer needed: memory stays O(n²), not O(states × n²)
    ctx.recycle(s0.vDiff, s0.vDiffT, s0.rhi, s0.own);
    s0.vDiff = s0.vDiffT = s0.rhi = s0.own = EMPTY;
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
  const last = history[history.length - 1]!;
  yield* settle(last);

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

function makeCtx(s: SmpScenario, p: SmpParams, alloc: SmpAllocator): Ctx {
  const na = s.actors.length;
  const nd = s.dimensions.length;
  if (na < MIN_ACTORS || na > MAX_ACTORS)
    throw new RangeError(
      `SMP needs ${MIN_ACTORS} to ${MAX_ACTORS} actors, got ${na}` +
        (na > MAX_ACTORS ? ` (about ${Math.round(smpBytes(na) / 2 ** 20)} MB per turn would not fit in memory)` : "")
    );
  if (nd < 1) throw new Error("SMP needs at least one dimension");
  const free = new Map<number, Float64Array[]>();
  const f64Written = (n: number): Float64Array =>
    free.get(n)?.pop() ?? new Float64Array(alloc(n * Float64Array.BYTES_PER_ELEMENT));
  const f64 = (n: number): Float64Array => {
    const reused = free.get(n)?.pop();
    return reused ? reused.fill(0) : new Float64Array(alloc(n * Float64Array.BYTES_PER_ELEMENT));
  };
  const i32Written = (n: number): Int32Array => new Int32Array(f64Written(Math.ceil(n / 2)).buffer, 0, n);
  const recycle = (...arrays: Float64Array[]): void => {
    for (const a of arrays) {
      if (a.length === 0 || a.byteOffset !== 0 || a.byteLength !== a.buffer.byteLength) continue;
      const list = free.get(a.length);
      if (list) list.push(a);
      else free.set(a.length, [a]);
    }
  };
  const cap = f64(na);
  const sal = f64(na * nd);
  const salSum = f64(na);
  const ssSqr = f64(na);
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
  const wN = f64(na);
  for (let n = 0; n < na; n++) wN[n] = salSum[n]! * cap[n]!; // sn * cn, as probEduChlg
  return {na, nd, cap, sal, salSum, ssSqr, wN, accom, p, f64, f64Written, i32Written, recycle};
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

/**
 * `SMPState::setUENdx`, `setVDiff` and `setAllAUtil`: everything fixed within a state. `before`: the turn before's
 * bookkeeping, done while the state's first election runs.
 */
function* setupState(
  ctx: Ctx,
  pos: Float64Array,
  ideals: Float64Array,
  before?: () => void
): Generator<SmpWork, St, void> {
  const {na, nd, p, f64Written} = ctx;
  // (the works write every element of the arrays they output)
  const shared = f64Written(na * nd);
  shared.set(ideals);
  const vDiff = f64Written(na * na);
  const vDiffT = f64Written(na * na);
  // risk-neutral utilities -> probability of each actor's position -> risk attitudes
  const rnT = f64Written(na * na); // rnT[j*na+i]: i's risk-neutral utility for j's position
  const distances: DistanceWork = {
    kind: "distances",
    count: na,
    nd,
    sal: ctx.sal,
    ssSqr: ctx.ssSqr,
    ideals: shared,
    pos,
    vDiff,
    vDiffT,
    rnT
  };
  const {work, bases} = elections(ctx, p.votingRule, rnT, [identity(na)]);
  // the distances, then (all of them done) the election; meanwhile the actors holding the unique positions (only the
  // risk attitudes need them)
  const uIndices: number[] = [];
  yield withMeanwhile(jointWork([distances, work], 1), () => {
    before?.();
    for (let i = 0; i < na; i++) {
      let seen = false;
      for (const k of uIndices) {
        if (samePosition(pos, nd, i, k)) {
          seen = true;
          break;
        }
      }
      if (!seen) uIndices.push(i);
    }
  });
  const pi = probCE(p.pceModel, p.victoryProbModel, work.out.subarray(bases[0], bases[0]! + na * na), na);
  const nra = f64Written(na);
  nra.set(bigRfromProb(pi, p.bigRRange));
  ctx.recycle(shared, rnT, work.out);

  const nu = uIndices.length;
  const unq = ctx.i32Written(nu);
  unq.set(uIndices);
  const rhi = f64Written(na * na);
  const own = f64Written(na * na);
  const uT = f64Written(nu * na); // uT[j*na+i]: i's own utility for the j-th unique position
  const posIndex = ctx.i32Written(na);
  return {
    pos,
    ideals,
    uIndices,
    vDiff,
    vDiffT,
    nra,
    rhi,
    own,
    probs: [],
    pending: positionProbabilities(ctx, uT, nu, posIndex),
    // done first in the next work (the turn's challenges, or the last state's election of positions)
    risk: {kind: "risk", count: na, bigRAdjust: p.bigRAdjust, nd, pos, nra, vDiff, rhi, own, unq, uT, posIndex}
  };
}

/** Does the state's risk attitudes and then its pending election of positions (the last state's: no turn follows). */
function* settle(s: St): Generator<SmpWork, void, void> {
  if (!s.risk || !s.pending) return;
  yield jointWork([s.risk, s.pending.work], 1);
  s.probs = s.pending.finish();
  s.pending = undefined;
  s.risk = undefined;
}

/** `SMPState::stepBCN` / `doBCN`: challenges, bargains, and their resolution into the next state. */
function* stepBCN(
  ctx: Ctx,
  s: St,
  turn: number,
  rng: KtabPrng,
  counter: {next: number},
  scenario: SmpScenario,
  out: SmpBargain[]
): Generator<SmpWork, St, void> {
  const {na, nd, p, f64Written} = ctx;
  const names = scenario.actors.map((a) => a.name);
  // plain loops: Array.from / Int32Array.from with a mapping function take the slow, generic path
  const to100 = (v: Float64Array, at: number): number[] => {
    const out: number[] = [];
    for (let k = 0; k < nd; k++) out.push(100 * v[at + k]!);
    return out;
  };
  const brgns: Brgn[][] = [];
  for (let i = 0; i < na; i++) brgns.push([]);

  // in parallel: every actor's best challenge, the bargains it proposes, and the value of each bargain (the same in
  // the initiator's and the receiver's queue) and of the status quo (slot 0, the same in every queue) to every actor
  const per = bargainsPerActor(p.bargnModel);
  const slots = 1 + na * per;
  // the work writes every challenge and every slot's ends; a slot's positions and values only when it holds a
  // bargain, and only those are read
  const chal = f64Written(4 * na);
  const ends = ctx.i32Written(2 * slots);
  ends[0] = -1;
  ends[1] = -1;
  const bpos = f64Written(slots * 2 * nd);
  const cols = f64Written(slots * na);
  const bargains: BargainWork = {
    kind: "bargains",
    count: na + 1,
    na,
    nd,
    votingRule: p.votingRule,
    thirdPartyCommit: p.thirdPartyCommit,
    interVecBrgn: p.interVecBrgn,
    bargnModel: p.bargnModel,
    cap: ctx.cap,
    salSum: ctx.salSum,
    wN: ctx.wN,
    sal: ctx.sal,
    ssSqr: ctx.ssSqr,
    vDiff: s.vDiff,
    vDiffT: s.vDiffT,
    rhi: s.rhi,
    pos: s.pos,
    nra: s.nra,
    own: s.own,
    chal,
    ends,
    bpos,
    out: cols
  };
  // with the state's election of positions, which needs nothing the challenges compute
  // after the state's risk attitudes, which they read
  const pending = s.pending;
  const risk = s.risk!;
  s.pending = undefined;
  s.risk = undefined;
  yield jointWork(pending ? [risk, bargains, pending.work] : [risk, bargains], 1);

  // each actor's queue: its status quo, its own bargains, those aimed at it, in KTAB's order (and ids: KTAB makes
  // the initiator's, the receiver's and the compromise bargain of every challenge, whichever the model uses)
  const perspectives: SmpBargain["perspective"][] =
    p.bargnModel === "InitOnlyInterp"
      ? ["initiator"]
      : p.bargnModel === "InitRcvrInterp"
        ? ["initiator", "receiver"]
        : ["compromise"];
  const ids = {initiator: 0, receiver: 1, compromise: 2};
  const made: Brgn[] = [];
  for (let i = 0; i < na; i++) {
    brgns[i]!.push({id: counter.next++, init: i, rcvr: i, col: 0});
    const bestEU = chal[4 * i + 2]!;
    if (!(0 < bestEU)) continue;
    const j = chal[4 * i]!;
    const first = counter.next;
    counter.next += 3;
    for (let m = 0; m < perspectives.length; m++) {
      const perspective = perspectives[m]!;
      const b: Brgn = {id: first + ids[perspective], init: i, rcvr: j, col: 1 + i * per + m, perspective};
      made.push(b);
      brgns[i]!.push(b);
      brgns[j]!.push(b);
    }
  }
  // the rows of the bargains, and the probabilities of the positions' election: while the queues' elections run
  const rows = (): void => {
    if (pending) s.probs = pending.finish();
    for (const b of made) {
      const i = b.init;
      b.row = {
        turn,
        id: b.id,
        initiator: names[i]!,
        receiver: names[b.rcvr]!,
        perspective: b.perspective!,
        expectedGain: chal[4 * i + 2]!,
        initiatorWinProbability: chal[4 * i + 1]!,
        initiatorPosition: to100(bpos, b.col * 2 * nd),
        receiverPosition: to100(bpos, b.col * 2 * nd + nd),
        initiatorQueueProbability: 0,
        receiverQueueProbability: 0,
        initiatorAdopted: false,
        receiverAdopted: false
      };
      out.push(b.row);
    }
  };

  // resolve each actor's queue of bargains: the coalitions of every queue's election and its probabilities in
  // parallel (a bargain's utilities to the voters are its column; queue k's options are items first[k] …)
  const queues = elections(
    ctx,
    p.votingRule,
    cols,
    brgns.map((list) => {
      const queue = new Int32Array(list.length);
      for (let m = 0; m < list.length; m++) queue[m] = list[m]!.col;
      return queue;
    }),
    true
  );
  yield withMeanwhile(queues.work, rows);
  const probs = queues.work.prob!;
  const newPos = f64Written(na * nd);
  const picks = new Int32Array(na);
  for (let k = 0, first = 0; k < na; k++) {
    const list = brgns[k]!;
    const nb = list.length;
    const prob =
      nb <= queues.work.probUpTo!
        ? probs.subarray(first, first + nb)
        : probCE(
            p.pceModel,
            p.victoryProbModel,
            queues.work.out.subarray(queues.bases[k]!, queues.bases[k]! + nb * nb),
            nb
          );
    if (nb > queues.work.probUpTo!) probs.set(prob, first);
    first += nb;
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
    picks[k] = mMax;
    const chosen = list[mMax]!;
    // the status quo's position, or the chosen bargain's for k (the initiator's side, or the receiver's)
    if (chosen.init === chosen.rcvr) for (let d = 0; d < nd; d++) newPos[k * nd + d] = s.pos[k * nd + d]!;
    else {
      const at = chosen.col * 2 * nd + (chosen.init === k ? 0 : nd);
      for (let d = 0; d < nd; d++) newPos[k * nd + d] = bpos[at + d]!;
    }
  }
  // each bargain's probability in its queues and its adoptions: while the next state's first election runs
  const book = (): void => {
    for (let k = 0, first = 0; k < na; k++) {
      const list = brgns[k]!;
      const nb = list.length;
      for (let m = 0; m < nb; m++) {
        const row = list[m]!.row;
        if (!row) continue;
        if (list[m]!.init === k) row.initiatorQueueProbability = probs[first + m]!;
        else row.receiverQueueProbability = probs[first + m]!;
      }
      first += nb;
      const chosen = list[picks[k]!]!;
      if (chosen.row) {
        if (chosen.init === k) chosen.row.initiatorAdopted = true;
        else chosen.row.receiverAdopted = true;
      }
    }
    ctx.recycle(probs);
  };
  ctx.recycle(chal, cols, bpos, queues.work.out);
  return yield* setupState(ctx, newPos, newIdeals(ctx, newPos, s.ideals), book);
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
 * judging by its own utilities (uT, option-major), over the unique positions, with proportional voting:
 * the election's work, and what gives the probabilities once it is done.
 */
function positionProbabilities(
  ctx: Ctx,
  uT: Float64Array,
  nu: number,
  posIndex: Int32Array
): {work: CoalitionWork; finish: () => number[]} {
  const {work} = elections(ctx, "Prop", uT, [identity(nu)]);
  const finish = (): number[] => {
    const pdt = probCE(ctx.p.pceModel, ctx.p.victoryProbModel, work.out, nu);
    ctx.recycle(uT, work.out);
    const probs: number[] = [];
    for (let i = 0; i < posIndex.length; i++) probs.push(pdt[posIndex[i]!]!);
    return probs;
  };
  return {work, finish};
}

/**
 * The most options of an election whose probabilities a coalition work gives: one no dearer than the smallest range
 * handed to a helper (n(n + 1)/2 · voters ≤ 50,000 iterations; 24 options at 160 voters), since its options stay in
 * one range. A larger one (early turns can queue a hundred bargains at one actor) is split over the threads.
 */
function probabilitiesUpTo(voters: number): number {
  let n = 1;
  while (((n + 1) * (n + 2) * voters) / 2 <= 50_000) n++;
  return n;
}

/** 0, 1, …, n − 1. */
function identity(n: number): Int32Array {
  const r = new Int32Array(n);
  for (let i = 0; i < n; i++) r[i] = i;
  return r;
}

/**
 * The coalitions of several elections as one work: election e's options are the rows rows[e] of
 * `uT`; its n × n strengths are at bases[e] of the output; with `probabilities`, the work also gives each
 * election's probabilities (`prob`, at its first option's item) up to {@link probabilitiesUpTo} options.
 */
function elections(
  ctx: Ctx,
  votingRule: SmpParams["votingRule"],
  uT: Float64Array,
  rows: readonly Int32Array[],
  probabilities = false
): {work: CoalitionWork; bases: number[]} {
  let count = 0;
  let cells = 0;
  const bases: number[] = [];
  for (const r of rows) {
    bases.push(cells);
    count += r.length;
    cells += r.length * r.length;
  }
  const row = ctx.i32Written(count);
  const opt = ctx.i32Written(count);
  const size = ctx.i32Written(count);
  const base = ctx.i32Written(count);
  let t = 0;
  rows.forEach((r, e) => {
    for (let m = 0; m < r.length; m++, t++) {
      row[t] = r[m]!;
      opt[t] = m;
      size[t] = r.length;
      base[t] = bases[e]!;
    }
  });
  const work: CoalitionWork = {
    kind: "coalitions",
    count,
    votingRule,
    w: ctx.cap,
    uT,
    voters: ctx.na,
    row,
    opt,
    size,
    base,
    out: ctx.f64Written(cells), // every item writes its row and column of its election, and its diagonal
    ...(probabilities
      ? {
          prob: ctx.f64Written(count),
          probUpTo: probabilitiesUpTo(ctx.na),
          pceModel: ctx.p.pceModel,
          victoryProbModel: ctx.p.victoryProbModel
        }
      : {})
  };
  return {work, bases};
}
