import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Autosave,
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  AUTOSAVE_RETRY_DELAYS_MS,
  type SaveStatus,
} from '../../../src/renderer/src/autosave/autosave';
import { flushAll } from '../../../src/renderer/src/shell/flushers';

/** A save held in flight until the test releases it. */
function held(): { promise: Promise<unknown>; resolve(): void } {
  let resolve = (): void => undefined;
  const promise = new Promise<unknown>((done) => {
    resolve = () => done(undefined);
  });
  return { promise, resolve };
}

/** A stand-in for main: records what it stored and when; each save can be held or made to fail. */
class FakeMain {
  stored: { value: string; at: number }[] = [];
  failNext = 0;
  hold: ReturnType<typeof held> | null = null;
  calls = 0;
  save = async (value: string): Promise<void> => {
    this.calls += 1;
    if (this.hold) await this.hold.promise;
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('The journal is locked.');
    }
    this.stored.push({ value, at: Date.now() });
  };
  get last(): string | undefined {
    return this.stored.at(-1)?.value;
  }
}

let main: FakeMain;
let statuses: SaveStatus['kind'][];
let autosave: Autosave<string>;
let start: number;

beforeEach(() => {
  vi.useFakeTimers();
  start = Date.now();
  main = new FakeMain();
  statuses = [];
  autosave = new Autosave('', {
    save: main.save,
    onStatus: (status) => statuses.push(status.kind),
    describeError: (error) => (error instanceof Error ? error.message : 'Unknown'),
  });
});

afterEach(async () => {
  vi.useRealTimers();
  // Leave no flusher registered for the next test.
  main.failNext = 0;
  main.hold?.resolve();
  await autosave.flush();
});

/** Types `text` one character every `everyMs`, as a person would. */
async function type(text: string, everyMs: number, from = ''): Promise<string> {
  let value = from;
  for (const char of text) {
    value += char;
    autosave.change(value);
    await vi.advanceTimersByTimeAsync(everyMs);
  }
  return value;
}

describe('autosave timing', () => {
  it('the delay is longer than nothing and shorter than the max-wait, so both can fire', () => {
    expect(AUTOSAVE_DELAY_MS).toBeGreaterThan(0);
    expect(AUTOSAVE_MAX_WAIT_MS).toBeGreaterThan(AUTOSAVE_DELAY_MS);
  });

  it('steady typing (never pausing for the delay) is saved at most max-wait after each first unsent change', async () => {
    const typed = await type('x'.repeat(40), 100); // 4 seconds, a key every 100 ms
    expect(main.stored.length).toBeGreaterThanOrEqual(Math.floor(4000 / AUTOSAVE_MAX_WAIT_MS) - 1);
    let previous = start;
    for (const { at } of main.stored) {
      expect(at - previous).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + 100);
      previous = at;
    }
    expect(main.stored[0]?.at).toBe(start + AUTOSAVE_MAX_WAIT_MS);
    // Each save sent the newest text of its moment, so every stored value is a prefix of the next.
    for (const [i, { value }] of main.stored.entries())
      expect(main.stored[i + 1]?.value.startsWith(value) ?? true).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(main.last).toBe(typed);
  });

  it('a pause saves once, the delay after the last keystroke, not before', async () => {
    autosave.change('a');
    await vi.advanceTimersByTimeAsync(100);
    autosave.change('ab');
    await vi.advanceTimersByTimeAsync(100);
    autosave.change('abc');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(main.stored).toEqual([]);
    expect(statuses.at(-1)).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1);
    expect(main.stored).toEqual([{ value: 'abc', at: start + 200 + AUTOSAVE_DELAY_MS }]);
    expect(statuses.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(main.stored).toHaveLength(1);
  });

  it('the same value again (a re-render) neither saves nor restarts the delay', async () => {
    autosave.change('hello');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    autosave.change('hello');
    await vi.advanceTimersByTimeAsync(50);
    expect(main.stored.map((s) => s.value)).toEqual(['hello']);
    autosave.change('');
    autosave.change('hello');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS);
    expect(main.calls).toBe(1);
  });
});

describe('autosave failures', () => {
  it('a failed save keeps the text, says why, and retries with growing waits until it succeeds', async () => {
    main.failNext = 2;
    autosave.change('words');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(main.calls).toBe(1);
    expect(statuses.at(-1)).toBe('failed');

    const [first = 0, second = 0] = AUTOSAVE_RETRY_DELAYS_MS;
    await vi.advanceTimersByTimeAsync(first - 1);
    expect(main.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(main.calls).toBe(2); // failed again: the next wait is longer
    await vi.advanceTimersByTimeAsync(second - 1);
    expect(main.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(main.last).toBe('words');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('the failure message reaches the indicator', async () => {
    const seen: SaveStatus[] = [];
    const withWords = new Autosave('', {
      save: () => Promise.reject(new Error('The disk is full.')),
      onStatus: (status) => seen.push(status),
      describeError: (error) => (error as Error).message,
    });
    expect(await (withWords.change('x'), withWords.flush())).toBe(false);
    expect(seen.at(-1)).toEqual({ kind: 'failed', message: 'The disk is full.' });
    await withWords.close(); // fails again; stop its retries for the next test
    vi.clearAllTimers();
  });
});

describe('autosave and the lock', () => {
  it('a lock during a save waits for it, then for the words typed meanwhile', async () => {
    main.hold = held();
    autosave.change('first');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS); // the save is now in flight
    expect(statuses.at(-1)).toBe('saving');
    autosave.change('first and more');

    let locked = false;
    const lock = flushAll(3000).then(() => (locked = true)); // what lockNow awaits
    await vi.advanceTimersByTimeAsync(50);
    expect(locked).toBe(false);
    main.hold.resolve();
    main.hold = null;
    await lock;
    expect(main.stored.map((s) => s.value)).toEqual(['first', 'first and more']);
  });

  it('unmounting with unsaved text saves it at once, and a lock still waits for that save', async () => {
    autosave.change('typed just before closing');
    main.hold = held();
    const closed = autosave.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(main.calls).toBe(1); // no waiting for the delay
    const before = statuses.length;

    let locked = false;
    const lock = flushAll(3000).then(() => (locked = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(locked).toBe(false);
    main.hold.resolve();
    main.hold = null;
    await lock;
    expect(await closed).toBe(true);
    expect(main.last).toBe('typed just before closing');
    // A closed editor's indicator is gone: no status updates after close.
    expect(statuses.length).toBe(before);
  });

  it('a closed editor whose save failed keeps retrying in the background', async () => {
    main.failNext = 1;
    autosave.change('not lost');
    expect(await autosave.close()).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_DELAYS_MS[0] ?? 0);
    expect(main.last).toBe('not lost');
  });
});
