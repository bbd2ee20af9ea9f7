import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import type { Mend } from '../../src/main/createMend';
import type { Db } from '../../src/main/db/openDatabase';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { createTestMend, makeTempDir, REPO_ROOT, setUpVault, trustedSender } from './core';

const REGISTER_TS = join(REPO_ROOT, 'scripts', 'register-ts.mjs');

export interface KillRun {
  /** Every line the child printed before it died (only complete lines). */
  lines: string[];
  /** When the kill came, in ms after spawn. */
  killedAfterMs: number;
}

export interface KillPlan {
  /**
   * 0: the kill timer starts at spawn (so opening and migrating are hit too); n > 0: it
   * starts once the child has printed n lines (so the work loop is hit, however slow the
   * machine is today).
   */
  armAfterLines: number;
  /** The kill comes a random 0..maxDelayMs after the timer starts. */
  maxDelayMs: number;
}

/**
 * Runs a TypeScript child with the Node binary running the tests (Node 24) and kills it with
 * SIGKILL at a random moment chosen by `plan`.
 */
export function runAndKill(script: string, args: readonly string[], plan: KillPlan): Promise<KillRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REGISTER_TS, join(REPO_ROOT, script), ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let armed = false;
    let killedAfterMs = -1;
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(
        () => {
          killedAfterMs = performance.now() - started;
          child.kill('SIGKILL');
        },
        randomInt(0, plan.maxDelayMs + 1),
      );
    };
    if (plan.armAfterLines === 0) arm();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.split('\n').length - 1 >= plan.armAfterLines) arm();
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

/**
 * How many kill runs: the environment variable `variable` (the soak script raises it), else
 * `MEND_KILL_RUNS`, else the default.
 */
export function killRunCount(fallback: number, variable = 'MEND_KILL_RUNS'): number {
  const fromEnv = Number(process.env[variable] ?? process.env['MEND_KILL_RUNS']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}

/**
 * A set-up journal for a passphrase or key-change kill test, closed again: `journalDir` is
 * that journal's own folder (several journals share the data folder), which the child opens
 * with the vault service. `fill` writes into it first (rows a kill must not lose).
 */
export async function closedKillJournal(
  prefix: string,
  fill?: (db: Db) => void,
): Promise<{ dir: Awaited<ReturnType<typeof makeTempDir>>; journalDir: string }> {
  const dir = await makeTempDir(prefix);
  const setup = await createTestMend(dir.path);
  await setUpVault(setup);
  fill?.(setup.vault.db());
  const journalDir = setup.vault.paths.dir;
  await setup.dispose();
  return { dir, journalDir };
}

/**
 * After a kill, opens the data folder as the next start would and unlocks it with whichever
 * of the two passphrases works. The caller disposes `mend`; `first` is the first answer, to
 * show when neither opened it.
 */
export async function unlockWithEither(
  dataDir: string,
  passphrases: readonly [string, string],
): Promise<{ mend: Mend; opened: boolean; first: Envelope<unknown> }> {
  const mend = await createTestMend(dataDir);
  const unlock = (secret: string) =>
    mend.dispatch('vault.unlock', { method: 'passphrase', secret }, trustedSender);
  const first = await unlock(passphrases[0]);
  const opened = first.ok || (await unlock(passphrases[1])).ok;
  return { mend, opened, first };
}
