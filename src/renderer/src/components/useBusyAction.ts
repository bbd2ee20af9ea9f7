import { useState } from 'react';
import { friendlyMessage } from '../api';

export interface BusyState {
  busy: boolean;
  /** Words for the last failure (or the form's own check), or null. */
  error: string | null;
}

/** Turns a failure into the sentence shown (the default maps the error code through `friendlyMessage`). */
export type DescribeFailure = (failure: unknown) => string;

export interface BusyAction extends BusyState {
  /**
   * Runs `work` with `busy` set and the previous error cleared; a failure becomes words
   * (`describe` may say something more specific than the code's general sentence). While a
   * run is under way another is refused (a second click, Enter pressed twice): it resolves
   * false at once and `work` is not called. Resolves true when `work` finished.
   */
  run(work: () => Promise<unknown>, describe?: DescribeFailure): Promise<boolean>;
  /** Shows a sentence of the form's own (a check before anything is sent), or clears it. */
  setError(error: string | null): void;
}

const IDLE: BusyState = { busy: false, error: null };

/**
 * The busy flag and error line of one action, framework-free so it can be tested on its own;
 * `useBusyAction` binds it to React. The guard is a plain flag, not React state, so a second
 * call in the same tick (before any re-render) is refused too.
 */
export function createBusyAction(onChange: (state: BusyState) => void): Omit<BusyAction, keyof BusyState> {
  let running = false;
  let state = IDLE;
  const publish = (next: BusyState) => {
    state = next;
    onChange(next);
  };
  return {
    async run(work, describe = friendlyMessage) {
      if (running) return false;
      running = true;
      publish({ busy: true, error: null });
      try {
        await work();
        publish({ busy: false, error: null });
        return true;
      } catch (failure) {
        publish({ busy: false, error: describe(failure) });
        return false;
      } finally {
        running = false;
      }
    },
    setError(error) {
      publish({ ...state, error });
    },
  };
}

/** The busy flag and error line every form that calls main needs. */
export function useBusyAction(): BusyAction {
  const [state, setState] = useState<BusyState>(IDLE);
  // setState is stable, so one runner serves the component's whole life.
  const [action] = useState(() => createBusyAction(setState));
  return { ...state, run: action.run, setError: action.setError };
}
