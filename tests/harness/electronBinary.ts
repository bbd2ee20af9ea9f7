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
