import { useState } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call } from '../api';
import { SafetyLink } from '../shell/SafetyLink';
import { ConfirmPassphraseForm } from './ConfirmPassphraseForm';
import { RecoveryKeyStep } from './RecoveryKeyStep';

/**
 * Setup was interrupted before the recovery key was confirmed (e.g. the app closed): the old
 * key was never confirmed, so a fresh one is made and shown. Making one needs the passphrase
 * (also after a keychain unlock): someone at an open screen must not take over the way in.
 */
export function FinishSetup({ onDone, onShowSafety }: { onDone(): void; onShowSafety(): void }) {
  const [shown, setShown] = useState<RecoveryKeyShown | null>(null);
  return (
    <main className="centered" aria-labelledby="finish-setup-title">
      <h1 id="finish-setup-title">Finish setting up</h1>
      {shown !== null ? (
        <RecoveryKeyStep shown={shown} onConfirmed={onDone} />
      ) : (
        <ConfirmPassphraseForm
          className="card stack"
          primary
          submitLabel="Make my recovery key"
          onConfirm={async (passphrase) => setShown(await call('vault.newRecoveryKey', { passphrase }))}
        >
          <p>
            Your recovery key was never confirmed, so Mend will make a new one for you to write down. Please
            type your passphrase first.
          </p>
        </ConfirmPassphraseForm>
      )}
      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
