import { registerFlusher } from '../shell/flushers';

/**
 * Mend's one autosave, for every editor (journal entries, prompt notes, every exercise).
 * Framework-free so its timing can be tested with fake timers; `useAutosave` binds it to React.
 */

/** What the person is told about their words. idle: nothing typed since the editor opened. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

/** A pause in typing this long saves. */
export const AUTOSAVE_DELAY_MS = 300;
/**
 * Steady typing never pauses, so the first change not yet sent is saved at most this long
 * after it was made anyway: a crash loses well under a second (tests/e2e/autosaveCrash.spec.ts).
 * Longer than the delay, or the delay would never be the one that fires.
 */
export const AUTOSAVE_MAX_WAIT_MS = 600;
/** After a failed save, the next tries come this long after each failure (the last repeats). */
export const AUTOSAVE_RETRY_DELAYS_MS: readonly number[] = [2000, 5000, 10_000, 30_000];

export interface AutosaveOptions<T> {
  /** Stores one version in main; rejects when it could not. */
  save(value: T): Promise<unknown>;
  /** Equal values need no save (default: Object.is). */
  same?(a: T, b: T): boolean;
  onStatus(status: SaveStatus): void;
  /** Turns a failed save's error into words for the indicator. */
  describeError(error: unknown): string;
  delayMs?: number;
  maxWaitMs?: number;
  retryDelaysMs?: readonly number[];
}

/**
 * Keeps one document's latest value and gets it to main: after a pause, at the latest
 * `maxWaitMs` after the first unsent change, on demand (blur, lock, page hide), and again
 * after a failure with growing waits until it succeeds. Saves run one at a time and always
 * send the newest value. While anything is unsaved a flusher is registered, so a lock (which
 * awaits every flusher) and the editor's unmount (`close`, which keeps it registered until
 * main holds the text) both wait for the words.
 */
export class Autosave<T> {
  private latest: T;
  private saved: T;
  private chain: Promise<boolean> = Promise.resolve(true);
  private delayTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private unregister: (() => void) | null = null;
  private closed = false;
  private readonly same: (a: T, b: T) => boolean;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];
  private save: (value: T) => Promise<unknown>;

  constructor(
    initial: T,
    private readonly options: AutosaveOptions<T>,
  ) {
    this.latest = initial;
    this.saved = initial;
    this.save = options.save;
    this.same = options.same ?? Object.is;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    this.retryDelaysMs = options.retryDelaysMs ?? AUTOSAVE_RETRY_DELAYS_MS;
  }

  /** The value changed: remember it and save after a pause. The same value again changes nothing. */
  change(value: T): void {
    if (this.same(value, this.latest)) return;
    this.latest = value;
    if (this.same(value, this.saved)) return;
    this.unregister ??= registerFlusher(() => this.flush());
    this.status({ kind: 'unsaved' });
    clearTimeout(this.delayTimer);
    this.delayTimer = setTimeout(() => void this.flush(), this.delayMs);
    // After a failure the retry schedule decides; a pause in typing still tries.
    if (this.maxWaitTimer === undefined && this.failures === 0) {
      this.maxWaitTimer = setTimeout(() => void this.flush(), this.maxWaitMs);
    }
  }

  /** Saves now; resolves true once main holds the latest value, false if this try failed. Never rejects. */
  flush(): Promise<boolean> {
    this.clearTimers();
    this.chain = this.chain.then(() => this.saveLatest());
    return this.chain;
  }

  /** Later saves call `save` (an editor's save closure can change between renders). */
  saveWith(save: (value: T) => Promise<unknown>): void {
    this.save = save;
  }

  /** The editor is showing again (React may remount it). */
  open(): void {
    this.closed = false;
  }

  /** The editor went away: save in the background until main holds the text; the flusher stays until then. */
  close(): Promise<boolean> {
    this.closed = true;
    return this.flush();
  }

  private clearTimers(): void {
    clearTimeout(this.delayTimer);
    clearTimeout(this.maxWaitTimer);
    clearTimeout(this.retryTimer);
    this.delayTimer = this.maxWaitTimer = this.retryTimer = undefined;
  }

  private status(status: SaveStatus): void {
    if (!this.closed) this.options.onStatus(status);
  }

  private async saveLatest(): Promise<boolean> {
    while (!this.same(this.latest, this.saved)) {
      const snapshot = this.latest;
      this.status({ kind: 'saving' });
      try {
        await this.save(snapshot);
        this.saved = snapshot;
        this.failures = 0;
      } catch (error) {
        const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 30_000;
        this.failures += 1;
        this.status({ kind: 'failed', message: this.options.describeError(error) });
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => void this.flush(), delay);
        return false;
      }
    }
    this.unregister?.();
    this.unregister = null;
    this.status({ kind: 'saved' });
    return true;
  }
}
