import { useId } from 'react';
import type { ExerciseDataOf } from '@shared/exercises';
import { daysBetween, formatDay, today } from '@shared/dates';
import { DatedLog } from './DatedLog';

type Data = ExerciseDataOf<'patience-timeline'>;

function daysSinceWords(startedOn: string): string {
  const days = daysBetween(startedOn, today());
  if (days < 0) return `The work begins on ${formatDay(startedOn)}.`;
  if (days === 0) return 'The work began today.';
  return `${days} ${days === 1 ? 'day' : 'days'} since the work began.`;
}

/** When the work began, how long ago that is, and the milestones noticed along the way. */
export function PatienceTimeline({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  return (
    <div className="patience-timeline stack">
      <div className="stack tight">
        <label htmlFor={`${id}-start`}>The day the work began</label>
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
