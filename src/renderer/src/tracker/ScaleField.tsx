import { useId } from 'react';

interface Props {
  label: string;
  /** Words for the two ends, e.g. ["not at all", "fully"]. */
  ends: readonly [string, string];
  /** Null until the person touches the slider: nothing is preselected. */
  value: number | null;
  onChange(value: number): void;
  min?: number;
  max?: number;
}

/**
 * A 0..10 slider with its number shown beside it; the arrow keys move it one step. Until it is
 * touched it has no answer: no thumb, "not answered yet" for screen readers, and a click
 * anywhere on it (even the middle) or an arrow key gives the first answer.
 */
export function ScaleField({ label, ends, value, onChange, min = 0, max = 10 }: Props) {
  const id = useId();
  const middle = Math.round((min + max) / 2);
  const untouched = value === null;
  const answer = (event: { currentTarget: HTMLInputElement }) => {
    if (untouched) onChange(Number(event.currentTarget.value));
  };
  return (
    <div className="scale-field">
      <label htmlFor={id}>{label}</label>
      <div className="scale-row">
        <span className="scale-end" aria-hidden="true">
          {min} {ends[0]}
        </span>
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          className={untouched ? 'untouched' : undefined}
          value={value ?? middle}
          aria-valuetext={untouched ? 'Not answered yet' : `${value} of ${max}`}
          aria-describedby={`${id}-ends`}
          onChange={(event) => onChange(Number(event.target.value))}
          // A click on the thumb's resting place changes nothing, so no change event: answer on release.
          onPointerUp={answer}
          onKeyUp={(event) => {
            // Only keys that move a slider answer it; Tab arriving here does not.
            if (/^(Arrow|Page|Home$|End$)/.test(event.key)) answer(event);
          }}
        />
        <span className="scale-end" aria-hidden="true">
          {max} {ends[1]}
        </span>
        <output htmlFor={id} className="scale-value">
          {untouched ? '–' : value}
        </output>
      </div>
      <span id={`${id}-ends`} className="visually-hidden">
        {min} means {ends[0]}, {max} means {ends[1]}.
      </span>
    </div>
  );
}
