/**
 * The SMP's per-actor work, cut into independent items that write disjoint slots of their output:
 * each actor's best challenge (`challenges`), each bargain's value to every actor (`columns`) and
 * the coalition strengths behind a probabilistic Condorcet election (`coalitions`). A turn yields
 * these as {@link SmpWork}; {@link performSmpWork} computes any range of items. One thread runs
 * every range in turn (`runSmp`), a worker pool hands ranges to workers over shared memory: each
 * item performs the same floating-point operations in the same order either way, so the results
 * are identical to the bit.
 *
 * Everything here is plain data (typed arrays, numbers, strings), so a work can be posted to a
 * worker as is; with arrays on `SharedArrayBuffer`s nothing is copied.
 *
 * @module
 */
import type {SmpParams} from "./params.js";
import {bsUtil, estNRARow, probCE, thirdPartyVote, vote, vProbLittle} from "./kernels.js";

type VotingRule = SmpParams["votingRule"];
type ThirdPartyCommit = SmpParams["thirdPartyCommit"];

/**
 * `Model::coalitions` of one or more elections (the state's, or every actor's queue of bargains).
 * Item t is option i = opt[t] of an election of size[t] options whose items are consecutive (its
 * option 0 is item t − i); it writes out[base[t] + i*n + j] and out[base[t] + j*n + i] for every
 * j < i, and out[base[t] + i*n + i]. Option t's utility to each voter is row row[t] of `uT`
 * (option-major, so that the sum over voters reads memory in order); the sum runs over voters in
 * order, as KTAB's.
 */
export interface CoalitionWork {
  readonly kind: "coalitions";
  /** Number of items: the options of all the elections. */
  readonly count: number;
  readonly votingRule: VotingRule;
  /** Voting weight of each voter. */
  readonly w: Float64Array;
  /** uT[row * voters + voter]. */
  readonly uT: Float64Array;
  readonly voters: number;
  readonly row: Int32Array;
  readonly opt: Int32Array;
  readonly size: Int32Array;
  readonly base: Int32Array;
  /** Each election's n × n coalition strengths, at its base. */
  readonly out: Float64Array;
  /**
   * If present, the probabilities (`probCE` of its strengths under these models) of each election of at most
   * `probUpTo` options, at its first item: prob[t − i + m] is option m's. The item of such an election's last
   * option computes them, so a range of this work must not begin inside one (splitWork does not cut there); a
   * larger election is cut anywhere, its probabilities left to the caller.
   */
  readonly prob?: Float64Array;
  readonly probUpTo?: number;
  readonly pceModel?: SmpParams["pceModel"];
  readonly victoryProbModel?: SmpParams["victoryProbModel"];
}

/**
 * A turn's challenges and bargains (`SMPState::bestChallenge`, `SMPActor::interpolateBrgn` and `doBCN`'s
 * brgnUtil), actor by actor. Item i < na is actor i: its best challenge (chal[4i..4i+3] = target, −1 for none; its
 * probability of winning; its expected gain; the receiver's estimate of that gain, which KTAB's receiver-side
 * interpolation uses), the bargains it proposes (one per actor, two under InitRcvrInterp: slots 1 + i·per + m;
 * ends[2s], ends[2s+1] = initiator, receiver, or −2 for none; bpos[2·nd·s …] the initiator's then the receiver's
 * position), and each bargain's value to every actor (out[s·na + a]: the average over all positions, with the
 * initiator's and the receiver's replaced by the bargain's). Item na is the status quo's value (slot 0, ends −1).
 */
export interface BargainWork {
  readonly kind: "bargains";
  /** na + 1. */
  readonly count: number;
  readonly na: number;
  readonly nd: number;
  readonly votingRule: VotingRule;
  readonly thirdPartyCommit: ThirdPartyCommit;
  readonly interVecBrgn: SmpParams["interVecBrgn"];
  readonly bargnModel: SmpParams["bargnModel"];
  readonly cap: Float64Array;
  /** Sum of each actor's saliences. */
  readonly salSum: Float64Array;
  /** salSum × cap: each actor's weight as a third party. */
  readonly wN: Float64Array;
  /** sal[i*nd+k]: i's salience of dimension k. */
  readonly sal: Float64Array;
  /** Sum of each actor's squared saliences. */
  readonly ssSqr: Float64Array;
  /** vDiff[i*na+j]: distance from i's ideal to j's position, weighted by i's saliences. */
  readonly vDiff: Float64Array;
  /** The same, transposed: vDiffT[j*na+i]. */
  readonly vDiffT: Float64Array;
  /** rhi[h*na+i]: the risk attitude h ascribes to i. */
  readonly rhi: Float64Array;
  readonly pos: Float64Array;
  readonly nra: Float64Array;
  /** own[a*na+n]: a's utility for n's position, by a's own risk attitude. */
  readonly own: Float64Array;
  readonly chal: Float64Array;
  readonly ends: Int32Array;
  readonly bpos: Float64Array;
  readonly out: Float64Array;
}

