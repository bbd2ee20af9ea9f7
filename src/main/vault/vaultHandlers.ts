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
>;

/** Binds the vault service to its channels. */
export function vaultHandlers(vault: VaultService): VaultHandlers {
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
  };
}
