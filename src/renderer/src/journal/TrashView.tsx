import { useState } from 'react';
import { call } from '../api';
import { useAsync } from '../useAsync';
import { formatDay } from '@shared/dates';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { NotReady } from '../components/NotReady';

interface Props {
  onRestored(id: number): void;
  onChanged(): void;
}

/** The trash: restore an entry, or erase it for good. Entries are erased after 30 days. */
export function TrashView({ onRestored, onChanged }: Props) {
  const [version, setVersion] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const action = useBusyAction();
  const { error } = action;
  const trash = useAsync(() => call('journal.trashList'), [version]);

  // The buttons stay enabled (a disabled button would drop the keyboard focus); a second
  // click while one change is under way is refused by the action.
  const run = (work: () => Promise<unknown>) =>
    action.run(async () => {
      await work();
      setVersion((v) => v + 1);
      onChanged();
    });

  if (trash.status !== 'ready') return <NotReady state={trash} waiting="Opening the trash…" />;
  const { items, keepDays } = trash.value;

  return (
    <section className="trash" aria-labelledby="trash-title">
      <h1 id="trash-title">Trash</h1>
      <p className="quiet">Deleted entries stay here for {keepDays} days, then they are erased for good.</p>
      <FieldError error={error} />
      {items.length === 0 ? (
        <p className="quiet">The trash is empty.</p>
      ) : (
        <>
          <ul className="trash-list" aria-label="Deleted entries">
            {items.map((item) => (
              <li key={item.id} className="trash-item">
                <div>
                  <strong>{item.title || item.excerpt || 'Untitled'}</strong>
                  <span className="quiet"> · {formatDay(item.date, { month: 'short' })}</span>
                </div>
                <div className="row">
                  <button
                    type="button"
                    onClick={() =>
                      void run(async () => {
                        await call('journal.restore', { id: item.id });
                        onRestored(item.id);
                      })
                    }
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    onClick={() => void run(() => call('journal.erase', { id: item.id }))}
                  >
                    Erase now
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div className="row confirm" role="group" aria-label="Confirm emptying the trash">
              <span>
                Erase {items.length} {items.length === 1 ? 'entry' : 'entries'} for good? This cannot be
                undone.
              </span>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => void run(() => call('journal.erase', {})).then(() => setConfirming(false))}
              >
                Erase for good
              </button>
            </div>
          ) : (
            <div className="row">
              <button type="button" onClick={() => setConfirming(true)}>
                Empty the trash
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
