import { MendError } from '@shared/errors';
import type { KeychainStatus, VaultStatus } from '@shared/ipc/contract';
import type { Keychain } from './keychain';
import { readKeyFile, unwrapWithKeychain, wrapWithKeychain, writeKeyFile } from './keyFile';
import { rotationPending } from './keyRotation';
import { wipe } from './secretBytes';
import type { VaultContext } from './vaultService';
import { requirePassphrase } from './vaultSecrets';

export interface KeychainOps {
  status(): Promise<KeychainStatus>;
  enable(passphrase: string): Promise<KeychainStatus>;
  disable(): Promise<KeychainStatus>;
  unlock(): Promise<VaultStatus>;
}

/**
 * "Remember on this computer": the data key sealed so the OS keychain can open it. Offered
 * only where the keychain really protects it, never the only way in: the passphrase and the
 * recovery key keep working, and a blob the keychain cannot open sends the person back to
 * the passphrase prompt.
 */
export function createKeychainOps(context: VaultContext, keychain: Keychain | undefined): KeychainOps {
  const { paths, session } = context;
  const available = (): boolean => {
    try {
      return keychain?.isProtected() ?? false;
    } catch {
      return false;
    }
  };

  async function status(): Promise<KeychainStatus> {
    let enabled = false;
    try {
      enabled = (await readKeyFile(paths.keyFile)).keychain !== undefined;
    } catch {
      // No key file or a damaged one: nothing is remembered that could open it.
    }
    return { available: available(), enabled: enabled && available() };
  }

  return {
    status,
    async enable(passphrase) {
      const current = session.require();
      if (keychain === undefined || !available()) {
        throw new MendError('NOT_FOUND', 'This computer has no keychain that can protect Mend.');
      }
      const keyFile = await readKeyFile(paths.keyFile);
      await requirePassphrase(context.throttle, keyFile, passphrase);
      await writeKeyFile(paths.keyFile, {
        ...keyFile,
        keychain: wrapWithKeychain(current.dataKey, keychain),
      });
      return status();
    },
    async disable() {
      const { keychain: _dropped, ...rest } = await readKeyFile(paths.keyFile);
      await writeKeyFile(paths.keyFile, rest);
      return status();
    },
    async unlock() {
      if (session.current() !== null) return context.status();
      const keyFile = await readKeyFile(paths.keyFile);
      // A key change cut off by a crash is finished only with a secret the person types.
      const usable = keychain !== undefined && available() && !rotationPending(paths);
      const dataKey = usable ? unwrapWithKeychain(keyFile, keychain) : null;
      if (dataKey === null) {
        // Not a guess, so not counted against the throttle; the person uses the passphrase.
        throw new MendError(
          'WRONG_SECRET',
          'This computer could not open Mend. Please use your passphrase.',
          {
            keychain: true,
          },
        );
      }
      try {
        await context.openSession(dataKey, 'keychain');
      } catch (error) {
        wipe(dataKey);
        throw error;
      }
      return context.status();
    },
  };
}
