import { useEffect, useRef } from 'react';
import type { Step } from '@shared/content';
import { call } from '../api';
import { SavePdfButton } from '../export/SavePdfButton';
import { flushAll } from '../shell/flushers';
import { hrefFor } from '../shell/useHashRoute';
import { stepLinksToCrisisLine } from '@shared/contentRules';
import { CrisisLine } from '../helplines/CrisisLine';
import { ExerciseTool } from './exercises/ExerciseTool';
import { FirstWeeksLink } from './FirstWeeksPage';
import { guidanceAnchorId, stepHref } from './programText';
import { PromptNotes } from './PromptNotes';
import { StepEntries } from './StepEntries';
import { StepStatusControl } from './StepStatusControl';
import { GroundingExercise } from './GroundingExercise';
import { StepToolSection } from './StepToolSection';
import type { ProgramData } from './useProgramData';

/** One step: what it is, why it matters, do and avoid, the prompts with notes, the exercise. */
export function StepScreen({
  program,
  step,
  focusPromptId,
  focusToolKind,
}: {
  program: ProgramData;
  step: Step;
  /** A note to bring into view and focus (from a search hit). */
  focusPromptId?: string | undefined;
  /** A tool to bring into view (from a search hit on it). */
  focusToolKind?: string | undefined;
}) {
  const { content, state, setState } = program;
  const heading = useRef<HTMLHeadingElement>(null);
  const track = content.tracks.find((candidate) => candidate.id === step.track);
  const siblings = track?.steps ?? [];
  const previous = siblings.find((candidate) => candidate.order === step.order - 1);
  const next = siblings.find((candidate) => candidate.order === step.order + 1);

  useEffect(() => {
    // A search hit on a tool puts focus on that tool's heading instead (StepToolSection).
    if (focusToolKind === undefined) heading.current?.focus();
    // Remember this as the place to continue from; losing that is not worth an error.
    call('program.openStep', { stepId: step.id }).then(setState, () => undefined);
    // Only when the step changes: a new tool to focus is handled by its own section.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step.id, setState]);

  // Main counts a step with words in it as in progress: once the first words are saved, show
  // that here too (the status control would otherwise say "Not started" until a reload).
  const status = state.steps[step.id] ?? 'not-started';
  const refreshPending = useRef(false);
  const onWrite = () => {
    if (status !== 'not-started' || refreshPending.current) return;
    refreshPending.current = true;
    window.setTimeout(() => {
      flushAll(5_000)
        .then(() => call('program.state'))
        .then(setState, () => undefined)
        .finally(() => {
          refreshPending.current = false;
        });
    }, 1_500);
  };

  return (
    <main
      className="screen stack step-screen"
      aria-labelledby="step-title"
      data-step={step.id}
      onInput={onWrite}
      onClick={onWrite}
    >
      <p className="breadcrumb">
        <a href={hrefFor(['program'])}>All steps</a>
        {track && <span className="quiet"> · {track.title}</span>}
      </p>
      <header className="stack tight">
        <p className="quiet">
          Step {step.order} of {siblings.length}
        </p>
        <h1 id="step-title" ref={heading} tabIndex={-1}>
          {step.title}
        </h1>
        <p className="lead">{step.summary}</p>
      </header>
      {step.order === 1 && <FirstWeeksLink title={content.firstWeeks.title} />}

      <StepStatusControl stepId={step.id} status={status} onState={setState} />
      <SavePdfButton label="Export this step" stepId={step.id} what="step" prepare={() => flushAll(5_000)} />

      <section className="stack" aria-labelledby="step-why">
        <h2 id="step-why">Why it matters</h2>
        <p>{step.why}</p>
      </section>

      <section className="stack guidance" aria-labelledby={guidanceAnchorId(step.id)}>
        <h2 id={guidanceAnchorId(step.id)} tabIndex={-1}>
          What helps, and what to avoid
        </h2>
        <div className="do-avoid">
          <div>
            <h3 id="step-do">What helps</h3>
            <ul aria-labelledby="step-do">
              {step.do.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 id="step-avoid">What to avoid</h3>
            <ul aria-labelledby="step-avoid">
              {step.avoid.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        </div>
        {step.safetyLine !== undefined && <p className="safety-line">{step.safetyLine}</p>}
      </section>

      <section className="stack" aria-labelledby="step-prompts">
        <h2 id="step-prompts">Questions to sit with</h2>
        <p className="quiet">
          Each question has its own private note. Notes are encrypted and saved as you type.
        </p>
        <PromptNotes step={step} focusPromptId={focusPromptId} />
      </section>

      <section className="stack exercise" aria-labelledby="step-exercise">
        <h2 id="step-exercise">This week: {step.exercise.title}</h2>
        <p>{step.exercise.instructions}</p>
        <ExerciseTool step={step} />
      </section>

      {(step.tools ?? []).map((tool) => (
        <StepToolSection
          key={tool.kind}
          step={step}
          tool={tool}
          focus={focusToolKind === tool.kind}
          before={
            tool.kind === 'trigger-log' ? <GroundingExercise grounding={content.firstWeeks.grounding} /> : undefined
          }
        />
      ))}

      <section className="stack" aria-labelledby="step-signs">
        <h2 id="step-signs">Signs that this step is moving</h2>
        <ul>
          {step.signsOfProgress.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
      </section>

      {stepLinksToCrisisLine(step.track, step.order) && <CrisisLine />}
      <StepEntries stepId={step.id} />

      {step.counselling !== undefined && (
        <aside className="counselling" aria-label="About counselling">
          <p>{step.counselling}</p>
        </aside>
      )}

      <nav className="step-nav" aria-label="Other steps">
        {previous ? <a href={hrefFor(stepHref(previous.id))}>Previous: {previous.title}</a> : <span />}
        {next && <a href={hrefFor(stepHref(next.id))}>Next: {next.title}</a>}
      </nav>
    </main>
  );
}
