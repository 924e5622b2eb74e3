/**
 * The scalar building blocks of KTAB's `kmodel` (`kmodel.cpp`, `smp.cpp`): votes, victory
 * probabilities, coalitions, probabilistic Condorcet elections, risk attitudes and utilities.
 * Each follows KTAB's order of floating-point operations, so results agree to the last bit where
 * the C++ compiler does not reorder (it does not at -O2 without -ffast-math).
 *
 * @module
 */
import type {SmpParams} from "./params.js";

type VotingRule = SmpParams["votingRule"];
type VPModel = SmpParams["victoryProbModel"];
type PCEModel = SmpParams["pceModel"];
type BigRAdjust = SmpParams["bigRAdjust"];
type BigRRange = SmpParams["bigRRange"];
type ThirdPartyCommit = SmpParams["thirdPartyCommit"];

/** `Model::vote`: influence wi applied to a difference in utility, shaped by the voting rule. */
export function vote(vr: VotingRule, wi: number, uij: number, uik: number): number {
  if (!(wi > 0)) throw new Error(`Model::vote: non-positive voting weight ${wi}`);
  const du = uij - uik;
  switch (vr) {
    case "Prop":
      return wi * du;
    case "Binary": {
      let r = du / 1e-8;
      r = r > 1 ? 1 : r;
      r = r < -1 ? -1 : r;
      return wi * r;
    }
    case "PropBin": {
      let r = du / 1e-8;
      r = r > 1 ? 1 : r;
      r = r < -1 ? -1 : r;
      return wi * ((1 - 0.2) * du + 0.2 * r);
    }
    case "PropCbc":
      return wi * ((1 - 0.5) * du + 0.5 * (du * du * du));
    case "Cubic":
      return wi * (du * du * du);
    case "ASymProsp":
      // prospect theory: gains count 2/3 as much as losses
      if (du < 0) return wi * du;
      if (du > 0) return (2.0 * wi * du) / 3.0;
      return 0;
  }
}

/** `Model::vProb(vpm, s1, s2)`: probability that strength s1 defeats s2, and its complement. */
export function vProbPair(vpm: VPModel, s1: number, s2: number): [number, number] {
  let x1 = 0;
  let x2 = 0;
  switch (vpm) {
    case "Linear":
      x1 = s1;
      x2 = s2;
      break;
    case "Square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "Quartic":
      x1 = s1 * s1 * (s1 * s1);
      x2 = s2 * s2 * (s2 * s2);
      break;
    case "Octic": {
      const q1 = s1 * s1 * (s1 * s1);
      const q2 = s2 * s2 * (s2 * s2);
      x1 = q1 * q1;
      x2 = q2 * q2;
      break;
    }
    case "Binary": {
      // a 10% advantage either way is decisive, with linear interpolation between
      const thresh = 1.1;
      if (s1 >= thresh * s2) {
        x1 = 1.0;
        x2 = 1e-6;
      } else if (s2 >= thresh * s1) {
        x1 = 1e-6;
        x2 = 1.0;
      } else {
        const r12 = s1 / (s1 + s2);
        const p12 = (r12 * (thresh + 1.0) - 1.0) / (thresh - 1.0);
        x1 = p12;
        x2 = 1 - p12;
      }
      break;
    }
  }
  return [x1 / (x1 + x2), x2 / (x1 + x2)];
}

/**
 * `Model::coalitions` over `numOpt` options for `numAct` voters: c[i*n+j] is the strength of the
 * coalition for option i against j. `u` is row-major [actor][option] with row stride `stride`.
 */
