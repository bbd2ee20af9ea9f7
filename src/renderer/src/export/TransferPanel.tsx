import { useId, useState } from 'react';
import { call, friendlyMessage, MendApiError } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';

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

interface Props {
  /** Whether this journal holds no writing yet, the only time main accepts an import. */
  importable: boolean;
  /** After an import ran, so the screen asks main again what it offers. */
  onImported(): void;
}

/**
 * The whole journal in or out: an encrypted `.mend` file to move to another computer, and
 * importing a JSON export into this (empty) journal. Main asks where; nothing is overwritten.
 * Once the journal holds writing the import button is off, with the reason beside it.
 */
export function TransferPanel({ importable, onImported }: Props) {
  const id = useId();
  // One action for both buttons: a backup file and an import never run at once.
  const { busy, error, run } = useBusyAction();
  const [running, setRunning] = useState<'backup' | 'import' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function start(kind: 'backup' | 'import') {
    void run(async () => {
      setRunning(kind);
      setDone(null);
      try {
        if (kind === 'backup') {
          const result = await call('transfer.backupFile');
          setDone(
            result.status === 'cancelled'
              ? 'Nothing was saved.'
              : `Saved ${result.name}. It is encrypted: it opens with your passphrase or your recovery key.`,
          );
        } else {
          const result = await call('transfer.importJson');
          setDone(
            result.status === 'cancelled'
              ? 'Nothing was imported.'
              : `Imported ${result.name}. ${countWords(result.counts)}`,
          );
        }
      } finally {
        setRunning(null);
        if (kind === 'import') onImported();
      }
    }, failureWords);
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
          <button type="button" disabled={busy} onClick={() => start('backup')}>
            {running === 'backup' ? 'Saving the backup file…' : 'Save encrypted backup file…'}
          </button>
        </div>
      </div>
      <div className="export-fieldset">
        <h3 className="transfer-heading">Import from a JSON file</h3>
        <p className="quiet">
          Brings a Mend JSON export into this journal. It only works while this journal is still empty, so
          nothing you have written here is ever replaced.
        </p>
        <div className="row transfer-import">
          {!importable && (
            <p id={`${id}-not-importable`} className="transfer-reason">
              Not possible here: this journal already holds writing. To bring in a JSON export, create a new,
              empty journal (Settings, “Journals on this computer”) and import it there.
            </p>
          )}
          <button
            type="button"
            disabled={busy || !importable}
            aria-describedby={importable ? undefined : `${id}-not-importable`}
            onClick={() => start('import')}
          >
            {running === 'import' ? 'Importing…' : 'Import JSON file…'}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {done !== null && <p role="status">{done}</p>}
        <FieldError error={error} />
      </div>
    </section>
  );
}
