import type { BackupService } from '../backup/backupService';
import type { Handlers } from '../ipc/dispatcher';
import type { VaultService } from './vaultService';

export type VaultHandlers = Pick<
  Handlers,
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.confirmRecoveryKey'
  | 'vault.newRecoveryKey'
  | 'vault.rotateKey'
  | 'vault.changePassphrase'
  | 'vault.resetPassphrase'
  | 'vault.repairKey'
  | 'vault.acknowledgeDamage'
  | 'keychain.status'
  | 'keychain.enable'
  | 'keychain.disable'
  | 'keychain.unlock'
>;

/** Binds the vault service to its channels. */
export function vaultHandlers(vault: VaultService, backups: BackupService): VaultHandlers {
  return {
    'vault.status': () => vault.status(),
    'vault.create': ({ passphrase }) => vault.create(passphrase),
    'vault.unlock': ({ method, secret }) => vault.unlock(method, secret),
    'vault.lock': ({ reason }) => vault.lock(reason),
    'vault.confirmRecoveryKey': async ({ groups }) => {
      // A confirmation may re-encrypt the journal: no backup may copy it meanwhile.
      const done = await backups.serially(() => vault.confirmRecoveryKey(groups));
      // A fresh backup under the new key, so a repair and a restore have one (best effort:
      // the key change is done, and a failed backup is shown in settings).
      if (done === 'rotation') await backups.backUpNow().catch(() => undefined);
      return { confirmed: done !== null, ...(done === 'rotation' ? { rotated: true } : {}) };
    },
    'vault.newRecoveryKey': ({ passphrase }) => vault.newRecoveryKey(passphrase),
    'vault.rotateKey': ({ current, next }) => vault.beginKeyRotation(current, next),
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return { changed: true as const };
    },
    'vault.resetPassphrase': ({ next }) => vault.resetPassphrase(next),
    // The key copies live beside the backups, so the backup service finds them.
    'vault.repairKey': ({ method, secret }) => backups.repairKey(method, secret),
    'vault.acknowledgeDamage': ({ file }) => vault.acknowledgeDamage(file),
    'keychain.status': () => vault.keychainStatus(),
    'keychain.enable': ({ passphrase }) => vault.enableKeychain(passphrase),
    'keychain.disable': () => vault.disableKeychain(),
    'keychain.unlock': () => vault.unlockWithKeychain(),
  };
}
