import { useState } from 'react';
import { call, friendlyMessage, MendApiError } from '../api';

/**
 * A quiet way in for someone moving to a new computer: choose a `.mend` backup file (main
 * opens the dialog), which is put in place only because no journal exists here yet. The
 * normal unlock screen then opens it with the passphrase or the recovery key.
 */
export function RestoreFromFileLink({ onRestored }: { onRestored(): void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  async function restore() {
    setBusy(true);
    setMessage(null);
    try {
      const result = await call('transfer.restoreBackupFile');
      if (result.status === 'cancelled') {
        setMessage({ kind: 'status', text: 'No file was chosen.' });
        return;
      }
      onRestored();
    } catch (failure) {
      const own =
        failure instanceof MendApiError && (failure.code === 'DAMAGED' || failure.code === 'CONFLICT');
      setMessage({
        kind: 'alert',
        text:
          failure instanceof MendApiError && failure.code === 'NEWER_VERSION'
            ? 'This backup was made by a newer version of Mend. Please update Mend to open it.'
            : own
              ? failure.message
              : friendlyMessage(failure),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <p className="quiet">
        Moving from another computer?{' '}
        <button type="button" className="link" disabled={busy} onClick={() => void restore()}>
          {busy ? 'Opening the backup file…' : 'Restore from a Mend backup file'}
        </button>
      </p>
      {message !== null && (
        <p role={message.kind} className={message.kind === 'alert' ? 'field-error' : 'quiet'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