export function coalitions(
  vr: VotingRule,
  w: ArrayLike<number>,
  u: ArrayLike<number>,
  stride: number,
  numAct: number,
  numOpt: number
): Float64Array {
  const minC = 1e-8;
  const c = new Float64Array(numOpt * numOpt);
  const prop = vr === "Prop";
  for (let i = 0; i < numOpt; i++) {
    for (let j = 0; j < i; j++) {
      let cij = minC;
      let cji = minC;
      for (let k = 0; k < numAct; k++) {
        const row = k * stride;
        const v = prop ? w[k]! * (u[row + i]! - u[row + j]!) : vote(vr, w[k]!, u[row + i]!, u[row + j]!);
        if (v > 0) cij = cij + v;
        if (v < 0) cji = cji - v;
      }
      c[i * numOpt + j] = cij;
      c[j * numOpt + i] = cji;
    }
    c[i * numOpt + i] = minC;
  }
  return c;
}

/** `Model::vProb(vpm, c)`: the square matrix of P[i > j] from coalition strengths. */
export function victoryMatrix(vpm: VPModel, c: Float64Array, n: number): Float64Array {
  const p = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const cij = c[i * n + j]!;
      const cji = c[j * n + i]!;
      if (vpm === "Linear") {
        p[i * n + j] = cij / (cij + cji);
        p[j * n + i] = cji / (cij + cji);
      } else {
        const [a, b] = vProbPair(vpm, cij, cji);
        p[i * n + j] = a;
        p[j * n + i] = b;
      }
    }
    p[i * n + i] = 0.5;
  }
  return p;
}

/** `Model::condPCE`: probability each option beats all others, conditional on one doing so. */
export function condPCE(pv: Float64Array, n: number): Float64Array {
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let pi = 1.0;
    for (let j = 0; j < n; j++) pi = pi * pv[i * n + j]!;
    p[i] = pi;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum = sum + p[i]!;
  for (let i = 0; i < n; i++) p[i] = p[i]! / sum;
  return p;
}

/**
 * condPCE(victoryMatrix("Linear", c, n), n) without the n × n matrix (at a160 a fresh 200 KB array twice a turn,
 * on the serial path): each P[i > j] = cij / (cij + cji) is computed where the product reads it, with the same
 * operations (IEEE addition is commutative, so cji + cij is cij + cji to the bit) in the same order.
 */
export function linearCondPCE(c: Float64Array, n: number): Float64Array {
  const p = new Float64Array(n);
  let i = 0;
  // four rows at a time: four independent chains of products, and the column entries c[j*n+i…i+3] read together
  // (each row's factors are the same, multiplied in the same order)
  for (; i + 4 <= n; i += 4) {
    const r0 = i * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    let p0 = 1.0;
    let p1 = 1.0;
    let p2 = 1.0;
    let p3 = 1.0;
    for (let j = 0; j < n; j++) {
      const cj = j * n + i;
      const c0 = c[r0 + j]!;
      const c1 = c[r1 + j]!;
      const c2 = c[r2 + j]!;
      const c3 = c[r3 + j]!;
      p0 = p0 * (j === i ? 0.5 : c0 / (c0 + c[cj]!));
      p1 = p1 * (j === i + 1 ? 0.5 : c1 / (c1 + c[cj + 1]!));
      p2 = p2 * (j === i + 2 ? 0.5 : c2 / (c2 + c[cj + 2]!));
      p3 = p3 * (j === i + 3 ? 0.5 : c3 / (c3 + c[cj + 3]!));
    }
    p[i] = p0;
    p[i + 1] = p1;
    p[i + 2] = p2;
    p[i + 3] = p3;
  }
  for (; i < n; i++) {
    let pi = 1.0;
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const cij = c[row + j]!;
      pi = pi * (j === i ? 0.5 : cij / (cij + c[j * n + i]!));
    }
    p[i] = pi;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum = sum + p[i]!;
  for (let i = 0; i < n; i++) p[i] = p[i]! / sum;
  return p;
}

