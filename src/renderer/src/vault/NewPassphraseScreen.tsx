import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { PassphraseFields } from './PassphraseFields';
import { SafetyLink } from '../shell/SafetyLink';

/** After a recovery-key unlock: choose a new passphrase before going on. */
export function NewPassphraseScreen({ onDone, onShowSafety }: { onDone(): void; onShowSafety(): void }) {
  const { busy, error, run } = useBusyAction();
  return (
    <main className="centered" aria-labelledby="new-passphrase-title">
      <h1 id="new-passphrase-title">Choose a new passphrase</h1>
      <section className="card stack">
        <p>Your recovery key opened the journal. Choose a new passphrase for next time.</p>
        <PassphraseFields
          submitLabel="Save my new passphrase"
          busy={busy}
          onSubmit={(next) =>
            run(async () => {
              await call('vault.resetPassphrase', { next });
              onDone();
            })
          }
        />
        <FieldError error={error} />
      </section>
      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
