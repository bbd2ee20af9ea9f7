/** The moments the operating system says the person stepped away. */
export type PowerEvent = 'suspend' | 'lock-screen';

/**
 * The part of Electron's `powerMonitor` Mend listens to, behind a small interface so the
 * service reacting to it runs (and is tested) without Electron.
 */
export interface PowerEvents {
  /** Calls `listener` on every `event`; returns a function that stops listening. */
  on(event: PowerEvent, listener: () => void): () => void;
}
