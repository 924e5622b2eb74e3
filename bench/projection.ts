/**
 * The article-ingest bench's projection on free cores: how long a CLI run's start and close would take, from their
 * CPU time. The reader threads' start (loading the reader, parsing the dictionaries) runs beside the main thread's
 * start, but it is hidden only up to what the cores allow: never less than the main thread's own start and close,
 * than one reader thread's share of the readers' start, or than all of that CPU spread over the cores.
 *
 * @module
 */

/** CPU figures of one CLI run, in ms. */
export interface StartCpu {
  /** The whole child process (start and close included). */
  outerCpuMs: number;
  /** The batch's process CPU (the ingest's own timing). */
  processCpuMs: number;
  /** What the reader threads spent before the batch, summed (undefined or 0: no reader threads, or not known). */
  readerStartCpuMs?: number;
  /** How many reader threads shared that start. */
  readers: number;
}

/**
 * The start and close counted as serial time on `cores` free cores (ms). Before, the bench subtracted the whole of
 * the readers' start (outer − process − readers' start), as if all of it ran hidden beside the main thread.
 */
export function startCloseMs({outerCpuMs, processCpuMs, readerStartCpuMs = 0, readers}: StartCpu, cores = 2): number {
  const outside = Math.max(0, outerCpuMs - processCpuMs);
  if (!readerStartCpuMs || readers < 1) return outside;
  const mainStart = Math.max(0, outside - readerStartCpuMs);
  return Math.max(mainStart, readerStartCpuMs / Math.min(readers, cores), outside / cores);
}
