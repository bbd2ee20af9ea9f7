import type { ExerciseDataOf, LingerEntry } from '@shared/exercises';
import { DatedEntryList } from './DatedEntryList';

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
  return (
    <DatedEntryList<LingerEntry>
      legend="When the feeling came back"
      className="linger-reflection"
      addLabel="Trace a feeling from today"
      entries={data.entries}
      onChange={(entries) => onChange({ ...data, entries })}
      blank={{ before: '', body: '', thought: '', source: 'unsure', helps: '' }}
      firstField="before"
    >
      {(entry, update, fieldId) => {
        const texts = (fields: readonly (typeof TEXT_FIELDS)[number][]) =>
          fields.map(([field, label]) => (
            <EntryText
              key={field}
              id={fieldId(field)}
              label={label}
              value={entry[field]}
              onChange={(value) => update({ [field]: value })}
            />
          ));
        return (
          <>
            {texts(TEXT_FIELDS.slice(0, 3))}
            <fieldset className="choices-inline">
              <legend>Is this about my partner now, or something older?</legend>
              {SOURCES.map(([source, label]) => (
                <label key={source} className="choice">
                  <input
                    type="radio"
                    name={fieldId('source')}
                    checked={entry.source === source}
                    onChange={() => update({ source })}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            {texts(TEXT_FIELDS.slice(3))}
          </>
        );
      }}
    </DatedEntryList>
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
