import { call } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import type { ProgramData } from './useProgramData';

/**
 * A few weeks after the safety questions, a quiet offer to go through them again: things
 * change. "Not now" puts it off for as long again.
 */
export function SafetyReoffer({ program }: { program: ProgramData }) {
  if (!program.state.safetyCheckReoffer) return null;
  return (
    <section className="card stack safety-reoffer" aria-labelledby="safety-reoffer-title">
      <h2 id="safety-reoffer-title">A moment to check in</h2>
      <p>
        It has been a few weeks since the safety questions. Things can change. Would you like to go through
        them again? Mend keeps only the date.
      </p>
      <div className="row">
        <a className="button-link" href={hrefFor(['program', 'start', 'safety'])}>
          Go through them again
        </a>
        <button
          type="button"
          className="link"
          onClick={() => void call('program.postponeSafetyCheck').then(program.setState, () => undefined)}
        >
          Not now
        </button>
      </div>
    </section>
  );
}
