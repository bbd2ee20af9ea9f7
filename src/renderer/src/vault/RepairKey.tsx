import { useState } from 'react';
import { call } from '../api';
import { SecretForm, type SecretMethod } from './SecretForm';
import { secretErrorMessage } from './secretErrors';

/**
 * A damaged key file: Mend keeps a copy of the key beside each backup, so the passphrase
 * (or one used before) or the recovery key can open the journal again and mend the file.
 */
export function RepairKey({ hasBackups, onRepaired }: { hasBackups: boolean; onRepaired(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!hasBackups) {
    return (
      <p>Mend keeps a copy of the key beside each backup, but there is no backup on this computer yet.</p>
    );
  }
  return (
    <>
      <p>
        Mend keeps a copy of the key beside each backup. Your passphrase or your recovery key can open it.
      </p>
      <SecretForm
        submitLabel="Open my journal"
        busy={busy}
        error={error}
        recoverySwitchLabel="I forgot my passphrase: use my recovery key"
        onSubmit={async (method: SecretMethod, secret: string) => {
          setBusy(true);
          setError(null);
          try {
            await call('vault.repairKey', { method, secret });
            onRepaired();
          } catch (failure) {
            setError(secretErrorMessage(failure, method));
          } finally {
            setBusy(false);
          }
        }}
      />
    </>
  );
}
