import { useState } from 'react';
import type { BackupOverview } from '@shared/ipc/contract';
import { call, friendlyMessage, MendApiError } from '../api';
import { useAsync } from '../useAsync';
import { formatMoment } from '@shared/dates';
import { RestoreBackup } from '../vault/RestoreBackup';
import { Done, SettingsSection } from './SettingsSection';
import { FieldError } from '../components/FieldError';
import { NotReady } from '../components/NotReady';
import { useBusyAction } from '../components/useBusyAction';

/** Where backups are, when the last one was made, "back up now", and restore. */
export function BackupSection() {
  const loaded = useAsync(() => call('backup.list'), []);
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const { busy, error, run } = useBusyAction();
  const [done, setDone] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  if (loaded.status !== 'ready') {
    return (
      <SettingsSection title="Backups">
        <NotReady state={loaded} />
      </SettingsSection>
    );
  }
  const current = overview ?? loaded.value;

  return (
    <SettingsSection title="Backups">
      <p>
        Mend makes an encrypted backup the first time you unlock it each day, and keeps a week of daily
        backups and a month of weekly ones. They open with your passphrase or your recovery key.
      </p>
      <dl className="facts">
        <dt>Where they are</dt>
        <dd>
          <span className="path">{current.location}</span>
        </dd>
        <dt>Last backup</dt>
        <dd data-testid="last-backup">
          {current.lastBackupAt === null ? 'No backup yet.' : formatMoment(current.lastBackupAt)}
        </dd>
      </dl>
      {current.stale && (
        <p className="gentle">Your newest backup is more than a week old. You can make one now.</p>
      )}
      {current.lastFailure !== null && (
        <p className="gentle" role="alert">
          The backup on {formatMoment(current.lastFailure.at)} did not work:{' '}
          {friendlyMessage(new MendApiError({ code: current.lastFailure.code, message: '' }))} Your earlier
          backups are safe.
        </p>
      )}
      <div className="row start">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setDone(null);
            void run(
              async () => {
                try {
                  setOverview(await call('backup.now'));
                } catch (failure) {
                  // The list says when the last backup did not work; read it again before saying so.
                  setOverview(await call('backup.list').catch(() => null));
                  throw failure;
                }
                setDone('Backup made.');
              },
              (failure) => `The backup did not work. ${friendlyMessage(failure)} Your earlier backups are safe.`,
            );
          }}
        >
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
        {!restoring && current.backups.length > 0 && (
          <button type="button" onClick={() => setRestoring(true)}>
            Restore from a backup…
          </button>
        )}
      </div>
      <FieldError error={error} />
      <Done text={done} />
      {restoring && (
        <div className="stack restore-panel">
          <h3>Restore from a backup</h3>
          <RestoreBackup backups={current.backups} onRestored={() => window.location.reload()} />
          <button type="button" className="link" onClick={() => setRestoring(false)}>
            Cancel
          </button>
        </div>
      )}
    </SettingsSection>
  );
}
