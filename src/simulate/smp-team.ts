/**
 * KTAB's SMP on a team of worker threads: one worker (the leader) runs the turns ({@link smpSteps}) and takes
 * ranges of each parallel work's items, the others (helpers) wait for each work and take ranges too. They meet on a
 * small shared control array with `Atomics.wait`/`notify` (workers may block; the calling thread never does), and
 * the leader hands each work to the helpers on a MessagePort read synchronously (`receiveMessageOnPort`), its
 * arrays named by number (shared-arrays.ts). So a work costs no message to or from the calling thread, whose event
 * loop only starts the run and receives its result; the serial part of a turn runs on the leader.
 *
 * Each item performs the same operations whichever thread takes it, so the result is {@link runSmp}'s to the bit.
 *
 * @module
 */
import {receiveMessageOnPort, type MessagePort} from "node:worker_threads";
import {itemCost, performSmpWork, type SimpleWork, type SmpWork, jointWork} from "./ktab/smp-work.js";
import {smpSteps, type RunSmpOptions, type SmpResult} from "./ktab/smp.js";
import type {SmpScenario} from "./ktab/scenario.js";
import {SharedArraySender, SharedArrayTable, type FreshBuffers, type PackedArrays} from "./shared-arrays.js";

/**
 * Work below this many inner-loop iterations (~0.2 ms) is done by the leader alone: waking the helpers and waiting
 * for the slower one costs about as much as the work itself.
 */
const SMP_INLINE_COST = 200_000;
/** Smallest range worth handing to a helper. */
const SMP_MIN_RANGE_COST = 50_000;
/** Most ranges per thread in one work (the threads take them from a shared counter, which evens out the error of the cost estimate). */
export const SMP_RANGES_PER_THREAD = 8;

/** The control array's slots (Int32): the work's generation, the next range, helpers done, stop, error, ranges. */
const GEN = 0;
const NEXT = 1;
const DONE = 2;
const STOP = 3;
const ERROR = 4;
const COUNT = 5;
const RANGES = 8;

/** The control array for a team of `threads` threads (leader included). */
export function smpControl(threads: number): SharedArrayBuffer {
  return new SharedArrayBuffer(4 * (RANGES + 2 * SMP_RANGES_PER_THREAD * threads));
}

/** Ends the run's helpers (after the leader's end, or its failure): they return from {@link helpSmp}. */
export function stopSmpHelpers(control: SharedArrayBuffer): void {
  const c = new Int32Array(control);
  Atomics.store(c, STOP, 1);
  Atomics.add(c, GEN, 1);
  Atomics.notify(c, GEN);
}

/** What the leader sends a helper with each work: buffers it has not had yet, and the work's parts. */
interface HelperWork {
  readonly buffers: FreshBuffers;
  readonly parts: readonly PackedArrays[];
}

/**
 * The leader: runs the SMP, doing each parallel work with the helpers at the other ends of `ports` (none: alone).
 * Stops the helpers when it ends, whichever way.
 */
export function leadSmp(
  scenario: SmpScenario,
  options: RunSmpOptions,
  control: SharedArrayBuffer,
  ports: readonly MessagePort[]
): SmpResult {
  const c = new Int32Array(control);
  const helpers = ports.length;
  const sender = new SharedArraySender(helpers);
  const steps = smpSteps(scenario, options, (bytes) => new SharedArrayBuffer(bytes));
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      const work = step.value;
      const split = helpers > 0 ? splitWork(work, helpers + 1) : [];
      if (split.length < 2) {
        performSmpWork(work, 0, work.count);
        continue;
      }
      split.forEach(([from, to], k) => ((c[RANGES + 2 * k] = from), (c[RANGES + 2 * k + 1] = to)));
      Atomics.store(c, COUNT, split.length);
      Atomics.store(c, NEXT, 0);
      Atomics.store(c, DONE, 0);
      const parts = (work.kind === "joint" ? work.parts : [work]).map((part) => sender.pack(part));
      ports.forEach((port, h) => port.postMessage({buffers: sender.fresh(h), parts} satisfies HelperWork));
      Atomics.add(c, GEN, 1);
      Atomics.notify(c, GEN);
      takeRanges(c, work);
      for (let done = Atomics.load(c, DONE); done < helpers; done = Atomics.load(c, DONE)) Atomics.wait(c, DONE, done);
      if (Atomics.load(c, ERROR)) {
        const failed = ports.map((port) => receiveMessageOnPort(port)?.message as {error?: string} | undefined);
        throw new Error(`SMP helper failed: ${failed.find((m) => m?.error)?.error ?? "unknown error"}`);
      }
    }
  } finally {
    stopSmpHelpers(control);
  }
}

/** A helper: takes ranges of each work the leader hands over on `port`, until the leader stops the run. */
export function helpSmp(control: SharedArrayBuffer, port: MessagePort): void {
  const c = new Int32Array(control);
  const table = new SharedArrayTable();
  // the run's first work may have been handed over before this helper started: its generation is then 1
  let seen = 0;
  for (;;) {
    Atomics.wait(c, GEN, seen);
    const gen = Atomics.load(c, GEN);
    if (gen === seen) continue;
    seen = gen;
    if (Atomics.load(c, STOP)) return;
    try {
      const handed = receiveMessageOnPort(port)?.message as HelperWork | undefined;
      if (!handed) throw new Error(`no work on the port for generation ${gen}`);
      table.add(handed.buffers);
      takeRanges(c, jointWork(handed.parts.map((part) => table.unpack<SimpleWork>(part))));
    } catch (error) {
      Atomics.store(c, ERROR, 1);
      port.postMessage({error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
    }
    Atomics.add(c, DONE, 1);
    Atomics.notify(c, DONE);
  }
}

/** Takes the work's ranges from the shared counter until none is left. */
function takeRanges(c: Int32Array, work: SmpWork): void {
  const count = Atomics.load(c, COUNT);
  for (let k = Atomics.add(c, NEXT, 1); k < count; k = Atomics.add(c, NEXT, 1))
    performSmpWork(work, c[RANGES + 2 * k]!, c[RANGES + 2 * k + 1]!);
}

/**
 * Splits a work's items into consecutive ranges of about equal cost: up to eight per thread (the free threads take
 * the next range, which evens out the error of the cost estimate), none below SMP_MIN_RANGE_COST; one range when
 * the whole work is below SMP_INLINE_COST.
 */
export function splitWork(work: SmpWork, threads: number): [number, number][] {
  let total = 0;
  for (let i = 0; i < work.count; i++) total += itemCost(work, i);
  if (total < SMP_INLINE_COST || threads < 1) return [[0, work.count]];
  // a multiple of the threads, so that equal ranges end together
  const most = Math.min(SMP_RANGES_PER_THREAD * threads, Math.floor(total / SMP_MIN_RANGE_COST), work.count);
  const parts = Math.max(1, most >= threads ? most - (most % threads) : most);
  const ranges: [number, number][] = [];
  let from = 0;
  let acc = 0;
  for (let i = 0; i < work.count; i++) {
    acc += itemCost(work, i);
    if (acc >= (total * (ranges.length + 1)) / parts && i + 1 < work.count) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  ranges.push([from, work.count]);
  return ranges;
}
