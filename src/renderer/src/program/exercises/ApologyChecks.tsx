import { useId, type MouseEvent } from 'react';
import { APOLOGY_KIND_INFO, NAMES_NO_ACT_NOTE } from '@shared/apology/apologyKinds';
import { APOLOGY_GUIDANCE_STEP_ID } from '@shared/apology/apologyRules';
import type { ApologyFlag } from '@shared/apology/checkApology';
import { needsNameTheActNote } from '@shared/apology/namesTheAct';
import { hrefFor, navigate } from '../../shell/useHashRoute';
import { guidanceAnchorId, stepHref } from '../programText';

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
 * The offline checks on a draft apology, in words. They point things out and never block:
 * each flag names the habit, quotes the words (also marked inside the draft), explains in
 * the same calm voice, and links to the guidance. A draft that never says what was done gets
 * a gentle note instead of a flag.
 */
export function ApologyChecks({ draft, flags }: { draft: string; flags: readonly ApologyFlag[] }) {
  const id = useId();
  if (draft.trim() === '') return null;
  const noteNoAct = needsNameTheActNote(draft);

  return (
    <section className="apology-checks stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>A second look at the draft</h3>
      <p className="quiet" role="status">
        {flags.length === 0
          ? 'Nothing stood out. Try reading it aloud once, the way your partner would hear it.'
          : `${flags.length} ${flags.length === 1 ? 'phrase' : 'phrases'} marked in the draft that you might look at again. These are suggestions, not a verdict.`}
      </p>
      {noteNoAct && <p className="apology-note">{NAMES_NO_ACT_NOTE}</p>}
      {flags.length > 0 && (
        <ul className="apology-flags stack">
          {flags.map((flag) => (
            <li key={`${flag.start}-${flag.kind}`} className="apology-flag" data-kind={flag.kind}>
              <p className="flag-head">
                <span className="flag-kind">{APOLOGY_KIND_INFO[flag.kind].label}</span>{' '}
                <q>
                  <mark data-kind={flag.kind}>{flag.match}</mark>
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
