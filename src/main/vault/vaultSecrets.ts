import { MendError } from '@shared/errors';
import type { SecretMethod } from '@shared/ipc/contracts/vault';
import { unwrapWithPassphrase, unwrapWithRecoveryKey, type KeyFile } from './keyFile';
import { parseRecoveryKey } from './recoveryKey';
import { wipe } from './secretBytes';
import type { UnlockThrottle } from './unlockThrottle';

/** The data key from a passphrase or a typed recovery key, or null when it does not fit. */
export async function unwrapSecret(
  keyFile: KeyFile,
  method: SecretMethod,
  secret: string,
): Promise<Buffer | null> {
  if (method === 'passphrase') return unwrapWithPassphrase(keyFile, secret);
  const recovery = parseRecoveryKey(secret);
  try {
    return recovery === null ? null : unwrapWithRecoveryKey(keyFile, recovery);
  } finally {
    wipe(recovery);
  }
}

export function wrongSecret(method: SecretMethod, detail?: { failures: number; waitMs: number }): MendError {
  const message =
    method === 'passphrase' ? 'That passphrase is not right.' : 'That recovery key is not right.';
  return new MendError(
    'WRONG_SECRET',
    message,
    detail === undefined
      ? undefined
      : { failures: detail.failures, waitSeconds: Math.ceil(detail.waitMs / 1000) },
  );
}

/**
 * Confirms the person knows the passphrase before a sensitive change (a new recovery key,
 * "remember on this computer"), counting a wrong one against the unlock throttle.
 */
export async function requirePassphrase(
  throttle: UnlockThrottle,
  keyFile: KeyFile,
  passphrase: string,
): Promise<void> {
  await throttle.assertAllowed();
  const check = await unwrapWithPassphrase(keyFile, passphrase);
  if (check === null) {
    const failure = await throttle.recordFailure();
    throw wrongSecret('passphrase', failure);
  }
  wipe(check);
}
