import type { SafetyContent as SafetyContentData } from '@shared/ipc/contract';
import { call } from '../api';
import { useAsync, type AsyncState } from '../useAsync';

type SafetyPageContent = SafetyContentData['safety'];

/** The safety page text and safety-check questions; main serves them even while locked. */
export function useSafetyContent(): AsyncState<SafetyContentData> {
  return useAsync(() => call('program.safety'), []);
}

/**
 * Used only if main cannot answer: the safety page must never be blank. Written to say the
 * same as the content file, in fewer words.
 */
export const FALLBACK_SAFETY: SafetyPageContent = {
  title: 'If you are not safe',
  paragraphs: [
    'Mend is for two people who both choose to rebuild trust. It is not meant for a relationship with violence, threats, coercion, or control over your money, phone or whereabouts.',
    'If you are in danger now, contact your local emergency services.',
    'Mend is not a substitute for therapy or counselling.',
  ],
  helpSuggestions: [
    'Your local emergency number, if you are in danger now.',
    'A domestic-abuse helpline in your country, which can talk with you in confidence and help you plan.',
  ],
};

/** The body of the safety page: the paragraphs, then where help can be found (in words: no links). */
export function SafetyContent({
  content,
  headingLevel = 2,
}: {
  content: SafetyPageContent;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {content.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <Heading className="safety-help-title">Where to find help</Heading>
      <ul className="safety-help">
        {content.helpSuggestions.map((suggestion) => (
          <li key={suggestion}>{suggestion}</li>
        ))}
      </ul>
    </>
  );
}
