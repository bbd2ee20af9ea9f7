import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, REPO_ROOT } from '../../harness/core';

/**
 * `npm run bench --quick` with tiny sizes, into a temp folder: every named measurement,
 * comparison and goal must be in results.json, and results.md must show them. The numbers
 * are not checked here; timing goals belong to the bench, never to a test.
 */

const MEASUREMENTS = [
  'unlock.kdf',
  'unlock.open',
  'unlock.total',
  ...['save', 'list', 'get', 'search', 'tracker'].flatMap((op) => [
    `journal.${op}.encrypted`,
    `journal.${op}.plain`,
  ]),
  'whole-file.save.small',
  'whole-file.open.small',
  'whole-file.save.large',
  'whole-file.open.large',
  'fsync.write4k',
  'renderer.afterUnlock',
  'renderer.fromClick',
  'renderer.listElements',
  'pdf-export.time.small',
  'pdf-export.peakMemory.small',
  'pdf-export.time.large',
  'pdf-export.peakMemory.large',
];

const COMPARISONS = [
  'save: encrypted / unencrypted',
  'list: encrypted / unencrypted',
  'get: encrypted / unencrypted',
  'search: encrypted / unencrypted',
  'save: Mend / whole-file store (large)',
  'save: Mend / raw 4 KiB fsync',
];

interface Report {
  mode: string;
  measurements: { name: string; unit: string; runs: number; median: number; p95: number }[];
  comparisons: { name: string; ratio: number; baselineMedian: number }[];
  goals: { goal: string; met: boolean | null }[];
}

describe('npm run bench --quick', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let report: Report;
  let table: string;

  // Generous: this checks what the report names, not speed, and a loaded 2-core machine running
  // two test workers once needed more than 110 s for the quick bench (9 s when quiet).
  beforeAll(async () => {
    temp = await makeTempDir('mend-bench-test-');
    try {
      await promisify(execFile)(
        process.execPath,
        ['--import', './scripts/register-ts.mjs', 'bench/run.ts', '--quick', '--out', temp.path],
        { cwd: REPO_ROOT, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      // Say where the bench stopped: its progress lines are the only clue to a stall.
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      const tail = (text: string) => text.trim().split('\n').slice(-15).join('\n');
      throw new Error(`the quick bench failed\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`, {
        cause: error,
      });
    }
    report = JSON.parse(await readFile(join(temp.path, 'results.json'), 'utf8')) as Report;
    table = await readFile(join(temp.path, 'results.md'), 'utf8');
  }, 250_000);

  afterAll(async () => temp.remove());

  it('reports every named measurement with its unit and summary', () => {
    expect(report.mode).toBe('quick');
    const names = report.measurements.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(MEASUREMENTS));
    for (const m of report.measurements) {
      expect(['ms', 'MiB', 'nodes']).toContain(m.unit);
      expect(m.runs).toBeGreaterThan(0);
      expect(Number.isFinite(m.median) && Number.isFinite(m.p95)).toBe(true);
    }
    for (const name of MEASUREMENTS) expect(table).toContain(`| ${name} |`);
  });

  it('prints each comparison as a ratio against a baseline measured in the same run', () => {
    const names = report.comparisons.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(COMPARISONS));
    for (const c of report.comparisons) expect(Number.isFinite(c.ratio)).toBe(true);
    for (const name of COMPARISONS) expect(table).toContain(name);
  });

  it('judges every goal as met or not met', () => {
    expect(report.goals.length).toBeGreaterThanOrEqual(12);
    for (const goal of report.goals) expect(typeof goal.met).toBe('boolean');
    expect(table).toMatch(/\*\*(met|not met)\*\*/);
  });
});
