// `npm run soak`: the reliability tests with many more rounds, then a summary table.
// Counts can be changed through the environment (the defaults finish in well under 20
// minutes on 2 cores). Needs `npm run build` for the browser step (done here first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const count = (name, fallback) => process.env[name] ?? String(fallback);
const out = mkdtempSync(join(tmpdir(), 'mend-soak-'));

/** Each step: what it checks, how many runs, the command, and where its JSON report lands. */
const steps = [
  {
    name: 'IPC fuzz, every channel',
    runs: `${count('MEND_FUZZ_RUNS', 1000)} per channel`,
    kind: 'vitest',
    files: ['tests/unit/reliability/ipcFuzz.test.ts'],
    env: { MEND_FUZZ_RUNS: count('MEND_FUZZ_RUNS', 1000) },
  },
  {
    name: 'SIGKILL: entries + notes via services',
    runs: count('MEND_JOURNAL_KILL_RUNS', 200),
    kind: 'vitest',
    files: ['tests/unit/vault/kill.test.ts'],
    filter: 'step notes',
    env: { MEND_JOURNAL_KILL_RUNS: count('MEND_JOURNAL_KILL_RUNS', 200) },
  },
  {
    name: 'SIGKILL: raw rows (openDatabase)',
    runs: count('MEND_ROW_KILL_RUNS', 200),
    kind: 'vitest',
    files: ['tests/unit/vault/kill.test.ts'],
    filter: 'mid-write',
    env: { MEND_ROW_KILL_RUNS: count('MEND_ROW_KILL_RUNS', 200) },
  },
  {
    name: 'SIGKILL: passphrase change',
    runs: count('MEND_PASSPHRASE_KILL_RUNS', 20),
    kind: 'vitest',
    files: ['tests/unit/vault/kill.test.ts'],
    filter: 'passphrase change',
    env: { MEND_PASSPHRASE_KILL_RUNS: count('MEND_PASSPHRASE_KILL_RUNS', 20) },
  },
  {
    name: 'SIGKILL: old layout moved into the first journal',
    runs: count('MEND_MIGRATION_KILL_RUNS', 200),
    kind: 'vitest',
    files: ['tests/unit/journals/migration.test.ts'],
    filter: 'SIGKILL',
    env: { MEND_MIGRATION_KILL_RUNS: count('MEND_MIGRATION_KILL_RUNS', 200) },
  },
  {
    name: 'SIGKILL: change of data key',
    runs: count('MEND_ROTATION_KILL_RUNS', 200),
    kind: 'vitest',
    files: ['tests/unit/vault/rotationKill.test.ts'],
    env: { MEND_ROTATION_KILL_RUNS: count('MEND_ROTATION_KILL_RUNS', 200) },
  },
  {
    name: 'Damaged inputs table',
    runs: 'each variant once',
    kind: 'vitest',
    files: ['tests/unit/reliability/damagedInputs.test.ts', 'tests/unit/reliability/fullDisk.test.ts'],
    env: {},
  },
  {
    name: 'Autosave: page closed mid-typing',
    runs: `${count('MEND_AUTOSAVE_CRASH_RUNS', 10)} x 2 editors`,
    kind: 'playwright',
    files: ['tests/e2e/autosaveCrash.spec.ts'],
    env: { MEND_AUTOSAVE_CRASH_RUNS: count('MEND_AUTOSAVE_CRASH_RUNS', 10) },
  },
  {
    name: 'Leak sweep, network, full disk (e2e)',
    runs: 'once',
    kind: 'playwright',
    files: ['tests/e2e/leakSweep.spec.ts', 'tests/e2e/network.spec.ts', 'tests/e2e/fullDisk.spec.ts'],
    env: {},
  },
];

function failuresFrom(step, report) {
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    if (step.kind === 'vitest') return `${json.numFailedTests} of ${json.numTotalTests} tests`;
    const { expected, unexpected, skipped, flaky } = json.stats;
    return `${unexpected + flaky} of ${expected + unexpected + flaky + skipped} tests`;
  } catch {
    return 'no report';
  }
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const rows = [];
for (const [index, step] of steps.entries()) {
  const report = join(out, `${index}.json`);
  const args =
    step.kind === 'vitest'
      ? ['run', ...step.files, '--reporter=default', '--reporter=json', `--outputFile=${report}`]
      : ['test', ...step.files, '--reporter=list,json'];
  if (step.filter) args.push('-t', step.filter);
  console.log(`\n=== ${step.name} (${step.runs}) ===`);
  const started = performance.now();
  const result = spawnSync(bin(step.kind), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  const seconds = (performance.now() - started) / 1000;
  rows.push({
    test: step.name,
    runs: step.runs,
    failures: result.status === 0 ? '0' : `${failuresFrom(step, report)} (exit ${result.status})`,
    duration: `${Math.floor(seconds / 60)}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`,
  });
}
rmSync(out, { recursive: true, force: true });

const columns = ['test', 'runs', 'failures', 'duration'];
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nSoak summary (${new Date().toISOString()})\n`);
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => row[column])));
process.exit(rows.every((row) => row.failures === '0') ? 0 : 1);
