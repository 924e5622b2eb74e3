/**
 * KTAB's SMP on a team of worker threads: one worker (the leader) runs the turns ({@link smpSteps}) and takes
 * ranges of each parallel work's items, the others (helpers) wait for each work and take ranges too. They meet on a
 * small shared control array with `Atomics.wait`/`notify` (workers may block; the calling thread never does), and
 * the leader hands each work to the helpers on a MessagePort read synchronously (`receiveMessageOnPort`), its
 * arrays named by number (shared-arrays.ts). So a work costs no message to or from the calling thread, whose event
 * loop only starts the run and receives its result; the serial part of a turn runs on the leader, which does a
 * work's `MEANWHILE` steps after handing it over. At a joint work's barrier the threads wait for each other awake
 * for a moment, then asleep.
 *
 * Each item performs the same operations whichever thread takes it, so the result is {@link runSmp}'s to the bit.
 *
 * @module
 */
import {receiveMessageOnPort, type MessagePort} from "node:worker_threads";
import {
  canSplitAt,
  itemCost,
  jointWork,
  MEANWHILE,
  performSmpWork,
  type SimpleWork,
  type SmpWork
} from "./ktab/smp-work.js";
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
/**
 * Most ranges per thread in one work, or in each part of a work before and after its barrier (the threads take them
 * from a shared counter, which evens out the error of the cost estimate).
 */
export const SMP_RANGES_PER_THREAD = 8;
/**
 * How many times a thread that waits at a work's barrier (or the leader at a work's end) reads the count of ranges
 * done before it sleeps: the wait is for the last range before the barrier, which is short, and a sleeping thread
 * takes tens of microseconds to wake. A count, not a time (the pure core reads no clock): 32,000 reads take about
 * 0.2 ms of CPU on the machine it was measured on (~6 ns a read, Node 20, x86-64; docs/benchmarks.md).
 */
const SMP_BARRIER_SPINS = 32_000;

/**
 * The control array's slots (Int32): the generation of the work handed over (what waiting helpers wait on); the
 * ticket, (generation mod 2^15) · 2^16 + the number of ranges · 2^8 + the next range to take; ranges completed;
 * stop; error; (unused); the first range after the work's barrier (0: none); the ranges. A thread takes a range by
 * compare-and-swap on the ticket, so a helper that wakes after the leader has moved on to the next work cannot take
 * one of its ranges with the last work's arrays; the number of ranges is in the ticket so that a thread leaving a
 * work whose ranges are all taken cannot read the next work's larger number and take a range of it (the leader
 * writes the next work's ranges before its ticket). The leader waits only for ranges taken, never for a helper
 * that has not woken yet.
 */
const GEN = 0;
const TICKET = 1;
const COMPLETED = 2;
const STOP = 3;
const ERROR = 4;
const BARRIER = 6;
const RANGES = 8;

/** The control array for a team of `threads` threads (leader included). */
export function smpControl(threads: number): SharedArrayBuffer {
  return new SharedArrayBuffer(4 * (RANGES + 2 * 2 * SMP_RANGES_PER_THREAD * threads));
}

/**
 * Ends the run's helpers (after the leader's end, or its failure): they return from {@link helpSmp}. Also wakes a
 * thread waiting for ranges completed (a thread of the team ended inside a range, so they never will be): its
 * wait throws, and the leader fails. The count of ranges completed is made negative so that no waiter reads it as
 * done, and a waiter that read it before and goes to sleep after wakes at once (the value it waits on changed).
 */
export function stopSmpHelpers(control: SharedArrayBuffer): void {
  const c = new Int32Array(control);
  Atomics.store(c, STOP, 1);
  Atomics.sub(c, COMPLETED, 1 << 30);
  Atomics.notify(c, COMPLETED);
  Atomics.add(c, GEN, 1);
  Atomics.notify(c, GEN);
}