/** Bargains each challenge proposes under a bargaining model (KTAB's brgnIIJ, brgnJIJ or their compromise). */
export function bargainsPerActor(model: SmpParams["bargnModel"]): number {
  return model === "InitRcvrInterp" ? 2 : 1;
}

/**
 * `SMPState::setVDiff` and the risk-neutral utilities, actor by actor: item i writes row i of
 * vDiff (the distance from i's ideal to each position, weighted by i's saliences) and column i of
 * vDiffT and of rnT (rnT[j*na+i] = bsUtil(vDiff[i*na+j], 0), option-major for the coalitions).
 */
export interface DistanceWork {
  readonly kind: "distances";
  readonly count: number;
  readonly nd: number;
  readonly sal: Float64Array;
  readonly ssSqr: Float64Array;
  readonly ideals: Float64Array;
  readonly pos: Float64Array;
  readonly vDiff: Float64Array;
  readonly vDiffT: Float64Array;
  readonly rnT: Float64Array;
}

/**
 * Risk attitudes and own utilities, actor by actor: item h writes row h of rhi (the risk attitude
 * h ascribes to each actor, `Model::estNRA`) and of own (h's utility for each position by its own
 * attitude), column h of uT (h's own utility for each unique position, for the positions'
 * election) and which unique position is h's (the last equivalent one, as KTAB's loop).
 */
export interface RiskWork {
  readonly kind: "risk";
  readonly count: number;
  readonly bigRAdjust: SmpParams["bigRAdjust"];
  readonly nd: number;
  readonly pos: Float64Array;
  readonly nra: Float64Array;
  readonly vDiff: Float64Array;
  readonly rhi: Float64Array;
  readonly own: Float64Array;
  /** The actors holding the unique positions. */
  readonly unq: Int32Array;
  readonly uT: Float64Array;
  readonly posIndex: Int32Array;
}

/** A work of one of the kinds above. */
export type SimpleWork = CoalitionWork | BargainWork | DistanceWork | RiskWork;

/**
 * Independent works done as one, so that the threads wait once for all of them: items [0, parts[0].count) are the
 * first part's, the next parts[1].count items the second's, and so on.
 */
export interface JointWork {
  readonly kind: "joint";
  readonly count: number;
  readonly parts: readonly SimpleWork[];
  /**
   * If above 0, items [0, barrier) must all be done before any item from `barrier` on begins (the first parts
   * output what the others read): the threads that share the work wait for each other there, awake, instead of the
   * first parts being a work of their own.
   */
  readonly barrier?: number;
}

/** One parallel step of an SMP turn. */
export type SmpWork = (SimpleWork | JointWork) & {readonly [MEANWHILE]?: () => void};

/**
 * A work's serial steps that use nothing its items read or write (bookkeeping of the turn before, what only a later
 * step needs): whoever computes the work calls it once, before, during or after the items, on the thread that runs
 * the turns; a team's leader calls it after handing the work to the helpers, so that it overlaps their ranges.
 * A symbol key: not a field sent to the helpers.
 */
export const MEANWHILE: unique symbol = Symbol("meanwhile");

/** Whether a range of `work` may begin at item i (a coalition work with probabilities: only at an election's first option). */
export function canSplitAt(work: SmpWork, i: number): boolean {
  switch (work.kind) {
    case "joint": {
      for (const part of work.parts) {
        if (i < part.count) return canSplitAt(part, i);
        i -= part.count;
      }
      return true;
    }
    case "coalitions":
      return !work.prob || i >= work.count || work.opt[i] === 0 || work.size[i]! > work.probUpTo!;
    default:
      return true;
  }
}

/**
 * The works `parts` as one {@link JointWork} (a single part as it is); with `barrierAfter` k, the first k parts are
 * done before the others begin.
 */
export function jointWork(parts: readonly SimpleWork[], barrierAfter = 0): SmpWork {
  if (parts.length === 1) return parts[0]!;
  let count = 0;
  let barrier = 0;
  parts.forEach((p, k) => {
    count += p.count;
    if (k < barrierAfter) barrier = count;
  });
  return barrier > 0 && barrier < count ? {kind: "joint", count, parts, barrier} : {kind: "joint", count, parts};
}

/** `SMPModel::posTol`: positions closer than 0.1 on the 0–100 scale are the same. */
export const POS_TOL = 1e-3;

