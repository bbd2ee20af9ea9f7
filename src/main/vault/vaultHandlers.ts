import type { BackupService } from '../backup/backupService';
import type { HandlersFor } from '../ipc/dispatcher';
import type { CheckedVault } from './checkedVault';
import type { RecoveryKeyOut } from './recoveryKeyOut';
import type { VaultService } from './vaultService';

/** The vault feature's services, as vault/vaultFeature.ts builds them. */
export interface VaultChannelServices {
  vault: VaultService;
  backups: Pick<BackupService, 'repairKey'>;
  checked: CheckedVault;
  recoveryKeyOut: RecoveryKeyOut;
}

/** Binds the vault feature's services to its channels, one call each. */
export function vaultHandlers({
  vault,
  backups,
  checked,
  recoveryKeyOut,
}: VaultChannelServices): HandlersFor<'vault'> {
  return {
    'vault.status': () => vault.status(),
    'vault.create': ({ passphrase }) => checked.create(passphrase),
    'vault.unlock': ({ method, secret }) => vault.unlock(method, secret),
    'vault.lock': ({ reason }) => vault.lock(reason),
    'vault.confirmRecoveryKey': ({ groups }) => checked.confirmRecoveryKey(groups),
    'vault.printRecoveryKey': async ({ paper }) => ({ printed: await recoveryKeyOut.print(paper) }),
    'vault.copyRecoveryKey': () => recoveryKeyOut.copy(),
    'vault.newRecoveryKey': ({ passphrase }) => vault.newRecoveryKey(passphrase),
    'vault.rotateKey': ({ current, next }) => checked.rotateKey(current, next),
    'vault.changePassphrase': ({ current, next }) => checked.changePassphrase(current, next),
    'vault.resetPassphrase': ({ next }) => checked.resetPassphrase(next),
    // The key copies live beside the backups, so the backup service finds them.
    'vault.repairKey': ({ method, secret }) => backups.repairKey(method, secret),
    'vault.acknowledgeDamage': ({ file }) => vault.acknowledgeDamage(file),
    'vault.keychainStatus': () => vault.keychainStatus(),
    'vault.enableKeychain': ({ passphrase }) => vault.enableKeychain(passphrase),
    'vault.disableKeychain': () => vault.disableKeychain(),
    'vault.unlockWithKeychain': () => vault.unlockWithKeychain(),
  };
}
