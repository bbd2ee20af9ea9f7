import { useId } from 'react';
import type { ExportInclude } from '@shared/export/exportModel';
import type { ExportChoices } from '@shared/ipc/contract';
import { journalIncluded, stepsNarrowed, toggled, type ExportForm } from './exportForm';

interface Props {
  form: ExportForm;
  choices: ExportChoices;
  onChange(next: ExportForm): void;
}

const PARTS: { key: keyof ExportInclude; label: string; journal: boolean }[] = [
  { key: 'entries', label: 'Journal entries', journal: true },
  { key: 'notes', label: 'Step notes', journal: false },
  { key: 'exercises', label: 'Exercises', journal: false },
  { key: 'tracker', label: 'Check-ins and charts', journal: true },
];

/** What goes into a PDF or Markdown export: the parts, the period, the tracks and steps, the tags. */
export function ExportChoicesFields({ form, choices, onChange }: Props) {
  const id = useId();
  const set = (patch: Partial<ExportForm>) => onChange({ ...form, ...patch });
  const narrowed = stepsNarrowed(form, choices);
  const journal = journalIncluded(form, choices);
  return (
    <>
      <fieldset className="export-fieldset">
        <legend>What to include</legend>
        {PARTS.map((part) => (
          <label key={part.key} className="choice">
            <input
              type="checkbox"
              checked={form.include[part.key] && (journal || !part.journal)}
              disabled={part.journal && !journal}
              aria-describedby={part.journal && !journal ? `${id}-steps-only` : undefined}
              onChange={(event) => set({ include: { ...form.include, [part.key]: event.target.checked } })}
            />
            {part.label}
          </label>
        ))}
        {!journal && (
          <p id={`${id}-steps-only`} className="quiet">
            You chose some steps, so the export holds only those steps. To add your journal and check-ins,
            turn on the switch under “Paths and steps”.
          </p>
        )}
      </fieldset>

      <fieldset className="export-fieldset">
        <legend>Period</legend>
        <p className="quiet">Leave both empty for everything.</p>
        <div className="export-dates">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={form.from}
            onChange={(event) => set({ from: event.target.value })}
          />
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={form.to}
            onChange={(event) => set({ to: event.target.value })}
          />
        </div>
      </fieldset>

      <fieldset className="export-fieldset">
        <legend>Paths and steps</legend>
        {choices.tracks.map((track) => {
          const trackOn = form.tracks.includes(track.id);
          return (
            <div key={track.id} className="export-track">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={trackOn}
                  onChange={(event) => set({ tracks: toggled(form.tracks, track.id, event.target.checked) })}
                />
                {track.title}
              </label>
              {trackOn && track.steps.length > 0 && (
                <details className="export-steps">
                  <summary>
                    Choose steps ({track.steps.filter((s) => !form.excludedSteps.includes(s.id)).length} of{' '}
                    {track.steps.length})
                  </summary>
                  {track.steps.map((step) => (
                    <label key={step.id} className="choice">
                      <input
                        type="checkbox"
                        checked={!form.excludedSteps.includes(step.id)}
                        onChange={(event) =>
                          set({ excludedSteps: toggled(form.excludedSteps, step.id, !event.target.checked) })
                        }
                      />
                      Step {step.order}: {step.title}
                    </label>
                  ))}
                </details>
              )}
            </div>
          );
        })}
        {narrowed && (
          <label className="choice switch">
            <input
              type="checkbox"
              role="switch"
              checked={form.withJournal}
              onChange={(event) => set({ withJournal: event.target.checked })}
            />
            Also include journal entries and check-ins
          </label>
        )}
      </fieldset>

      {choices.tags.length > 0 && journal && (
        <fieldset className="export-fieldset">
          <legend>Only entries with these tags</legend>
          <p className="quiet">Choose none for all entries.</p>
          <div className="export-tags">
            {choices.tags.map((tag) => (
              <label key={tag} className="choice tag-choice">
                <input
                  type="checkbox"
                  checked={form.tags.includes(tag)}
                  onChange={(event) => set({ tags: toggled(form.tags, tag, event.target.checked) })}
                />
                <span dir="auto">{tag}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