/** `Model::markovUniformPCE`: Markov process where every option challenges with probability 1/n. */
export function markovUniformPCE(pv: Float64Array, n: number): Float64Array {
  const pTol = 1e-6;
  let p = new Float64Array(n).fill(1.0 / n);
  const q = new Float64Array(n);
  let change = 1.0;
  let iter = 0;
  while (pTol < change) {
    change = 0;
    for (let i = 0; i < n; i++) {
      let pi = 0.0;
      for (let j = 0; j < n; j++) pi = pi + pv[i * n + j]! * (p[i]! + p[j]!);
      q[i] = pi / n;
      const c = Math.abs(q[i]! - p[i]!);
      change = c > change ? c : change;
    }
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = (p[i]! + q[i]!) / 2.0;
    p = next;
    iter++;
    if (iter >= 1000) throw new Error("Model::markovUniformPCE: iteration exceeded the upper limit");
  }
  return p;
}

/** `Model::markovIncentivePCE`: Markov process where challenges follow the incentive to challenge. */
export function markovIncentivePCE(c: Float64Array, n: number, vpm: VPModel): Float64Array {
  const pTol = 1e-8;
  const vp = victoryMatrix(vpm, c, n);
  const inctv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let x = c[i * n + j]! * vp[i * n + j]!;
      if (i === j) x = x + 1e-10;
      inctv[i * n + j] = x;
    }
  }
  const chlg = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0.0;
      for (let k = 0; k < n; k++) sum = sum + inctv[k * n + j]!;
      chlg[i * n + j] = inctv[i * n + j]! / sum;
    }
  }
  let p = new Float64Array(n).fill(1.0 / n);
  const q = new Float64Array(n);
  const ct = new Float64Array(n * n);
  let change = 1.0;
  let iter = 0;
  while (pTol < change) {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) ct[i * n + j] = p[i]! * chlg[j * n + i]!;
    change = 0.0;
    for (let i = 0; i < n; i++) {
      let qi = 0.0;
      for (let j = 0; j < n; j++) qi = qi + vp[i * n + j]! * (ct[i * n + j]! + ct[j * n + i]!);
      q[i] = qi;
      const d = Math.abs(q[i]! - p[i]!);
      change = d > change ? d : change;
    }
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = (p[i]! + q[i]!) / 2.0;
    p = next;
    iter++;
    if (iter >= 1000) throw new Error("Model::markovIncentivePCE: iteration exceeded upper limit");
  }
  return p;
}

/** `Model::probCE2`: option probabilities from coalition strengths. */
export function probCE(pcem: PCEModel, vpm: VPModel, c: Float64Array, n: number): Float64Array {
  switch (pcem) {
    case "Conditional":
      return vpm === "Linear" ? linearCondPCE(c, n) : condPCE(victoryMatrix(vpm, c, n), n);
    case "MarkovUniform":
      return markovUniformPCE(victoryMatrix(vpm, c, n), n);
    case "MarkovIncentive":
      return markovIncentivePCE(c, n, vpm);
  }
}

/**
 * `Model::scalarPCE`: probability of each of `numOpt` options when `numAct` actors with strengths
 * `w` vote by their utilities `u` ([actor][option], row stride `stride`).
 */
export function scalarPCE(
  numAct: number,
  numOpt: number,
  w: ArrayLike<number>,
  u: ArrayLike<number>,
  stride: number,
  vr: VotingRule,
  vpm: VPModel,
  pcem: PCEModel
): Float64Array {
  const c = coalitions(vr, w, u, stride, numAct, numOpt);
  return probCE(pcem, vpm, c, numOpt);
}

/** `Model::bigRfromProb`: risk attitudes from the probabilities of actors' positions. */
export function bigRfromProb(p: Float64Array, rr: BigRRange): Float64Array {
  let pMin = 1.0;
  let pMax = 0.0;
  for (const pi of p) {
    pMin = pi < pMin ? pi : pMin;
    pMax = pi > pMax ? pi : pMax;
  }
  const r = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    r[i] =
      rr === "Min"
        ? (pi - pMin) / (pMax - pMin)
        : rr === "Mid"
          ? (3 * pi - (pMax + 2 * pMin)) / (2 * (pMax - pMin))
          : (2 * pi - (pMax + pMin)) / (pMax - pMin);
    // all positions equally likely: KTAB would divide 0 by 0; treat everyone as risk neutral
    if (Number.isNaN(r[i]!)) r[i] = 0;
  }
  return r;
}

