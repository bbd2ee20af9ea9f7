import { useId } from 'react';
import type { ExerciseDataOf } from '@shared/exercises';
import { ApologyChecks } from './ApologyChecks';
import { EditableList } from './EditableList';

type Data = ExerciseDataOf<'apology-workshop'>;

/** A draft apology with gentle checks, and the commitments that give it weight. */
export function ApologyWorkshop({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  return (
    <div className="apology-workshop stack">
      <div className="stack tight">
        <label htmlFor={`${id}-draft`}>Your apology draft</label>
        <textarea
          id={`${id}-draft`}
          rows={8}
          value={data.draft}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ ...data, draft: event.target.value })}
        />
        <p id={`${id}-hint`} className="quiet">
          Mend reads the draft on this computer only and points out phrases that often land as excuses. It
          never stops you; you decide what to keep.
        </p>
      </div>
      <ApologyChecks draft={data.draft} />
      <div className="two-lists">
        <EditableList
          title="How I should have acted"
          itemLabel="How I should have acted"
          addLabel="Add a line"
          items={data.shouldHave}
          onChange={(shouldHave) => onChange({ ...data, shouldHave })}
        />
        <EditableList
          title="What I will do from now on"
          itemLabel="Commitment"
          addLabel="Add a commitment"
          items={data.fromNowOn}
          onChange={(fromNowOn) => onChange({ ...data, fromNowOn })}
        />
      </div>
    </div>
  );
}
