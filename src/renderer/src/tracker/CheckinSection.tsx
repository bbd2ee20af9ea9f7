import { useId } from 'react';
import type { TrackId } from '@shared/ipc/contract';
import { formatDay, type LocalDate } from '@shared/dates';
import { call, friendlyMessage } from '../api';
import { useAsync } from '../useAsync';
import { CheckinForm } from './CheckinForm';
import { DayPicker } from './DayPicker';

interface Props {
  track: TrackId;
  today: LocalDate;
  /** The day shown; the screen holds it, so a day in the year grid can open here. */
  date: LocalDate;
  onDateChange(date: LocalDate): void;
  onChanged(): void;
}

/** The day picker and that day's form, loaded fresh whenever the day or track changes. */
export function CheckinSection({ track, today, date, onDateChange: setDate, onChanged }: Props) {
  const id = useId();
  const saved = useAsync(
    () => call('tracker.get', { track, date }).then(({ checkin }) => ({ track, date, checkin })),
    [track, date],
  );
  // useAsync keeps the last answer while the next loads: only use one for this very day.
  const current = saved.status === 'ready' && saved.value.track === track && saved.value.date === date;
  return (
    <section className="card checkin-section" aria-labelledby={`${id}-title`} data-testid="checkin-section">
      <h2 id={`${id}-title`} tabIndex={-1}>
        {date === today ? 'Today’s check-in' : `Check-in for ${formatDay(date, { month: 'short' })}`}
      </h2>
      <DayPicker date={date} today={today} onChange={setDate} />
      {saved.status === 'error' ? (
        <p role="alert">{friendlyMessage(saved.error)}</p>
      ) : current ? (
        <CheckinForm
          key={`${track}|${date}`}
          track={track}
          date={date}
          today={today}
          initial={saved.value.checkin}
          labelledBy={`${id}-title`}
          onChanged={onChanged}
        />
      ) : (
        <p className="status" role="status">
          One moment…
        </p>
      )}
    </section>
  );
}
