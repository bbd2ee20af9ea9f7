import { useId } from 'react';
import type { DisclosureItem, ExerciseDataOf } from '@shared/exercises';
import { formatDay, today } from '@shared/dates';
import { addThenFocus, newItemId } from './ids';

type Data = ExerciseDataOf<'disclosure-list'>;

/** Things to be honest about, each marked once it has been shared. */
export function DisclosureList({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  const shared = data.items.filter((item) => item.sharedOn !== null).length;
  const setItems = (items: DisclosureItem[]) => onChange({ ...data, items });
  const update = (itemId: string, patch: Partial<DisclosureItem>) =>
    setItems(data.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)));

  function add() {
    const item = { id: newItemId(), text: '', sharedOn: null };
    addThenFocus(() => setItems([...data.items, item]), `${id}-${item.id}`);
  }

  return (
    <fieldset className="disclosure-list stack">
      <legend>What I need to be honest about</legend>
      {data.items.length > 0 && (
        <p className="quiet" role="status">
          {shared} of {data.items.length} shared
        </p>
      )}
      <ol className="stack tight">
        {data.items.map((item, index) => (
          <li key={item.id} className="list-row">
            <input
              id={`${id}-${item.id}`}
              aria-label={`Item ${index + 1}`}
              value={item.text}
              onChange={(event) => update(item.id, { text: event.target.value })}
            />
            <label className="choice">
              <input
                type="checkbox"
                checked={item.sharedOn !== null}
                onChange={(event) => update(item.id, { sharedOn: event.target.checked ? today() : null })}
              />
              <span>
                Shared<span className="visually-hidden"> (item {index + 1})</span>
              </span>
            </label>
            {item.sharedOn !== null && <span className="quiet">{formatDay(item.sharedOn, { month: 'short' })}</span>}
            <button
              type="button"
              aria-label={`Remove item ${index + 1}`}
              onClick={() => setItems(data.items.filter((other) => other.id !== item.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" onClick={add}>
          Add an item
        </button>
      </div>
    </fieldset>
  );
}
