import { readFile, stat } from 'node:fs/promises';
import { localDateOf } from '@shared/dates';
import { basename } from 'node:path';
import { MendError } from '@shared/errors';
import type { BackupService } from '../backup/backupService';
import type { Runner } from '../concurrency/oneAtATime';
import type { OutputOf } from '@shared/ipc/contract';
import type { VaultService } from '../vault/vaultService';
import { readArchiveJson } from '../export/archiveJson';
import { importArchive, type ImportServices } from '../export/archiveImport';
import type { SaveTarget } from '../export/exportPorts';
import { BACKUP_EXTENSION } from '../export/mendBackupFile';
import { restoreMendBackupFile, saveMendBackupFile } from '../export/mendBackupTransfer';

/** Bringing a journal in and taking it along whole; each method is one channel of the same name. */
export interface TransferService {
  importJson(): Promise<OutputOf<'transfer.importJson'>>;
  backupFile(): Promise<OutputOf<'transfer.backupFile'>>;
  restoreBackupFile(): Promise<OutputOf<'transfer.restoreBackupFile'>>;
}

/** A JSON export of a long journal is large; a file far beyond that is not one. */
const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const MEND_FILTER = [{ name: 'Mend backup', extensions: [BACKUP_EXTENSION] }];

/**
 * Bringing a journal in and taking it along whole: importing a JSON export into an empty
 * journal, saving an encrypted `.mend` file, and opening one on a computer with no journal.
 * Main asks for every path with a dialog; the renderer never names one.
 */
export function createTransferService(deps: {
  vault: Pick<VaultService, 'db' | 'status' | 'paths'>;
  backups: Pick<BackupService, 'verifiedCopy'>;
  services: Omit<ImportServices, 'vault'>;
  saveTarget: SaveTarget;
  version: string;
  now: () => number;
  /** The guard every export and import shares. */
  oneAtATime: Runner;
}): TransferService {
  const exclusive = deps.oneAtATime;

  return {
    importJson: () =>
      exclusive(async () => {
        deps.vault.db(); // throws LOCKED before a dialog opens
        const path = await deps.saveTarget.chooseOpenFile({
          title: 'Choose a Mend JSON export to import',
          filters: [{ name: 'JSON', extensions: ['json'] }],
        });
        if (path === null) return { status: 'cancelled' as const };
        if ((await stat(path)).size > MAX_IMPORT_BYTES) {
          throw new MendError('DAMAGED', 'This file is not a Mend export, or it is damaged.', {
            file: 'export',
          });
        }
        const archive = readArchiveJson(await readFile(path, 'utf8'));
        const counts = importArchive({ vault: deps.vault, ...deps.services }, archive);
        return { status: 'imported' as const, name: basename(path), counts };
      }),

    backupFile: () =>
      exclusive(async () => {
        deps.vault.db();
        const now = deps.now();
        const day = localDateOf(now);
        const target = await deps.saveTarget.chooseFile({
          title: 'Save the encrypted backup file',
          defaultName: `Mend backup ${day}.${BACKUP_EXTENSION}`,
          filters: MEND_FILTER,
        });
        if (target === null) return { status: 'cancelled' as const };
        const { size } = await saveMendBackupFile({
          backups: deps.backups,
          dataDir: deps.vault.paths.dir,
          target,
          appVersion: deps.version,
          now,
        });
        return { status: 'saved' as const, name: basename(target), size };
      }),

    restoreBackupFile: () =>
      exclusive(async () => {
        // Refuse before the dialog when a journal is already here: nothing to choose for.
        const status = await deps.vault.status();
        if (status.state !== 'none') {
          throw new MendError(
            'CONFLICT',
            'There is already a journal on this computer. Nothing was changed.',
          );
        }
        const source = await deps.saveTarget.chooseOpenFile({
          title: 'Choose a Mend backup file',
          filters: MEND_FILTER,
        });
        if (source === null) return { status: 'cancelled' as const };
        const header = await restoreMendBackupFile({ vault: deps.vault, source });
        return { status: 'restored' as const, name: basename(source), createdAt: header.createdAt };
      }),
  };
}
