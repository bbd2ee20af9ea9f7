import type { Handlers } from '../ipc/dispatcher';
import type { BackupService } from './backupService';

export type BackupHandlers = Pick<Handlers, 'backup.list' | 'backup.now' | 'backup.restore' | 'backup.deleteOld'>;

/** Binds the backup service to its channels. */
export function backupHandlers(backups: BackupService): BackupHandlers {
  return {
    'backup.list': () => backups.overview(),
    'backup.now': () => backups.backUpNow(),
    'backup.restore': ({ id, method, secret }) => backups.restore(id, method, secret),
    'backup.deleteOld': () => backups.deleteUnderOldKey(),
  };
}
