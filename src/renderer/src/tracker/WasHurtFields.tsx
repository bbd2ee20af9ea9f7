import { ChoiceField } from './ChoiceField';
import type { WasHurtDraft } from './checkinDraft';
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
const YES_NO = [
  { value: 'yes', label: 'yes' },
  { value: 'no', label: 'no' },
] as const;

/** The questions for the person who was hurt: anger, trust, safety, and the past. */
export function WasHurtFields({ draft, onChange }: Props) {
  return (
    <>
      <ScaleField
        label="How strong was your anger today?"
        ends={['none', 'overwhelming']}
        value={draft.anger}
        onChange={(anger) => onChange({ anger })}
      />
      <ScaleField
        label="How much did you trust your partner today?"
        ends={['not at all', 'fully']}
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
        legend="Did you raise the past again today?"
        choices={YES_NO}
        value={draft.raisedPast === null ? null : draft.raisedPast ? 'yes' : 'no'}
        onChange={(answer) => onChange({ raisedPast: answer === 'yes' })}
      />
    </>
  );
}
