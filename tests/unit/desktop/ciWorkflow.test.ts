import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../harness/core';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<
    string,
    { 'runs-on': string; strategy: { matrix: { include: Record<string, string>[] } }; steps: Step[] }
  >;
}

const workflow = parse(readFileSync(join(REPO_ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job?.steps ?? [];
const runs = steps.map((step) => step.run ?? '');

describe('the CI workflow', () => {
  it('runs on Windows, macOS and Linux, each building its own installers', () => {
    const matrix = job?.strategy.matrix.include ?? [];
    expect(matrix.map((entry) => entry['name'])).toEqual(['Linux', 'Windows', 'macOS']);
    expect(matrix.map((entry) => entry['dist'])).toEqual(['dist:linux', 'dist:win', 'dist:mac']);
    const scripts = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    for (const entry of matrix) expect(scripts[entry['dist'] ?? '']).toBeDefined();
  });

  it('installs from the lockfile, then runs exactly `npm test`', () => {
    const install = runs.findIndex((run) => run.startsWith('npm ci'));
    const test = runs.indexOf('npm test');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(test).toBeGreaterThan(install);
  });

  it('runs the Electron-only specs under xvfb on Linux', () => {
    const electron = steps.find((step) => step.run?.includes('playwright test tests/e2e/electron'));
    expect(electron?.if).toBe("runner.os == 'Linux'");
    expect(electron?.run).toContain('xvfb-run');
  });

  it('gives the Electron smoke journey what it needs: the binary, pdftotext, one app at a time, no quiet skip', () => {
    const electronAt = steps.findIndex((step) => step.run?.includes('playwright test tests/e2e/electron'));
    const electron = steps[electronAt];
    // The binary is fetched first; without it the specs would only print why they skip.
    expect(electron?.run).toMatch(
      /node node_modules\/electron\/install\.js[\s\S]*playwright test tests\/e2e\/electron/,
    );
    // A missing binary fails this step instead of skipping (tests/harness/electronBinary.ts).
    expect(electron?.env?.['MEND_REQUIRE_ELECTRON']).toBe('1');
    // Every Electron app shares one user-data folder: two at once would meet the single-instance lock.
    expect(electron?.run).toContain('--workers=1');
    // The journey reads its PDF back with pdftotext (poppler-utils), installed on Linux before it.
    const poppler = steps.findIndex(
      (step) => step.if === "runner.os == 'Linux'" && /poppler-utils/.test(step.run ?? ''),
    );
    expect(poppler).toBeGreaterThanOrEqual(0);
    expect(poppler).toBeLessThan(electronAt);
  });

  it('uploads the installers as artifacts and fails when none were built', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    expect(String(upload?.with?.['path'])).toMatch(/\.exe[\s\S]*\.dmg[\s\S]*\.AppImage[\s\S]*\.deb/);
  });
});