/** Whether actors i and j hold the same position (`SMPState::equivNdx`). */
export function samePosition(pos: Float64Array, nd: number, i: number, j: number): boolean {
  let sq = 0;
  for (let k = 0; k < nd; k++) {
    const d = pos[i * nd + k]! - pos[j * nd + k]!;
    sq = sq + d * d;
  }
  return Math.sqrt(sq) < POS_TOL;
}

const MIN_SIG_EDU = 1e-5; // SMPState::bestChallenge
const MIN_CLTN = 1e-10;

/*
 * Branch-free sums. The signs of votes are as good as random, so `if (v > 0) c += v` mispredicts
 * half the time. (v + |v|) / 2 is exactly v for v > 0 and +0 otherwise ((|v| − v) / 2 is exactly −v
 * for v < 0 and +0 otherwise): doubling, halving and v + (−v) = 0 are exact, and adding +0 to the
 * positive sums here (they start at 1e-8 or 1e-10) leaves them unchanged to the bit. For finite v
 * (utilities and weights are) the sums are those of KTAB's branches.
 */

/** Computes items [from, to) of a work into its output. */
export function performSmpWork(work: SmpWork, from: number, to: number): void {
  switch (work.kind) {
    case "joint": {
      let at = 0;
      for (const part of work.parts) {
        const lo = from > at ? from - at : 0;
        const hi = to - at < part.count ? to - at : part.count;
        if (lo < hi) performSmpWork(part, lo, hi);
        at += part.count;
      }
      return;
    }
    case "coalitions":
      return coalitionRows(work, from, to);
    case "bargains": {
      const na = work.na;
      const per = bargainsPerActor(work.bargnModel);
      const last = to < na ? to : na;
      const scratch = challengeScratch(na);
      const brgn = new Float64Array(4 * work.nd);
      for (let i = from; i < last; i++) {
        challengeOf(work, i, scratch);
        bargainsOf(work, i, brgn);
      }
      // the values of this range's bargains, all at once (each actor's row of own is read once per range)
      if (from < last) bargainColumns(work, 1 + from * per, 1 + last * per);
      if (to > na) bargainColumns(work, 0, 1);
      return;
    }
    case "distances":
      return distances(work, from, to);
    case "risk":
      return risk(work, from, to);
  }
}

function distances(work: DistanceWork, from: number, to: number): void {
  const {nd, sal, ssSqr, ideals, pos, vDiff, vDiffT, rnT} = work;
  const na = work.count;
  for (let i = from; i < to; i++) {
    const ss = ssSqr[i]!;
    for (let j = 0; j < na; j++) {
      // SMPModel::bvDiff(ideal_i - pos_j, sal_i)
      let dsSqr = 0;
      for (let k = 0; k < nd; k++) {
        const ds = (ideals[i * nd + k]! - pos[j * nd + k]!) * sal[i * nd + k]!;
        dsSqr = dsSqr + ds * ds;
      }
      const d = Math.sqrt(dsSqr / ss);
      vDiff[i * na + j] = d;
      vDiffT[j * na + i] = d;
      rnT[j * na + i] = bsUtil(d, 0);
    }
  }
}

function risk(work: RiskWork, from: number, to: number): void {
  const {bigRAdjust, nd, pos, nra, vDiff, rhi, own, unq, uT, posIndex} = work;
  const na = work.count;
  const nu = unq.length;
  for (let h = from; h < to; h++) {
    const rh = nra[h]!;
    const row = h * na;
    estNRARow(rh, nra, bigRAdjust, rhi, row);
    const r = rhi[row + h]!;
    for (let n = 0; n < na; n++) {
      const sd = vDiff[row + n]!;
      own[row + n] = sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r); // bsUtil(sd, r)
    }
    let k = -1;
    for (let j = 0; j < nu; j++) {
      uT[j * na + h] = own[row + unq[j]!]!;
      if (samePosition(pos, nd, h, unq[j]!)) k = j;
    }
    posIndex[h] = k;
  }
}

/**
 * Rough cost of item i of a work, in inner-loop iterations of about a nanosecond each (measured at a160): to split
 * a work into ranges of about equal cost (a joint work's items of different kinds too), and to leave work too small
 * to pay for a message to a worker on the calling thread.
 */
