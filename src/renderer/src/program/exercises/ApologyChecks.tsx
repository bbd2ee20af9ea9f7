import { useDeferredValue, useId, useMemo, type MouseEvent } from 'react';
import { APOLOGY_GUIDANCE_STEP_ID } from '@shared/apology/apologyRules';
import { checkApology, type ApologyFlagKind } from '@shared/apology/checkApology';
import { hrefFor, navigate } from '../../shell/useHashRoute';
import { guidanceAnchorId, stepHref } from '../programText';

const KIND_WORDS: Record<ApologyFlagKind, string> = {
  justifying: 'Justifying',
  misunderstood: 'Saying they misunderstood',
  minimizing: 'Making the hurt smaller',
  pity: 'Asking for sympathy',
};

/** Jumps to the do-and-avoid section of the guidance step, on this screen or by opening it. */
function showGuidance(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  const target = document.getElementById(guidanceAnchorId(APOLOGY_GUIDANCE_STEP_ID));
  if (target === null) {
    navigate(stepHref(APOLOGY_GUIDANCE_STEP_ID));
    return;
  }
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * The offline checks on a draft apology. They point things out and never block: each flag
 * names the habit, quotes the words, explains in one sentence, and links to the guidance.
 */
export function ApologyChecks({ draft }: { draft: string }) {
  const id = useId();
  const deferred = useDeferredValue(draft);
  const flags = useMemo(() => checkApology(deferred), [deferred]);
  if (deferred.trim() === '') return null;

  return (
    <section className="apology-checks stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>A second look at the draft</h3>
      <p className="quiet" role="status">
        {flags.length === 0
          ? 'Nothing stood out. Try reading it aloud once, the way your partner would hear it.'
          : `${flags.length} ${flags.length === 1 ? 'phrase' : 'phrases'} you might look at again. These are suggestions, not a verdict.`}
      </p>
      {flags.length > 0 && (
        <ul className="apology-flags stack">
          {flags.map((flag) => (
            <li key={`${flag.start}-${flag.kind}`} className="apology-flag" data-kind={flag.kind}>
              <p className="flag-head">
                <span className="flag-kind">{KIND_WORDS[flag.kind]}</span>{' '}
                <q>
                  <mark>{flag.match}</mark>
                </q>
              </p>
              <p>{flag.explanation}</p>
              <a href={hrefFor(stepHref(APOLOGY_GUIDANCE_STEP_ID))} onClick={showGuidance}>
                Read the guidance on what helps and what to avoid
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
