import type { ReactNode } from 'react';
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
    'If you are in danger now, call your local emergency number. It always works.',
    'Mend is not a substitute for therapy or counselling.',
  ],
  helpSuggestions: [
    'A doctor, nurse or other health worker you trust.',
    'A friend or relative you trust, who can help you plan a safe next step.',
  ],
};

/**
 * The body of the safety page: the helplines (passed in, so this stays a plain view), the
 * paragraphs, then the other people who can help.
 */
export function SafetyContent({
  content,
  helplines,
  headingLevel = 2,
}: {
  content: SafetyPageContent;
  helplines: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // The numbers come first: at 2 a.m. they are what the page is for.
  return (
    <>
      {helplines}
      {content.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <Heading className="safety-help-title">Other people who can help</Heading>
      <ul className="safety-help">
        {content.helpSuggestions.map((suggestion) => (
          <li key={suggestion}>{suggestion}</li>
        ))}
      </ul>
    </>
  );
}
