import { useId } from 'react';
import { METRICS, RUMINATION_LEVELS } from '@shared/tracker/checkins';
import { ChoiceField } from './ChoiceField';
import type { BrokeTrustDraft } from './checkinDraft';
import { SCALE_QUESTIONS } from './questions';
import { ScaleField } from './ScaleField';

interface Props {
  draft: BrokeTrustDraft;
  onChange(patch: Partial<BrokeTrustDraft>): void;
}

const RUMINATION_CHOICES = RUMINATION_LEVELS.map((value) => ({ value, label: value }));
const KINDNESS_CHOICES = (METRICS.kindness.valueLabels ?? []).map((label, i) => ({
  value: String(i + 1),
  label,
}));

/** The questions for the person who broke trust: self-forgiveness, always beside repair. */
export function BrokeTrustFields({ draft, onChange }: Props) {
  const id = useId();
  return (
    <>
      <ScaleField
        label={SCALE_QUESTIONS.selfForgiveness.question}
        ends={SCALE_QUESTIONS.selfForgiveness.ends}
        value={draft.selfForgiveness}
        onChange={(selfForgiveness) => onChange({ selfForgiveness })}
      />
      <ChoiceField
        legend="How often did thoughts of past failures take over?"
        choices={RUMINATION_CHOICES}
        value={draft.rumination}
        onChange={(rumination) => onChange({ rumination })}
      />
      <ChoiceField
        legend="How did you treat yourself today?"
        choices={KINDNESS_CHOICES}
        value={draft.kindness === null ? null : String(draft.kindness)}
        onChange={(kindness) => onChange({ kindness: Number(kindness) })}
      />
      <div className="text-field">
        <label htmlFor={`${id}-repair`}>What did you do toward repair today?</label>
        <p className="field-hint" id={`${id}-repair-hint`}>
          Forgiving yourself goes together with making amends, never around them. A small thing counts.
        </p>
        <input
          id={`${id}-repair`}
          type="text"
          maxLength={500}
          value={draft.repair}
          aria-describedby={`${id}-repair-hint`}
          onChange={(event) => onChange({ repair: event.target.value })}
        />
      </div>
    </>
  );
}
