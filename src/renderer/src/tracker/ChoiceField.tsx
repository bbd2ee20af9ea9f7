import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange(value: T): void;
  hint?: string;
  /** Hide the legend visually (it is still read), for pickers whose purpose is plain. */
  quietLegend?: boolean;
}

/**
 * A row of segmented buttons that are real radio buttons underneath: Tab reaches the group,
 * the arrow keys move the choice, and a screen reader hears the question and each answer.
 */
export function ChoiceField<T extends string>({
  legend,
  choices,
  value,
  onChange,
  hint,
  quietLegend,
}: Props<T>) {
  const name = useId();
  return (
    <fieldset className="choice-field" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className={quietLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {hint && (
        <p className="field-hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <div className="segmented">
        {choices.map((choice) => (
          <label key={choice.value} className="segment">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
