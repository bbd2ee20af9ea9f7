import { MendError } from '@shared/errors';

/** Runs work handed to it. */
export type Runner = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * Work that must never overlap but must all happen (vault operations, backups): each call
 * waits for the ones before it, in order. A failure does not stop the queue.
 */
export function serialQueue(): Runner {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Work the person starts with a click and would not want twice (exports, imports): while one
 * runs, another is refused at once with CONFLICT and `busyMessage`, instead of queueing a
 * second dialog behind the first. One guard shared by every export and import means a PDF
 * export and an import cannot run at the same time either.
 */
export function rejectWhileBusy(busyMessage: string): Runner {
  let busy = false;
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (busy) throw new MendError('CONFLICT', busyMessage);
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  };
}
