import { useState } from 'react';
import { call, friendlyMessage } from '../api';
import { PassphraseFields } from './PassphraseFields';

/** After a recovery-key unlock: choose a new passphrase before going on. */
export function NewPassphraseScreen({ onDone }: { onDone(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="centered" aria-labelledby="new-passphrase-title">
      <h1 id="new-passphrase-title">Choose a new passphrase</h1>
      <section className="card stack">
        <p>Your recovery key opened the journal. Choose a new passphrase for next time.</p>
        <PassphraseFields
          submitLabel="Save my new passphrase"
          busy={busy}
          onSubmit={async (next) => {
            setBusy(true);
            setError(null);
            try {
              await call('vault.resetPassphrase', { next });
              onDone();
            } catch (failure) {
              setError(friendlyMessage(failure));
            } finally {
              setBusy(false);
            }
          }}
        />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </section>
    </main>
  );
}
