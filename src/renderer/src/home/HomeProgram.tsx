import { useId } from 'react';
import { hrefFor } from '../shell/useHashRoute';
import { stepHref } from '../program/programText';
import { StepProgressBar, StepProgressWords } from '../program/StepProgressBar';
import { anyStepBegun, currentStep, trackProgress } from '../program/trackProgress';
import type { HomeData } from './Home';

/**
 * The program on Home: a way in for someone who has not chosen a path or answered the
 * safety questions; otherwise the step to start or continue with and each path's progress.
 * "Continue where you left off" is only said once a step has been begun: to someone who has
 * written nothing yet it would read as a record of work they never did.
 */
export function HomeProgram({ data }: { data: HomeData }) {
  const { state, content } = data;
  const id = useId();
  if (state.tracks.length === 0) {
    return (
      <section className="card stack home-card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Where to begin</h2>
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
      <section className="card stack home-card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Before you begin</h2>
        <p>A few short questions come first, so you can decide whether Mend is right for you now.</p>
        <p>
          <a className="button-link primary" href={hrefFor(['program', 'start', 'safety'])}>
            Answer the questions
          </a>
        </p>
      </section>
    );
  }
  const chosen = content.tracks.filter((track) => state.tracks.includes(track.id));
  const next = currentStep(chosen, state);
  const begun = anyStepBegun(chosen, state);
  const heading =
    next === null ? 'Every step is done' : begun ? 'Continue where you left off' : 'Where to start';
  return (
    <section className="card stack home-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{heading}</h2>
      {next !== null && !begun && (
        <p>Take the steps in order, at your own pace. Nothing has to be finished in one sitting.</p>
      )}
      {next !== null && (
        <p>
          <a className="button-link primary" href={hrefFor(stepHref(next.id))}>
            {begun ? 'Step' : 'Start with step'} {next.order}: {next.title}
          </a>
        </p>
      )}
      {chosen.map((track) => {
        const progress = trackProgress(track, state);
        return (
          <div key={track.id} className="home-progress" data-track={track.id}>
            <p id={`${id}-${track.id}`}>
              <span className="home-progress-track">{track.title}</span>{' '}
              <StepProgressWords progress={progress} />
            </p>
            <StepProgressBar progress={progress} labelledBy={`${id}-${track.id}`} />
          </div>
        );
      })}
      <p>
        <a href={hrefFor(['program'])}>See all steps</a>
      </p>
    </section>
  );
}
