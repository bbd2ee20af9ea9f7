import type { DamagedFile, VaultStatus } from '@shared/ipc/contract';
import { call } from '../api';
import { useAsync } from '../useAsync';
import { RepairKey } from './RepairKey';
import { RestoreBackup } from './RestoreBackup';
import './recovery.css';
import { FieldError } from '../components/FieldError';
import { NotReady } from '../components/NotReady';
import { useBusyAction } from '../components/useBusyAction';
import { SafetyLink } from '../shell/SafetyLink';

const WHAT_HAPPENED: Record<DamagedFile, string> = {
  key: 'Mend could not read the key file that unlocks your journal. It may be damaged or missing. Your journal itself may be fine.',
  keyMismatch:
    'The key file in Mend’s folder belongs to another journal, or to this one before its key was changed. Your journal itself is untouched.',
  database: 'Mend could not read your journal file. It may be damaged or missing.',
  wal: 'The file that holds your most recent changes is missing, perhaps after a crash. Your journal from before those changes is still here.',
  settings: 'Mend could not read its settings file. Your journal is not affected.',
};

const reload = () => window.location.reload();

/**
 * A calm explanation when a vault file is damaged, and the ways back: restore a backup,
 * open with a key copy kept beside the backups, or go on where nothing more is lost.
 * Mend never starts over on its own.
 */
export function DamagedScreen({ status, onShowSafety }: { status: VaultStatus; onShowSafety(): void }) {
  const file = status.damage?.file ?? 'database';
  const overview = useAsync(() => call('backup.list'), []);
  const { busy, error, run } = useBusyAction();
  const backups = overview.status === 'ready' ? overview.value.backups : [];

  function acknowledge(which: 'wal' | 'settings') {
    void run(async () => {
      await call('vault.acknowledgeDamage', { file: which });
      reload();
    });
  }

  return (
    <main className="centered" aria-labelledby="damaged-title">
      <h1 id="damaged-title">Mend needs your help</h1>
      <section className="card stack">
        <p>{WHAT_HAPPENED[file]}</p>
        <p>
          Nothing has been deleted. A copy of the damaged file was put aside, untouched, in{' '}
          <span className="path">{status.damage?.folder ?? 'the “damaged” folder'}</span>. Mend will not
          create a new, empty journal over your old one.
        </p>
        <FieldError error={error} />
        {file === 'settings' && (
          <button type="button" className="primary" disabled={busy} onClick={() => acknowledge('settings')}>
            Use the standard settings
          </button>
        )}
      </section>

      {(file === 'key' || file === 'keyMismatch') && (
        <section className="card stack recovery-options" aria-labelledby="repair-title">
          <h2 id="repair-title">Open with your passphrase or recovery key</h2>
          <RepairKey hasBackups={backups.length > 0} onRepaired={reload} />
        </section>
      )}

      {file !== 'settings' && (
        <section className="card stack recovery-options" aria-labelledby="restore-title">
          <h2 id="restore-title">Restore from a backup</h2>
          {overview.status !== 'ready' && <NotReady state={overview} waiting="Looking for backups…" />}
          {(file === 'key' || file === 'keyMismatch') && (
            <p>
              Only if opening with your passphrase does not work: a backup replaces your journal as it was
              then. What you wrote after it is kept aside, not deleted, but you will not see it in Mend.
            </p>
          )}
          {overview.status === 'ready' && <RestoreBackup backups={backups} onRestored={reload} />}
        </section>
      )}

      {file === 'wal' && (
        <section className="card stack recovery-options" aria-labelledby="continue-title">
          <h2 id="continue-title">Or go on without the newest changes</h2>
          <p>
            Your journal opens as it was before the missing changes. The copy put aside stays where it is.
          </p>
          <button type="button" disabled={busy} onClick={() => acknowledge('wal')}>
            Open my journal without the newest changes
          </button>
        </section>
      )}

      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
