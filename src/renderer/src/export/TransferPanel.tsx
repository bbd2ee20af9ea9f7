import { useId, useState } from 'react';
import { call, friendlyMessage, MendApiError } from '../api';

type Outcome = { kind: 'ok' | 'error'; message: string } | null;

function countWords(counts: { entries: number; notes: number; exercises: number; checkins: number }): string {
  const parts = [
    [counts.entries, 'journal entry', 'journal entries'],
    [counts.notes, 'note', 'notes'],
    [counts.exercises, 'exercise', 'exercises'],
    [counts.checkins, 'check-in', 'check-ins'],
  ] as const;
  const words = parts.filter(([count]) => count > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return words.length === 0 ? 'The file held nothing to import.' : `Added ${words.join(', ')}.`;
}

function failureWords(failure: unknown): string {
  // CONFLICT and DAMAGED carry main's own sentence (a journal that is not empty, a file that is not an export).
  if (failure instanceof MendApiError && (failure.code === 'CONFLICT' || failure.code === 'DAMAGED')) {
    return failure.message;
  }
  if (failure instanceof MendApiError && failure.code === 'NEWER_VERSION') {
    return 'This file was made by a newer version of Mend. Please update Mend to use it.';
  }
  return friendlyMessage(failure);
}

/**
 * The whole journal in or out: an encrypted `.mend` file to move to another computer, and
 * importing a JSON export into this (empty) journal. Main asks where; nothing is overwritten.
 */
export function TransferPanel() {
  const id = useId();
  const [busy, setBusy] = useState<'backup' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function run(kind: 'backup' | 'import') {
    setBusy(kind);
    setOutcome(null);
    try {
      if (kind === 'backup') {
        const result = await call('transfer.backupFile');
        setOutcome(
          result.status === 'cancelled'
            ? { kind: 'ok', message: 'Nothing was saved.' }
            : {
                kind: 'ok',
                message: `Saved ${result.name}. It is encrypted: it opens with your passphrase or your recovery key.`,
              },
        );
      } else {
        const result = await call('transfer.importJson');
        setOutcome(
          result.status === 'cancelled'
            ? { kind: 'ok', message: 'Nothing was imported.' }
            : { kind: 'ok', message: `Imported ${result.name}. ${countWords(result.counts)}` },
        );
      }
    } catch (failure) {
      setOutcome({ kind: 'error', message: failureWords(failure) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="stack transfer-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Take your journal along</h2>
      <div className="export-fieldset">
        <h3 className="transfer-heading">Encrypted backup file</h3>
        <p className="quiet">
          One file with your whole journal, still encrypted, to open Mend on another computer. You will need
          your passphrase or your recovery key there.
        </p>
        <div className="row">
          <button type="button" disabled={busy !== null} onClick={() => void run('backup')}>
            {busy === 'backup' ? 'Saving the backup file…' : 'Save encrypted backup file…'}
          </button>
        </div>
      </div>
      <div className="export-fieldset">
        <h3 className="transfer-heading">Import from a JSON file</h3>
        <p className="quiet">
          Brings a Mend JSON export into this journal. It only works while this journal is still empty, so
          nothing you have written here is ever replaced.
        </p>
        <div className="row">
          <button type="button" disabled={busy !== null} onClick={() => void run('import')}>
            {busy === 'import' ? 'Importing…' : 'Import JSON file…'}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {outcome !== null && (
          <p
            role={outcome.kind === 'error' ? 'alert' : 'status'}
            className={outcome.kind === 'error' ? 'field-error' : ''}
          >
            {outcome.message}
          </p>
        )}
      </div>
    </section>
  );
}
