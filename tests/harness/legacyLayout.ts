import { createHash, randomBytes } from 'node:crypto';
import { cp, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { filesUnder } from './canarySweep';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from './core';

/**
 * A data folder as the version before journals left it: one vault straight in the folder
 * (database, key file, settings, a backup). Made with today's vault code in a journal folder,
 * then copied flat into `target`: the same files, in the old place.
 */
export interface LegacyFolder {
  passphrase: string;
  recoveryKey: string;
  canary: string;
  /** Every file (relative path) and its SHA-256, as the old layout held them. */
  digests: Map<string, string>;
}

export async function digestsUnder(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of filesUnder(root)) {
    out.set(relative(root, path), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return out;
}

export async function makeLegacyFolder(target: string): Promise<LegacyFolder> {
  const work = await makeTempDir('mend-legacy-src-');
  const canary = `canary-${randomBytes(8).toString('hex')}`;
  try {
    const mend = await createTestMend(work.path);
    const recoveryKey = await setUpVault(mend);
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    await call('journal.create', { title: 'Old layout', body: `Words from before journals: ${canary}` });
    await call('settings.update', { autoLockMinutes: 15 });
    await call('backup.now');
    await mend.backups.whenIdle();
    const vaultDir = mend.vault.paths.dir;
    await call('vault.lock', { reason: 'manual' });
    await mend.dispose();
    await cp(vaultDir, target, { recursive: true });
    return { passphrase: TEST_PASSPHRASE, recoveryKey, canary, digests: await digestsUnder(target) };
  } finally {
    await work.remove();
  }
}

/** Copies a prepared legacy folder for one run (faster than setting up a vault each time). */
export async function copyLegacyFolder(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}
