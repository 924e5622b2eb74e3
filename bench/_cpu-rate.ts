// One measure for the benchmarks that count work per CPU second.
/** Units per CPU second (user + system time of this process, robust when the machine is shared), after a warm-up. */
export function rate(fn: () => void, n: number, minMs = 700): number {
  for (let k = 0; k < 3; ++k) fn(); // warm up (JIT)
  let runs = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    ++runs;
  }
  const c = process.cpuUsage(c0);
  return (runs * n * 1e6) / (c.user + c.system);
}
