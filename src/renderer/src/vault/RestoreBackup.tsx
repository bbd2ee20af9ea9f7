import { useId, useState } from 'react';
import type { BackupEntry } from '@shared/ipc/contract';
import { call } from '../api';
import { formatMoment } from '@shared/dates';
import { useBusyAction } from '../components/useBusyAction';
import { SecretForm, type SecretMethod } from './SecretForm';
import { secretErrorMessage } from './secretErrors';
import './recovery.css';

interface Props {
  backups: readonly BackupEntry[];
  /** Called with nothing once the restored journal is open (the page then reloads). */
  onRestored(): void;
}

/**
 * Choose a backup, then open it with the passphrase (today's, or the one in use when the
 * backup was made) or the recovery key. Mend checks the backup before it replaces anything,
 * and keeps the journal it replaces.
 */
export function RestoreBackup({ backups, onRestored }: Props) {
  const [chosen, setChosen] = useState<string | null>(backups[0]?.id ?? null);
  const { busy, error, run, setError } = useBusyAction();
  const id = useId();

  if (backups.length === 0) {
    return <p>There are no backups to restore from yet.</p>;
  }

  function restore(method: SecretMethod, secret: string) {
    if (chosen === null) return;
    return run(
      async () => {
        await call('backup.restore', { id: chosen, method, secret });
        onRestored();
      },
      (failure) => secretErrorMessage(failure, method),
    );
  }

  return (
    <div className="stack">
      <fieldset className="backup-choice">
        <legend>Choose a backup</legend>
        {backups.map((backup, index) => (
          <label key={backup.id} className="backup-option">
            <input
              type="radio"
              name={`${id}-backup`}
              value={backup.id}
              checked={chosen === backup.id}
              onChange={() => setChosen(backup.id)}
            />
            <span>
              {formatMoment(backup.createdAt)}
              {index === 0 && <span className="quiet"> (newest)</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="quiet">
        Mend checks the backup before it replaces anything. Your current journal is kept aside, not deleted:
        anything you wrote after the backup you choose stays in that copy, in the “replaced” folder, and
        will not show in Mend. An older passphrase works too, if the backup was made before you changed it
        (or before your journal got a new key).
      </p>
      <SecretForm
        submitLabel="Restore this backup"
        busy={busy}
        error={error}
        onSubmit={restore}
        onMethodChange={() => setError(null)}
      />
    </div>
  );
}
