import { friendlyMessage, MendApiError } from '../api';
import type { SecretMethod } from './SecretForm';

/** Plain words for what went wrong while opening with a passphrase or recovery key. */
export function secretErrorMessage(failure: unknown, method: SecretMethod): string {
  if (failure instanceof MendApiError) {
    if (failure.code === 'IO_FAILED' && failure.detail?.['reason'] === 'symlink') {
      return `One of Mend’s files (${String(failure.detail['file'])}) is a link to another place. Mend keeps its journal as real files in its own folder: please put the real file back, then try again. Nothing was changed.`;
    }
    if (failure.code === 'IO_FAILED' && failure.detail?.['file'] === 'throttle') {
      return `Mend cannot use its file of unlock attempts (${String(failure.detail['path'])}). Please move whatever is in its place, then try again.`;
    }
    if (failure.code === 'WRONG_SECRET' && failure.detail?.['underOldKey'] === true) {
      return method === 'passphrase'
        ? 'This backup was made before your key was changed. It opens with the passphrase you had then.'
        : 'This backup was made before your key was changed. It opens with the recovery key you had then.';
    }
    if (failure.code === 'WRONG_SECRET') {
      return method === 'passphrase'
        ? 'That passphrase did not open it.'
        : 'That recovery key did not open it.';
    }
    if (failure.code === 'RATE_LIMITED') {
      const wait = Number(failure.detail?.['waitSeconds'] ?? 0);
      return `Too many attempts. Please wait ${wait} ${wait === 1 ? 'second' : 'seconds'} and try again.`;
    }
    if (failure.code === 'DAMAGED' && failure.detail?.['file'] === 'backup') {
      return 'That backup is damaged too. Please choose another one.';
    }
  }
  return friendlyMessage(failure);
}
