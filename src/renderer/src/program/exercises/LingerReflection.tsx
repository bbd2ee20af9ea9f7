import { useId } from 'react';
import type { ExerciseDataOf, LingerEntry } from '@shared/exercises';
import { LogEntryHead } from './LogEntryHead';
import { today } from '@shared/dates';
import { addThenFocus, newItemId } from './ids';

type Data = ExerciseDataOf<'linger-reflection'>;

const TEXT_FIELDS = [
  ['before', 'What happened just before'],
  ['body', 'What I felt in my body'],
  ['thought', 'The thought that came with it'],
  ['helps', 'What might help with it'],
] as const satisfies readonly (readonly [keyof LingerEntry, string])[];

const SOURCES = [
  ['now', 'Mostly about my partner now'],
  ['older', 'Something older'],
  ['unsure', 'Not sure yet'],
] as const satisfies readonly (readonly [LingerEntry['source'], string])[];

/** Tracing a returning feeling: what set it off, where it sits, and whether it is about now. */
export function LingerReflection({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  const sorted = [...data.entries].sort((a, b) => b.date.localeCompare(a.date));
  const update = (entryId: string, patch: Partial<LingerEntry>) =>
    onChange({
      ...data,
      entries: data.entries.map((entry) => (entry.id === entryId ? { ...entry, ...patch } : entry)),
    });

  function add() {
    const entry: LingerEntry = {
      id: newItemId(),
      date: today(),
      before: '',
      body: '',
      thought: '',
      source: 'unsure',
      helps: '',
    };
    addThenFocus(() => onChange({ ...data, entries: [entry, ...data.entries] }), `${id}-${entry.id}-before`);
  }

  return (
    <fieldset className="linger-reflection stack">
      <legend>When the feeling came back</legend>
      <div>
        <button type="button" onClick={add}>
          Trace a feeling from today
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
              onRemove={() =>
                onChange({ ...data, entries: data.entries.filter((other) => other.id !== entry.id) })
              }
            />
            {TEXT_FIELDS.slice(0, 3).map(([field, label]) => (
              <EntryText
                key={field}
                id={`${id}-${entry.id}-${field}`}
                label={label}
                value={entry[field]}
                onChange={(value) => update(entry.id, { [field]: value })}
              />
            ))}
            <fieldset className="choices-inline">
              <legend>Is this about my partner now, or something older?</legend>
              {SOURCES.map(([source, label]) => (
                <label key={source} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${entry.id}-source`}
                    checked={entry.source === source}
                    onChange={() => update(entry.id, { source })}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            {TEXT_FIELDS.slice(3).map(([field, label]) => (
              <EntryText
                key={field}
                id={`${id}-${entry.id}-${field}`}
                label={label}
                value={entry[field]}
                onChange={(value) => update(entry.id, { [field]: value })}
              />
            ))}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

function EntryText({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={value} onChange={(event) => onChange(event.target.value)} />
    </>
  );
}
