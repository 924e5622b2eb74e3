/**
 * CPU time of the calling thread (not the process): what a reader thread or the writing thread spent on a
 * CPU, from Linux's `/proc/thread-self/schedstat` (nanoseconds on a CPU, then nanoseconds waiting for one).
 * Undefined where the file does not exist. `process.cpuUsage()` counts every thread of the process.
 *
 * @module
 */
import {readFileSync, readlinkSync} from "node:fs";

/** This thread's time on a CPU and its time runnable but waiting for one, in milliseconds, if known. */
export function threadCpu(): {cpuMs: number; waitMs: number} | undefined {
  return schedstat("/proc/thread-self/schedstat");
}

/**
 * This thread's id in the operating system (Linux: from `/proc/thread-self`), for {@link threadCpuOf}; undefined
 * where it is not known.
 */
export function osThreadId(): number | undefined {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The CPU time so far of another thread of this process, by its {@link osThreadId} (read from the calling thread,
 * at any time, without asking the thread); undefined once it has exited.
 */
export function threadCpuOf(tid: number): {cpuMs: number; waitMs: number} | undefined {
  return schedstat(`/proc/self/task/${tid}/schedstat`);
}

function schedstat(path: string): {cpuMs: number; waitMs: number} | undefined {
  try {
    const [run, wait] = readFileSync(path, "utf8").split(" ");
    const cpuMs = Number(run) / 1e6;
    const waitMs = Number(wait) / 1e6;
    return Number.isFinite(cpuMs) && Number.isFinite(waitMs) ? {cpuMs, waitMs} : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The machine's busy CPU time so far, every core summed, in milliseconds (Linux: `/proc/stat`'s first line, user,
 * nice, system, irq, softirq and steal time); undefined where it is not known.
 */
export function machineBusyMs(): number | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    if (line.slice(0, 4) !== "cpu " || f.length < 8 || f.some((x) => !Number.isFinite(x))) return undefined;
    const [user, nice, system, , , irq, softirq, steal] = f as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number
    ];
    // (USER_HZ: 100 ticks per second on every Linux the project runs on)
    return (user + nice + system + irq + softirq + steal) * 10;
  } catch {
    return undefined;
  }
}
