import { useId } from 'react';
import type { DatedEntry } from '@shared/exercises';
import { LogEntryHead } from './LogEntryHead';
import { formatDay, today } from '@shared/dates';
import { addThenFocus, newItemId } from './ids';

interface Props {
  title: string;
  textLabel: string;
  addLabel: string;
  entries: readonly DatedEntry[];
  onChange(entries: DatedEntry[]): void;
}

/** Dated entries, newest first: a listening log, milestones, daily notes. */
export function DatedLog({ title, textLabel, addLabel, entries, onChange }: Props) {
  const id = useId();
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  const update = (entryId: string, patch: Partial<DatedEntry>) =>
    onChange(entries.map((entry) => (entry.id === entryId ? { ...entry, ...patch } : entry)));

  function add() {
    const entry = { id: newItemId(), date: today(), text: '' };
    addThenFocus(() => onChange([entry, ...entries]), `${id}-${entry.id}-text`);
  }

  return (
    <fieldset className="dated-log stack">
      <legend>{title}</legend>
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
              fieldId={`${id}-${entry.id}-date`}
              date={entry.date}
              onDate={(date) => update(entry.id, { date })}
              onRemove={() => onChange(entries.filter((other) => other.id !== entry.id))}
            />
            <label htmlFor={`${id}-${entry.id}-text`}>
              {textLabel} <span className="visually-hidden">({formatDay(entry.date, { month: 'short' })})</span>
            </label>
            <textarea
              id={`${id}-${entry.id}-text`}
              rows={3}
              value={entry.text}
              onChange={(event) => update(entry.id, { text: event.target.value })}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
