import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './core';

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
