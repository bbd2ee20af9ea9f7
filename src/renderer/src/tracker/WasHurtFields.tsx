import { TALKED_WORDS } from '@shared/tracker/checkins';
import { ChoiceField } from './ChoiceField';
import type { WasHurtDraft } from './checkinDraft';
import { SCALE_QUESTIONS } from './questions';
import { ScaleField } from './ScaleField';

interface Props {
  draft: WasHurtDraft;
  onChange(patch: Partial<WasHurtDraft>): void;
}

const SAFE_CHOICES = [
  { value: 'yes', label: 'yes' },
  { value: 'partly', label: 'partly' },
  { value: 'no', label: 'no' },
] as const;
/** Talking about it is never a failure; the question asks whether it helped. */
const TALKED_CHOICES = [
  { value: 'helped', label: 'yes, it helped' },
  { value: 'mixed', label: 'yes, mixed' },
  { value: 'not-helped', label: 'yes, it did not help' },
  { value: 'no', label: 'we did not' },
] as const;

/** The questions for the person who was hurt: anger, trust, safety, and talking about it. */
export function WasHurtFields({ draft, onChange }: Props) {
  return (
    <>
      <ScaleField
        label={SCALE_QUESTIONS.anger.question}
        ends={SCALE_QUESTIONS.anger.ends}
        value={draft.anger}
        onChange={(anger) => onChange({ anger })}
      />
      <ScaleField
        label={SCALE_QUESTIONS.trust.question}
        ends={SCALE_QUESTIONS.trust.ends}
        value={draft.trust}
        onChange={(trust) => onChange({ trust })}
      />
      <ChoiceField
        legend="Did you feel safe with your partner today?"
        choices={SAFE_CHOICES}
        value={draft.feltSafe}
        onChange={(feltSafe) => onChange({ feltSafe })}
      />
      {draft.feltSafe === 'no' && (
        <p className="field-hint safety-hint">
          If you are not safe at home, the page “If you are not safe” at the top of the window says where to
          turn.
        </p>
      )}
      <ChoiceField
        legend="Did you talk about it today? Did it help?"
        choices={TALKED_CHOICES}
        value={draft.talked === 'yes' ? null : draft.talked}
        {...(draft.talked === 'yes'
          ? { hint: `This day was saved before the question asked whether it helped: ${TALKED_WORDS.yes}.` }
          : {})}
        onChange={(talked) => onChange({ talked })}
      />
    </>
  );
}
