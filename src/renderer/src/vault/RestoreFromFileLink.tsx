import { useState } from 'react';
import { call, friendlyMessage, MendApiError } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';

function failureWords(failure: unknown): string {
  if (failure instanceof MendApiError && failure.code === 'NEWER_VERSION') {
    return 'This backup was made by a newer version of Mend. Please update Mend to open it.';
  }
  // DAMAGED and CONFLICT carry main's own sentence (not a Mend backup, a journal already here).
  if (failure instanceof MendApiError && (failure.code === 'DAMAGED' || failure.code === 'CONFLICT')) {
    return failure.message;
  }
  return friendlyMessage(failure);
}

/**
 * A quiet way in for someone moving to a new computer: choose a `.mend` backup file (main
 * opens the dialog), which is put in place only because no journal exists here yet. The
 * normal unlock screen then opens it with the passphrase or the recovery key.
 */
export function RestoreFromFileLink({ onRestored }: { onRestored(): void }) {
  const { busy, error, run } = useBusyAction();
  const [cancelled, setCancelled] = useState(false);

  function restore() {
    void run(async () => {
      setCancelled(false);
      const result = await call('transfer.restoreBackupFile');
      if (result.status === 'cancelled') setCancelled(true);
      else onRestored();
    }, failureWords);
  }

  return (
    <div className="stack">
      <p className="quiet">
        Moving from another computer?{' '}
        <button type="button" className="link" disabled={busy} onClick={restore}>
          {busy ? 'Opening the backup file…' : 'Restore from a Mend backup file'}
        </button>
      </p>
      {cancelled && (
        <p role="status" className="quiet">
          No file was chosen.
        </p>
      )}
      <FieldError error={error} />
    </div>
  );
}
