import { useDeferredValue, useId, useMemo } from 'react';
import { checkApology } from '@shared/apology/checkApology';
import type { ExerciseDataOf } from '@shared/exercises';
import { ApologyChecks } from './ApologyChecks';
import { EditableList } from './EditableList';
import { HighlightedDraft } from './HighlightedDraft';

type Data = ExerciseDataOf<'apology-workshop'>;

/** A draft apology with gentle checks, and the commitments that give it weight. */
export function ApologyWorkshop({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  // Checked a beat behind the typing, so a long draft never slows a keystroke.
  const deferred = useDeferredValue(data.draft);
  const flags = useMemo(() => checkApology(deferred), [deferred]);
  return (
    <div className="apology-workshop stack">
      <HighlightedDraft
        id={`${id}-draft`}
        label="Your apology draft"
        value={data.draft}
        // Highlights from an older draft would sit on the wrong words: none until they catch up.
        flags={deferred === data.draft ? flags : []}
        describedBy={`${id}-hint`}
        onChange={(draft) => onChange({ ...data, draft })}
      />
      <p id={`${id}-hint`} className="quiet">
        Mend reads the draft on this computer only and marks phrases that often land as excuses. It never
        stops you; you decide what to keep.
      </p>
      <ApologyChecks draft={deferred} flags={flags} />
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
