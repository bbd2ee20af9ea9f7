import type { DatedEntry } from '@shared/exercises';
import { formatDay } from '@shared/dates';
import { DatedEntryList } from './DatedEntryList';

interface Props {
  title: string;
  textLabel: string;
  addLabel: string;
  entries: readonly DatedEntry[];
  onChange(entries: DatedEntry[]): void;
}

/** Dated entries, newest first: a listening log, milestones, daily notes. */
export function DatedLog({ title, textLabel, addLabel, entries, onChange }: Props) {
  return (
    <DatedEntryList
      legend={title}
      className="dated-log"
      addLabel={addLabel}
      entries={entries}
      onChange={onChange}
      blank={{ text: '' }}
      firstField="text"
    >
      {(entry, update, fieldId) => (
        <>
          <label htmlFor={fieldId('text')}>
            {textLabel} <span className="visually-hidden">({formatDay(entry.date, { month: 'short' })})</span>
          </label>
          <textarea
            id={fieldId('text')}
            rows={3}
            value={entry.text}
            onChange={(event) => update({ text: event.target.value })}
          />
        </>
      )}
    </DatedEntryList>
  );
}
