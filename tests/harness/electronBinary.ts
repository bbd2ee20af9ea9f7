import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_ENV } from '../../src/main/lifecycle/dataFolder';
import { makeTempDir, REPO_ROOT } from './core';

/**
 * Electron's binary is downloaded lazily, on first use; these machines cannot download it,
 * so the Electron-only specs skip here (the GitHub workflow, which can, runs them).
 */
export function electronBinaryInstalled(): boolean {
  const dir = join(REPO_ROOT, 'node_modules', 'electron');
  return existsSync(join(dir, 'path.txt')) && existsSync(join(dir, 'dist'));
}

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed (its download is blocked on this machine); the same code paths run through the harness';

/** Set by CI's Electron step: there, a missing binary is a failure, never a quiet skip. */
export const REQUIRE_ELECTRON_ENV = 'MEND_REQUIRE_ELECTRON';

/**
 * Whether an Electron-only spec must skip: the reason (printed, so the run says why), or null
 * when the binary is there. A missing binary is the only reason, and where the workflow has
 * installed it (`MEND_REQUIRE_ELECTRON=1`) even that fails the run instead of skipping it.
 */
export function electronSkipReason(spec: string): string | null {
  if (electronBinaryInstalled()) return null;
  if (process.env[REQUIRE_ELECTRON_ENV] === '1') {
    throw new Error(
      `${REQUIRE_ELECTRON_ENV}=1, but the ${ELECTRON_SKIP_REASON.split(' (')[0]}: ${spec} cannot run.`,
    );
  }
  console.log(`Skipping the Electron-only spec ${spec}: ${ELECTRON_SKIP_REASON}.`);
  return ELECTRON_SKIP_REASON;
}

/**
 * A temp data folder for an Electron-only spec, and the environment that points the
 * unpackaged app at it (MEND_DATA_DIR), so a spec never opens the developer's real journal.
 */
export async function electronDataDir(): Promise<{ env: Record<string, string>; remove(): Promise<void> }> {
  const temp = await makeTempDir('mend-electron-');
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { env: { ...env, [DATA_DIR_ENV]: temp.path }, remove: temp.remove };
}
