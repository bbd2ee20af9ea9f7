import { useId } from 'react';
import type { ExerciseDataOf } from '@shared/exercises';
import { daysBetween, formatDay, today } from '@shared/dates';
import { EXERCISE_LABELS } from '@shared/export/exerciseItems';
import { DatedLog } from './DatedLog';

/** One name for the timeline's first day, on screen, in the exports and in the tracker. */
const PATIENCE_START_LABEL = EXERCISE_LABELS.started;

type Data = ExerciseDataOf<'patience-timeline'>;

function daysSinceWords(startedOn: string): string {
  const days = daysBetween(startedOn, today());
  if (days < 0) return `That day is still to come: ${formatDay(startedOn, { month: 'short' })}.`;
  if (days === 0) return 'The truth came out today.';
  return `${days} ${days === 1 ? 'day' : 'days'} since the truth came out.`;
}

/**
 * The day the truth came out (the same words as the step's instructions), how long ago that
 * is, and the milestones noticed along the way.
 */
export function PatienceTimeline({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  return (
    <div className="patience-timeline stack">
      <div className="stack tight">
        <label htmlFor={`${id}-start`}>{PATIENCE_START_LABEL}</label>
        <input
          type="date"
          id={`${id}-start`}
          className="date-input"
          value={data.startedOn ?? ''}
          onChange={(event) =>
            onChange({ ...data, startedOn: event.target.value === '' ? null : event.target.value })
          }
        />
        {data.startedOn !== null && (
          <p className="days-since" role="status">
            {daysSinceWords(data.startedOn)}
          </p>
        )}
      </div>
      <DatedLog
        title="Milestones"
        textLabel="What happened"
        addLabel="Add a milestone"
        entries={data.milestones}
        onChange={(milestones) => onChange({ ...data, milestones })}
      />
    </div>
  );
}
