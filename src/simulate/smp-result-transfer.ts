/**
 * An SMP result in a few typed arrays, to cross from the leading worker to the calling thread: the structured clone
 * of the result's objects (a160: 2,080 bargain rows, 14 states of 160 positions) took 4–8 ms on each side of the
 * message, serial in every run, against well under a millisecond for the arrays and the rows made again from them.
 * {@link unpackSmpResult} gives back an object equal to the one packed to the bit, with its keys in the same order
 * (so its JSON is the same bytes).
 *
 * @module
 */
import type {SmpBargain, SmpResult, SmpStateResult} from "./ktab/smp.js";

/** {@link SmpResult} with its states and bargains as typed arrays. */
export interface PackedSmpResult {
  /** The result's other fields, as they are. */
  readonly rest: Omit<SmpResult, "states" | "bargains">;
  readonly dims: number;
  /** Per state: its turn; its positions (actors × dims), probabilities (one per actor) and fractional change. */
  readonly turns: Int32Array;
  readonly stateActors: Int32Array;
  readonly positions: Float64Array;
  readonly probabilities: Float64Array;
  /** NaN where the state has none (turn 0). */
  readonly fractional: Float64Array;
  readonly hasFractional: Uint8Array;
  /** Per bargain: turn, id, initiator and receiver (indices in `rest.actors`, −1: `names`). */
  readonly ints: Int32Array;
  /** Per bargain: expected gain, win probability, the two queue probabilities, then the two positions. */
  readonly reals: Float64Array;
  /** Per bargain: perspective (0–2) + 4 · initiator adopted + 8 · receiver adopted. */
  readonly flags: Uint8Array;
}

const PERSPECTIVES: readonly SmpBargain["perspective"][] = ["initiator", "receiver", "compromise"];

/** The result as typed arrays (see {@link PackedSmpResult}); throws if a row does not have the shape expected. */
export function packSmpResult(result: SmpResult): PackedSmpResult {
  const {states, bargains, ...rest} = result;
  const dims = result.dimensions.length;
  const index = new Map<string, number>();
  result.actors.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const actorOf = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`SMP result: bargain names "${name}", not an actor`);
    return i;
  };
  const turns = new Int32Array(states.length);
  const stateActors = new Int32Array(states.length);
  let cells = 0;
  for (const s of states) cells += s.positions.length;
  const positions = new Float64Array(cells * dims);
  const probabilities = new Float64Array(cells);
  const fractional = new Float64Array(states.length);
  const hasFractional = new Uint8Array(states.length);
  let at = 0;
  states.forEach((s, t) => {
    turns[t] = s.turn;
    stateActors[t] = s.positions.length;
    if (s.probabilities.length !== s.positions.length)
      throw new Error(
        `SMP result: state ${t} has ${s.probabilities.length} probabilities for ${s.positions.length} actors`
      );
    s.positions.forEach((row, i) => {
      if (row.length !== dims) throw new Error(`SMP result: state ${t}, actor ${i} has ${row.length} positions`);
      for (let k = 0; k < dims; k++) positions[(at + i) * dims + k] = row[k]!;
      probabilities[at + i] = s.probabilities[i]!;
    });
    at += s.positions.length;
    hasFractional[t] = s.fractionalChange === undefined ? 0 : 1;
    fractional[t] = s.fractionalChange ?? NaN;
  });
  const width = 4 + 2 * dims;
  const ints = new Int32Array(4 * bargains.length);
  const reals = new Float64Array(width * bargains.length);
  const flags = new Uint8Array(bargains.length);
  bargains.forEach((b, n) => {
    ints[4 * n] = b.turn;
    ints[4 * n + 1] = b.id;
    ints[4 * n + 2] = actorOf(b.initiator);
    ints[4 * n + 3] = actorOf(b.receiver);
    const r = width * n;
    reals[r] = b.expectedGain;
    reals[r + 1] = b.initiatorWinProbability;
    reals[r + 2] = b.initiatorQueueProbability;
    reals[r + 3] = b.receiverQueueProbability;
    if (b.initiatorPosition.length !== dims || b.receiverPosition.length !== dims)
      throw new Error(`SMP result: bargain ${b.id} has positions of ${b.initiatorPosition.length} dimensions`);
    for (let k = 0; k < dims; k++) {
      reals[r + 4 + k] = b.initiatorPosition[k]!;
      reals[r + 4 + dims + k] = b.receiverPosition[k]!;
    }
    flags[n] = PERSPECTIVES.indexOf(b.perspective) + (b.initiatorAdopted ? 4 : 0) + (b.receiverAdopted ? 8 : 0);
  });
  return {rest, dims, turns, stateActors, positions, probabilities, fractional, hasFractional, ints, reals, flags};
}

/** The result {@link packSmpResult} packed, with the same values and keys in the same order as runSmp's. */
export function unpackSmpResult(p: PackedSmpResult): SmpResult {
  const {dims, rest} = p;
  const states: SmpStateResult[] = [];
  let at = 0;
  for (let t = 0; t < p.turns.length; t++) {
    const n = p.stateActors[t]!;
    const positions: number[][] = [];
    const probabilities: number[] = [];
    for (let i = 0; i < n; i++) {
      const row: number[] = [];
      for (let k = 0; k < dims; k++) row.push(p.positions[(at + i) * dims + k]!);
      positions.push(row);
      probabilities.push(p.probabilities[at + i]!);
    }
    at += n;
    const state: SmpStateResult = {turn: p.turns[t]!, positions, probabilities};
    if (p.hasFractional[t]) state.fractionalChange = p.fractional[t]!;
    states.push(state);
  }
  const width = 4 + 2 * dims;
  const bargains: SmpBargain[] = [];
  for (let n = 0; n < p.flags.length; n++) {
    const r = width * n;
    const initiatorPosition: number[] = [];
    const receiverPosition: number[] = [];
    for (let k = 0; k < dims; k++) {
      initiatorPosition.push(p.reals[r + 4 + k]!);
      receiverPosition.push(p.reals[r + 4 + dims + k]!);
    }
    const f = p.flags[n]!;
    bargains.push({
      turn: p.ints[4 * n]!,
      id: p.ints[4 * n + 1]!,
      initiator: rest.actors[p.ints[4 * n + 2]!]!,
      receiver: rest.actors[p.ints[4 * n + 3]!]!,
      perspective: PERSPECTIVES[f & 3]!,
      expectedGain: p.reals[r]!,
      initiatorWinProbability: p.reals[r + 1]!,
      initiatorPosition,
      receiverPosition,
      initiatorQueueProbability: p.reals[r + 2]!,
      receiverQueueProbability: p.reals[r + 3]!,
      initiatorAdopted: (f & 4) !== 0,
      receiverAdopted: (f & 8) !== 0
    });
  }
  const {scenario, actors, dimensions, seed, params, inputHash, stopReason} = rest;
  return {scenario, actors, dimensions, seed, params, inputHash, states, bargains, stopReason};
}
