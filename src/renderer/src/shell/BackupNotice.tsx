import { call } from '../api';
import { useAsync } from '../useAsync';
import { hrefFor } from './useHashRoute';
import './backupNotice.css';

/**
 * A quiet line under the top bar when the last backup failed or the newest is more than a
 * week old. Nothing when all is well.
 */
export function BackupNotice() {
  const overview = useAsync(() => call('backup.list'), []);
  if (overview.status !== 'ready') return null;
  const { lastFailure, stale } = overview.value;
  if (lastFailure === null && !stale) return null;
  return (
    <p className="backup-notice" role="status">
      {lastFailure !== null
        ? 'Mend could not make its latest backup. Your earlier backups are safe.'
        : 'Your newest backup is more than a week old.'}{' '}
      <a href={hrefFor(['settings'])}>See backups</a>
    </p>
  );
}
