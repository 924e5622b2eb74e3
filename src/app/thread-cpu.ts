/**
 * CPU time of the calling thread (not the process): what a reader thread or the writing thread spent on a
 * CPU, from Linux's `/proc/thread-self/schedstat` (nanoseconds on a CPU, then nanoseconds waiting for one).
 * Undefined where the file does not exist. `process.cpuUsage()` counts every thread of the process.
 *
 * @module
 */
import {readFileSync} from "node:fs";

/** This thread's time on a CPU and its time runnable but waiting for one, in milliseconds, if known. */
export function threadCpu(): {cpuMs: number; waitMs: number} | undefined {
  try {
    const [run, wait] = readFileSync("/proc/thread-self/schedstat", "utf8").split(" ");
    const cpuMs = Number(run) / 1e6;
    const waitMs = Number(wait) / 1e6;
    return Number.isFinite(cpuMs) && Number.isFinite(waitMs) ? {cpuMs, waitMs} : undefined;
  } catch {
    return undefined;
  }
}
