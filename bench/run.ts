// `npm run bench [name ...] [--runs N] [--quick] [--out DIR] [--rerender]`: builds the seeded synthetic
// journal, runs the named measurements (all by default), and writes results.json and
// results.md (to bench/, or DIR). Timing goals live here, never in tests. `--quick` uses tiny
// sizes so a test can check that every measurement still runs and is named.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdown, type BenchReport } from './markdown';
import type { BenchSizes, Samples } from './measurement';
import { MEASUREMENTS } from './measurements/index';
import { compare, judgeGoals, type MeasurementResult } from './report';
import { summarize } from './stats';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(BENCH_DIR, '..');

const FULL: BenchSizes = {
  entries: 10_000,
  wordsPerEntry: 250,
  years: 5,
  checkinDays: 365,
  opSamples: 200,
  wholeFileEntries: { small: 1_000, large: 10_000 },
  pdf: { small: 100, smallRuns: 3, large: 1_000, largeRuns: 1 },
  unlockEntries: 4_000,
  rendererRuns: 5,
};

const QUICK: BenchSizes = {
  entries: 120,
  wordsPerEntry: 30,
  years: 1,
  checkinDays: 30,
  opSamples: 4,
  wholeFileEntries: { small: 20, large: 120 },
  pdf: { small: 2, smallRuns: 1, large: 4, largeRuns: 1 },
  unlockEntries: 50,
  rendererRuns: 1,
};

interface Args {
  names: string[];
  runs: number;
  quick: boolean;
  out: string;
  /** Re-judge the goals of an existing results.json and rewrite both files; times nothing. */
  rerender: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { names: [], runs: 9, quick: false, out: BENCH_DIR, rerender: false };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--runs') {
      args.runs = Number(argv[++i]);
      runsGiven = true;
    } else if (arg === '--quick') args.quick = true;
    else if (arg === '--rerender') args.rerender = true;
    else if (arg === '--out') args.out = resolve(argv[++i] ?? '');
    else args.names.push(arg);
  }
  if (args.quick && !runsGiven) args.runs = 1;
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs needs a positive whole number');
  return args;
}

/** The renderer measurement drives the built app: build it once if this clone never has. */
function ensureBuilt(): void {
  if (existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) return;
  console.log('out/renderer is missing: running `npm run build` first');
  const built = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

async function writeReport(out: string, report: BenchReport): Promise<void> {
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(out, 'results.md'), markdown(report));
  console.log(`Wrote results.json and results.md to ${out}`);
}

const args = parseArgs(process.argv.slice(2));
if (args.rerender) {
  // After editing the goals' wording or the notes: same numbers, fresh judgement and table.
  const previous = JSON.parse(await readFile(join(args.out, 'results.json'), 'utf8')) as BenchReport;
  const byName = new Map(previous.measurements.map((m) => [m.name, m]));
  const comparisons = compare(byName);
  await writeReport(args.out, { ...previous, comparisons, goals: judgeGoals(byName, comparisons) });
  process.exit(0);
}
const unknown = args.names.filter((name) => !MEASUREMENTS.some((m) => m.name === name));
if (unknown.length > 0) throw new Error(`unknown measurement(s): ${unknown.join(', ')}`);
const chosen =
  args.names.length === 0 ? MEASUREMENTS : MEASUREMENTS.filter((m) => args.names.includes(m.name));
if (chosen.some((m) => m.name === 'renderer')) ensureBuilt();

const sizes = args.quick ? QUICK : FULL;
// Work files go to the same disk as the repository (bench/.work, ignored by git) unless
// quick: /tmp is a RAM disk on some systems, where fsync costs nothing.
const workRoot = args.quick ? tmpdir() : join(BENCH_DIR, '.work');
await mkdir(workRoot, { recursive: true });
const started = performance.now();
// Other work on the machine shows in every number: the 1-minute load average says how much.
const loadAtStart = Math.round((loadavg()[0] ?? 0) * 10) / 10;
const measurements: MeasurementResult[] = [];
const descriptions: Record<string, string> = {};
for (const measurement of chosen) {
  const workDir = await mkdtemp(join(workRoot, `mend-bench-${measurement.name}-`));
  try {
    console.log(`${measurement.name}…`);
    const samples: Record<string, Samples> = await measurement.run({
      runs: args.runs,
      workDir,
      quick: args.quick,
      sizes,
      // The time since the bench started: when it stalls, the last line says where and since when.
      log: (line) => console.log(`  ${line} (${(performance.now() / 1000).toFixed(1)} s)`),
    });
    descriptions[measurement.name] = measurement.description(sizes);
    for (const [metric, value] of Object.entries(samples)) {
      const { unit, samples: values } = Array.isArray(value)
        ? { unit: 'ms' as const, samples: value }
        : value;
      const result = { name: `${measurement.name}.${metric}`, unit, ...summarize(values) };
      measurements.push(result);
      console.log(`  ${result.name.padEnd(34)} median ${result.median} ${unit}   p95 ${result.p95} ${unit}`);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const byName = new Map(measurements.map((m) => [m.name, m]));
const comparisons = compare(byName);
const report: BenchReport = {
  generatedAt: new Date().toISOString(),
  mode: args.quick ? 'quick' : 'full',
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    loadAverage: { start: loadAtStart, end: Math.round((loadavg()[0] ?? 0) * 10) / 10 },
  },
  sizes,
  descriptions,
  measurements,
  comparisons,
  goals: judgeGoals(byName, comparisons),
  durationSeconds: Math.round((performance.now() - started) / 1000),
};
for (const c of comparisons) console.log(`${c.name.padEnd(44)} ${c.ratio}x (p95 ${c.ratioP95}x)`);
for (const g of report.goals)
  console.log(`${g.met === null ? '-' : g.met ? 'met    ' : 'NOT MET'} ${g.goal}: ${g.measured}`);
await writeReport(args.out, report);
// Everything is written. Anything still open now (a browser, a child, a timer) is a leak that
// would keep `npm test` waiting until its limit: name it and fail instead.
setTimeout(() => {
  console.error(`the bench finished but left these open: ${process.getActiveResourcesInfo().join(', ')}`);
  process.exit(1);
}, 10_000).unref();
