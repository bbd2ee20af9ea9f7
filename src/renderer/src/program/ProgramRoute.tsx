import { hrefFor, navigate } from '../shell/useHashRoute';
import { FirstWeeksPage } from './FirstWeeksPage';
import { Overview } from './Overview';
import { StartFlow } from './StartFlow';
import { StepScreen } from './StepScreen';
import { useProgramData } from './useProgramData';
import './program.css';
import { NotReady } from '../components/NotReady';

/**
 * `#/program` (overview), `#/program/first-weeks` (open before a path is chosen too),
 * `#/program/step/<stepId>`, `#/program/note/<promptId>` (the step of
 * that prompt, with its note focused), and `#/program/start` (choose a path,
 * then the safety check; `#/program/start/safety` goes straight to the check).
 *
 * Until a path is chosen and the safety check answered, any program address shows the start
 * flow first, then the screen that was asked for.
 */
export function ProgramRoute({ rest }: { rest: readonly string[] }) {
  const data = useProgramData();
  if (data.status !== 'ready') return <NotReady state={data} waiting="Opening the program…" className="screen" />;
  const program = data.value;
  const { state } = program;
  const [section, id] = rest;

  if (section === 'first-weeks') return <FirstWeeksPage page={program.content.firstWeeks} />;
  if (section === 'start') {
    return (
      <StartFlow
        program={program}
        startAt={id === 'safety' ? 'safety-check' : 'choose'}
        onDone={(next) => {
          program.setState(next);
          navigate(['program']);
        }}
      />
    );
  }
  if (state.tracks.length === 0 || !state.safetyCheckDone) {
    return (
      <StartFlow
        program={program}
        startAt={state.tracks.length === 0 ? 'choose' : 'safety-check'}
        onDone={program.setState}
      />
    );
  }

  if ((section === 'step' || section === 'note') && id !== undefined) {
    // A search hit on a note links to `#/program/note/<promptId>`, and on an exercise tool to
    // `#/program/note/<stepId>:<kind>`: open the step there.
    const [toolStepId, toolKind] = section === 'note' && id.includes(':') ? id.split(':') : [];
    const step = program.content.tracks
      .flatMap((track) => track.steps)
      .find((candidate) =>
        section === 'step'
          ? candidate.id === id
          : toolStepId !== undefined
            ? candidate.id === toolStepId
            : candidate.prompts.some((prompt) => prompt.id === id),
      );
    if (step === undefined) {
      return (
        <main className="screen stack">
          <h1>That step could not be found</h1>
          <p>
            <a href={hrefFor(['program'])}>Back to your program</a>
          </p>
        </main>
      );
    }
    return (
      <StepScreen
        key={step.id}
        program={program}
        step={step}
        focusPromptId={section === 'note' && toolKind === undefined ? id : undefined}
        focusToolKind={toolKind}
      />
    );
  }
  return <Overview program={program} />;
}
