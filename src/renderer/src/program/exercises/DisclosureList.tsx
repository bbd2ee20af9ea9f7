import type { DisclosureItem, ExerciseDataOf } from '@shared/exercises';
import { formatDay, today } from '@shared/dates';
import { EditableList } from './EditableList';

type Data = ExerciseDataOf<'disclosure-list'>;

/**
 * Things to be honest about: each can be marked "tempted to leave this out", as step 1 asks,
 * and marked once it has been shared. The day it was shared sits in a space kept for it, so
 * ticking "Shared" never changes the width of the item's field. Enter adds the next item.
 */
export function DisclosureList({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const shared = data.items.filter((item) => item.sharedOn !== null).length;
  const tempted = data.items.filter((item) => item.tempted).length;
  return (
    <EditableList<DisclosureItem>
      title="What I need to be honest about"
      className="disclosure-list"
      itemLabel="Item"
      addLabel="Add an item"
      items={data.items}
      onChange={(items) => onChange({ ...data, items })}
      blank={{ sharedOn: null, tempted: false }}
      summary={
        data.items.length > 0 && (
          <p className="quiet" role="status">
            {shared} of {data.items.length} shared
            {tempted > 0 && `, ${tempted} marked as tempted to leave out`}
          </p>
        )
      }
    >
      {(item, update, index) => (
        <>
          <label className="choice">
            <input
              type="checkbox"
              checked={item.tempted}
              onChange={(event) => update({ tempted: event.target.checked })}
            />
            <span>
              Tempted to leave out<span className="visually-hidden"> (item {index + 1})</span>
            </span>
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={item.sharedOn !== null}
              onChange={(event) => update({ sharedOn: event.target.checked ? today() : null })}
            />
            <span>
              Shared<span className="visually-hidden"> (item {index + 1})</span>
            </span>
          </label>
          <span className="quiet shared-on">
            {item.sharedOn === null ? '' : formatDay(item.sharedOn, { month: 'short' })}
          </span>
        </>
      )}
    </EditableList>
  );
}
