import { useState } from 'react';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { useAsync } from '../useAsync';

/**
 * After the journal got a new key: backups made before still open with the old passphrase
 * and recovery key (that is what makes an old backup useful). Said plainly, with the choice
 * to delete them.
 */
export function OldBackupsNotice() {
  const overview = useAsync(() => call('backup.list'), []);
  const [deleted, setDeleted] = useState(false);
  const { busy, error, run } = useBusyAction();
  if (overview.status !== 'ready') return null;
  const old = overview.value.backups.filter((backup) => backup.underOldKey).length;
  if (deleted) return <p role="status">The old backups are deleted.</p>;
  if (old === 0) return null;
  return (
    <div className="stack gentle" data-testid="old-backups">
      <p>
        {old === 1 ? 'One backup was' : `${old} backups were`} made with the old key. Anyone with your old
        passphrase or old recovery key and a copy of {old === 1 ? 'it' : 'them'} could read what you wrote up to
        then. Your new journal key does not change that.
      </p>
      <p>
        If you do not need {old === 1 ? 'it' : 'them'}, delete {old === 1 ? 'it' : 'them'} now. Copies you made
        yourself (an encrypted .mend file, for example) stay under the old key too.
      </p>
      <FieldError error={error} />
      <div className="row start">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await call('backup.deleteOld');
              setDeleted(true);
            })
          }
        >
          {busy ? 'Deleting…' : old === 1 ? 'Delete the old backup' : 'Delete the old backups'}
        </button>
      </div>
    </div>
  );
}
