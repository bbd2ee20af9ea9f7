import { formatDay } from '@shared/dates';
import { call, friendlyMessage } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import { useAsync } from '../useAsync';

const SHOWN = 20;

/** The journal entries linked to a step, and a way to write a new one about it. */
export function StepEntries({ stepId }: { stepId: string }) {
  const linked = useAsync(() => call('journal.list', { filter: { stepId }, limit: SHOWN }), [stepId]);
  return (
    <section className="stack step-entries" aria-labelledby="step-entries">
      <h2 id="step-entries">Your journal about this step</h2>
      {linked.status === 'error' && <p role="alert">{friendlyMessage(linked.error)}</p>}
      {linked.status === 'ready' &&
        (linked.value.items.length === 0 ? (
          <p className="quiet">No journal entries are linked to this step yet.</p>
        ) : (
          <ul className="step-entry-list" aria-label="Entries linked to this step">
            {linked.value.items.map((entry) => (
              <li key={entry.id}>
                <a href={hrefFor(['journal', 'entry', String(entry.id)])}>
                  {entry.title || entry.excerpt || 'Untitled'}
                </a>{' '}
                <span className="quiet">{formatDay(entry.date, { month: 'short' })}</span>
              </li>
            ))}
          </ul>
        ))}
      {linked.status === 'ready' && linked.value.total > SHOWN && (
        <p className="quiet">
          The newest {SHOWN} of {linked.value.total}; the journal’s step filter shows them all.
        </p>
      )}
      <p>
        <a className="button-link" href={hrefFor(['journal', 'new', stepId])}>
          Write about this step
        </a>
      </p>
    </section>
  );
}
