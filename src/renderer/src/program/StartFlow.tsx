import { useState } from 'react';
import type { ProgramState } from '@shared/ipc/contract';
import { useSafetyContent } from '../shell/SafetyContent';
import { ChoosePath } from './ChoosePath';
import { SafetyCheckForm } from './SafetyCheckForm';
import { SafetyFirst } from './SafetyFirst';
import type { ProgramData } from './useProgramData';
import { NotReady } from '../components/NotReady';

export type StartStage = 'choose' | 'safety-check';

interface Props {
  program: ProgramData;
  startAt: StartStage;
  /** Called with the new state once the person is through; the caller decides where to go. */
  onDone(state: ProgramState): void;
}

/**
 * Choose a path, then (the first time) the safety check. Any yes shows the safety page
 * before the program, with a way to continue. The new state is handed over only at the end,
 * so a screen waiting on it does not replace the safety page too early.
 */
export function StartFlow({ program, startAt, onDone }: Props) {
  const [stage, setStage] = useState<StartStage | 'safety-page'>(
    startAt === 'safety-check' && program.state.tracks.length > 0 ? 'safety-check' : 'choose',
  );
  const [pending, setPending] = useState<ProgramState>(program.state);
  const safety = useSafetyContent();

  if (stage === 'choose') {
    return (
      <ChoosePath
        intro={program.content.intro}
        tracks={program.content.tracks}
        chosen={pending.tracks}
        onChosen={(state) => {
          setPending(state);
          if (state.safetyCheckDone) onDone(state);
          else setStage('safety-check');
        }}
      />
    );
  }

  if (safety.status !== 'ready') return <NotReady state={safety} className="screen" />;

  if (stage === 'safety-check') {
    return (
      <SafetyCheckForm
        check={safety.value.safetyCheck}
        onAnswered={({ needsCare, state }) => {
          setPending(state);
          if (needsCare) setStage('safety-page');
          else onDone(state);
        }}
      />
    );
  }
  return <SafetyFirst content={safety.value} onContinue={() => onDone(pending)} />;
}
