import { useId } from 'react';
import type { DisclosureItem, ExerciseDataOf } from '@shared/exercises';
import { formatDay, today } from '@shared/dates';
import { addOnEnter, addThenFocus, newItemId } from './ids';

type Data = ExerciseDataOf<'disclosure-list'>;

/**
 * Things to be honest about: each can be marked "tempted to leave this out", as step 1 asks,
 * and marked once it has been shared. The day it was shared sits in a space kept for it, so
 * ticking "Shared" never changes the width of the item's field. Enter adds the next item.
 */
export function DisclosureList({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  const shared = data.items.filter((item) => item.sharedOn !== null).length;
  const tempted = data.items.filter((item) => item.tempted).length;
  const setItems = (items: DisclosureItem[]) => onChange({ ...data, items });
  const update = (itemId: string, patch: Partial<DisclosureItem>) =>
    setItems(data.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)));

  function add(after?: string) {
    const item = { id: newItemId(), text: '', sharedOn: null, tempted: false };
    const at =
      after === undefined ? data.items.length : data.items.findIndex((other) => other.id === after) + 1;
    addThenFocus(
      () => setItems([...data.items.slice(0, at), item, ...data.items.slice(at)]),
      `${id}-${item.id}`,
    );
  }

  return (
    <fieldset className="disclosure-list stack">
      <legend>What I need to be honest about</legend>
      {data.items.length > 0 && (
        <p className="quiet" role="status">
          {shared} of {data.items.length} shared
          {tempted > 0 && `, ${tempted} marked as tempted to leave out`}
        </p>
      )}
      <ol className="stack tight">
        {data.items.map((item, index) => (
          <li key={item.id} className="list-row disclosure-row">
            <input
              id={`${id}-${item.id}`}
              aria-label={`Item ${index + 1}`}
              value={item.text}
              onChange={(event) => update(item.id, { text: event.target.value })}
              onKeyDown={(event) => addOnEnter(event, () => add(item.id))}
            />
            <label className="choice">
              <input
                type="checkbox"
                checked={item.tempted}
                onChange={(event) => update(item.id, { tempted: event.target.checked })}
              />
              <span>
                Tempted to leave out<span className="visually-hidden"> (item {index + 1})</span>
              </span>
            </label>
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
            <span className="quiet shared-on">
              {item.sharedOn === null ? '' : formatDay(item.sharedOn, { month: 'short' })}
            </span>
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
        <button type="button" onClick={() => add()}>
          Add an item
        </button>
      </div>
    </fieldset>
  );
}
