import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MendError } from '../../../src/shared/errors';
import { createDispatcher, handle, type Handlers } from '../../../src/main/ipc/dispatcher';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, makeTempDir, packageVersion, TEST_APP_ORIGIN, trustedSender } from '../../harness/core';

describe('dispatcher over the real composition root', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;

  beforeEach(async () => {
    dir = await makeTempDir();
    mend = await createTestMend(dir.path);
  });
  afterEach(async () => {
    await mend.dispose();
    await dir.remove();
  });

  it('answers app.info with the tracks from resources/', async () => {
    const result = await mend.dispatch('app.info', undefined, trustedSender);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Mend',
        version: await packageVersion(),
        tracks: [
          expect.objectContaining({ id: 'broke-trust', title: 'I broke trust' }),
          expect.objectContaining({ id: 'was-hurt', title: 'My trust was broken' }),
        ],
      },
    });
  });

  it.each([
    ['a string', 'hello'],
    ['an object', { evil: true }],
    ['a number', 42],
    ['null', null],
  ])('gives a typed validation error for %s on a no-input channel', async (_label, input) => {
    const result = await mend.dispatch('app.info', input, trustedSender);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it.each([
    ['another origin', { ...trustedSender, frameUrl: 'https://evil.example/index.html' }],
    ['a file URL', { ...trustedSender, frameUrl: 'file:///etc/passwd' }],
    ['an iframe on the app origin', { ...trustedSender, isMainFrame: false }],
    ['an unknown window', { ...trustedSender, windowId: 99 }],
    ['no window', { ...trustedSender, windowId: null }],
    ['an unparsable URL', { ...trustedSender, frameUrl: 'not a url' }],
    ['a look-alike host', { ...trustedSender, frameUrl: `${TEST_APP_ORIGIN}.evil.example/` }],
  ])('rejects a forged sender: %s', async (_label, sender) => {
    const result = await mend.dispatch('app.info', undefined, sender);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN_SENDER' }) });
  });

  it.each(['no.such.channel', '__proto__', 'constructor', 'toString', 42, null])(
    'refuses the unknown channel %s',
    async (channel) => {
      const result = await mend.dispatch(channel, undefined, trustedSender);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_CHANNEL' }) });
    },
  );
});

describe('handle()', () => {
  const policy = { appOrigin: TEST_APP_ORIGIN, isKnownWindow: (id: number | null) => id === 1 };

  it('turns an unexpected throw into INTERNAL without leaking the message', async () => {
    const seen: unknown[] = [];
    const wrapped = handle(
      'app.info',
      () => {
        throw new Error('secret journal text /home/me/file.ts:12');
      },
      { policy, onUnexpectedError: (_c, e) => seen.push(e) },
    );
    const result = await wrapped(undefined, trustedSender);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Mend.' },
    });
    expect(seen).toHaveLength(1);
  });

  // L6: a failed write is never described as losing nothing.
  const ioCases: [string, string][] = [
    ['ENOSPC', 'DISK_FULL'],
    ['SQLITE_FULL', 'DISK_FULL'],
    ['EROFS', 'READ_ONLY'],
    ['EACCES', 'READ_ONLY'],
    ['SQLITE_READONLY', 'READ_ONLY'],
    ['SQLITE_READONLY_DBMOVED', 'READ_ONLY'],
    ['EISDIR', 'IO_FAILED'],
    ['ENOTDIR', 'IO_FAILED'],
    ['EIO', 'IO_FAILED'],
    ['SQLITE_IOERR_WRITE', 'IO_FAILED'],
    ['SQLITE_IOERR_FSYNC', 'IO_FAILED'],
    ['SQLITE_CANTOPEN', 'IO_FAILED'],
    ['SQLITE_CORRUPT_VTAB', 'DAMAGED'],
  ];
  for (const [errno, expected] of ioCases) {
    it(`maps ${errno} to ${expected}, in words that never say nothing was lost`, async () => {
      const wrapped = handle(
        'app.info',
        () => {
          throw Object.assign(new Error('low-level failure'), { code: errno });
        },
        { policy },
      );
      const result = await wrapped(undefined, trustedSender);
      expect(result).toMatchObject({ ok: false, error: { code: expected } });
      expect(JSON.stringify(result)).not.toMatch(/nothing (you wrote )?was lost/i);
    });
  }

  it('passes a MendError through with its code and detail', async () => {
    const wrapped = handle(
      'app.info',
      () => {
        throw new MendError('RATE_LIMITED', 'Wait a moment.', { waitSeconds: 4 });
      },
      { policy },
    );
    expect(await wrapped(undefined, trustedSender)).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Wait a moment.', detail: { waitSeconds: 4 } },
    });
  });

  it('refuses output that does not match the contract', async () => {
    const handlers = { 'app.info': () => ({ name: 'Mend' }) } as unknown as Handlers;
    const dispatch = createDispatcher(handlers, { policy });
    const result = await dispatch('app.info', undefined, trustedSender);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) });
  });

  it('maps a full disk to DISK_FULL', async () => {
    const wrapped = handle(
      'app.info',
      () => {
        throw Object.assign(new Error('write failed'), { code: 'ENOSPC' });
      },
      { policy },
    );
    const result = await wrapped(undefined, trustedSender);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'DISK_FULL' }) });
    expect(z.string().safeParse('x').success).toBe(true);
  });
});
