import { MendError } from '@shared/errors';
import type { OutputOf, RecoveryKeyShown, TypedGroup, VaultStatus } from '@shared/ipc/contract';
import { passphraseStrength } from '@shared/passphraseStrength';
import type { BackupService } from '../backup/backupService';
import { foldTyped } from './recoveryKey';
import type { VaultService } from './vaultService';

type TypedGroups = readonly TypedGroup[];

/**
 * The vault requests that need more than the vault service: main's own strength check of
 * every new passphrase, and the backups around a change of data key. `vaultHandlers` binds
 * these and the vault service's other methods one to one.
 */
export interface CheckedVault {
  create(passphrase: string): Promise<RecoveryKeyShown>;
  confirmRecoveryKey(groups: TypedGroups): Promise<OutputOf<'vault.confirmRecoveryKey'>>;
  rotateKey(current: string, next: string): Promise<RecoveryKeyShown>;
  changePassphrase(current: string, next: string): Promise<{ changed: true }>;
  resetPassphrase(next: string): Promise<VaultStatus>;
}

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
function wrongGroups(shownKey: string, typed: TypedGroups): number[] {
  const expected = shownKey.split('-');
  return typed
    .filter((group) => foldTyped(group.text) !== expected[group.index - 1])
    .map((group) => group.index)
    .sort((a, b) => a - b);
}

export function createCheckedVault({
  vault,
  backups,
}: {
  vault: VaultService;
  backups: Pick<BackupService, 'serially' | 'backUpNow'>;
}): CheckedVault {
  return {
    async create(passphrase) {
      await refuseWeak(passphrase);
      return vault.create(passphrase);
    },
    async confirmRecoveryKey(groups) {
      const shown = vault.pendingRecoveryKey();
      // A confirmation may re-encrypt the journal: no backup may copy it meanwhile.
      const done = await backups.serially(() => vault.confirmRecoveryKey(groups));
      if (done === null) return { confirmed: false, wrongGroups: wrongGroups(shown, groups) };
      // A fresh backup under the new key, so a repair and a restore have one (best effort:
      // the key change is done, and a failed backup is shown in settings).
      if (done === 'rotation') await backups.backUpNow().catch(() => undefined);
      return { confirmed: true, wrongGroups: [], ...(done === 'rotation' ? { rotated: true as const } : {}) };
    },
    async rotateKey(current, next) {
      await refuseWeak(next);
      return vault.beginKeyRotation(current, next);
    },
    async changePassphrase(current, next) {
      await refuseWeak(next);
      await vault.changePassphrase(current, next);
      return { changed: true };
    },
    async resetPassphrase(next) {
      await refuseWeak(next);
      return vault.resetPassphrase(next);
    },
  };
}
