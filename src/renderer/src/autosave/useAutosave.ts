import { useEffect, useLayoutEffect, useState } from 'react';
import { friendlyMessage } from '../api';
import { Autosave, type SaveStatus } from './autosave';

export interface AutosaveHandle {
  status: SaveStatus;
  /** Saves now; resolves true once main holds the latest value. Never rejects. */
  flush(): Promise<boolean>;
}

/**
 * Binds one editor's value to an `Autosave`: every new value is a change, unmounting closes
 * it (the save still finishes, and a lock waits for it). The value the editor mounted with
 * counts as saved. `same` decides when two values need no save (default: Object.is).
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  same?: (a: T, b: T) => boolean,
): AutosaveHandle {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [autosave] = useState(
    () =>
      new Autosave<T>(value, {
        save,
        onStatus: setStatus,
        describeError: friendlyMessage,
        ...(same ? { same } : {}),
      }),
  );
  // The save closure may change (a new prompt id); the next save uses the newest one.
  useLayoutEffect(() => autosave.saveWith(save));
  useEffect(() => {
    autosave.open();
    return () => void autosave.close();
  }, [autosave]);
  useEffect(() => {
    autosave.change(value);
  }, [autosave, value]);
  return { status, flush: () => autosave.flush() };
}
