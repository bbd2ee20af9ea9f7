import { formatDay } from '@shared/dates';
import { call, friendlyMessage } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import { useAsync } from '../useAsync';

const RECENT = 3;

/** The last few journal entries, each a way back into it, and a way to write a new one. */
export function RecentEntries() {
  const recent = useAsync(() => call('journal.list', { limit: RECENT }), []);
  return (
    <section className="card stack home-card" aria-labelledby="home-journal">
      <h2 id="home-journal">Your journal</h2>
      {recent.status === 'loading' && <p className="status">One moment…</p>}
      {recent.status === 'error' && <p role="alert">{friendlyMessage(recent.error)}</p>}
      {recent.status === 'ready' &&
        (recent.value.items.length === 0 ? (
          <p className="quiet">Nothing written yet. Whatever today brought, it can start here.</p>
        ) : (
          <ul className="home-entries" aria-label="Latest entries">
            {recent.value.items.map((entry) => (
              <li key={entry.id}>
                <a href={hrefFor(['journal', 'entry', String(entry.id)])}>
                  <span className="home-entry-title">{entry.title || entry.excerpt || 'Untitled'}</span>
                  <span className="home-entry-date">{formatDay(entry.date, { month: 'short' })}</span>
                </a>
              </li>
            ))}
          </ul>
        ))}
      <p className="row start">
        <a className="button-link" href={hrefFor(['journal', 'new'])}>
          Write a new entry
        </a>
        {recent.status === 'ready' && recent.value.total > RECENT && (
          <a href={hrefFor(['journal'])}>All {recent.value.total} entries</a>
        )}
      </p>
    </section>
  );
}
