import { useId } from 'react';
import type { EntryFilter } from '@shared/ipc/contracts/journal';
import { call } from '../api';
import { useAsync } from '../useAsync';
import { useStepChoices } from './stepChoices';
import { StepPicker } from './StepPicker';

interface Props {
  filter: EntryFilter;
  onChange(filter: EntryFilter): void;
  version: number;
}

/** The filter with `key` set to `value`, or without `key` when the value is empty. */
function withValue(filter: EntryFilter, key: keyof EntryFilter, value: string): EntryFilter {
  const next: EntryFilter = Object.fromEntries(Object.entries(filter).filter(([name]) => name !== key));
  return value === '' ? next : { ...next, [key]: value };
}

/** Narrow the timeline by tag, linked step and dates. */
export function Filters({ filter, onChange, version }: Props) {
  const id = useId();
  const tags = useAsync(() => call('journal.tags'), [version]);
  const tagList = tags.status === 'ready' ? tags.value.tags : [];
  const steps = useStepChoices();
  const active = Object.keys(filter).length > 0;

  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Filter entries</legend>
      <label htmlFor={`${id}-tag`}>Tag</label>
      <select
        id={`${id}-tag`}
        value={filter.tag ?? ''}
        onChange={(event) => onChange(withValue(filter, 'tag', event.target.value))}
      >
        <option value="">All tags</option>
        {tagList.map(({ tag, count }) => (
          <option key={tag} value={tag}>
            {tag} ({count})
          </option>
        ))}
        {filter.tag !== undefined && !tagList.some(({ tag }) => tag === filter.tag) && (
          <option value={filter.tag}>{filter.tag}</option>
        )}
      </select>
      <label htmlFor={`${id}-step`}>Step</label>
      <StepPicker
        id={`${id}-step`}
        choices={steps}
        value={filter.stepId ?? ''}
        noneLabel="Any step"
        onChange={(stepId) => onChange(withValue(filter, 'stepId', stepId))}
      />
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filter.from ?? ''}
        onChange={(event) => onChange(withValue(filter, 'from', event.target.value))}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input
        id={`${id}-to`}
        type="date"
        value={filter.to ?? ''}
        onChange={(event) => onChange(withValue(filter, 'to', event.target.value))}
      />
      {active && (
        <button type="button" className="link" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