export function itemCost(work: SmpWork, i: number): number {
  switch (work.kind) {
    case "joint": {
      for (const part of work.parts) {
        if (i < part.count) return itemCost(part, i);
        i -= part.count;
      }
      throw new RangeError(`item ${i} beyond the joint work's ${work.count}`);
    }
    case "coalitions": {
      const n = work.size[i]!;
      // the last option also computes the election's probabilities, when asked (about 4n² iterations)
      return (work.opt[i]! + 1) * work.voters + (work.opt[i] === n - 1 && n <= (work.probUpTo ?? 0) ? 4 * n * n : 0);
    }
    case "bargains": {
      const na = work.na;
      // a bargain's value: a sum over every actor's row of own (an iteration about half a coalition's)
      const column = (na * (na + 2 * work.nd)) / 2;
      if (i === na) return column;
      // every target's bound, then the full sum for the targets the bound does not rule out (about an eighth of
      // them in the inputs we measured), each iteration about 8 times a coalition's (a division, a utility)
      return na * na + 32 * na + bargainsPerActor(work.bargnModel) * column;
    }
    case "distances":
      return work.count * (3 * work.nd + 4);
    case "risk":
      return work.count * 3 + work.unq.length * (work.nd + 2);
  }
}

function coalitionRows(work: CoalitionWork, from: number, to: number): void {
  const {w, uT, voters: na, out: c, row, opt, size, base, prob} = work;
  const probUpTo = prob ? work.probUpTo! : 0;
  if (from < to && opt[from] !== 0 && size[from]! <= probUpTo)
    throw new RangeError(`coalitions: a range begins at item ${from}, inside an election whose probabilities it gives`);
  const minC = 1e-8;
  const vr = work.votingRule;
  const prop = vr === "Prop";
  for (let t = from; t < to; t++) {
    const i = opt[t]!;
    const n = size[t]!;
    const at = base[t]!;
    const first = t - i;
    const ri = row[t]! * na;
    let j = 0;
    if (prop) {
      // four rivals at a time: eight independent sums instead of two chains of additions
      for (; j + 4 <= i; j += 4) {
        const r0 = row[first + j]! * na;
        const r1 = row[first + j + 1]! * na;
        const r2 = row[first + j + 2]! * na;
        const r3 = row[first + j + 3]! * na;
        let p0 = minC,
          m0 = minC,
          p1 = minC,
          m1 = minC,
          p2 = minC,
          m2 = minC,
          p3 = minC,
          m3 = minC;
        for (let k = 0; k < na; k++) {
          const wk = w[k]!;
          const ui = uT[ri + k]!;
          const v0 = wk * (ui - uT[r0 + k]!);
          const v1 = wk * (ui - uT[r1 + k]!);
          const v2 = wk * (ui - uT[r2 + k]!);
          const v3 = wk * (ui - uT[r3 + k]!);
          const a0 = Math.abs(v0);
          const a1 = Math.abs(v1);
          const a2 = Math.abs(v2);
          const a3 = Math.abs(v3);
          // if (v > 0) cij += v; if (v < 0) cji -= v; without a branch (see above)
          p0 = p0 + (v0 + a0) * 0.5;
          m0 = m0 + (a0 - v0) * 0.5;
          p1 = p1 + (v1 + a1) * 0.5;
          m1 = m1 + (a1 - v1) * 0.5;
          p2 = p2 + (v2 + a2) * 0.5;
          m2 = m2 + (a2 - v2) * 0.5;
          p3 = p3 + (v3 + a3) * 0.5;
          m3 = m3 + (a3 - v3) * 0.5;
        }
        c[at + i * n + j] = p0;
        c[at + j * n + i] = m0;
        c[at + i * n + j + 1] = p1;
        c[at + (j + 1) * n + i] = m1;
        c[at + i * n + j + 2] = p2;
        c[at + (j + 2) * n + i] = m2;
        c[at + i * n + j + 3] = p3;
        c[at + (j + 3) * n + i] = m3;
      }
    }
    for (; j < i; j++) {
      const rj = row[first + j]! * na;
      let cij = minC;
      let cji = minC;
      for (let k = 0; k < na; k++) {
        const v = prop ? w[k]! * (uT[ri + k]! - uT[rj + k]!) : vote(vr, w[k]!, uT[ri + k]!, uT[rj + k]!);
        const a = Math.abs(v);
        cij = cij + (v + a) * 0.5;
        cji = cji + (a - v) * 0.5;
      }
      c[at + i * n + j] = cij;
      c[at + j * n + i] = cji;
    }
    c[at + i * n + i] = minC;
    if (prob && i === n - 1 && n <= probUpTo) {
      // the election's last option: every strength of it is written (the range began at its first option)
      prob.set(probCE(work.pceModel!, work.victoryProbModel!, c.subarray(at, at + n * n), n), first);
    }
  }
}

/**
 * The two sides of the little contest i:j before any third party joins: i's and j's own votes
 * (`Model::vote`, positive for i), each side floored at 1e-10, as `probEduChlg`.
 */
