import { useId } from 'react';
import { call } from '../api';
import { useBusyAction } from '../components/useBusyAction';
import { useAsync } from '../useAsync';
import { SecretForm, type SecretMethod } from '../vault/SecretForm';
import { secretErrorMessage } from '../vault/secretErrors';
import { SafetyLink } from '../shell/SafetyLink';
import './journals.css';

interface Props {
  id: string;
  onRemoved(): void;
  onCancel(): void;
  onShowSafety(): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Removing a journal: what goes, what erasing can and cannot promise, and its own passphrase. */
export function RemoveJournal({ id, onRemoved, onCancel, onShowSafety }: Props) {
  const plan = useAsync(() => call('journals.removalPlan', { id }), [id]);
  const { busy, error, run, setError } = useBusyAction();
  const titleId = useId();
  if (plan.status !== 'ready') {
    return (
      <main className="centered">
        <p className="status" role="status">
          {plan.status === 'loading' ? 'One moment…' : 'That journal could not be found.'}
        </p>
        <button type="button" className="link" onClick={onCancel}>
          Back
        </button>
      </main>
    );
  }
  const { name, backups, damagedCopies } = plan.value;
  return (
    <main className="centered" aria-labelledby={titleId}>
      <h1 id={titleId}>Remove “{name}”?</h1>
      <section className="card stack">
        <p>This erases everything in this journal from this computer, for good:</p>
        <ul>
          <li>its journal entries, check-ins, step notes and exercises;</li>
          {backups > 0 && <li>its {plural(backups, 'backup', 'backups')};</li>}
          {damagedCopies > 0 && <li>{plural(damagedCopies, 'damaged copy', 'damaged copies')} kept aside;</li>}
          <li>its key file and its own settings.</li>
        </ul>
        <p>Other journals are not touched, and neither are exports or backup files you saved elsewhere.</p>
        <p className="quiet">
          Mend writes over each file before deleting it. On SSDs and flash drives the drive itself may keep old
          copies where no program can reach them. Those copies stay encrypted, but someone who recovers them and
          knows this journal’s passphrase or recovery key could open them. Full-disk encryption (BitLocker,
          FileVault, LUKS) protects against that.
        </p>
        <p>To confirm, type this journal’s passphrase or its recovery key.</p>
        <SecretForm
          submitLabel="Erase this journal"
          busy={busy}
          error={error}
          onMethodChange={() => setError(null)}
          onSubmit={(method: SecretMethod, secret) =>
            run(
              async () => {
                await call('journals.remove', { id, method, secret });
                onRemoved();
              },
              (failure) => secretErrorMessage(failure, method),
            )
          }
        />
        <button type="button" className="link" onClick={onCancel}>
          Keep it and go back
        </button>
      </section>
      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
