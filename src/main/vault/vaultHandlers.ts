import type { BackupService } from '../backup/backupService';
import { MendError } from '@shared/errors';
import { passphraseStrength } from '@shared/passphraseStrength';
import type { Handlers } from '../ipc/dispatcher';
import { foldTyped } from './recoveryKey';
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
  | 'vault.keychainStatus'
  | 'vault.enableKeychain'
  | 'vault.disableKeychain'
  | 'vault.unlockWithKeychain'
>;

/**
 * Main's own check of a new passphrase, whatever the window sent: the weakest ones
 * ("password1") are refused before any key is derived, with the estimator's reason.
 */
async function refuseWeak(passphrase: string): Promise<void> {
  const strength = await passphraseStrength(passphrase);
  if (!strength.acceptable) throw new MendError('WEAK_PASSPHRASE', strength.hint);
}

/**
 * The asked-for groups the person typed wrong, so the screen can name them. It tells nothing
 * new: the screen has just shown the whole key.
 */
function wrongGroups(shownKey: string, typed: readonly { index: number; text: string }[]): number[] {
  const expected = shownKey.split('-');
  return typed
    .filter((group) => foldTyped(group.text) !== expected[group.index - 1])
    .map((group) => group.index)
    .sort((a, b) => a - b);
}

/** Binds the vault service to its channels. */
export function vaultHandlers(vault: VaultService, backups: BackupService): VaultHandlers {
  return {
    'vault.status': () => vault.status(),
    'vault.create': async ({ passphrase }) => {
      await refuseWeak(passphrase);
      return vault.create(passphrase);
    },
    'vault.unlock': ({ method, secret }) => vault.unlock(method, secret),
    'vault.lock': ({ reason }) => vault.lock(reason),
    'vault.confirmRecoveryKey': async ({ groups }) => {
      const shown = vault.pendingRecoveryKey();
      // A confirmation may re-encrypt the journal: no backup may copy it meanwhile.
      const done = await backups.serially(() => vault.confirmRecoveryKey(groups));
      if (done === null) return { confirmed: false, wrongGroups: wrongGroups(shown, groups) };
      // A fresh backup under the new key, so a repair and a restore have one (best effort:
      // the key change is done, and a failed backup is shown in settings).
      if (done === 'rotation') await backups.backUpNow().catch(() => undefined);
      return { confirmed: true, wrongGroups: [], ...(done === 'rotation' ? { rotated: true as const } : {}) };
    },
    'vault.newRecoveryKey': ({ passphrase }) => vault.newRecoveryKey(passphrase),
    'vault.rotateKey': async ({ current, next }) => {
      await refuseWeak(next);
      return vault.beginKeyRotation(current, next);
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await refuseWeak(next);
      await vault.changePassphrase(current, next);
      return { changed: true as const };
    },
    'vault.resetPassphrase': async ({ next }) => {
      await refuseWeak(next);
      return vault.resetPassphrase(next);
    },
    // The key copies live beside the backups, so the backup service finds them.
    'vault.repairKey': ({ method, secret }) => backups.repairKey(method, secret),
    'vault.acknowledgeDamage': ({ file }) => vault.acknowledgeDamage(file),
    'vault.keychainStatus': () => vault.keychainStatus(),
    'vault.enableKeychain': ({ passphrase }) => vault.enableKeychain(passphrase),
    'vault.disableKeychain': () => vault.disableKeychain(),
    'vault.unlockWithKeychain': () => vault.unlockWithKeychain(),
  };
}
