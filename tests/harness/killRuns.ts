import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { REPO_ROOT } from './core';

const REGISTER_TS = join(REPO_ROOT, 'scripts', 'register-ts.mjs');

export interface KillRun {
  /** Every line the child printed before it died (only complete lines). */
  lines: string[];
  /** When the kill came, in ms after spawn. */
  killedAfterMs: number;
}

/**
 * Runs a TypeScript child with the Node binary running the tests (Node 24), and kills it
 * with SIGKILL at a random moment: half the runs at any time from spawn (so opening and
 * migrating are hit too), half at a random time after its first line (so writes are hit).
 */
export function runAndKill(script: string, args: readonly string[], maxDelayMs: number): Promise<KillRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REGISTER_TS, join(REPO_ROOT, script), ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killedAfterMs = -1;
    const kill = () => {
      if (killedAfterMs >= 0) return;
      killedAfterMs = performance.now() - started;
      child.kill('SIGKILL');
    };
    const fromSpawn = randomInt(2) === 0;
    if (fromSpawn) setTimeout(kill, randomInt(0, maxDelayMs + 200));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const first = stdout.length === 0;
      stdout += chunk;
      if (first && !fromSpawn) setTimeout(kill, randomInt(0, maxDelayMs));
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (code ${String(code)}): ${stderr.slice(0, 2000)}`));
        return;
      }
      const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1);
      resolve({ lines: complete.split('\n').filter((line) => line.length > 0), killedAfterMs });
    });
  });
}

/** How many kill runs: `MEND_KILL_RUNS` (the soak script raises it), else the default. */
export function killRunCount(fallback: number): number {
  const fromEnv = Number(process.env['MEND_KILL_RUNS']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}
