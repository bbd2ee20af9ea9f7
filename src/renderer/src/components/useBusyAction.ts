import { useCallback, useState } from 'react';
import { friendlyMessage } from '../api';

export interface BusyAction {
  busy: boolean;
  /** Words for the last failure, or null. */
  error: string | null;
  /**
   * Runs `work` with `busy` set and the previous error cleared; a failure becomes words
   * (`describe` may say something more specific than the code's general sentence).
   */
  run(work: () => Promise<void>, describe?: (failure: unknown) => string): Promise<void>;
}

/** The busy flag and error line every form that calls main needs. */
export function useBusyAction(): BusyAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<void>, describe = friendlyMessage) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
