import type { HandlersFor } from '../ipc/dispatcher';
import type { TransferService } from './transferService';

/** Binds the transfer service to its channels. */
export function transferHandlers(transfer: TransferService): HandlersFor<'transfer'> {
  return {
    'transfer.importJson': () => transfer.importJson(),
    'transfer.backupFile': () => transfer.backupFile(),
    'transfer.restoreBackupFile': () => transfer.restoreBackupFile(),
  };
}
