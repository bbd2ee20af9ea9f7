/** One named measurement in `npm run bench`. Each lives in its own file under measurements/. */

export type Unit = 'ms' | 'MiB' | 'nodes';

/** Samples of one metric; a bare array is milliseconds. */
export type Samples = number[] | { unit: Unit; samples: number[] };

/** How big the synthetic data is: the full run, or `--quick` (tiny, for the test). */
export interface BenchSizes {
  entries: number;
  wordsPerEntry: number;
  years: number;
  checkinDays: number;
  /** Timed repetitions of a fast operation (save, list, search). */
  opSamples: number;
  /** The whole-file store's two journal sizes. */
  wholeFileEntries: { small: number; large: number };
  /** PDF export sizes and how often each runs (the large one is slow). */
  pdf: { small: number; smallRuns: number; large: number; largeRuns: number };
  unlockEntries: number;
  rendererRuns: number;
}

export interface BenchContext {
  runs: number;
  workDir: string;
  quick: boolean;
  sizes: BenchSizes;
  /** Progress lines for the person waiting. */
  log(line: string): void;
}

export interface Measurement {
  name: string;
  /** One sentence: what is timed, and on what data. */
  description(sizes: BenchSizes): string;
  /**
   * Runs the work inside `workDir` (a fresh temp folder) and returns the samples of each
   * metric it reports, by metric name (e.g. `kdf`, `save.encrypted`).
   */
  run(context: BenchContext): Promise<Record<string, Samples>>;
}

/** Times one call, in milliseconds. */
export async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Times a synchronous call, in milliseconds (no await, so no microtask in the sample). */
export function timedSync(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
