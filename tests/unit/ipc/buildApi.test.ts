import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../src/preload/buildApi';
import { CHANNELS, EVENTS } from '../../../src/shared/ipc/channels';

describe('preload buildApi', () => {
  it('exposes one function per channel that forwards name and input', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi(
      CHANNELS,
      EVENTS,
      async (c, i) => {
        calls.push([c, i]);
        return { ok: true, value: null };
      },
      () => undefined,
    );
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
    await (api['app.info'] as (i?: unknown) => Promise<unknown>)();
    expect(calls).toEqual([['app.info', undefined]]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('passes only payloads to the listeners of that event, stops after unsubscribing, and refuses unknown events', () => {
    let deliver: ((name: unknown, payload: unknown) => void) | undefined;
    const api = buildApi(
      CHANNELS,
      EVENTS,
      async () => null,
      (d) => {
        deliver = d;
      },
    );
    const subscribe = api['subscribe'] as (e: string, l: (p: unknown) => void) => () => void;
    const seen: unknown[] = [];
    const other: unknown[] = [];
    const stop = subscribe('vault.locked', (p) => seen.push(p));
    subscribe('settings.changed', (p) => other.push(p));
    deliver?.('vault.locked', { reason: 'idle' });
    deliver?.(42, { reason: 'not a name' });
    expect(seen).toEqual([{ reason: 'idle' }]);
    expect(other).toEqual([]);
    stop();
    deliver?.('vault.locked', { reason: 'manual' });
    expect(seen).toEqual([{ reason: 'idle' }]);
    expect(() => subscribe('no.such.event', () => undefined)).toThrow(TypeError);
  });
});
