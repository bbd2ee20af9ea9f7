import { friendlyMessage } from '../api';
import { registerFlusher } from '../shell/flushers';

export type SaveStatus =
  { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** Saves at most this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 800;
/**
 * ...and at most this long after the first unsaved keystroke, so steady typing (which never
 * pauses for AUTOSAVE_DELAY_MS) is still saved: a crash loses at most about a second.
 */
export const AUTOSAVE_MAX_WAIT_MS = 500;
const RETRY_DELAYS_MS = [2000, 5000, 10_000, 30_000];

/**
 * Keeps one document's latest text and gets it to main: after a pause in typing, on demand
 * (blur, lock, page hide), and again after a failure until it succeeds. Saves run one at a
 * time, so a new entry is created once and then updated. The text is dropped only when main
 * has confirmed it; until then a flusher stays registered, even after the editor closes.
 */
export class Autosave<T> {
  private latest: T;
  private saved: T;
  private chain: Promise<boolean> = Promise.resolve(true);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private unregister: (() => void) | null = null;
  private closed = false;

  constructor(
    initial: T,
    private readonly save: (value: T) => Promise<void>,
    private readonly same: (a: T, b: T) => boolean,
    private readonly onStatus: (status: SaveStatus) => void,
  ) {
    this.latest = initial;
    this.saved = initial;
  }

  /** The text changed: remember it, and save after a pause. */
  change(value: T): void {
    this.latest = value;
    if (this.same(this.latest, this.saved)) return;
    this.unregister ??= registerFlusher(() => this.flush());
    this.onStatus({ kind: 'unsaved' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
    // Not after a failure: then the retry schedule decides.
    if (this.maxWaitTimer === undefined && this.failures === 0) {
      this.maxWaitTimer = setTimeout(() => void this.flush(), AUTOSAVE_MAX_WAIT_MS);
    }
  }

  /** Saves now; resolves true once main holds the latest text. Calls queue up in order. */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    clearTimeout(this.maxWaitTimer);
    this.maxWaitTimer = undefined;
    clearTimeout(this.retryTimer);
    this.chain = this.chain.then(() => this.saveLatest());
    return this.chain;
  }

  /** The editor went away: keep saving in the background until the text is safe. */
  close(): void {
    this.closed = true;
    void this.flush();
  }

  private async saveLatest(): Promise<boolean> {
    while (!this.same(this.latest, this.saved)) {
      const snapshot = this.latest;
      if (!this.closed) this.onStatus({ kind: 'saving' });
      try {
        await this.save(snapshot);
        this.saved = snapshot;
        this.failures = 0;
      } catch (error) {
        const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
        this.failures += 1;
        if (!this.closed) this.onStatus({ kind: 'failed', message: friendlyMessage(error) });
        this.retryTimer = setTimeout(() => void this.flush(), delay);
        return false;
      }
    }
    this.unregister?.();
    this.unregister = null;
    if (!this.closed) this.onStatus({ kind: 'saved' });
    return true;
  }
}