function contest(contribI: number, contribJ: number, out: Float64Array): void {
  let chij = MIN_CLTN;
  let chji = MIN_CLTN;
  if (contribI > 0.0) chij = chij + contribI;
  if (contribI < 0.0) chji = chji - contribI;
  if (contribJ > 0.0) chij = chij + contribJ;
  if (contribJ < 0.0) chji = chji - contribJ;
  out[0] = chij;
  out[1] = chji;
}

/** contest()'s answer (written, not returned: a returned pair or double would be allocated per call). */
const CONTEST = new Float64Array(2);

/**
 * `SMPState::probEduChlg`: h's estimate of the probability that i defeats j, and of the expected
 * change in k's utility if i challenges j, compared with the status quo. h's estimate of a's
 * utility for b's position is bsUtil(vDiff[a*na+b], rhi[h*na+a]).
 */
function probEduChlg(work: BargainWork, h: number, k: number, i: number, j: number): [number, number] {
  const {cap, salSum, vDiff, rhi} = work;
  const na = work.na;
  const vr = work.votingRule;
  const tpc = work.thirdPartyCommit;
  const u = (a: number, b: number): number => bsUtil(vDiff[a * na + b]!, rhi[h * na + a]!);
  const uii = u(i, i);
  const uij = u(i, j);
  const uji = u(j, i);
  const ujj = u(j, j);
  const uki = u(k, i);
  const ukj = u(k, j);
  const euSQ = uki + ukj;
  const uhkij = uki + uki;
  const uhkji = ukj + ukj;
  const sj = salSum[j]!;

  contest(vote(vr, salSum[i]! * cap[i]!, uii, uij), vote(vr, sj * cap[j]!, uji, ujj), CONTEST);
  const cI = CONTEST[0]!;
  const cJ = CONTEST[1]!;
  let chij = cI;
  let chji = cJ;

  const prop = vr === "Prop";
  const semi = tpc === "SemiCommit";
  for (let n = 0; n < na; n++) {
    if (n === i || n === j) continue;
    const wn = salSum[n]! * cap[n]!;
    const uni = u(n, i);
    const unj = u(n, j);
    const unn = u(n, n);
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
 * Actor i's best challenge: the target j with the largest expected gain above 1e-5 (the first such
 * j on ties), i's estimate that it would win, and the receiver's estimate of i's gain.
 */
/** Work arrays of {@link defaultChallenge}, reused for every actor of a range. */
interface ChallengeScratch {
  colI: Float64Array;
  diag: Float64Array;
  a2n: Float64Array;
  a3: Float64Array;
  bound: Float64Array;
  heap: Int32Array;
}

function challengeScratch(na: number): ChallengeScratch {
  const f = () => new Float64Array(na);
  return {colI: f(), diag: f(), a2n: f(), a3: f(), bound: f(), heap: new Int32Array(na)};
}

function challengeOf(work: BargainWork, i: number, scratch: ChallengeScratch): void {
  const na = work.na;
  let bestJ = -1;
  let piiJ = 0;
  let bestEU = -1.0;
  if (work.votingRule !== "Prop" || work.thirdPartyCommit !== "SemiCommit") {
    for (let j = 0; j < na; j++) {
      if (j === i) continue;
      const [pij, edu] = probEduChlg(work, i, i, i, j);
      if (MIN_SIG_EDU < edu && bestEU < edu) {
        bestJ = j;
        piiJ = pij;
        bestEU = edu;
      }
    }
  } else {
    [bestJ, piiJ, bestEU] = defaultChallenge(work, i, scratch);
  }
  const o = 4 * i;
  work.chal[o] = bestJ;
  work.chal[o + 1] = piiJ;
  work.chal[o + 2] = bestEU;
  // KTAB passes j's estimate of i's expected *gain* to the receiver's interpolation (get<1> of
  // probEduChlg) where its comment says "probability"; only needed when there is a challenge, and only the
  // receiver's and the compromise bargains use it.
  const used = 0 < bestEU && work.bargnModel !== "InitOnlyInterp";
  work.chal[o + 3] = used ? probEduChlg(work, bestJ, i, i, bestJ)[1] : 0;
}

/**
 * `probEduChlg(i, i, i, j)` for every j under the default rules (Prop, SemiCommit), with the same
 * arithmetic: i's utility estimates of every actor for i's own and for each actor's position are
 * computed once per i (uni, unn, and the sums uni+uni+unn, uni+uni+uni that do not depend on j),
 * and i's estimate of n's utility for j's position is computed where it is read, from the
 * transposed distances, so that every access runs through memory in order.
 */
function defaultChallenge(work: BargainWork, i: number, scratch: ChallengeScratch): [number, number, number] {
  const {cap, salSum, wN, vDiff, vDiffT, rhi} = work;
  const na = work.na;
  const r = rhi.subarray(i * na, (i + 1) * na);
  const {colI, diag, a2n, a3, bound, heap} = scratch; // uni, unn, uni + uni + unn, uni + uni + uni
  const rowI = i * na;
  for (let n = 0; n < na; n++) {
    const rn = r[n]!;
    const uni = bsUtil(vDiffT[rowI + n]!, rn);
    const unn = bsUtil(vDiff[n * na + n]!, rn);
    colI[n] = uni;
    diag[n] = unn;
    a2n[n] = uni + uni + unn;
    a3[n] = uni + uni + uni;
  }
  const uii = colI[i]!;
  const wi = salSum[i]! * cap[i]!;
  // Whatever the contest's odds p = phij, the gain is linear in p: uii − uij at p = 1 and
  // (1 − 2sj)(uii − uij) at p = 0. The larger, plus a margin far above the rounding of the sums
  // (< 1e-14 here), bounds the gain from above; targets are tried from the largest bound down
  // and the search stops where the bound cannot beat the best gain found.
  let size = 0;
  for (let j = 0; j < na; j++) {
    if (j === i) continue;
    const uij = bsUtil(vDiffT[j * na + i]!, r[i]!);
    const d = uii - uij;
    const d0 = (1 - 2 * salSum[j]!) * d;
    bound[j] = (d > d0 ? d : d0) + 1e-9 * (1 + Math.abs(uii) + Math.abs(uij));
    heap[size++] = j;
  }
  // a binary max-heap of the targets by bound: only the targets tried are ever taken out
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(heap, bound, size, at);
  let bestJ = -1;
  let piiJ = 0;
  let bestEU = -1.0;
  while (size > 0) {
    const j = heap[0]!;
    heap[0] = heap[--size]!;
    siftDown(heap, bound, size, 0);
    const bj = bound[j]!;
    if (bj <= bestEU || bj <= MIN_SIG_EDU) break; // no target left can be chosen
    const Tj = j * na;
    const uij = bsUtil(vDiffT[Tj + i]!, r[i]!);
    const uji = colI[j]!;
    const ujj = diag[j]!;
    const sj = salSum[j]!;
    contest(wi * (uii - uij), sj * cap[j]! * (uji - ujj), CONTEST);
    const cI = CONTEST[0]!;
    const cJ = CONTEST[1]!;
    let chij = cI;
    let chji = cJ;
    const lo = i < j ? i : j;
    const hi = i < j ? j : i;
    // third parties n < lo, lo < n < hi, hi < n: the same loop body three times, without a test per n
    for (let part = 0; part < 3; part++) {
      const n0 = part === 0 ? 0 : part === 1 ? lo + 1 : hi + 1;
      const n1 = part === 0 ? lo : part === 1 ? hi : na;
      for (let n = n0; n < n1; n++) {
        const sd = vDiffT[Tj + n]!;
        const rn = r[n]!;
        const unj = sd <= 1 ? (1 - sd) * (1 + sd * rn) : (1 - sd) * (1 + rn); // bsUtil(sd, rn)
        const wn = wN[n]!;
        const v = wn * (colI[n]! - unj);
        const av = Math.abs(v);
        const cni = cI + (v + av) * 0.5; // v > 0 ? cI + v : cI
        const cnj = cJ + (av - v) * 0.5; // v < 0 ? cJ - v : cJ
        const pin = cni / (cni + cnj);
        const pjn = 1.0 - pin;
        const uIkJ = pin * a2n[n]! + pjn * (unj + unj + unj);
        const uIJk = pin * a3[n]! + pjn * (unj + unj + diag[n]!);
        const vnij = wn * (uIkJ - uIJk);
        const a = Math.abs(vnij);
        chij = chij + (vnij + a) * 0.5; // if (vnij > 0) chij += vnij
        chji = chji + (a - vnij) * 0.5; // if (vnij < 0) chji -= vnij
      }
    }
    const phij = chij / (chij + chji);
    const phji = chji / (chij + chji);
    // k = i: status quo, i wins, j wins
    const euSQ = uii + uij;
    const uhkij = uii + uii;
    const uhkji = uij + uij;
    const euCntst = phij * uhkij + phji * uhkji;
    const euChlg = (1 - sj) * uhkij + sj * euCntst;
    const edu = euChlg - euSQ;
    // the largest gain; on ties the first target in actor order, as KTAB's scan
    if (MIN_SIG_EDU < edu && (bestEU < edu || (bestEU === edu && j < bestJ))) {
      bestJ = j;
      piiJ = phij;
      bestEU = edu;
    }
  }
  return [bestJ, piiJ, bestEU];
}

/** Moves heap[at] down the binary max-heap heap[0 … size) ordered by bound. */
function siftDown(heap: Int32Array, bound: Float64Array, size: number, at: number): void {
  const x = heap[at]!;
  const bx = bound[x]!;
  for (;;) {
    let c = 2 * at + 1;
    if (c >= size) break;
    if (c + 1 < size && bound[heap[c + 1]!]! > bound[heap[c]!]!) c++;
    if (!(bound[heap[c]!]! > bx)) break;
    heap[at] = heap[c]!;
    at = c;
  }
  heap[at] = x;
}

/** Rounds to 4 decimals as KTAB's interpolation. */
function round4(x: number): number {
  return Math.trunc(0.5 + x * 10000.0) / 10000.0;
}

/**
 * `SMPActor::interpolateBrgn`: the bargain positions of i and j from the probabilities prbI, prbJ, into
 * out[at .. at + nd) (i's) and out[at + nd .. at + 2nd) (j's).
 */
function interpolate(
  work: BargainWork,
  i: number,
  j: number,
  prbI: number,
  prbJ: number,
  out: Float64Array,
  at: number
): void {
  const {nd, sal, pos} = work;
  const ivb = work.interVecBrgn;
  for (let k = 0; k < nd; k++) {
    const tik = pos[i * nd + k]!;
    const sik = sal[i * nd + k]!;
    const tjk = pos[j * nd + k]!;
    const sjk = sal[j * nd + k]!;
    if (ivb === "S2PMax") {
      const di = prbJ > prbI ? prbJ - prbI : 0;
      const dj = prbI > prbJ ? prbI - prbJ : 0;
      const sik2 = sik * sik;
      const sjk2 = sjk * sjk;
      const minW = 1e-6;
      const dik = (di * sjk2) / (di * sjk2 + minW + (1 - di) * sik2);
      const djk = (dj * sik2) / (dj * sik2 + minW + (1 - dj) * sjk2);
      out[at + k] = tik + dik * (tjk - tik);
      out[at + nd + k] = tjk + djk * (tik - tjk);
    } else {
      // S1P1 or S2P2: weights salience^n * probability^m, rounded to 4 decimals
      const two = ivb === "S2P2";
      const wik = (two ? sik * sik : sik) * (two ? prbI * prbI : prbI);
      const wjk = (two ? sjk * sjk : sjk) * (two ? prbJ * prbJ : prbJ);
      const minW = 1e-6;
      out[at + k] = round4(((wik + minW) * tik + wjk * tjk) / (wik + minW + wjk));
      out[at + nd + k] = round4((wik * tik + (minW + wjk) * tjk) / (wik + minW + wjk));
    }
  }
}

/**
 * The bargains actor i proposes after its challenge (none: ends −2): from i's estimate of winning (the initiator's
 * interpolation), from the receiver's estimate of i's gain (the receiver's, as KTAB), or their compromise weighted
 * by i's capability and each side's saliences. `brgn` holds 4·nd numbers of scratch.
 */
function bargainsOf(work: BargainWork, i: number, brgn: Float64Array): void {
  const {nd, chal, ends, bpos, cap, salSum} = work;
  const per = bargainsPerActor(work.bargnModel);
  const slot = 1 + i * per;
  const bestEU = chal[4 * i + 2]!;
  if (!(0 < bestEU)) {
    for (let m = 0; m < per; m++) ends[2 * (slot + m)] = ends[2 * (slot + m) + 1] = -2;
    return;
  }
  const j = chal[4 * i]!;
  const piiJ = chal[4 * i + 1]!;
  const pjiJ = chal[4 * i + 3]!;
  for (let m = 0; m < per; m++) {
    ends[2 * (slot + m)] = i;
    ends[2 * (slot + m) + 1] = j;
  }
  const at = slot * 2 * nd;
  if (work.bargnModel === "InitOnlyInterp") return interpolate(work, i, j, piiJ, 1 - piiJ, bpos, at);
  if (work.bargnModel === "InitRcvrInterp") {
    interpolate(work, i, j, piiJ, 1 - piiJ, bpos, at);
    return interpolate(work, i, j, pjiJ, 1 - pjiJ, bpos, at + 2 * nd);
  }
  // the compromise of the two; KTAB weighs both sides with the initiator's capability (brgnJIJ->actInit is i)
  interpolate(work, i, j, piiJ, 1 - piiJ, brgn, 0);
  interpolate(work, i, j, pjiJ, 1 - pjiJ, brgn, 2 * nd);
  const wi = cap[i]! * salSum[i]!;
  const wj = cap[i]! * salSum[j]!;
  for (let k = 0; k < nd; k++) {
    bpos[at + k] = (wi * brgn[k]! + wj * brgn[2 * nd + k]!) / (wi + wj);
    bpos[at + nd + k] = (wi * brgn[nd + k]! + wj * brgn[3 * nd + k]!) / (wi + wj);
  }
}

/** `SMPState::doBCN`'s brgnUtil for the bargains in slots [from, to), actor by actor (slots with ends −2 skipped). */
function bargainColumns(work: BargainWork, from: number, to: number): void {
  const {nd, sal, ssSqr, pos, nra, own, ends, bpos, out} = work;
  const na = nra.length;
  // All positions unchanged except the initiator's and the receiver's: each sum starts with a's
  // utility for the two bargain positions (the distance from a's position weighted by a's
  // saliences, by a's risk attitude), then adds every other actor's own utility in actor order.
  // The starts are computed first, in plain loops (a double returned from a call would be boxed).
  const starts = new Float64Array((to - from) * na);
  for (let b = from; b < to; b++) {
    if (ends[2 * b]! < 0) continue; // the status quo: the sum starts at 0
    const q = b * 2 * nd;
    const at = (b - from) * na;
    for (let a = 0; a < na; a++) {
      let uAvrg = 0.0;
      for (let side = 0; side < 2; side++) {
        let dsSqr = 0;
        for (let k = 0; k < nd; k++) {
          const ds = (pos[a * nd + k]! - bpos[q + side * nd + k]!) * sal[a * nd + k]!;
          dsSqr = dsSqr + ds * ds;
        }
        const sd = Math.sqrt(dsSqr / ssSqr[a]!);
        const R = nra[a]!;
        uAvrg = uAvrg + (sd <= 1 ? (1 - sd) * (1 + sd * R) : (1 - sd) * (1 + R)); // bsUtil(sd, R)
      }
      starts[at + a] = uAvrg;
    }
  }
  // where each bargain's sum skips: n in [0, cuts[4b]), [cuts[4b+1], cuts[4b+2]), [cuts[4b+3], na)
  const cuts = new Int32Array(4 * (to - from));
  for (let b = from; b < to; b++) {
    const init = ends[2 * b]!;
    const rcvr = ends[2 * b + 1]!;
    const lo = init < 0 ? na : init < rcvr ? init : rcvr;
    const hi = init < 0 ? na - 1 : init < rcvr ? rcvr : init;
    const at = 4 * (b - from);
    cuts[at] = lo;
    cuts[at + 1] = init < 0 ? na : lo + 1;
    cuts[at + 2] = init < 0 ? na : hi;
    cuts[at + 3] = hi + 1;
  }
  // Four actors' rows at a time (four independent chains of additions), and every bargain of the
  // range while those rows are in cache.
  let a = 0;
  for (; a + 4 <= na; a += 4) {
    const r0 = a * na;
    const r1 = r0 + na;
    const r2 = r1 + na;
    const r3 = r2 + na;
    for (let b = from; b < to; b++) {
      if (ends[2 * b] === -2) continue; // no bargain in this slot
      const at = 4 * (b - from);
      const n0 = cuts[at]!;
      const n1 = cuts[at + 1]!;
      const n2 = cuts[at + 2]!;
      const n3 = cuts[at + 3]!;
      const st = (b - from) * na + a;
      let s0 = starts[st]!;
      let s1 = starts[st + 1]!;
      let s2 = starts[st + 2]!;
      let s3 = starts[st + 3]!;
      for (let part = 0; part < 3; part++) {
        const lo = part === 0 ? 0 : part === 1 ? n1 : n3;
        const hi = part === 0 ? n0 : part === 1 ? n2 : na;
        for (let n = lo; n < hi; n++) {
          s0 = s0 + own[r0 + n]!;
          s1 = s1 + own[r1 + n]!;
          s2 = s2 + own[r2 + n]!;
          s3 = s3 + own[r3 + n]!;
        }
      }
      const col = b * na;
      out[col + a] = s0 / na;
      out[col + a + 1] = s1 / na;
      out[col + a + 2] = s2 / na;
      out[col + a + 3] = s3 / na;
    }
  }
  for (; a < na; a++) {
    const r0 = a * na;
    for (let b = from; b < to; b++) {
      if (ends[2 * b] === -2) continue;
      const at = 4 * (b - from);
      const n0 = cuts[at]!;
      const n1 = cuts[at + 1]!;
      const n2 = cuts[at + 2]!;
      const n3 = cuts[at + 3]!;
      let s0 = starts[(b - from) * na + a]!;
      for (let n = 0; n < n0; n++) s0 = s0 + own[r0 + n]!;
      for (let n = n1; n < n2; n++) s0 = s0 + own[r0 + n]!;
      for (let n = n3; n < na; n++) s0 = s0 + own[r0 + n]!;
      out[b * na + a] = s0 / na;
    }
  }
}
