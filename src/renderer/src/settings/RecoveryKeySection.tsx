import { useState } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call } from '../api';
import { ConfirmPassphraseForm } from '../vault/ConfirmPassphraseForm';
import { RecoveryKeyStep } from '../vault/RecoveryKeyStep';
import { Done, SettingsSection } from './SettingsSection';

/** A new recovery key (the old one stops working), shown once and typed back, like at setup. */
export function RecoveryKeySection() {
  const [shown, setShown] = useState<RecoveryKeyShown | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (shown !== null) {
    return (
      <SettingsSection title="Recovery key">
        <RecoveryKeyStep
          shown={shown}
          onConfirmed={() => {
            setShown(null);
            setDone('Your new recovery key is ready. The old one no longer opens Mend.');
          }}
        />
      </SettingsSection>
    );
  }

  return (
    <SettingsSection title="Recovery key">
      <p>
        If your recovery key was lost or someone else may have seen it, make a new one. The old key stops
        working. Backups made earlier still open with the old key.
      </p>
      <ConfirmPassphraseForm
        submitLabel="Make a new recovery key"
        onConfirm={async (passphrase) => {
          setDone(null);
          setShown(await call('vault.newRecoveryKey', { passphrase }));
        }}
      />
      <Done text={done} />
    </SettingsSection>
  );
}
