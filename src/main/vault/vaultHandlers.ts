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
    'vault.confirmRecoveryKey': async ({ groups }) => ({ confirmed: await vault.confirmRecoveryKey(groups) }),
    'vault.newRecoveryKey': ({ passphrase }) => vault.newRecoveryKey(passphrase),
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
