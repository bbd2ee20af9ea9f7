import { call, friendlyMessage } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import { useAsync } from '../useAsync';
import { stepHref } from './programText';
import './program.css';

/**
 * The program's place on the Home screen: a way in for someone who has not chosen a path,
 * otherwise a way back to where they left off.
 */
export function ProgramCallout() {
  const loaded = useAsync(() => Promise.all([call('program.state'), call('program.content')]), []);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'error') return <p role="alert">{friendlyMessage(loaded.error)}</p>;
  const [state, content] = loaded.value;

  if (state.tracks.length === 0) {
    return (
      <section className="card stack home-callout" aria-labelledby="home-begin">
        <h2 id="home-begin">Where to begin</h2>
        <p>Choose the path that fits you. You can choose both, and change your mind later.</p>
        <p>
          <a className="button-link primary" href={hrefFor(['program', 'start'])}>
            Choose your path
          </a>
        </p>
      </section>
    );
  }
  if (!state.safetyCheckDone) {
    return (
      <section className="card stack home-callout" aria-labelledby="home-begin">
        <h2 id="home-begin">Before you begin</h2>
        <p>A few short questions come first, so you can decide whether Mend is right for you now.</p>
        <p>
          <a className="button-link primary" href={hrefFor(['program', 'start', 'safety'])}>
            Answer the questions
          </a>
        </p>
      </section>
    );
  }
  const last = content.tracks
    .flatMap((track) => track.steps)
    .find((step) => step.id === state.lastOpenedStepId);
  return (
    <section className="card stack home-callout" aria-labelledby="home-continue">
      <h2 id="home-continue">{last ? 'Continue where you left off' : 'Your program'}</h2>
      <p>
        {last ? (
          <a className="button-link primary" href={hrefFor(stepHref(last.id))}>
            Step {last.order}: {last.title}
          </a>
        ) : (
          <a className="button-link primary" href={hrefFor(['program'])}>
            Open your program
          </a>
        )}
      </p>
      {last && (
        <p>
          <a href={hrefFor(['program'])}>See all steps</a>
        </p>
      )}
    </section>
  );
}
