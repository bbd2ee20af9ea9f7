import { useId } from 'react';
import type { Track } from '@shared/content';
import type { ProgramState } from '@shared/ipc/contract';
import { hrefFor } from '../shell/useHashRoute';
import { STATUS_WORDS, stepHref } from './programText';
import { SafetyReoffer } from './SafetyReoffer';
import { StepProgressBar, StepProgressWords } from './StepProgressBar';
import { trackProgress } from './trackProgress';
import type { ProgramData } from './useProgramData';

/** The steps of each chosen path with their status, a progress summary, and where to continue. */
export function Overview({ program }: { program: ProgramData }) {
  const { content, state } = program;
  const chosen = content.tracks.filter((track) => state.tracks.includes(track.id));
  const lastStep = content.tracks
    .flatMap((track) => track.steps)
    .find((step) => step.id === state.lastOpenedStepId);

  return (
    <main className="screen stack program-overview" aria-labelledby="overview-title">
      <h1 id="overview-title">Your program</h1>
      <SafetyReoffer program={program} />
      {lastStep !== undefined && (
        <p className="continue-card">
          <span className="quiet">Where you left off</span>
          <a href={hrefFor(stepHref(lastStep.id))}>
            Continue with step {lastStep.order}: {lastStep.title}
          </a>
        </p>
      )}
      {chosen.map((track) => (
        <TrackProgress key={track.id} track={track} state={state} />
      ))}
      <p>
        <a href={hrefFor(['program', 'start'])}>Change your path</a>
      </p>
    </main>
  );
}

function TrackProgress({ track, state }: { track: Track; state: ProgramState }) {
  const id = useId();
  const progress = trackProgress(track, state);
  return (
    <section className="card stack track-progress" aria-labelledby={`${id}-title`} data-track={track.id}>
      <h2 id={`${id}-title`}>{track.title}</h2>
      <p className="quiet">{track.description}</p>
      <p id={`${id}-summary`} className="progress-summary">
        <StepProgressWords progress={progress} />
      </p>
      <StepProgressBar progress={progress} labelledBy={`${id}-summary`} />
      <ol className="step-list" aria-label={`Steps: ${track.title}`}>
        {track.steps.map((step) => {
          const status = state.steps[step.id] ?? 'not-started';
          return (
            <li key={step.id} className="step-row" data-step={step.id}>
              <a href={hrefFor(stepHref(step.id))}>
                <span className="step-number">Step {step.order}</span> {step.title}
              </a>
              {state.lastOpenedStepId === step.id && <span className="quiet">Last opened</span>}
              <span className={`status-badge status-${status}`}>{STATUS_WORDS[status]}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