/** `Model::estNRA`: h's estimate of i's risk attitude. */
export function estNRA(rh: number, ri: number, ra: BigRAdjust): number {
  switch (ra) {
    case "Full":
      return ri;
    case "TwoThirds":
      return (rh + 2.0 * ri) / 3.0;
    case "Half":
      return (rh + ri) / 2;
    case "OneThird":
      return (2.0 * rh + ri) / 3.0;
    case "None":
      return rh;
  }
}

/**
 * {@link estNRA} of h (attitude rh) for every actor: out[at + i] = estNRA(rh, r[i], ra), with the same
 * arithmetic, the rule chosen once per row (a hot loop: no call per element).
 */
export function estNRARow(rh: number, r: Float64Array, ra: BigRAdjust, out: Float64Array, at: number): void {
  const n = r.length;
  switch (ra) {
    case "Full":
      for (let i = 0; i < n; i++) out[at + i] = r[i]!;
      return;
    case "TwoThirds":
      for (let i = 0; i < n; i++) out[at + i] = (rh + 2.0 * r[i]!) / 3.0;
      return;
    case "Half":
      for (let i = 0; i < n; i++) out[at + i] = (rh + r[i]!) / 2;
      return;
    case "OneThird":
      for (let i = 0; i < n; i++) out[at + i] = (2.0 * rh + r[i]!) / 3.0;
      return;
    case "None":
      for (let i = 0; i < n; i++) out[at + i] = rh;
      return;
  }
}

/** `SMPModel::bsUtil`: utility of a salience-weighted distance sd in [0,1] for risk attitude R. */
export function bsUtil(sd: number, R: number): number {
  return sd <= 1 ? (1 - sd) * (1 + sd * R) : (1 - sd) * (1 + R);
}

/** `Actor::vProbLittle`: third party n's estimate that i wins the little (i:j) contest it joins. */
export function vProbLittle(
  vr: VotingRule,
  wn: number,
  uni: number,
  unj: number,
  contribI: number,
  contribJ: number
): number {
  const v = vote(vr, wn, uni, unj);
  const cni = v > 0 ? contribI + v : contribI;
  const cnj = v < 0 ? contribJ - v : contribJ;
  return cni / (cni + cnj);
}

/** `Actor::thirdPartyVoteSU`: third party k's vote in (i:j), by the "sum of utilities" model. */
export function thirdPartyVote(
  wk: number,
  vr: VotingRule,
  comm: ThirdPartyCommit,
  pik: number,
  pjk: number,
  uki: number,
  ukj: number,
  ukk: number
): number {
  let uIkDefJ: number, uJDefIk: number, uIDefJk: number, uJkDefI: number;
  switch (comm) {
    case "FullCommit":
      uIkDefJ = uki + uki + uki;
      uJDefIk = ukj + ukj + ukj;
      uIDefJk = uki + uki + uki;
      uJkDefI = ukj + ukj + ukj;
      break;
    case "SemiCommit":
      uIkDefJ = uki + uki + ukk;
      uJDefIk = ukj + ukj + ukj;
      uIDefJk = uki + uki + uki;
      uJkDefI = ukj + ukj + ukk;
      break;
    case "NoCommit":
      uIkDefJ = uki + uki + ukk;
      uJDefIk = ukj + ukj + ukk;
      uIDefJk = uki + uki + ukk;
      uJkDefI = ukj + ukj + ukk;
      break;
  }
  const uIkJ = pik * uIkDefJ + pjk * uJDefIk;
  const uIJk = pik * uIDefJk + pjk * uJkDefI;
  return vote(vr, wk, uIkJ, uIJk);
}
