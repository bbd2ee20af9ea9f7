// `npm run bench [name ...] [--runs N]`: runs the named measurements (all by default) and
// writes bench/results.json and bench/results.md. Timing goals live here, never in tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEASUREMENTS } from './measurements/index';
import { summarize, type Summary } from './stats';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: readonly string[]): { names: string[]; runs: number } {
  const names: string[] = [];
  let runs = 9;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--runs') runs = Number(argv[++i]);
    else names.push(arg);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');
  return { names, runs };
}

function markdown(
  results: Record<string, { description: string; metrics: Record<string, Summary> }>,
  meta: string,
) {
  const lines = ['# Mend benchmarks', '', meta, ''];
  for (const [name, result] of Object.entries(results)) {
    lines.push(
      `## ${name}`,
      '',
      result.description,
      '',
      '| metric | runs | median ms | p95 ms | min ms | max ms |',
      '|---|---|---|---|---|---|',
    );
    for (const [metric, s] of Object.entries(result.metrics)) {
      lines.push(`| ${metric} | ${s.runs} | ${s.median} | ${s.p95} | ${s.min} | ${s.max} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const { names, runs } = parseArgs(process.argv.slice(2));
const unknown = names.filter((name) => !MEASUREMENTS.some((m) => m.name === name));
if (unknown.length > 0) throw new Error(`unknown measurement(s): ${unknown.join(', ')}`);
const chosen = names.length === 0 ? MEASUREMENTS : MEASUREMENTS.filter((m) => names.includes(m.name));

const results: Record<string, { description: string; metrics: Record<string, Summary> }> = {};
for (const measurement of chosen) {
  const workDir = await mkdtemp(join(tmpdir(), `mend-bench-${measurement.name}-`));
  try {
    process.stdout.write(`${measurement.name}: ${runs} runs… `);
    const samples = await measurement.run({ runs, workDir });
    const metrics = Object.fromEntries(
      Object.entries(samples).map(([metric, values]) => [metric, summarize(values)]),
    );
    results[measurement.name] = { description: measurement.description, metrics };
    process.stdout.write('done\n');
    for (const [metric, s] of Object.entries(metrics)) {
      console.log(`  ${metric.padEnd(8)} median ${s.median} ms   p95 ${s.p95} ms`);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const machine = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
};
const generatedAt = new Date().toISOString();
await writeFile(
  join(BENCH_DIR, 'results.json'),
  `${JSON.stringify({ generatedAt, machine, results }, null, 2)}\n`,
);
await writeFile(
  join(BENCH_DIR, 'results.md'),
  markdown(
    results,
    `Generated ${generatedAt} on ${machine.platform}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}.`,
  ),
);
console.log('Wrote bench/results.json and bench/results.md');
