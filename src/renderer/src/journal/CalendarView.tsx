import { useState } from 'react';
import { call, friendlyMessage } from '../api';
import { useAsync } from '../useAsync';
import { addMonths, formatDay, formatMonth, today as todayOf } from '@shared/dates';
import { monthGrid } from './monthGrid';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface Props {
  /** The day currently chosen as the date filter, if a single day is chosen. */
  selectedDay: string | null;
  onPickDay(date: string): void;
  /** Changes when entries change, so the marks follow. */
  version: number;
}

/** A month at a time; days that have entries are marked and can be picked. */
export function CalendarView({ selectedDay, onPickDay, version }: Props) {
  const [month, setMonth] = useState(() => (selectedDay ?? todayOf()).slice(0, 7));
  const days = useAsync(() => call('journal.calendar', { month }), [month, version]);
  const counts = new Map(days.status === 'ready' ? days.value.days.map((day) => [day.date, day.count]) : []);
  const grid = monthGrid(month);
  const today = todayOf();

  return (
    <section className="calendar" aria-label="Calendar">
      <div className="calendar-head">
        <button type="button" onClick={() => setMonth(addMonths(month, -1))} aria-label="Previous month">
          ‹
        </button>
        <h3 aria-live="polite">{formatMonth(month)}</h3>
        <button type="button" onClick={() => setMonth(addMonths(month, 1))} aria-label="Next month">
          ›
        </button>
      </div>
      {days.status === 'error' && <p role="alert">{friendlyMessage(days.error)}</p>}
      <div className="calendar-grid" role="grid" aria-label={formatMonth(month)}>
        <div role="row" className="calendar-row">
          {WEEKDAYS.map((day) => (
            <span key={day} role="columnheader" className="calendar-weekday">
              {day}
            </span>
          ))}
        </div>
        <div role="row" className="calendar-row calendar-days">
          {Array.from({ length: grid.leadingBlanks }, (_, i) => (
            <span key={`blank-${i}`} role="gridcell" />
          ))}
          {grid.days.map((date) => {
            const count = counts.get(date) ?? 0;
            const label = `${formatDay(date, { month: 'short' })}${count > 0 ? `, ${count} ${count === 1 ? 'entry' : 'entries'}` : ''}`;
            return (
              <span key={date} role="gridcell">
                <button
                  type="button"
                  className={`calendar-day${count > 0 ? ' has-entries' : ''}${date === today ? ' today' : ''}`}
                  aria-label={label}
                  aria-pressed={date === selectedDay}
                  onClick={() => onPickDay(date)}
                >
                  {Number(date.slice(8))}
                </button>
              </span>
            );
          })}
        </div>
      </div>
    </section>
  );
}
