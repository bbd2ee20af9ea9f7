import type { HandlersFor } from '../ipc/dispatcher';
import type { BackupService } from './backupService';

/** Binds the backup service to its channels. */
export function backupHandlers(backups: BackupService): HandlersFor<'backup'> {
  return {
    'backup.list': () => backups.overview(),
    'backup.now': () => backups.backUpNow(),
    'backup.restore': ({ id, method, secret }) => backups.restore(id, method, secret),
    'backup.deleteOld': () => backups.deleteUnderOldKey(),
  };
}
