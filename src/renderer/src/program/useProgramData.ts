import { useCallback, useState } from 'react';
import type { ProgramForUi, ProgramState } from '@shared/ipc/contract';
import { call } from '../api';
import { useAsync, type AsyncState } from '../useAsync';

export interface ProgramData {
  content: ProgramForUi;
  state: ProgramState;
  /** Every program write answers with the new state; screens hand it back here. */
  setState(state: ProgramState): void;
}

/** Loads the program content and the person's place in it once per visit to the program. */
export function useProgramData(): AsyncState<ProgramData> {
  const loaded = useAsync(() => Promise.all([call('program.content'), call('program.state')]), []);
  const [latest, setLatest] = useState<ProgramState | null>(null);
  const setState = useCallback((state: ProgramState) => setLatest(state), []);
  if (loaded.status !== 'ready') return loaded;
  const [content, state] = loaded.value;
  return { status: 'ready', value: { content, state: latest ?? state, setState } };
}