/** What the leader sends a helper with each work: its generation, buffers not sent yet, and the work's parts. */
interface HelperWork {
  readonly gen: number;
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
  const failed = () => {
    const answers = ports.map((port) => receiveMessageOnPort(port)?.message as {error?: string} | undefined);
    return new Error(`SMP helper failed: ${answers.find((m) => m?.error)?.error ?? "unknown error"}`);
  };
  try {
    for (let gen = 1; ; gen++) {
      const step = steps.next();
      if (Atomics.load(c, ERROR)) throw failed();
      if (Atomics.load(c, STOP)) throw new Error(SMP_STOPPED);
      if (step.done) return step.value;
      const work = step.value;
      const split = helpers > 0 ? splitWork(work, helpers + 1) : [];
      if (split.length < 2) {
        work[MEANWHILE]?.();
        performSmpWork(work, 0, work.count);
        continue;
      }
      // everything a helper reads is in place before it can see the work's generation
      split.forEach(([from, to], k) => ((c[RANGES + 2 * k] = from), (c[RANGES + 2 * k + 1] = to)));
      Atomics.store(c, COMPLETED, 0);
      const barrier = work.kind === "joint" ? (work.barrier ?? 0) : 0;
      const after = barrier > 0 ? split.findIndex(([from]) => from === barrier) : 0;
      if (after < 0) throw new Error(`SMP: no range begins at the work's barrier (item ${barrier})`);
      Atomics.store(c, BARRIER, after);
      Atomics.store(c, TICKET, ((gen & 0x7fff) << 16) | (split.length << 8));
      const parts = (work.kind === "joint" ? work.parts : [work]).map((part) => sender.pack(part));
      ports.forEach((port, h) => port.postMessage({gen, buffers: sender.fresh(h), parts} satisfies HelperWork));
      Atomics.store(c, GEN, gen);
      Atomics.notify(c, GEN);
      // the turn's serial steps that can overlap the work, while the helpers wake and take its first ranges
      work[MEANWHILE]?.();
      takeRanges(c, gen, work);
      // the helpers' last ranges are short (ranges largest first): check for a moment before sleeping
      awaitCompleted(c, split.length);
    }
  } finally {
    stopSmpHelpers(control);
  }
}

