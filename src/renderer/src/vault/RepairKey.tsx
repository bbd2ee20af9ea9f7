import { call } from '../api';
import { useBusyAction } from '../components/useBusyAction';
import { SecretForm, type SecretMethod } from './SecretForm';
import { secretErrorMessage } from './secretErrors';

/**
 * A damaged key file: Mend keeps a copy of the key beside each backup, so the passphrase
 * (or one used before) or the recovery key can open the journal again and mend the file.
 */
export function RepairKey({ hasBackups, onRepaired }: { hasBackups: boolean; onRepaired(): void }) {
  const { busy, error, run, setError } = useBusyAction();
  return (
    <>
      <p>
        {hasBackups
          ? 'Mend keeps a copy of the key beside each backup, and often the damaged key file still holds what is needed. Your passphrase or your recovery key can open it.'
          : 'There is no backup on this computer yet, but the damaged key file often still holds what is needed. Your passphrase or your recovery key can open it.'}
      </p>
      <SecretForm
        submitLabel="Open my journal"
        busy={busy}
        error={error}
        recoverySwitchLabel="I forgot my passphrase: use my recovery key"
        onMethodChange={() => setError(null)}
        onSubmit={(method: SecretMethod, secret: string) =>
          run(
            async () => {
              await call('vault.repairKey', { method, secret });
              onRepaired();
            },
            (failure) => secretErrorMessage(failure, method),
          )
        }
      />
    </>
  );
}
