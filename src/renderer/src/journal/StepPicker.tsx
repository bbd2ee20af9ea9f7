import type { StepChoices } from './stepChoices';

interface Props {
  id: string;
  choices: StepChoices | null;
  /** '' for none. */
  value: string;
  /** What '' means here: "No step" in the editor, "Any step" in the filter. */
  noneLabel: string;
  onChange(stepId: string): void;
  onBlur?(): void;
}

/**
 * A list of step titles from the chosen paths. A value the list does not hold (a step of a
 * path no longer chosen, or a link saved before the picker existed) stays as its own option,
 * so opening an entry never drops its link.
 */
export function StepPicker({ id, choices, value, noneLabel, onChange, onBlur }: Props) {
  const listed = choices?.groups.some((group) => group.steps.some((step) => step.id === value)) ?? false;
  const orphan = value !== '' && !listed;
  return (
    <select
      id={id}
      value={value}
      disabled={choices === null}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    >
      <option value="">{noneLabel}</option>
      {orphan && (
        <option value={value}>{choices?.labelOf(value) ?? 'A step no longer in the program'}</option>
      )}
      {choices?.groups.map((group) => (
        <optgroup key={group.track} label={group.track}>
          {group.steps.map((step) => (
            <option key={step.id} value={step.id}>
              {step.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