/** A helper: takes ranges of each work the leader hands over on `port`, until the leader stops the run. */
export function helpSmp(control: SharedArrayBuffer, port: MessagePort): void {
  const c = new Int32Array(control);
  const table = new SharedArrayTable();
  let seen = 0;
  for (;;) {
    Atomics.wait(c, GEN, seen);
    if (Atomics.load(c, STOP)) return;
    try {
      // every work handed over since the last one taken (their buffers), the latest last
      let latest: HelperWork | undefined;
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        latest = m.message as HelperWork;
        table.add(latest.buffers);
      }
      if (!latest) {
        seen = Atomics.load(c, GEN);
        continue;
      }
      seen = latest.gen;
      takeRanges(c, latest.gen, jointWork(latest.parts.map((part) => table.unpack<SimpleWork>(part))));
    } catch (error) {
      // stopped from outside (a thread of the team ended): the run has failed already, nothing to report
      if (Atomics.load(c, STOP)) return;
      Atomics.store(c, ERROR, 1);
      port.postMessage({error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
    }
  }
}

/**
 * Takes ranges of the work of generation `gen` until none is left (or the leader has moved on), counting each one
 * completed; the last one completed wakes the leader. A range after the work's barrier begins once every range
 * before it is done (they are all taken, in order, before it). A range that throws is counted too (the error flag is
 * set).
 */
function takeRanges(c: Int32Array, gen: number, work: SmpWork): void {
  const tag = (gen & 0x7fff) << 16;
  for (;;) {
    const ticket = Atomics.load(c, TICKET);
    if ((ticket & ~0xffff) !== tag) return;
    const k = ticket & 0xff;
    const count = (ticket >> 8) & 0xff;
    if (k >= count) return;
    if (Atomics.compareExchange(c, TICKET, ticket, ticket + 1) !== ticket) continue;
    // (this generation's: the leader sets it before the ticket and changes it only once every range is done)
    const barrier = Atomics.load(c, BARRIER);
    try {
      if (barrier > 0 && k >= barrier) awaitCompleted(c, barrier);
      performSmpWork(work, c[RANGES + 2 * k]!, c[RANGES + 2 * k + 1]!);
    } finally {
      const done = Atomics.add(c, COMPLETED, 1) + 1;
      if (done === count || done === barrier) Atomics.notify(c, COMPLETED);
    }
  }
}

/** What a thread of the team throws when the run is stopped from outside while it waits. */
const SMP_STOPPED = "SMP: the run was stopped while a thread waited for ranges (a thread of the team ended)";

/**
 * Waits until n ranges are completed (at a barrier, or the leader at a work's end): checking SMP_BARRIER_SPINS
 * times, then asleep until woken. Throws if the run is stopped meanwhile ({@link stopSmpHelpers}).
 */
function awaitCompleted(c: Int32Array, n: number): void {
  let done = Atomics.load(c, COMPLETED);
  for (let k = 0; k < SMP_BARRIER_SPINS && done < n; k++) done = Atomics.load(c, COMPLETED);
  for (; done < n; done = Atomics.load(c, COMPLETED)) {
    if (Atomics.load(c, STOP)) throw new Error(SMP_STOPPED);
    Atomics.wait(c, COMPLETED, done);
  }
}

/**
 * Splits a work's items into consecutive ranges, largest first: each about a (2 · threads)-th of the cost not yet
 * given to a range, none below a (4 · SMP_RANGES_PER_THREAD · threads)-th of the whole or SMP_MIN_RANGE_COST, at most
 * SMP_RANGES_PER_THREAD per thread. The threads take the next range when free, so the large first ranges cost few
 * takes and the small last ones leave little for one thread to finish alone (equal ranges left up to half a range,
 * a 32nd of the work at 2 threads; the cost estimate's error is evened out too). One range when the whole work is
 * below SMP_INLINE_COST. A range begins only where the work allows it (canSplitAt), and one begins at a joint
 * work's barrier (the items before it and after it are split apart).
 */
export function splitWork(work: SmpWork, threads: number): [number, number][] {
  let total = 0;
  for (let i = 0; i < work.count; i++) total += itemCost(work, i);
  if (total < SMP_INLINE_COST || threads < 1) return [[0, work.count]];
  // a joint work with a barrier: the items before it and those after it, each split on its own
  const barrier = work.kind === "joint" ? (work.barrier ?? 0) : 0;
  if (barrier > 0) return [...splitItems(work, 0, barrier, threads), ...splitItems(work, barrier, work.count, threads)];
  return splitItems(work, 0, work.count, threads);
}

function splitItems(work: SmpWork, first: number, end: number, threads: number): [number, number][] {
  let total = 0;
  for (let i = first; i < end; i++) total += itemCost(work, i);
  // (at most 127 each side of a barrier: the number of ranges is 8 bits of the ticket)
  const most = Math.min(SMP_RANGES_PER_THREAD * threads, 127);
  const least = Math.max(SMP_MIN_RANGE_COST, total / (4 * most));
  const ranges: [number, number][] = [];
  let from = first;
  let acc = 0;
  let left = total;
  let target = Math.max(least, left / (2 * threads));
  for (let i = first; i < end; i++) {
    acc += itemCost(work, i);
    if (acc >= target && i + 1 < end && ranges.length + 1 < most && canSplitAt(work, i + 1)) {
      ranges.push([from, i + 1]);
      from = i + 1;
      left -= acc;
      acc = 0;
      target = Math.max(least, left / (2 * threads));
    }
  }
  ranges.push([from, end]);
  return ranges;
}
