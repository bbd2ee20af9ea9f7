import { useId, type ReactNode } from 'react';
import { today } from '@shared/dates';
import { addThenFocus, newItemId } from './ids';
import { LogEntryHead } from './LogEntryHead';

interface Dated {
  id: string;
  date: string;
}

interface Props<T extends Dated> {
  legend: string;
  className: string;
  addLabel: string;
  entries: readonly T[];
  onChange(entries: T[]): void;
  /** A new, empty entry for today (its id and date are filled in here). */
  blank: Omit<T, 'id' | 'date'>;
  /** The field of a new entry that takes the focus, e.g. "text" (its id is `${entryId}-${field}`). */
  firstField: string;
  /** An entry's own fields, below its day and Remove button; `fieldId(name)` names their ids. */
  children(entry: T, update: (patch: Partial<T>) => void, fieldId: (field: string) => string): ReactNode;
}

/**
 * The frame of every dated log in the tools (a listening log, milestones, the feelings that
 * came back): newest first, an "add" that puts the caret in the new entry, and per entry its
 * day, editable, with a way to remove it.
 */
export function DatedEntryList<T extends Dated>({
  legend,
  className,
  addLabel,
  entries,
  onChange,
  blank,
  firstField,
  children,
}: Props<T>) {
  const id = useId();
  const fieldId = (entryId: string) => (field: string) => `${id}-${entryId}-${field}`;
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  const update = (entryId: string) => (patch: Partial<T>) =>
    onChange(entries.map((entry) => (entry.id === entryId ? { ...entry, ...patch } : entry)));

  function add() {
    const entry = { ...blank, id: newItemId(), date: today() } as T;
    addThenFocus(() => onChange([entry, ...entries]), fieldId(entry.id)(firstField));
  }

  return (
    <fieldset className={`${className} stack`}>
      <legend>{legend}</legend>
      <div>
        <button type="button" onClick={add}>
          {addLabel}
        </button>
      </div>
      {sorted.length === 0 && <p className="quiet">Nothing here yet.</p>}
      <ol className="stack">
        {sorted.map((entry) => (
          <li key={entry.id} className="log-entry stack tight">
            <LogEntryHead
              fieldId={fieldId(entry.id)('date')}
              date={entry.date}
              onDate={(date) => update(entry.id)({ date } as Partial<T>)}
              onRemove={() => onChange(entries.filter((other) => other.id !== entry.id))}
            />
            {children(entry, update(entry.id), fieldId(entry.id))}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
