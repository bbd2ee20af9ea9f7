import { useId } from 'react';

interface Props {
  label: string;
  /** Words for the two ends, e.g. ["not at all", "fully"]. */
  ends: readonly [string, string];
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
}

/** A 0..10 slider with its number shown beside it; the arrow keys move it one step. */
export function ScaleField({ label, ends, value, onChange, min = 0, max = 10 }: Props) {
  const id = useId();
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
          value={value}
          aria-valuetext={`${value} of ${max}`}
          aria-describedby={`${id}-ends`}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <span className="scale-end" aria-hidden="true">
          {max} {ends[1]}
        </span>
        <output htmlFor={id} className="scale-value">
          {value}
        </output>
      </div>
      <span id={`${id}-ends`} className="visually-hidden">
        {min} means {ends[0]}, {max} means {ends[1]}.
      </span>
    </div>
  );
}
