import { formatDay } from '@shared/dates';

interface Props {
  /** Id of the date field (its label points at it). */
  fieldId: string;
  date: string;
  onDate(date: string): void;
  onRemove(): void;
}

/** The first line of a dated log entry: its day, editable, and a way to remove it. */
export function LogEntryHead({ fieldId, date, onDate, onRemove }: Props) {
  return (
    <div className="log-entry-head">
      <label htmlFor={fieldId} className="visually-hidden">
        Date
      </label>
      <input
        type="date"
        id={fieldId}
        className="date-input"
        value={date}
        required
        onChange={(event) => event.target.value !== '' && onDate(event.target.value)}
      />
      <button type="button" aria-label={`Remove the entry of ${formatDay(date, { month: 'short' })}`} onClick={onRemove}>
        Remove
      </button>
    </div>
  );
}
