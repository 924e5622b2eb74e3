/**
 * Artificial load for tests of the server under a busy machine: processes of the test's own that keep CPU cores busy
 * while `work` runs (as other sessions' builds and tests do on a loaded CI machine), killed by their ids after it.
 *
 * @module
 */
import {spawn, type ChildProcess} from "node:child_process";

/** Runs `work` while `burners` busy Node processes compete for the CPU; they are killed when it settles. */
export async function underLoad<T>(burners: number, work: () => Promise<T>): Promise<T> {
  const children: ChildProcess[] = Array.from({length: burners}, () =>
    spawn(process.execPath, ["-e", "for (;;);"], {stdio: "ignore"})
  );
  try {
    return await work();
  } finally {
    for (const c of children) c.kill("SIGKILL");
  }
}
