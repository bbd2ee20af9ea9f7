import { useId } from 'react';
import {
  emptyToolEntry,
  type ToolEntries as EntriesSpec,
  type ToolEntry,
  type ToolKind,
} from '@shared/exerciseTools';
import { LogEntryHead } from './LogEntryHead';
import { daysBetween, formatDay, today } from '@shared/dates';
import { addOnEnter, addThenFocus, newItemId } from './ids';

interface Props {
  kind: ToolKind;
  spec: EntriesSpec;
  entries: readonly ToolEntry[];
  onChange(entries: ToolEntry[]): void;
}

/**
 * A tool's list or dated log, from its description: a log shows newest first with the same
 * dated header as the listening log; a list keeps the order written, and Enter in an item's
 * line adds the next one. Each entry has its texts, its ticks and its mark.
 */
export function ToolEntries({ kind, spec, entries, onChange }: Props) {
  const id = useId();
  const shown = spec.dated
    ? [...entries].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    : entries;
  const fieldId = (entryId: string, key: string) => `${id}-${entryId}-${key}`;
  const firstKey = spec.texts[0]?.key ?? 'text';
  const update = (entryId: string, patch: (entry: ToolEntry) => ToolEntry) =>
    onChange(entries.map((entry) => (entry.id === entryId ? patch(entry) : entry)));

  function add(after?: string) {
    const entry = emptyToolEntry(kind, newItemId(), today());
    const at = after === undefined ? -1 : entries.findIndex((other) => other.id === after);
    const next = spec.dated
      ? [entry, ...entries]
      : at === -1
        ? [...entries, entry]
        : [...entries.slice(0, at + 1), entry, ...entries.slice(at + 1)];
    addThenFocus(() => onChange(next), fieldId(entry.id, firstKey));
  }

  const marked = entries.filter((entry) => entry.done).length;
  return (
    <fieldset className="tool-entries stack">
      <legend>{spec.legend}</legend>
      {spec.mark !== undefined && entries.length > 0 && (
        <p className="quiet" role="status">
          {marked} of {entries.length} {spec.mark.label.toLowerCase()}
        </p>
      )}
      {spec.dated && (
        <div>
          <button type="button" onClick={() => add()}>
            {spec.addLabel}
          </button>
        </div>
      )}
      {entries.length === 0 && <p className="quiet">Nothing here yet.</p>}
      <ol className="stack">
        {shown.map((entry, index) => {
          const name =
            entry.date === null
              ? `${spec.noun} ${index + 1}`
              : `${spec.noun} of ${formatDay(entry.date, { month: 'short' })}`;
          return (
            <li key={entry.id} className="log-entry stack tight" data-entry={index + 1}>
              {entry.date !== null ? (
                <LogEntryHead
                  fieldId={fieldId(entry.id, 'date')}
                  date={entry.date}
                  onDate={(date) => update(entry.id, (current) => ({ ...current, date }))}
                  onRemove={() => onChange(entries.filter((other) => other.id !== entry.id))}
                />
              ) : null}
              {spec.texts.map((field, fieldIndex) => {
                const inputId = fieldId(entry.id, field.key);
                const value = entry.texts[field.key] ?? '';
                const set = (text: string) =>
                  update(entry.id, (current) => ({
                    ...current,
                    texts: { ...current.texts, [field.key]: text },
                  }));
                if (entry.date === null && fieldIndex === 0) {
                  // A list item's line: numbered for screen readers, Enter adds the next one.
                  return (
                    <div key={field.key} className="list-row">
                      <input
                        id={inputId}
                        aria-label={`${spec.noun} ${index + 1}`}
                        value={value}
                        onChange={(event) => set(event.target.value)}
                        onKeyDown={(event) => addOnEnter(event, () => add(entry.id))}
                      />
                      <button
                        type="button"
                        aria-label={`Remove ${spec.noun.toLowerCase()} ${index + 1}`}
                        onClick={() => onChange(entries.filter((other) => other.id !== entry.id))}
                      >
                        Remove
                      </button>
                    </div>
                  );
                }
                return (
                  <div key={field.key} className="stack tight">
                    <label htmlFor={inputId}>
                      {field.label} <span className="visually-hidden">({name})</span>
                    </label>
                    {field.line === true ? (
                      <input id={inputId} value={value} onChange={(event) => set(event.target.value)} />
                    ) : (
                      <textarea
                        id={inputId}
                        rows={2}
                        value={value}
                        onChange={(event) => set(event.target.value)}
                      />
                    )}
                  </div>
                );
              })}
              {spec.checks !== undefined && (
                <fieldset className="choices-inline">
                  <legend>
                    {spec.checks.legend} <span className="visually-hidden">({name})</span>
                  </legend>
                  {spec.checks.options.map((option) => (
                    <label key={option.key} className="choice">
                      <input
                        type="checkbox"
                        checked={entry.checks[option.key] === true}
                        onChange={(event) =>
                          update(entry.id, (current) => ({
                            ...current,
                            checks: { ...current.checks, [option.key]: event.target.checked },
                          }))
                        }
                      />
                      <span>{option.label}</span>
                    </label>
                  ))}
                </fieldset>
              )}
              {spec.mark !== undefined && (
                <EntryMark
                  mark={spec.mark}
                  entry={entry}
                  name={name}
                  fieldId={fieldId(entry.id, 'done-on')}
                  onChange={(patch) => update(entry.id, (current) => ({ ...current, ...patch }))}
                />
              )}
            </li>
          );
        })}
      </ol>
      {!spec.dated && (
        <div>
          <button type="button" onClick={() => add()}>
            {spec.addLabel}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** The entry's mark: a tick, and for a dated mark the day it was done (today, changeable). */
function EntryMark({
  mark,
  entry,
  name,
  fieldId,
  onChange,
}: {
  mark: NonNullable<EntriesSpec['mark']>;
  entry: ToolEntry;
  name: string;
  fieldId: string;
  onChange(patch: Pick<ToolEntry, 'done' | 'doneOn'>): void;
}) {
  return (
    <div className="entry-mark">
      <label className="choice">
        <input
          type="checkbox"
          checked={entry.done}
          onChange={(event) =>
            onChange({
              done: event.target.checked,
              doneOn: event.target.checked && mark.dated ? today() : null,
            })
          }
        />
        <span>
          {mark.label}
          <span className="visually-hidden"> ({name})</span>
        </span>
      </label>
      {mark.dated && entry.done && entry.doneOn !== null && (
        <>
          <label htmlFor={fieldId} className="visually-hidden">
            {mark.label} on ({name})
          </label>
          <input
            type="date"
            id={fieldId}
            className="date-input"
            value={entry.doneOn}
            required
            onChange={(event) =>
              event.target.value !== '' && onChange({ done: true, doneOn: event.target.value })
            }
          />
          <DisclosureDelay from={entry.date} to={entry.doneOn} />
        </>
      )}
    </div>
  );
}

/** "Told the same day" / "Told 3 days later": the promise is within a day, so the gap is shown. */
function DisclosureDelay({ from, to }: { from: string | null; to: string }) {
  if (from === null) return null;
  const days = daysBetween(from, to);
  const words = days <= 0 ? 'the same day' : days === 1 ? 'the next day' : `${days} days later`;
  return <span className="quiet">Told {words}</span>;
}
