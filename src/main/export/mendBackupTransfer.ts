import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MendError } from '@shared/errors';
import type { BackupService } from '../backup/backupService';
import { atomicWrite, fsyncDir } from '../fs/atomicWrite';
import { parseKeyFile } from '../vault/keyFile';
import type { VaultService } from '../vault/vaultService';
import { readMendBackup, writeMendBackup, type BackupHeader } from './mendBackupFile';

/**
 * Moving a journal to another computer with a `.mend` file (format in docs/export-format.md):
 * saving one from the open journal, and putting one in place on a computer that has no
 * journal yet. The file is opened afterwards by the normal unlock screen, with the
 * passphrase or the recovery key, exactly as on the first computer.
 */

/**
 * Saves a `.mend` file of the open journal at `target`: a verified encrypted copy (made in a
 * private folder inside the data folder, removed afterwards) plus the key file, checked again
 * once written. LOCKED when locked.
 */
export async function saveMendBackupFile(deps: {
  backups: Pick<BackupService, 'verifiedCopy'>;
  dataDir: string;
  target: string;
  appVersion: string;
  now: number;
}): Promise<{ size: number }> {
  const work = join(deps.dataDir, `.mend-file-${randomBytes(6).toString('hex')}`);
  await mkdir(work, { mode: 0o700 });
  try {
    const databasePath = join(work, 'journal.db');
    const { keyFile } = await deps.backups.verifiedCopy(databasePath);
    const { size } = await writeMendBackup(deps.target, {
      keyFile,
      databasePath,
      appVersion: deps.appVersion,
      createdAt: new Date(deps.now).toISOString(),
    });
    return { size };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const ALREADY_THERE =
  'There is already a journal on this computer, so the backup file was not opened. Nothing was changed.';

/**
 * Puts the journal of a `.mend` file in place, only where no journal exists (no key file, no
 * database, no write-ahead log): it never replaces anything. The whole file is checked before
 * the database is written, and the key file is written last; if that fails, the database
 * just written is removed again, so the folder is as it was.
 */
export async function restoreMendBackupFile(deps: {
  vault: Pick<VaultService, 'status' | 'paths'>;
  source: string;
}): Promise<BackupHeader> {
  const { paths } = deps.vault;
  const status = await deps.vault.status();
  const leftovers = [paths.keyFile, paths.database, paths.wal, paths.shm].some((path) => existsSync(path));
  if (status.state !== 'none' || leftovers) throw new MendError('CONFLICT', ALREADY_THERE);
  await mkdir(paths.dir, { recursive: true, mode: 0o700 });
  const { header, keyFile } = await readMendBackup(deps.source, { databaseTarget: paths.database });
  try {
    parseKeyFile(new TextDecoder('utf-8', { fatal: true }).decode(keyFile));
    await atomicWrite(paths.keyFile, keyFile);
    await fsyncDir(paths.dir);
  } catch (error) {
    await rm(paths.database, { force: true });
    if (error instanceof TypeError || (error instanceof MendError && error.code === 'DAMAGED')) {
      throw new MendError('DAMAGED', 'This backup file is damaged: its key could not be read.', {
        file: 'backup',
      });
    }
    throw error;
  }
  return header;
}
