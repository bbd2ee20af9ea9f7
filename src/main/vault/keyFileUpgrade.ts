import { MendError } from '@shared/errors';
import type { Argon2Params } from './kdf';
import { bindingOf, sameBinding } from './journalIdentity';
import { readKeyFile, wrapWithPassphrase, writeKeyFile, type KeyFile } from './keyFile';
import type { DamageTracker } from './vaultDamage';
import type { VaultPaths } from './vaultPaths';
import type { Unlocked } from './vaultSession';

/** The error for a key file that belongs to another journal (never a wrong secret). */
export function keyMismatch(): MendError {
  return new MendError('DAMAGED', 'This key file belongs to another journal.', { file: 'keyMismatch' });
}

/** Reads the live key file; a damaged one is recorded as damage (never counted as a guess). */
export async function readKeyFileOrRecord(damage: DamageTracker, path: string): Promise<KeyFile> {
  try {
    return await readKeyFile(path);
  } catch (error) {
    if (error instanceof MendError && error.code === 'DAMAGED') await damage.record('key');
    throw error;
  }
}

/** True when the stored wrap is cheaper than what this version of Mend would make today. */
export function belowCurrentCost(stored: Argon2Params, current: Argon2Params): boolean {
  return stored.memoryKiB < current.memoryKiB || stored.iterations < current.iterations;
}

/**
 * Right after an unlock: rewrites the key file when it is older than this version (no
 * checksum or binding), bound to another identity (after a restore), or, when the person
 * typed the passphrase, wrapped with an Argon2 cost below today's. Nothing is written when
 * the file is already current.
 */
export async function upgradeKeyFile(
  paths: VaultPaths,
  session: Unlocked,
  argon2: Argon2Params,
  passphrase: string | undefined,
): Promise<void> {
  const keyFile = await readKeyFile(paths.keyFile);
  const binding = bindingOf(session.db, paths.database);
  const rebind = binding !== null && !sameBinding(keyFile.database, binding);
  const rewrap = passphrase !== undefined && belowCurrentCost(keyFile.passphrase.params, argon2);
  if (!rebind && !rewrap) return;
  await writeKeyFile(paths.keyFile, {
    ...keyFile,
    ...(binding !== null ? { database: binding } : {}),
    ...(rewrap ? { passphrase: await wrapWithPassphrase(session.dataKey, passphrase, argon2) } : {}),
  });
}
