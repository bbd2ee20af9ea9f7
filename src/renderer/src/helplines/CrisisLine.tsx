import { crisisLines, REGION_NAMES } from '@shared/helplines';
import { useSafetyContent } from '../shell/SafetyContent';
import { useOpenSafety } from '../shell/safetyOpener';
import { HelplineLineItem } from './HelplineLines';
import { useHelplines } from './useHelplines';
import './helplines.css';

/** Used only if main cannot answer: the line must never be missing. */
const FALLBACK_SENTENCE =
  'If you are having thoughts of hurting yourself, please talk to someone tonight. A crisis line is there to listen.';

/**
 * Where thoughts of self-harm may come up (self-forgiveness, the first weeks, the hurt
 * partner's steps): one plain sentence, the crisis line for the reader's country right
 * here, and every other line one click away.
 */
export function CrisisLine() {
  const helplines = useHelplines();
  const safety = useSafetyContent();
  const sentence = safety.status === 'ready' ? safety.value.selfHarm : FALLBACK_SENTENCE;
  const openSafety = useOpenSafety();
  const region = helplines?.region ?? null;
  const first = helplines !== null && region !== null ? crisisLines(helplines.file, region)[0] : undefined;
  return (
    <aside className="crisis-line stack tight" aria-label="If you are thinking of hurting yourself">
      <p>{sentence}</p>
      {first !== undefined && region !== null && (
        <ul className="helpline-lines" aria-label={`Crisis line in ${REGION_NAMES[region]}`}>
          <HelplineLineItem line={first} />
        </ul>
      )}
      <p>
        <button type="button" className="link" onClick={() => openSafety('crisis')}>
          Crisis lines for your country
        </button>
      </p>
    </aside>
  );
}
