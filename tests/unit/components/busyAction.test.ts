import { describe, expect, it } from 'vitest';
import { MendApiError, friendlyMessage } from '../../../src/renderer/src/api';
import { createBusyAction, type BusyState } from '../../../src/renderer/src/components/useBusyAction';

/** A call to main held open until the test answers it. */
function pending(): { promise: Promise<void>; resolve(): void; reject(error: unknown): void } {
  let resolve = (): void => undefined;
  let reject = (_error: unknown): void => undefined;
  const promise = new Promise<void>((done, fail) => {
    resolve = () => done();
    reject = fail;
  });
  return { promise, resolve, reject };
}

function recorder() {
  const states: BusyState[] = [];
  const action = createBusyAction((state) => states.push(state));
  return { states, action, last: () => states.at(-1) };
}

describe('createBusyAction (useBusyAction without React)', () => {
  it('is busy while the work runs, and idle with no error after it succeeds', async () => {
    const { action, last, states } = recorder();
    const call = pending();
    const done = action.run(() => call.promise);
    expect(last()).toEqual({ busy: true, error: null });
    call.resolve();
    await expect(done).resolves.toBe(true);
    expect(last()).toEqual({ busy: false, error: null });
    expect(states).toHaveLength(2);
  });

  it('refuses a second run while one is under way: no double submit', async () => {
    const { action } = recorder();
    const call = pending();
    let calls = 0;
    const work = () => {
      calls += 1;
      return call.promise;
    };
    const first = action.run(work);
    // A second click or Enter in the same tick, before React has re-rendered the disabled button.
    await expect(action.run(work)).resolves.toBe(false);
    expect(calls).toBe(1);
    call.resolve();
    await first;
    // Once it has finished, the action can run again.
    await expect(action.run(async () => undefined)).resolves.toBe(true);
  });

  it('maps a failure to the friendly words of its error code, never the raw message', async () => {
    const { action, last } = recorder();
    const failure = new MendApiError({ code: 'DISK_FULL', message: 'ENOSPC: write /secret/path' });
    await expect(action.run(() => Promise.reject(failure))).resolves.toBe(false);
    expect(last()).toEqual({ busy: false, error: friendlyMessage(failure) });
    expect(last()?.error).not.toContain('ENOSPC');
    // Something that is not a Mend error still becomes words.
    await action.run(() => Promise.reject(new TypeError('x is undefined')));
    expect(last()?.error).toBe(friendlyMessage(new Error('any')));
  });

  it('uses the form’s own words when it gives them, and clears the error on the next run', async () => {
    const { action, last } = recorder();
    await action.run(
      () => Promise.reject(new MendApiError({ code: 'WRONG_SECRET', message: '' })),
      () => 'Your passphrase is not right.',
    );
    expect(last()?.error).toBe('Your passphrase is not right.');
    const call = pending();
    const next = action.run(() => call.promise);
    expect(last()).toEqual({ busy: true, error: null });
    call.resolve();
    await next;
  });

  it('lets a form show and clear a check of its own without a call', () => {
    const { action, last } = recorder();
    action.setError('Choose at least one path to go on.');
    expect(last()).toEqual({ busy: false, error: 'Choose at least one path to go on.' });
    action.setError(null);
    expect(last()).toEqual({ busy: false, error: null });
  });

  it('a work that throws synchronously is a failure too, and the action is free again', async () => {
    const { action, last } = recorder();
    await expect(
      action.run(() => {
        throw new MendApiError({ code: 'LOCKED', message: '' });
      }),
    ).resolves.toBe(false);
    expect(last()?.error).toBe(friendlyMessage(new MendApiError({ code: 'LOCKED', message: '' })));
    await expect(action.run(async () => undefined)).resolves.toBe(true);
  });
});
