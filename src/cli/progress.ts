import cliProgress from "cli-progress";

/** A progress bar on stderr (plain lines when stderr is not a terminal, so CI logs still show progress). */
export function progressBar(
  label: string,
  unit: string
): {update: (done: number, total: number) => void; stop: () => void} {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 1000,
      hideCursor: true,
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`
    },
    cliProgress.Presets.shades_classic
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    }
  };
}
