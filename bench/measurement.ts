/** One named measurement in `npm run bench`. Each lives in its own file under measurements/. */
export interface Measurement {
  name: string;
  /** One sentence: what is timed, and on what data. */
  description: string;
  /**
   * Runs the work `runs` times inside `workDir` (a fresh temp folder) and returns the
   * samples, in milliseconds, of each metric it reports (e.g. `kdf`, `open`).
   */
  run(options: { runs: number; workDir: string }): Promise<Record<string, number[]>>;
}

/** Times one call, in milliseconds. */
export async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
