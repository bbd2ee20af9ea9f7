import { useId, useState } from 'react';
import { isValidLocalDate, type LocalDate } from '@shared/dates';

interface Props {
  date: LocalDate;
  today: LocalDate;
  onChange(date: LocalDate): void;
}

/** Which day the form is for: today, or an earlier day to fill in or change. */
export function DayPicker({ date, today, onChange }: Props) {
  const id = useId();
  const [refused, setRefused] = useState(false);
  return (
    <div className="day-picker">
      <label htmlFor={id}>Day</label>
      <input
        id={id}
        type="date"
        max={today}
        value={date}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = event.target.value;
          if (!isValidLocalDate(value)) return;
          setRefused(value > today);
          if (value <= today) onChange(value);
        }}
      />
      {date !== today && (
        <button type="button" onClick={() => onChange(today)}>
          Back to today
        </button>
      )}
      <p className="field-hint" id={`${id}-hint`} role={refused ? 'alert' : undefined}>
        {refused
          ? 'A check-in can be for today or an earlier day.'
          : 'To fill in an earlier day or change an answer, pick the day here.'}
      </p>
    </div>
  );
}
